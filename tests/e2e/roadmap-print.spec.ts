// The public road map printed, as "Download PDF" saves it: one landscape page (US Letter and A4) for the demo, at most
// two for a pathway of 30 modules, holding every module code, credential, exit job with its wage, the time and cost
// to each credential, the contacts, the date and the short link, in type no smaller than 7pt. The PDF is Chromium's
// own (page.pdf uses the print stylesheet), read by support/pdf.ts; each is kept beside the screenshots.
import { expect, request as requests, test, type Page } from '@playwright/test'
import { ACCOUNTS, DEMO_PASSWORD, sameOrigin, signInByApi } from './support/accounts'
import { holdsText, pdfPageCount, pdfPageTexts } from './support/pdf'
import { saveScreenshot } from './support/screenshots'

const ROAD_MAP = '/pathways/advanced-manufacturing'
const FORMATS = ['Letter', 'A4'] as const

type Job = { title: string; wage: { hourlyMedian: number | null } | null }
type PublicRoadMap = {
  id: number
  stages: { modules: { id: number; code: string; occupations: Job[] }[] }[]
  credentials: { title: string; occupations: Job[]; routes: { entryId: number; weeks: number | null }[] }[]
  supports: { contactName: string | null; contactPhone: string | null }[]
}

// Chromium lays out and writes a PDF in several seconds on a busy machine: these tests get triple the budget.
test.slow()

async function printed(page: Page, format: (typeof FORMATS)[number], name: string) {
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ format, landscape: true, path: `test-results/screenshots/${name}-${format}.pdf` })
  return { pages: pdfPageCount(pdf), text: pdfPageTexts(pdf).join('\n') }
}

// The text printed smaller than 7pt (9.33 CSS px), as "size: words".
const tooSmall = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => el.getClientRects().length && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
      .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 9.3)
      .map((el) => `${getComputedStyle(el).fontSize}: ${el.textContent!.trim().slice(0, 40)}`),
  )

test("the demo's public road map prints on one landscape page, Letter and A4, with all a counsellor hands a student", async ({ page }) => {
  const roadMap = (await (await page.request.get(`/api${ROAD_MAP}`)).json()) as PublicRoadMap
  const modules = roadMap.stages.flatMap((s) => s.modules)
  const codes = modules.map((m) => m.code)
  const jobs = [...modules.flatMap((m) => m.occupations), ...roadMap.credentials.flatMap((c) => c.occupations)]
  const wages = jobs.flatMap((job) => (job.wage?.hourlyMedian == null ? [] : [`$${job.wage.hourlyMedian.toFixed(2)}`]))
  const contacts = roadMap.supports.flatMap((s) => [s.contactName, s.contactPhone]).filter((c): c is string => Boolean(c))
  // "From IET 101: 8 weeks": the time to a credential from an entry point.
  const routes = roadMap.credentials.flatMap((c) => c.routes.map((r) => `From ${modules.find((m) => m.id === r.entryId)!.code}: ${r.weeks} weeks`))
  expect(codes).toHaveLength(15)
  expect(jobs.length).toBeGreaterThan(0)
  expect(wages.length).toBeGreaterThan(0)
  expect(contacts.length).toBeGreaterThan(0)
  expect(routes.length).toBeGreaterThan(0)
  await page.goto(ROAD_MAP)
  await expect(page.locator('.ladder-module')).toHaveCount(codes.length)
  const today = await page.evaluate(() => new Date().toLocaleDateString(undefined, { dateStyle: 'medium' }))
  for (const format of FORMATS) {
    const { pages, text } = await printed(page, format, 'roadmap-print-demo')
    expect(pages, format).toBe(1)
    const expected = [
      'Production Technician to CNC Machinist', 'Partners', `Printed ${today}`, `/r/${roadMap.id}`, 'Who to call', 'Evening',
      ...codes, ...roadMap.credentials.map((c) => c.title), ...jobs.map((j) => j.title), ...wages, ...contacts, ...routes,
    ]
    expect(expected.filter((words) => !holdsText(text, words)), format).toEqual([])
    for (const chrome of ['Sign in', 'Copy link', 'Download PDF', 'Skip to content']) expect(holdsText(text, chrome), chrome).toBe(false)
  }
  expect(await tooSmall(page)).toEqual([])
  await page.setViewportSize({ width: 1056, height: 816 })
  await saveScreenshot(page, 'roadmap-print-preview')
})

test('a public road map of 30 modules prints on at most two landscape pages, Letter and A4', async ({ page, baseURL }) => {
  await signInByApi(page, 'faculty')
  await page.goto('/')
  const suffix = Date.now().toString(36)
  const levels = ['adult', 'secondary', 'postsecondary', 'apprenticeship'] as const
  // Three credentials, each earned by a third of the modules and naming a job.
  const credentialIds: number[] = []
  for (const [i, soc] of ['51-9061', '51-9161', '51-4041'].entries()) {
    const created = await page.request.post('/api/credentials', {
      headers: sameOrigin(page),
      data: { title: `Print test credential ${i + 1} ${suffix}`, kind: 'certificate', industryRecognised: true, occupations: [soc] },
    })
    expect(created.status(), await created.text()).toBe(201)
    credentialIds.push(((await created.json()) as { id: number }).id)
  }
  const ids: number[] = []
  for (let i = 0; i < 30; i++) {
    const created = await page.request.post('/api/modules', {
      headers: sameOrigin(page),
      data: {
        code: `P${suffix}-${i + 1}`,
        title: `Print test module ${i + 1} with a realistic, fairly long title`,
        level: levels[i % 4],
        kind: 'occupational',
        clockHours: 40 + i,
        durationWeeks: 8,
        costToStudent: 300 + i,
        delivery: i % 2 ? ['evening'] : ['evening', 'online'],
        prerequisiteIds: i >= 5 ? [ids[i - 5]] : [],
        credentialIds: [credentialIds[Math.floor(i / 10)]],
      },
    })
    expect(created.status(), await created.text()).toBe(201)
    ids.push(((await created.json()) as { id: number }).id)
  }
  // The public sees approved modules: the author submits each, the admin (a reviewer) approves it.
  const admin = await requests.newContext({ baseURL })
  const origin = { Origin: new URL(baseURL!).origin }
  expect((await admin.post('/api/auth/login', { headers: origin, data: { email: ACCOUNTS.admin.email, password: DEMO_PASSWORD } })).status()).toBe(200)
  for (const id of ids) {
    const submitted = await page.request.post(`/api/modules/${id}/workflow`, { headers: sameOrigin(page), data: { action: 'submit', version: 1, summary: 'For the print test' } })
    expect(submitted.status(), await submitted.text()).toBe(200)
    const approved = await admin.post(`/api/modules/${id}/workflow`, { headers: origin, data: { action: 'approve' } })
    expect(approved.status(), await approved.text()).toBe(200)
  }
  await admin.dispose()
  const slug = `print-thirty-${suffix}`
  const pathway = await page.request.post('/api/pathways', {
    headers: sameOrigin(page),
    data: {
      slug,
      title: 'Thirty modules on paper',
      sector: 'Advanced manufacturing',
      modules: ids.map((moduleId, i) => ({ moduleId, stage: Math.floor(i / 5) + 1, isEntry: i < 5, isExit: i >= 25, occupations: i >= 25 ? ['51-4041'] : undefined })),
      supports: [
        { kind: 'career_counselling', description: 'Counselling for the print test', contactName: `Print desk ${suffix}`, contactPhone: '555-0199' },
        { kind: 'child_care', stage: 1, description: 'Child care for the print test', contactName: `Print desk ${suffix}`, contactEmail: 'print@example.org' },
      ],
    },
  })
  expect(pathway.status(), await pathway.text()).toBe(201)
  await page.goto(`/pathways/${slug}?view=student`)
  await expect(page.locator('.ladder-module')).toHaveCount(30)
  for (const format of FORMATS) {
    const { pages, text } = await printed(page, format, 'roadmap-print-thirty')
    expect(pages, format).toBeGreaterThanOrEqual(1)
    expect(pages, format).toBeLessThanOrEqual(2)
    const expected = [...ids.map((_, i) => `P${suffix}-${i + 1}`), ...credentialIds.map((_, i) => `Print test credential ${i + 1} ${suffix}`), 'Machinists', `Print desk ${suffix}`]
    expect(expected.filter((words) => !holdsText(text, words)), format).toEqual([])
  }
  expect(await tooSmall(page)).toEqual([])
})
