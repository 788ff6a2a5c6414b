// An ABE instructor of the adult-education consortium places a bridge of theirs on the college's pathway from the
// module page, by keyboard: a stage above the one the bridge prepares for is refused beside the field; at it the
// placement is proposed; the college's faculty approve it on the road map, and the bridge is on the ladder.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { signIn, signInByApi } from './support/accounts'
import { saveElementScreenshot, saveScreenshot } from './support/screenshots'

const SLUG = 'advanced-manufacturing'

type Placed = { id: number; code: string; kind: string; position: number; isEntry: boolean; isExit: boolean }
type RoadMap = { id: number; version: number; title: string; stages: { stage: number; modules: Placed[] }[] }

async function call(page: Page, baseURL: string, method: 'POST' | 'GET' | 'PATCH', path: string, data?: object) {
  const answer = await page.request.fetch(path, { method, data, headers: { origin: baseURL } })
  expect(answer.ok(), await answer.text()).toBe(true)
  return answer.json()
}

test('an ABE instructor proposes a bridge for a stage; the pathway owners approve it on the road map', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000)
  const origin = baseURL!
  await signInByApi(page, 'abe')
  const roadMap = (await call(page, origin, 'GET', `/api/pathways/${SLUG}`)) as RoadMap
  const target = roadMap.stages.find((s) => s.stage === 2)!.modules.find((m) => m.kind === 'occupational')!
  const code = `BR-E2E-${Date.now() % 100000}`
  const bridge = await call(page, origin, 'POST', '/api/modules', { code, title: 'Blueprint reading bridge', level: 'adult', kind: 'bridge', targetIds: [target.id] })
  await call(page, origin, 'POST', `/api/modules/${bridge.id}/workflow`, { action: 'submit', version: bridge.version, summary: 'Ready' })
  const owner = await (await browser.newContext({ baseURL })).newPage()
  await signInByApi(owner, 'admin')
  await call(owner, origin, 'POST', `/api/modules/${bridge.id}/workflow`, { action: 'approve' })

  await page.goto(`/modules/${bridge.id}`)
  const placing = page.getByRole('region', { name: 'Place on a pathway' })
  await expect(placing).toBeVisible()
  // By keyboard: focus the pathway field, choose with the arrow keys' equivalent (selectOption), submit with Enter.
  await placing.getByLabel('Pathway').focus()
  await placing.getByLabel('Pathway').selectOption({ label: roadMap.title })
  await expect(placing.getByLabel('Stage').locator('option')).toHaveCount(roadMap.stages.length + 1)
  await placing.getByLabel('Stage').selectOption('3')
  await placing.getByRole('button', { name: 'Place on pathway' }).press('Enter')
  await expect(placing.getByText(`${code} prepares for stage 2 of "${roadMap.title}", so it may go on stage 2 or below, not 3`)).toBeVisible()
  await expect(placing.getByLabel('Stage')).toHaveAttribute('aria-invalid', 'true')

  await placing.getByLabel('Stage').selectOption('2')
  await placing.getByRole('button', { name: 'Place on pathway' }).press('Enter')
  await expect(placing.getByRole('status')).toHaveText(`Proposed ${code} for stage 2 of ${roadMap.title}: its owners approve or decline it.`)
  await expectNoAxeViolations(page)
  await saveScreenshot(page, 'bridge-placement-proposed-1366')
  await saveElementScreenshot(placing, 'bridge-placement-form-1366')
  await page.setViewportSize({ width: 360, height: 740 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await saveElementScreenshot(placing, 'bridge-placement-form-360')

  // The college's faculty see the proposal on the road map and approve it.
  const faculty = await (await browser.newContext({ baseURL })).newPage()
  await signIn(faculty, 'faculty', `/pathways/${SLUG}`)
  const proposals = faculty.getByRole('region', { name: 'Proposed placements' })
  await expect(proposals).toContainText(`${code} Blueprint reading bridge, for stage 2`)
  await expect(proposals).toContainText('proposed by Sam Delgado of Harbor County Adult Education Consortium')
  await expectNoAxeViolations(faculty)
  await proposals.scrollIntoViewIfNeeded()
  await saveElementScreenshot(proposals, 'bridge-placement-owner-1366')
  await proposals.getByRole('button', { name: `Approve ${code} on stage 2` }).focus()
  await faculty.keyboard.press('Enter')
  await expect(proposals.getByRole('status')).toHaveText(`${code} is now on stage 2.`)
  await expect(proposals).toContainText('No placements wait for a decision.')
  const placed = (await call(faculty, origin, 'GET', `/api/pathways/${SLUG}`)) as RoadMap
  expect(placed.stages.find((s) => s.stage === 2)!.modules.map((m) => m.code)).toContain(code)
  await expect(faculty.getByRole('link', { name: new RegExp(code) }).first()).toBeVisible()
  await faculty.setViewportSize({ width: 360, height: 740 })
  expect(await faculty.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await proposals.scrollIntoViewIfNeeded()
  await saveElementScreenshot(proposals, 'bridge-placement-owner-360')
  // The demo's ladder is left as it was, for the road map tests that count its modules.
  const after = (await call(owner, origin, 'GET', `/api/pathways/${SLUG}`)) as RoadMap
  const kept = after.stages.flatMap((s) => s.modules.filter((m) => m.code !== code).map((m) => ({ moduleId: m.id, stage: s.stage, position: m.position, isEntry: m.isEntry, isExit: m.isExit })))
  await call(owner, origin, 'PATCH', `/api/pathways/${after.id}`, { version: after.version, modules: kept })
})
