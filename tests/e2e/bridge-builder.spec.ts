// The bridge builder in the browser: an ABE instructor builds a bridge to the demo pathway's entry module from
// the list of basic skills it needs above ABE 3, removes a skill in the editor and sees it reported uncovered;
// an integrated module for a pathway's first stage; and what people who may not author bridges see.
import { expect, test, type Page } from '@playwright/test'
import { expectSaved } from './authoring-support'
import { expectNoAxeViolations } from './support/a11y'
import { sameOrigin, signIn } from './support/accounts'
import { saveElementScreenshot, saveScreenshot } from './support/screenshots'

let made = 0
// A module code no other run or test has used (the e2e database lives as long as one run).
const freshCode = (prefix: string) => `${prefix} ${Date.now() % 100000}-${++made}`

const coverageOf = (page: Page, targets: string) => page.getByRole('region', { name: `Coverage of what ${targets}` })
const coverageItem = (page: Page, targets: string, code: string) =>
  coverageOf(page, targets).getByRole('list', { name: /^Basic skills / }).getByRole('listitem').filter({ hasText: code })

// The id of a module found by its code.
async function moduleByCode(page: Page, code: string): Promise<number> {
  const list = await (await page.request.get(`/api/modules?q=${encodeURIComponent(code)}`)).json()
  return list.items.find((m: { code: string }) => m.code === code).id
}

// Creates, through the API as the signed-in person, a bridge teaching every skill the target needs above ABE 3.
async function createBridge(page: Page, targetId: number) {
  const plan = await (await page.request.get(`/api/bridges/plan?targetId=${targetId}&entryLevel=ABE%203`)).json()
  const skillIds = plan.groups.flatMap((g: { needs: { skill: { id: number } }[] }) => g.needs.map((n) => n.skill.id))
  const code = freshCode('ABE')
  const answer = await page.request.post('/api/bridges', {
    data: { targetIds: [targetId], entryLevel: 'ABE 3', kind: 'bridge', code, title: 'Shop Floor Reading and Math', skillIds },
    headers: sameOrigin(page),
  })
  expect(answer.status(), await answer.text()).toBe(201)
  return { id: (await answer.json()).id as number, code, offered: skillIds.length as number }
}

test('an ABE instructor builds a bridge to IET 101 from the basic skills it needs above ABE 3', async ({ page }) => {
  await signIn(page, 'abe', '/pathways/advanced-manufacturing')
  await page.getByRole('link', { name: /^IET 101 / }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('IET 101')
  await page.getByRole('link', { name: 'Build a bridge to this module' }).click()
  await expect(page).toHaveURL(/\/bridges\/new\?target=\d+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Build a bridge')
  await expect(page.getByText('Choose a target and an entry level')).toBeVisible()

  await page.getByLabel('Entry level', { exact: true }).selectOption('ABE 3')
  const plan = page.getByRole('region', { name: 'Basic skills to teach' })
  await expect(plan.getByRole('heading', { level: 3 })).toHaveText([/^Reading · \d+ skills$/, /^Mathematics · \d+ skills$/])
  const decimals = plan.getByRole('region', { name: /^Mathematics/ }).getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: /^CCR\.M\.6\.NS\.3 / }) })
  await expect(decimals.getByRole('checkbox')).toBeChecked()
  await expect(decimals).toContainText('Required level: C')
  await expect(decimals).toContainText('Needed by 1 occupational competency')
  await expect(decimals).toContainText('AM-QM-4')
  await expect(plan).toContainText(/IET 101 needs \d+ basic skills at or above level C, where adults entering at ABE 3 work/)
  await expect(plan).toContainText(/They already meet \d+ other requirements? \(below level C\), not listed\./)
  const offered = await plan.getByRole('checkbox').count()
  expect(offered).toBeGreaterThan(3)
  await expectNoAxeViolations(page)
  await saveScreenshot(page, 'bridge-builder')

  const code = freshCode('ABE')
  await page.getByLabel('Code', { exact: true }).fill(code)
  await page.getByLabel('Title', { exact: true }).fill('Shop Floor Reading and Math')
  await page.getByLabel('Clock hours', { exact: true }).fill('60')
  await expect(page.getByLabel('Team-taught share (%)', { exact: true })).toHaveCount(0)
  await expect(page.getByText(`It will teach ${offered} of the ${offered} basic skills listed above.`)).toBeVisible()
  await page.getByRole('button', { name: 'Create bridge module' }).click()

  // The editor opens on the new bridge, its alignments pre-filled and every skill covered.
  await expect(page).toHaveURL(/\/modules\/\d+\/edit$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code)
  await expect(coverageOf(page, 'IET 101 needs').getByRole('status')).toHaveText(`${offered} of ${offered} basic skills covered`)
  const alignments = page.getByRole('list', { name: 'Alignments of the whole module' })
  await expect(alignments).toContainText('CCR.M.6.NS.3')
  await expect(alignments).toContainText('AM-QM-4')
  await expect(page.getByRole('textbox', { name: 'Description' })).toContainText('Lesson outline')
  await expect(page.getByLabel('Entry level', { exact: true })).toHaveValue('ABE 3')
  await expect(page.getByLabel('Entry level', { exact: true }).getByRole('option', { name: 'ABE 3: Low Intermediate Basic Education' })).toHaveCount(1)
})

test('the checklist in the editor follows each save: a removed skill is reported uncovered', async ({ page }) => {
  await signIn(page, 'abe')
  const { id, offered } = await createBridge(page, await moduleByCode(page, 'IET 101'))
  await page.goto(`/modules/${id}/edit`)
  const summary = coverageOf(page, 'IET 101 needs').getByRole('status')
  await expect(summary).toHaveText(`${offered} of ${offered} basic skills covered`)

  await page.getByRole('list', { name: 'Alignments of the whole module' }).getByRole('button', { name: 'Remove CCR.M.6.NS.3' }).click()
  await page.getByRole('dialog', { name: /^Remove the alignment/ }).getByRole('button', { name: 'Remove the alignment' }).click()
  await expectSaved(page)
  await expect(summary).toHaveText(`${offered - 1} of ${offered} basic skills covered`)
  await expect(coverageItem(page, 'IET 101 needs', 'CCR.M.6.NS.3')).toContainText('Not covered')
  await expect(coverageItem(page, 'IET 101 needs', 'CCR.M.5.NBT.7')).toContainText('Covered')
  await saveScreenshot(page, 'bridge-editor-coverage')
  await saveElementScreenshot(coverageOf(page, 'IET 101 needs'), 'bridge-coverage-checklist')
  await expectNoAxeViolations(page)
})

test('leaving the editor straight after removing a skill waits for the save: the bridge page already counts it', async ({ page }) => {
  await signIn(page, 'abe')
  const { id, code, offered } = await createBridge(page, await moduleByCode(page, 'IET 101'))
  await page.goto(`/modules/${id}/edit`)
  await expect(coverageOf(page, 'IET 101 needs').getByRole('status')).toHaveText(`${offered} of ${offered} basic skills covered`)

  // No wait for "Saved": the link is followed within the autosave's pause.
  await page.getByRole('list', { name: 'Alignments of the whole module' }).getByRole('button', { name: 'Remove CCR.M.6.NS.3' }).click()
  await page.getByRole('dialog', { name: /^Remove the alignment/ }).getByRole('button', { name: 'Remove the alignment' }).click()
  await page.getByRole('link', { name: 'View module' }).click()
  await expect(page).toHaveURL(/\/modules\/\d+$/)
  await expect(page.getByRole('region', { name: 'Prepares learners for' })).toContainText('IET 101')
  await expect(coverageOf(page, 'IET 101 needs').getByRole('status')).toHaveText(`${offered - 1} of ${offered} basic skills covered`)
  await expect(coverageItem(page, 'IET 101 needs', 'CCR.M.6.NS.3')).toContainText('Not covered')
  await expect(page.getByRole('link', { name: 'Build a bridge to this module' })).toHaveCount(0)
  await saveScreenshot(page, 'bridge-module-page')
  await expectNoAxeViolations(page)
  await page.getByRole('region', { name: 'Prepares learners for' }).getByRole('link', { name: /^IET 101/ }).click()
  await expect(page.getByRole('region', { name: 'Bridges into this module' })).toContainText(code)
})

test('the builder makes an integrated module for a pathway stage, refusing a used code at its field', async ({ page }) => {
  await signIn(page, 'abe', '/pathways/advanced-manufacturing')
  await page.getByRole('link', { name: 'Build a bridge for stage 1' }).click()
  await expect(page.getByLabel(/^Stage of /)).toHaveValue('1')
  await page.getByLabel('Entry level', { exact: true }).selectOption('ABE 4')
  const plan = page.getByRole('region', { name: 'Basic skills to teach' })
  await expect(plan).toContainText(/CTE 1100 and IET 101 need \d+ basic skills? at or above level D/)
  const offered = await plan.getByRole('checkbox').count()
  expect(offered).toBeGreaterThan(1)
  const dropped = plan.locator('.plan-need').first()
  const droppedCode = await dropped.locator('.plan-skill .code').innerText()
  await dropped.getByRole('checkbox').uncheck()
  await expect(page.getByText(`It will teach ${offered - 1} of the ${offered} basic skills listed above.`)).toBeVisible()

  await page.getByRole('radio', { name: /^Integrated education and training/ }).check()
  await page.getByLabel('Code', { exact: true }).fill('IET 101')
  await page.getByLabel('Title', { exact: true }).fill('Measurement Math in the Shop (IET)')
  await page.getByLabel('Team-taught share (%)', { exact: true }).fill('half')
  await page.getByRole('button', { name: 'Create integrated module' }).click()
  await expect(page.getByLabel('Team-taught share (%)', { exact: true })).toHaveAccessibleDescription(/Enter a whole percent from 0 to 100/)
  await expect(page.getByLabel('Team-taught share (%)', { exact: true })).toBeFocused()
  await page.getByLabel('Team-taught share (%)', { exact: true }).fill('50')
  await page.getByRole('button', { name: 'Create integrated module' }).click()
  await expect(page.getByRole('alert')).toContainText('Check the fields marked below.')
  await expect(page.getByLabel('Code', { exact: true })).toHaveAccessibleDescription(/Module code IET 101 is already used/)

  await page.getByLabel('Code', { exact: true }).fill(freshCode('IET'))
  await page.getByRole('button', { name: 'Create integrated module' }).click()
  await expect(page).toHaveURL(/\/modules\/\d+\/edit$/)
  await expect(page.getByLabel('Kind', { exact: true })).toHaveValue('integrated')
  await expect(page.getByLabel('Team-taught share (%)', { exact: true })).toHaveValue('50')
  // The skill left out of the builder's choice is reported uncovered.
  const summary = coverageOf(page, 'CTE 1100 and IET 101 need').getByRole('status')
  await expect(summary).toHaveText(`${offered - 1} of ${offered} basic skills covered`)
  await expect(coverageItem(page, 'CTE 1100 and IET 101 need', droppedCode)).toContainText('Not covered')

  await page.getByRole('link', { name: 'View module' }).click()
  await expect(page.getByRole('definition').filter({ hasText: '% of the hours' })).toHaveText('50% of the hours')
  const targets = page.getByRole('region', { name: 'Prepares learners for' })
  await expect(targets.getByRole('link')).toHaveText([/^CTE 1100/, /^IET 101/])
})

test('people who may not author bridges read the list without choosing or creating', async ({ page }) => {
  const id = await moduleByCode(page, 'IET 101')
  await page.goto(`/bridges/new?target=${id}&level=ABE%203`)
  const plan = page.getByRole('region', { name: 'Basic skills to teach' })
  await expect(plan.getByText('CCR.M.6.NS.3')).toBeVisible()
  await expect(plan.getByRole('checkbox')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Create/ })).toHaveCount(0)
  await expect(page.getByRole('main').getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', /next=/)

  // Another target is found by code or title; the list follows it at the same entry level.
  await page.getByRole('button', { name: 'Choose another target module…' }).click()
  const search = page.getByRole('search', { name: 'Target modules' })
  await search.getByRole('searchbox', { name: 'Code or title of the target module' }).fill('MFG 120')
  await search.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByRole('status').filter({ hasText: /found/ })).toHaveText(/^\d+ modules? found\.$/)
  await expectNoAxeViolations(page)
  await page.getByRole('list', { name: 'Modules found' }).getByRole('button', { name: /^Prepare for MFG 120 / }).click()
  await expect(page).toHaveURL(/target=\d+&level=ABE(\+|%20)3$/)
  await expect(plan).toContainText(/MFG 120 needs \d+ basic skills at or above level C/)
  await expect(page.getByRole('button', { name: 'Choose another target module…' })).toBeFocused()

  await signIn(page, 'viewer', `/modules/${id}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('IET 101')
  await expect(page.getByRole('link', { name: 'Build a bridge to this module' })).toHaveCount(0)
})
