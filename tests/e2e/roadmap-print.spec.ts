// The public road map printed: one landscape page (US Letter and A4) for the demo, at most two for a pathway of
// 30 modules, holding every module code, credential and exit job. The PDF is Chromium's own (page.pdf uses the
// print stylesheet), read by support/pdf.ts.
import { expect, request as requests, test, type Page } from '@playwright/test'
import { ACCOUNTS, DEMO_PASSWORD, sameOrigin, signInByApi } from './support/accounts'
import { holdsText, pdfPageCount, pdfPageTexts } from './support/pdf'
import { saveScreenshot } from './support/screenshots'

const ROAD_MAP = '/pathways/advanced-manufacturing'

type PublicRoadMap = {
  stages: { modules: { code: string; occupations: { title: string }[] }[] }[]
  credentials: { title: string }[]
}

// Chromium lays out and writes a PDF in several seconds on a busy machine: these tests get triple the budget.
test.slow()

async function printed(page: Page, format: 'Letter' | 'A4') {
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ format, landscape: true })
  return { pages: pdfPageCount(pdf), text: pdfPageTexts(pdf).join('\n') }
}

for (const format of ['Letter', 'A4'] as const) {
  test(`the demo's public road map prints on one ${format} landscape page with every module, credential and exit job`, async ({ page }) => {
    const roadMap = (await (await page.request.get(`/api${ROAD_MAP}`)).json()) as PublicRoadMap
    const codes = roadMap.stages.flatMap((s) => s.modules.map((m) => m.code))
    const jobs = [...new Set(roadMap.stages.flatMap((s) => s.modules.flatMap((m) => m.occupations.map((o) => o.title))))]
    expect(codes).toHaveLength(15)
    expect(jobs.length).toBeGreaterThan(0)
    await page.goto(ROAD_MAP)
    await expect(page.locator('.ladder-module')).toHaveCount(codes.length)
    const { pages, text } = await printed(page, format)
    expect(pages).toBe(1)
    const missing = [...codes, ...roadMap.credentials.map((c) => c.title), ...jobs, 'Production Technician to CNC Machinist', 'Partners']
      .filter((words) => !holdsText(text, words))
    expect(missing).toEqual([])
    // The address of the live page, and no site chrome.
    expect(holdsText(text, '/pathways/advanced-manufacturing?view=student')).toBe(true)
    for (const chrome of ['Sign in', 'Copy link', 'Print or save as PDF', 'Skip to content']) expect(holdsText(text, chrome), chrome).toBe(false)
    if (format === 'Letter') {
      await page.setViewportSize({ width: 1056, height: 816 })
      await saveScreenshot(page, 'roadmap-print-preview')
    }
  })
}

test('a public road map of 30 modules prints on at most two Letter landscape pages', async ({ page, baseURL }) => {
  await signInByApi(page, 'faculty')
  await page.goto('/')
  const suffix = Date.now().toString(36)
  const levels = ['adult', 'secondary', 'postsecondary', 'apprenticeship'] as const
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
        prerequisiteIds: i >= 5 ? [ids[i - 5]] : [],
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
      modules: ids.map((moduleId, i) => ({ moduleId, stage: Math.floor(i / 5) + 1, isEntry: i < 5, isExit: i >= 25 })),
    },
  })
  expect(pathway.status(), await pathway.text()).toBe(201)
  await page.goto(`/pathways/${slug}?view=student`)
  await expect(page.locator('.ladder-module')).toHaveCount(30)
  const { pages, text } = await printed(page, 'Letter')
  expect(pages).toBeGreaterThanOrEqual(1)
  expect(pages).toBeLessThanOrEqual(2)
  expect(ids.map((_, i) => `P${suffix}-${i + 1}`).filter((code) => !holdsText(text, code))).toEqual([])
})
