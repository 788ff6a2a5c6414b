// Findings on the road map: the pathway's summary above it, a badge on each module card that findings involve
// (the demo's deliberate findings, fixtures/demo/README.md), leading to the findings page narrowed to that module;
// the road map still shows while the analysis runs and when it fails.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { saveElementScreenshot, saveScreenshot } from './support/screenshots'
import { signInByApi } from './support/accounts'

const ROAD_MAP = '/pathways/advanced-manufacturing'
const FINDINGS_API = /\/api\/pathways\/advanced-manufacturing\/findings(\?|$)/

const roadMapOf = (page: Page) => page.getByRole('region', { name: 'Road map' })
const cardOf = (page: Page, code: string) =>
  roadMapOf(page).locator('.module-card').filter({ has: page.getByRole('link', { name: new RegExp(`^${code} `) }) })
const badgeOf = (page: Page, code: string) => cardOf(page, code).getByRole('link', { name: /^\d+ findings?, worst / })
// What a sighted reader sees of an element: its text without the parts only screen readers read.
const seenText = (part: Locator) =>
  part.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement
    copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove())
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
  })

// The partners' view: findings, statuses and the module cards are for people signed in (roadmap-views.spec.ts has the public one).
test.beforeEach(({ page }) => signInByApi(page, 'viewer'))

test('module cards show how many findings involve them, by worst severity, under a pathway summary', async ({ page }) => {
  await page.goto(ROAD_MAP)
  const roadMap = roadMapOf(page)
  // 16 in all: the out-of-order prerequisite is critical; the near-duplicate outcomes, the top exit below the
  // family-sustaining wage and the two declining exit jobs info; the rest warnings, two of them from the demo's
  // learner outcomes (the leaky transition into stage 3, English learners' credential gap in MFG 110).
  await expect(roadMap.locator('.findings-summary')).toHaveText('16 findings: 1 critical, 11 warnings, 4 info')
  await expect(roadMap.getByRole('link', { name: '16 findings', exact: true })).toHaveAttribute('href', `${ROAD_MAP}/findings`)

  // MFG 140: AM-BP-6 never mastered, no credential, and an outcome near-duplicating one of IET 101.
  const mfg140 = badgeOf(page, 'MFG 140')
  await expect.poll(() => seenText(mfg140)).toBe('3 findings · Warning')
  await expect(mfg140).toHaveAccessibleName(
    '3 findings, worst Warning, for MFG 140: Never mastered; Near-duplicate outcomes; Modules leading to no credential',
  )
  await expect(mfg140).toHaveClass(/badge-severity-warning/)
  await expect(mfg140).toHaveAttribute('href', new RegExp(`^${ROAD_MAP}/findings\\?module=\\d+$`))
  // IET 101: the bridge gap (warning) and the same near-duplicate pair (info).
  await expect(badgeOf(page, 'IET 101')).toHaveAccessibleName('2 findings, worst Warning, for IET 101: Near-duplicate outcomes; Bridge gaps')
  // MFG 150 and MFG 220: one prerequisite on a later stage, critical; MFG 150's CNC tool operators are also in
  // decline, and it is entered by the leaky transition.
  for (const [code, seen] of [['MFG 150', '3 findings · Critical'], ['MFG 220', '1 finding · Critical']] as const) {
    await expect.poll(() => seenText(badgeOf(page, code))).toBe(seen)
    await expect(badgeOf(page, code)).toHaveClass(/badge-severity-critical/)
  }
  await expect(badgeOf(page, 'CTE 2100')).toHaveAccessibleName(/^2 findings, worst Warning, for CTE 2100: Duplicated across levels; Dead-end credentials$/)
  await expect.poll(() => seenText(badgeOf(page, 'MFG 110'))).toBe('2 findings · Warning')
  await expect(badgeOf(page, 'MFG 110')).toHaveAccessibleName(/Equity gaps \(outcome data\)$/)
  await expect.poll(() => seenText(badgeOf(page, 'MFG 120'))).toBe('2 findings · Warning')
  await expect(badgeOf(page, 'MFG 120')).toHaveAccessibleName(/Leaky transitions \(outcome data\)$/)

  // No finding names the bridge, the capstone or the apprenticeship modules: their cards carry no badge.
  for (const code of ['ABE 095', 'MFG 250', 'APP 201', 'WFD 120']) {
    await expect(cardOf(page, code)).toBeVisible()
    await expect(cardOf(page, code).locator('.finding-badge')).toHaveCount(0)
    await expect(cardOf(page, code).getByRole('link')).toHaveCount(1)
  }
  // Seven modules with findings of the curriculum, and APP 202, a top exit whose jobs pay below the family-sustaining wage.
  await expect(roadMap.locator('.finding-badge')).toHaveCount(8)
})

// Apart from the checks above: on a busy machine axe over the whole partners' view takes a good part of a test's budget.
test('the road map with its findings passes axe', async ({ page }) => {
  await page.goto(ROAD_MAP)
  await expect(roadMapOf(page).locator('.finding-badge')).toHaveCount(8)
  await saveScreenshot(page, 'road-map-findings')
  await saveElementScreenshot(cardOf(page, 'MFG 140'), 'road-map-findings-card')
  await expectNoAxeViolations(page)
})

test('a badge is reached by keyboard and leads to the findings of its module', async ({ page }) => {
  await page.goto(ROAD_MAP)
  await cardOf(page, 'MFG 140').getByRole('link', { name: /^MFG 140 / }).focus()
  await page.keyboard.press('Tab')
  await expect(badgeOf(page, 'MFG 140')).toBeFocused()
  await page.keyboard.press('Enter')

  await expect(page).toHaveURL(new RegExp(`${ROAD_MAP}/findings\\?module=\\d+$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Findings: /)
  await expect(page.getByLabel('Module', { exact: true })).toHaveValue(/^\d+$/)
  await expect(page.getByLabel('Module', { exact: true }).locator('option:checked')).toHaveText('MFG 140 Metrology and Quality Control')
  await expect(page.getByText('Showing only the findings that involve MFG 140.')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('3 findings shown of 3 matching findings, of 16 findings in the pathway: 16 open, 0 assigned, 0 accepted as intended.')
  const findings = page.locator('.finding-list > li')
  await expect(findings).toHaveCount(3)
  for (const finding of await findings.all()) await expect(finding).toContainText('MFG 140')
  for (const heading of ['Never mastered (1)', 'Near-duplicate outcomes (1)', 'Modules leading to no credential (1)']) {
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible()
  }
  await expect(page.getByRole('heading', { level: 2, name: /^Uncovered competencies/ })).toHaveCount(0)
  await saveScreenshot(page, 'findings-of-module')
  await expectNoAxeViolations(page)

  // The module filter combines with the others, and can be lifted.
  await page.getByLabel('Severity', { exact: true }).selectOption('info')
  await expect(findings).toHaveCount(1)
  await expect(findings.first()).toContainText('IET 101')
  await page.getByLabel('Severity', { exact: true }).selectOption('')
  await page.getByRole('link', { name: 'Show the findings of every module' }).click()
  await expect(page).toHaveURL(`${ROAD_MAP}/findings`)
  await expect(findings).toHaveCount(16)
  await expect(page.getByLabel('Module', { exact: true })).toHaveValue('')
})

test('the road map shows while the analysis runs and when it fails', async ({ page }) => {
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(FINDINGS_API, async (route) => {
    await held
    await route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'internal', message: 'Analysis failed' } }) })
  })
  await page.goto(ROAD_MAP)
  const roadMap = roadMapOf(page)
  await expect(roadMap.locator('.findings-summary')).toHaveText('Checking the pathway for gaps and duplications…')
  await expect(cardOf(page, 'MFG 140')).toBeVisible()

  release()
  await expect(roadMap.locator('.findings-summary')).toContainText('The findings could not be loaded; the road map is shown without them.')
  await expect(roadMap.getByRole('link', { name: 'Open the findings' })).toHaveAttribute('href', `${ROAD_MAP}/findings`)
  await expect(cardOf(page, 'MFG 140')).toBeVisible()
  await expect(roadMap.locator('.finding-badge')).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Credentials ladder' })).toBeVisible()
  await expectNoAxeViolations(page)
})
