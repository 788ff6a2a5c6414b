// The employer's journey on a phone, with email: Rungs runs with SMTP_URL pointing at a real SMTP listener started
// here; the invitation arrives by email, its link opens the review on a 360 px phone whose reader writes dates the
// British way, the employer rates and submits, faculty close the campaign early, and the link then says it closed
// on the actual day (in the reader's format), not on the planned one.
import { expect, test } from '@playwright/test'
import { decodedBody, startSmtpListener } from '../support/smtp-listener'
import { expectNoAxeViolations } from './support/a11y'
import { rate } from './support/review'
import { saveScreenshot } from './support/screenshots'
import { secondServerBase, signInOn, startSecondServer, type SecondServer } from './support/second-server'

const OFFSET = 101
const base = secondServerBase(OFFSET)
const SLUG = 'advanced-manufacturing'
const PHONE = { width: 360, height: 740 }
const EMAIL = 'robin@harbortool.example'

let smtp: Awaited<ReturnType<typeof startSmtpListener>>
let server: SecondServer

test.beforeAll(async () => {
  test.setTimeout(180_000)
  smtp = await startSmtpListener()
  server = await startSecondServer(OFFSET, 'email', { SMTP_URL: smtp.url, SMTP_FROM: 'Rungs <rungs@lakeshore.example>' })
})

test.afterAll(async () => {
  await server?.stop()
  await smtp?.close()
})

// A day in a locale's medium format, as the reader's browser writes it.
const dayIn = (locale: string, day: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(day)

test('invitation email → link on a phone → ratings → closed early → the link shows the actual closing day', async ({ browser }) => {
  test.setTimeout(150_000)
  const faculty = await (await browser.newContext({ viewport: PHONE, baseURL: base })).newPage()
  await signInOn(faculty, base, 'faculty')
  const scope = await (await faculty.request.get(`/api/pathways/${SLUG}/campaigns`)).json()
  const maintenance = (scope.areas as { id: number; title: string }[]).find((a) => a.title === 'Maintenance awareness')!
  const created = await faculty.request.post(`/api/pathways/${SLUG}/campaigns`, {
    data: { title: 'Harbor employer check 2026', closesOn: '2099-12-31', minRespondents: 1, areaIds: [maintenance.id] },
    headers: { origin: base },
  })
  expect(created.status(), await created.text()).toBe(201)
  const campaignPage = `/pathways/${SLUG}/validation/${(await created.json()).id}`

  // Faculty invite the employer on their phone; the invitation goes out by email.
  await faculty.goto(campaignPage)
  await faculty.getByLabel('Name').fill('Robin Vega')
  await faculty.getByLabel('Company').fill('Harbor Tool & Die')
  await faculty.getByLabel('Email').fill(EMAIL)
  await faculty.getByRole('button', { name: 'Send invitation' }).click()
  await expect(faculty.getByRole('row', { name: /Robin Vega/ })).toContainText('Emailed')
  const mail = smtp.received.find((m) => m.to.includes(EMAIL))!
  const body = decodedBody(mail.raw)
  expect(body).toContain('open until December 31, 2099')
  const link = /Open your invitation: (\S+)/.exec(body)![1]!
  expect(link).toMatch(new RegExp(`^${base}/review/[A-Za-z0-9_-]{43}$`))

  // The employer opens the emailed link on a phone set to British English and answers.
  const employer = await (await browser.newContext({ viewport: PHONE, locale: 'en-GB' })).newPage()
  await employer.goto(link)
  await expect(employer.getByRole('heading', { level: 1, name: 'Harbor employer check 2026' })).toBeVisible()
  await expect(employer.getByText(`Open until ${dayIn('en-GB', new Date('2099-12-31T00:00:00Z'))}.`)).toBeVisible()
  await rate(employer, 'AM-MA-1', 'Important')
  await rate(employer, 'AM-MA-2', 'Not needed')
  await rate(employer, 'AM-MA-3', 'Essential')
  await employer.getByRole('checkbox', { name: /I confirm/ }).check()
  await employer.getByRole('button', { name: 'Submit and sign off' }).click()
  await expect(employer.getByText(/^Submitted /)).toBeVisible()

  // Faculty close the campaign long before its planned last day.
  await faculty.reload()
  await expect(faculty.getByRole('row', { name: /Robin Vega/ })).toContainText('Submitted')
  await faculty.getByRole('button', { name: 'Close campaign and record results' }).click()
  await faculty.getByRole('dialog', { name: 'Close "Harbor employer check 2026"?' }).getByRole('button', { name: 'Close and record results' }).click()
  const today = new Date()
  await expect(faculty.getByText(`Closed on ${dayIn('en-US', today)} (planned for ${dayIn('en-US', new Date('2099-12-31T00:00:00Z'))})`)).toBeVisible()

  // The link now says it closed today, in the employer's format, calmly (no error box).
  await employer.reload()
  await expect(employer.getByRole('heading', { name: 'This validation has closed' })).toBeVisible()
  await expect(employer.getByText(`This validation closed on ${dayIn('en-GB', today)}, so ratings can no longer be given or changed.`, { exact: false })).toBeVisible()
  await expect(employer.getByText('2099')).toHaveCount(0)
  await expect(employer.getByRole('alert')).toHaveCount(0)
  expect(await employer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await expectNoAxeViolations(employer)
  await saveScreenshot(employer, 'employer-email-journey-closed-360')
})
