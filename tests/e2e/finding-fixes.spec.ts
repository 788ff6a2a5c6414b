// Each kind of finding offers its fix: raising a depth in the module editor opened at that alignment, aligning a
// module picked from the pathway's, and, from a module's own page, the credential and the bridge builder opened
// where the fix is made. Each test puts the demo back as it found it (MFG 140 is the module findings-actions edits).
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { sameOrigin, signIn } from './support/accounts'
import { saveScreenshot } from './support/screenshots'
import { expectSaved } from './authoring-support'

const FINDINGS = '/pathways/advanced-manufacturing/findings'
type Alignment = { competencyId: number; depth: string; assessed: boolean }
type Detail = { id: number; version: number; alignments: Alignment[]; outcomes: { alignments: Alignment[] }[] }

async function moduleByCode(page: Page, code: string): Promise<Detail> {
  const list = await (await page.request.get(`/api/modules?q=${encodeURIComponent(code)}`)).json()
  const id = list.items.find((m: { code: string }) => m.code === code).id as number
  return (await page.request.get(`/api/modules/${id}`)).json()
}
const saved = (page: Page) => page.waitForResponse((r) => /\/api\/modules\/\d+$/.test(r.url()) && r.request().method() === 'PATCH' && r.ok())

test('a competency never mastered is raised in the editor opened at its alignment, and the finding disappears', async ({ page }) => {
  await signIn(page, 'faculty', `${FINDINGS}?kind=never_mastered`)
  const item = page.getByRole('region', { name: /^Never mastered/ }).getByRole('listitem').filter({ hasText: 'AM-BP-6' })
  const mfg140 = await moduleByCode(page, 'MFG 140')
  const competencyId = (await (await page.request.get(`/api${FINDINGS}?kind=never_mastered`)).json()).findings[0].rows.competencies[0].id as number
  const was = [...mfg140.alignments, ...mfg140.outcomes.flatMap((o) => o.alignments)].find((a) => a.competencyId === competencyId)!.depth
  const stored = saved(page)
  await item.getByRole('link', { name: 'Raise AM-BP-6 to Mastered in MFG 140' }).click()
  await expect(page).toHaveURL(new RegExp(`/modules/${mfg140.id}/edit\\?competency=${competencyId}&depth=M$`))
  const depth = page.getByLabel('Depth of AM-BP-6')
  await expect(depth).toBeFocused()
  await expect(depth).toHaveValue('M')
  await expect(page.getByText('AM-BP-6 is now Mastered here, as the finding suggests')).toBeVisible()
  await stored
  await expectSaved(page)
  try {
    await page.goto(`${FINDINGS}?kind=never_mastered`)
    await expect(page.getByText('No findings match these filters.')).toBeVisible()
  } finally {
    // The same way back: the editor opened at the alignment with the depth it had.
    const restored = saved(page)
    await page.goto(`/modules/${mfg140.id}/edit?competency=${competencyId}&depth=${was}`)
    await restored
    await expectSaved(page)
  }
  await page.goto(`${FINDINGS}?kind=never_mastered`)
  await expect(page.getByRole('region', { name: /^Never mastered/ }).getByRole('listitem').filter({ hasText: 'AM-BP-6' })).toBeVisible()
})

test('an uncovered competency is aligned to a module picked from the pathway, and the finding disappears', async ({ page }) => {
  await signIn(page, 'faculty', `${FINDINGS}?kind=uncovered`)
  const item = page.getByRole('region', { name: /^Uncovered competencies/ }).getByRole('listitem').filter({ hasText: 'AM-CNC-8' })
  await expect(item).toContainText('Next step: Align a module of the pathway to AM-CNC-8')
  const before = await moduleByCode(page, 'MFG 140')
  await item.getByRole('button', { name: 'Align a module to AM-CNC-8' }).click()
  const picker = page.getByRole('dialog', { name: 'Align a module to AM-CNC-8' })
  const module = picker.getByRole('group', { name: 'Module of the pathway' }).getByRole('radio', { name: /^MFG 140 / })
  await module.check()
  await picker.getByLabel('Depth').selectOption('M')
  await expectNoAxeViolations(page)
  await saveScreenshot(page, 'finding-fixes-align', { fullPage: false })
  const stored = saved(page)
  await picker.getByRole('button', { name: 'Align the module' }).click()
  await stored
  try {
    await expect(item).toHaveCount(0)
    await expect(page.getByRole('region', { name: /^Uncovered competencies/ }).getByRole('listitem').filter({ hasText: 'AM-MA-3' })).toBeVisible()
  } finally {
    const now = await moduleByCode(page, 'MFG 140')
    const back = await page.request.patch(`/api/modules/${now.id}`, { data: { version: now.version, alignments: before.alignments }, headers: sameOrigin(page) })
    expect(back.status(), await back.text()).toBe(200)
  }
})

test("a module's page shows its findings with their actions, which open the credential, editor and bridge builder at the fix", async ({ page }) => {
  const mfg140 = await (async () => {
    await signIn(page, 'faculty', '/')
    return moduleByCode(page, 'MFG 140')
  })()
  // Wait for the module and its findings (an analysis of the pathway) to arrive, however busy the machine.
  const analysed = page.waitForResponse((r) => r.url().includes('/findings?module=') && r.ok(), { timeout: 60_000 })
  await page.goto(`/modules/${mfg140.id}`)
  await analysed
  const section = page.getByRole('region', { name: 'Findings involving MFG 140' })
  const findings = section.getByRole('list', { name: 'Findings on Production Technician to CNC Machinist' })
  await expect(findings.getByRole('listitem').filter({ hasText: 'Next step: Attach an existing credential to MFG 140' })).toBeVisible()
  await expect(findings.getByRole('button', { name: 'Add an articulation between IET 101 and MFG 140' })).toBeVisible()
  await expectNoAxeViolations(page)
  await section.scrollIntoViewIfNeeded()
  await saveScreenshot(page, 'finding-fixes-module', { fullPage: false })
  await page.setViewportSize({ width: 360, height: 800 })
  await section.scrollIntoViewIfNeeded()
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
  await saveScreenshot(page, 'finding-fixes-module-360', { fullPage: false })
  await page.setViewportSize({ width: 1366, height: 800 })

  await findings.getByRole('link', { name: 'Attach a credential to MFG 140' }).click()
  await expect(page).toHaveURL(/\/modules\/\d+\/edit\?focus=credentials$/)
  await expect(page.getByRole('group', { name: 'Credentials it leads to' }).getByRole('checkbox').first()).toBeFocused()

  await page.goto(`${FINDINGS}?kind=dead_end_credential`)
  await page.getByRole('link', { name: /^Stack “NIMS Machining Level I: Drill Press Skills” into…$/ }).click()
  const form = page.getByRole('form', { name: 'Edit “NIMS Machining Level I: Drill Press Skills”' })
  await expect(form.getByRole('group', { name: 'Stacks into' }).getByRole('checkbox').first()).toBeFocused()

  await page.goto(`${FINDINGS}?kind=bridge_gap`)
  await page.getByRole('link', { name: 'Build a bridge for these skills' }).click()
  await expect(page).toHaveURL(/\/bridges\/new\?target=\d+&level=ABE(\+|%20)4$/)
  await expect(page.getByRole('region', { name: 'Basic skills to teach' })).toContainText('CCR.M.N.Q.3')
})
