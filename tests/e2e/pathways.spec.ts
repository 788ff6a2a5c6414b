// The road map journey: the pathway list, the demo pathway's road map and credentials ladder, a module page.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'
import { signInByApi } from './support/accounts'

const ROAD_MAP = '/pathways/advanced-manufacturing'

// The partners' view: findings, statuses and the module cards are for people signed in (roadmap-views.spec.ts has the public one).
test.beforeEach(({ page }) => signInByApi(page, 'viewer'))

test('the pathway list links to the demo road map', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle('Pathways · Rungs')
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Production Technician to CNC Machinist' }) })
  await expect(card).toContainText('Advanced manufacturing')
  await expect(card).toContainText(/\d+ modules/)
  await expect(card).toContainText('Machinists (SOC 51-4041)')
  await saveScreenshot(page, 'pathways')
  await expectNoAxeViolations(page)

  await card.getByRole('link', { name: 'Production Technician to CNC Machinist' }).click()
  await expect(page).toHaveURL(ROAD_MAP)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Production Technician to CNC Machinist')
})

test('the road map shows stages, level bands, module cards and the credentials ladder', async ({ page }) => {
  await page.goto(ROAD_MAP)
  const roadMap = page.getByRole('region', { name: 'Road map' })
  for (const stage of [1, 2, 3, 4, 5]) {
    await expect(roadMap.getByRole('heading', { level: 3, name: new RegExp(`^Stage ${stage}\\b`) })).toBeVisible()
  }
  // Each cell is headed by its level for screen readers, e.g. "Adult education, stage 1".
  await expect(roadMap.getByRole('heading', { level: 4, name: 'Adult education, stage 1' })).toBeAttached()
  await expect(roadMap.getByRole('heading', { level: 4, name: 'Apprenticeship, stage 5' })).toBeAttached()
  for (const band of ['Adult education', 'Secondary', 'Postsecondary', 'Apprenticeship']) {
    await expect(roadMap.locator('.roadmap-band-label', { hasText: new RegExp(`^${band}$`) })).toBeVisible()
  }

  const bridge = roadMap.getByRole('listitem').filter({ hasText: 'ABE 095' })
  await expect(bridge.getByRole('link')).toHaveText(/ABE 095\s+Shop Math and Reading Bridge/)
  for (const text of ['Entry point', 'Adult education', 'Bridge', /\d+ clock hours/, /Entry level: ABE \d/, /Leads to: \w+/]) {
    await expect(bridge).toContainText(text)
  }
  await expect(roadMap.getByRole('listitem').filter({ hasText: 'MFG 250' })).toContainText('Exit point')

  const ladder = page.getByRole('region', { name: 'Credentials ladder' })
  const osha = ladder.getByRole('list', { name: /^From OSHA 10-Hour General Industry Card to / }).first()
  const rungs = osha.getByRole('listitem')
  await expect(rungs.first()).toHaveText('OSHA 10-Hour General Industry Card')
  await expect(rungs.nth(1)).toHaveText('Production Technician Certificate')
  await expect(rungs.last()).toHaveText('Associate of Applied Science in Manufacturing Technology')
  const row = ladder.getByRole('row', { name: /^Production Technician Certificate/ })
  await expect(row).toContainText('WFD 120')
  await expect(row).toContainText('CNC Operator Certificate')

  await expect(page.getByRole('heading', { name: 'Articulation agreements' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Articulation agreements of the pathway' })).toContainText('Articulated credit')
  await expect(page.getByRole('link', { name: 'Basic Skills for Career Pathways: Reading, Writing and Mathematics' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Target occupations' })).toContainText('Machinists (SOC 51-4041)')

  await saveScreenshot(page, 'pathway-road-map')
  await expectNoAxeViolations(page)
})

test('on a narrow screen the road map stacks by stage', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(ROAD_MAP)
  await expect(page.getByRole('heading', { level: 4, name: 'Adult education, stage 1' })).toBeVisible()
  await expect(page.locator('.roadmap-band-label').first()).toBeHidden()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBe(0)
  await saveScreenshot(page, 'pathway-road-map-narrow')
  await expectNoAxeViolations(page)
})

test('a module card leads to the module with its outcomes and alignments', async ({ page }) => {
  await page.goto(ROAD_MAP)
  await page.getByRole('region', { name: 'Road map' }).getByRole('link', { name: /^IET 101 / }).click()
  await expect(page).toHaveURL(/\/modules\/\d+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/IET 101\s+Production Technician I/)
  await expect(page).toHaveTitle(/^IET 101 Production Technician I/)

  await expect(page.getByRole('heading', { name: 'Units', level: 3 })).toBeVisible()
  const outcomes = page.locator('ol.outcomes > li')
  await expect(outcomes).toHaveCount(6)
  await expect(outcomes.first()).toContainText('Identify hazards during a shop walk-through')
  await expect(outcomes.first()).toContainText('AM-SAF-1')
  await expect(outcomes.first().locator('.badge-depth').first()).toHaveText('M · Mastered')

  const table = page.getByRole('region', { name: /aligns to as a whole/ })
  const row = table.getByRole('row', { name: /AM-WS-1/ })
  await expect(row.getByRole('cell').nth(2)).toHaveText('M · Mastered')
  await expect(row.getByRole('cell').nth(3)).toHaveText('No')
  await expect(row.getByRole('link')).toHaveAttribute('href', /\/frameworks\/\d+$/)

  await expect(page.getByRole('region', { name: 'Credentials' })).toContainText('OSHA 10-Hour General Industry Card')
  await expect(page.getByRole('region', { name: 'In pathways' })).toContainText('stage 1')
  // Rich text is shown by the read-only editor, never as a text box.
  await expect(page.locator('main .rich-text').getByRole('textbox')).toHaveCount(0)

  await saveScreenshot(page, 'module')
  await expectNoAxeViolations(page)
})

test('a module with prerequisites and articulations lists them', async ({ page }) => {
  await page.goto(ROAD_MAP)
  await page.getByRole('region', { name: 'Road map' }).getByRole('link', { name: /^MFG 101 / }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/MFG 101/)
  await expect(page.getByRole('region', { name: /Articulation agreements into and out of MFG 101/ })).toContainText('CTE 1100')
  await saveScreenshot(page, 'module-with-articulations')
  await expectNoAxeViolations(page)
})
