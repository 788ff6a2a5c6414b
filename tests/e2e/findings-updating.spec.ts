// The findings page while the server recomputes (README, "Deployment"): on a server where every pathway counts
// as too big to wait for (RUNGS_ANALYSIS_WAIT_ROWS=0), the first visit says the pathway is being analysed, and
// after a module is edited the page keeps the last findings under "Updating…" until the new ones replace them.
// That server is a second one, started here on a fresh demo database of its own.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'
import { secondServerBase, signInOn, startSecondServer, type SecondServer } from './support/second-server'

const base = secondServerBase(100)
const FINDINGS = `${base}/pathways/advanced-manufacturing/findings?kind=never_mastered`

let server: SecondServer

test.beforeAll(async () => {
  test.setTimeout(180_000)
  server = await startSecondServer(100, 'updating', { RUNGS_ANALYSIS_WAIT_ROWS: '0' })
})

test.afterAll(() => server.stop())

test('the findings page says "Updating…" while the server recomputes, then shows the new findings', async ({ page }) => {
  await signInOn(page, base, 'faculty')
  const status = page.getByRole('status').filter({ hasText: /^Updating…/ })
  const gdt = page.getByRole('region', { name: /^Never mastered/ }).getByRole('listitem').filter({ hasText: 'AM-BP-6' })

  // No stored result yet: the server answers at once (202) and computes in the background.
  const first = page.waitForResponse((r) => r.url().includes('/api/pathways/advanced-manufacturing/findings?'))
  await page.goto(FINDINGS)
  expect((await first).status()).toBe(202)
  await expect(status).toHaveText(/This pathway is being analysed/)
  await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toHaveCount(0)
  await saveScreenshot(page, 'findings-analysing')
  await expect(gdt).toContainText('Next step: Raise AM-BP-6 to Mastered in MFG 140')
  await expect(status).toHaveCount(0)

  // MFG 140 now masters AM-BP-6 at module level: the finding is gone once the analysis is computed again.
  const list = await (await page.request.get(`${base}/api/modules?q=${encodeURIComponent('MFG 140')}`)).json()
  const id = list.items.find((m: { code: string }) => m.code === 'MFG 140').id as number
  const mfg140 = await (await page.request.get(`${base}/api/modules/${id}`)).json()
  const competencyId = (await (await page.request.get(`${base}/api/pathways/advanced-manufacturing/findings?kind=never_mastered`)).json()).findings
    .find((f: { message: string }) => f.message.includes('AM-BP-6')).rows.competencies[0].id as number
  const edited = await page.request.patch(`${base}/api/modules/${id}`, {
    data: { version: mfg140.version, alignments: [...mfg140.alignments, { competencyId, depth: 'M', assessed: true }] },
    headers: { origin: base },
  })
  expect(edited.status(), await edited.text()).toBe(200)

  // The last result stays in view, marked as being brought up to date; then the new one replaces it.
  await page.setViewportSize({ width: 360, height: 800 })
  await page.goto(FINDINGS)
  await expect(status).toHaveText(/The pathway changed since these findings were analysed/)
  await expect(gdt).toBeVisible()
  await saveScreenshot(page, 'findings-updating-360')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await expectNoAxeViolations(page)
  await expect(gdt).toHaveCount(0)
  await expect(status).toHaveCount(0)
})
