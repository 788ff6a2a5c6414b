// Employer validation end to end: faculty open a campaign and invite an employer; the employer answers on a
// phone in a fresh browser (leaving and coming back), and submits; faculty read the results and close the
// campaign, after which the gap analysis reflects the employers' consensus.
import { expect, test, type Page } from '@playwright/test'
import { signInByApi } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { rate, reviewItem } from './support/review'
import { saveScreenshot } from './support/screenshots'

const SLUG = 'advanced-manufacturing'

type Finding = { kind: string; severity: string; refs: { competencyIds?: number[] } }

async function findings(page: Page): Promise<Finding[]> {
  const answer = await page.request.get(`/api/pathways/${SLUG}/findings`)
  expect(answer.ok()).toBe(true)
  return ((await answer.json()) as { findings: Finding[] }).findings
}


test('faculty run a campaign; an employer rates on a phone; closing it feeds the gap analysis', async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000)
  await signInByApi(page)
  const before = await findings(page)
  expect(before.filter((f) => f.kind === 'not_needed_but_taught')).toEqual([])

  await page.goto(`/pathways/${SLUG}/validation`)
  await expect(page.getByRole('heading', { level: 1, name: 'Employer validation' })).toBeVisible()
  await page.getByLabel('Title').fill('Lakeshore employer review 2026')
  await page.getByLabel(/^Closes on/).fill('2099-12-31')
  // One employer answers here; a consensus of one is asked for so that closing feeds the analysis.
  await page.getByLabel('Fewest respondents for a consensus').fill('1')
  await page.getByLabel(/^Message to employers/).fill('Please rate each item for your shop floor.\nThank you!')
  await page.getByRole('radio', { name: 'Only the areas I choose' }).check()
  await page.getByRole('checkbox', { name: /^Health and safety/ }).check()
  await page.getByRole('checkbox', { name: /^Maintenance awareness/ }).check()
  await page.getByRole('button', { name: 'Open campaign' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Lakeshore employer review 2026' })).toBeVisible()

  await page.getByLabel('Name').fill('Robin Vega')
  await page.getByLabel('Company').fill('Harbor Tool & Die')
  await page.getByLabel('Email').fill('robin@harbortool.example')
  await page.getByRole('button', { name: 'Create invitation link' }).click()
  const link = await page.getByLabel('Invitation link').inputValue()
  expect(link).toMatch(/\/review\/[A-Za-z0-9_-]{43}$/)
  await expect(page.getByRole('row', { name: /Robin Vega/ })).toContainText('Not started')
  await saveScreenshot(page, 'validation-campaign-invited')

  // The employer, in a browser of their own with no session, on a phone.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, baseURL })
  const employer = await phone.newPage()
  await employer.goto(link)
  await expect(employer.getByRole('heading', { level: 1, name: 'Lakeshore employer review 2026' })).toBeVisible()
  await expect(employer.getByText('0 of 10 rated')).toBeVisible()
  await expect(employer.locator('progress')).toHaveAttribute('max', '10')
  await rate(employer, 'AM-SAF-1', 'Essential')
  await rate(employer, 'AM-SAF-2', 'Essential')
  await rate(employer, 'AM-SAF-3', 'Important')
  await expect(employer.getByText('3 of 10 rated')).toBeVisible()
  await saveScreenshot(employer, 'validation-review-phone-started')

  // Leave between two meetings, come back with the same link: the answers are still there.
  await employer.goto('about:blank')
  await employer.goto(link)
  await expect(employer.getByText('3 of 10 rated')).toBeVisible()
  await expect(reviewItem(employer, 'AM-SAF-1').getByRole('radio', { name: 'Essential' })).toBeChecked()
  await expect(reviewItem(employer, 'AM-SAF-3').getByRole('radio', { name: 'Important' })).toBeChecked()

  await rate(employer, 'AM-SAF-4', 'Essential')
  await reviewItem(employer, 'AM-SAF-4').getByLabel(/How often/).selectOption('daily')
  await rate(employer, 'AM-SAF-5', 'Essential')
  await reviewItem(employer, 'AM-SAF-5').getByLabel(/Comment/).fill('<b>Every</b> shift, no exceptions')
  await reviewItem(employer, 'AM-SAF-5').getByLabel(/Comment/).blur()
  await expect(reviewItem(employer, 'AM-SAF-5').getByText('Saved', { exact: true })).toBeVisible()
  await rate(employer, 'AM-SAF-6', 'Important')
  await rate(employer, 'AM-SAF-7', "Don't know")
  await employer.getByText('Maintenance awareness', { exact: true }).click()
  await rate(employer, 'AM-MA-1', 'Important')
  await rate(employer, 'AM-MA-2', 'Not needed')
  await rate(employer, 'AM-MA-3', 'Essential')
  await expect(employer.getByText('10 of 10 rated')).toBeVisible()
  await employer.getByText('Something is missing from Maintenance awareness?').click()
  await employer.getByLabel('What should someone in this job be able to do?').last().fill('Replace a worn way wiper')
  await employer.getByRole('button', { name: 'Suggest it' }).last().click()
  await expect(employer.getByText('Thank you: your suggestion was sent.')).toBeVisible()
  await expectNoAxeViolations(employer)
  await saveScreenshot(employer, 'validation-review-phone-rated')

  await employer.getByRole('button', { name: 'Submit and sign off' }).click()
  await expect(employer.getByRole('alert')).toContainText('Tick the box')
  await employer.getByRole('checkbox', { name: /I confirm/ }).check()
  await employer.getByRole('button', { name: 'Submit and sign off' }).click()
  await expect(employer.getByText(/^Submitted /)).toBeVisible()
  await expect(employer.getByRole('button', { name: 'Submit again' })).toBeVisible()
  await expectNoAxeViolations(employer)
  await saveScreenshot(employer, 'validation-review-phone-submitted')

  // Faculty read the results, accept the suggestion and close the campaign.
  await page.reload()
  await expect(page.locator('#response-rate')).toContainText('1 of 1 invited employers submitted (100%)')
  const ma3 = page.getByRole('row', { name: /^AM-MA-3 / })
  await expect(ma3.getByRole('img')).toHaveAccessibleName("Essential 1, Important 0, Not needed 0, Don't know 0")
  await expect(ma3.getByRole('cell').nth(1)).toHaveText('1')
  await expect(ma3.getByRole('cell').nth(2)).toHaveText('100% (1 of 1)')
  await expect(ma3.getByRole('cell').nth(3)).toHaveText('Essential')
  await expect(page.getByRole('row', { name: /^AM-SAF-5 / })).toContainText('Harbor Tool & Die (Essential): <b>Every</b> shift, no exceptions')
  await expect(page.getByRole('row', { name: /^AM-SAF-4 / })).toContainText('(Essential, daily)')
  await page.getByRole('button', { name: 'Accept: Replace a worn way wiper' }).click()
  const accepting = page.getByRole('dialog', { name: 'Add the suggestion as a draft' })
  await expect(accepting.getByLabel('Statement')).toHaveValue('Replace a worn way wiper')
  await accepting.getByLabel('Code').fill('AM-MA-WW')
  await accepting.getByLabel('Kind').selectOption('skill')
  await expectNoAxeViolations(page)
  await saveScreenshot(page, 'validation-accept-suggestion')
  await accepting.getByRole('button', { name: 'Add as draft' }).click()
  await expect(page.getByText(/^Accepted as draft AM-MA-WW in /)).toBeVisible()
  await expectNoAxeViolations(page)
  await saveScreenshot(page, 'validation-campaign-results')
  await page.getByRole('button', { name: 'Close campaign and record results' }).click()
  const closing = page.getByRole('dialog', { name: 'Close "Lakeshore employer review 2026"?' })
  await expect(closing).toBeVisible()
  await expectNoAxeViolations(page)
  await closing.getByRole('button', { name: 'Close and record results' }).click()
  // Dates are written in the reader's own format: the browser's medium date of the UTC day.
  const [today, planned] = await page.evaluate(() => {
    const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' })
    return [day.format(new Date()), day.format(new Date('2099-12-31T00:00:00Z'))]
  })
  await expect(page.getByText(`Closed on ${today} (planned for ${planned})`)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Close campaign and record results' })).toHaveCount(0)

  // The link no longer takes answers and says when it closed; the analysis now knows what employers said.
  await employer.reload()
  await expect(employer.getByRole('heading', { name: 'This validation has closed' })).toBeVisible()
  await expect(employer.getByText(`This validation closed on ${today}, so ratings can no longer be given or changed.`, { exact: false })).toBeVisible()
  await expect(employer.getByRole('alert')).toHaveCount(0)
  await saveScreenshot(employer, 'validation-review-phone-closed')
  await phone.close()

  const after = await findings(page)
  const ids = await page.request.get('/api/competencies?q=AM-MA').then((r) => r.json() as Promise<{ items: { id: number; code: string }[] }>)
  const idOf = (code: string) => ids.items.find((c) => c.code === code)!.id
  const uncoveredMa3 = after.find((f) => f.kind === 'uncovered' && f.refs.competencyIds?.includes(idOf('AM-MA-3')))
  expect(uncoveredMa3?.severity).toBe('critical')
  expect(before.find((f) => f.kind === 'uncovered' && f.refs.competencyIds?.includes(idOf('AM-MA-3')))?.severity).toBe('warning')
  expect(after.filter((f) => f.kind === 'not_needed_but_taught').map((f) => f.refs.competencyIds)).toEqual([[idOf('AM-MA-2')]])

  // The findings page says the same to a dean.
  await page.goto(`/pathways/${SLUG}/findings`)
  await expect(page.locator('.finding-list > li').filter({ hasText: 'AM-MA-3' }).first()).toContainText('Critical')
  await expect(page.getByRole('heading', { name: 'Taught but not needed by employers (1)' })).toBeVisible()
  await expectNoAxeViolations(page)
})
