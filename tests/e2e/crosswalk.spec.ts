// A reviewer crosswalks two frameworks by keyboard: walks the proposed pairs, selects two and accepts them in
// bulk, rejects another with one key, and sees the coverage change; on a pathway held against both frameworks,
// an accepted equivalence removes the uncovered finding. Frameworks, module and pathway are made for the test and
// removed afterwards with their links, so the demo is left as it was.
import { expect, test, type Page } from '@playwright/test'
import { sameOrigin, signInByApi } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'

const STATE = [
  ['XS-1', 'Measure machined parts with a micrometer to the nearest 0.001 inch.'],
  ['XS-2', 'Read engineering drawings and blueprints, including title blocks and tolerances.'],
  ['XS-3', 'Follow lockout and tagout procedures before servicing machines.'],
  ['XS-4', 'Operate a forklift under supervision.'],
]
const CONSORTIUM = [
  ['XC-1', 'Use a micrometer to measure machined parts to the nearest 0.001 inch.'],
  ['XC-2', 'Interpret blueprints and engineering drawings: title block, views and tolerances.'],
  ['XC-3', 'Apply lockout and tagout before servicing equipment.'],
]

async function api(page: Page, method: 'post' | 'delete' | 'get', path: string, data?: object) {
  const answer = await page.request[method](`/api${path}`, { data, headers: sameOrigin(page) })
  expect(answer.status(), await answer.text()).toBeLessThan(300)
  return answer.status() === 204 ? undefined : answer.json()
}

async function standard(page: Page, title: string, items: string[][]) {
  const framework = await api(page, 'post', '/frameworks', { title, kind: 'occupational' })
  const ids: number[] = []
  for (const [code, statement] of items) ids.push((await api(page, 'post', '/competencies', { frameworkId: framework.id, code, statement, kind: 'competency' })).id)
  return { id: framework.id as number, ids }
}

// Removes the links of the items, then the frameworks.
async function removeFrameworks(page: Page, ...frameworks: { id: number; ids: number[] }[]) {
  for (const id of frameworks.flatMap((f) => f.ids)) {
    for (const link of (await api(page, 'get', `/competency-links?competencyId=${id}`)).items) await api(page, 'delete', `/competency-links/${link.id}`)
  }
  for (const framework of frameworks) await api(page, 'delete', `/frameworks/${framework.id}`)
}

async function bothWidths(page: Page, name: string) {
  await saveScreenshot(page, `${name}-1366`)
  await page.setViewportSize({ width: 360, height: 800 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await saveScreenshot(page, `${name}-360`)
  await page.setViewportSize({ width: 1366, height: 900 })
}

test('a crosswalk is accepted in bulk by keyboard, a pair rejected with one key, and the coverage follows', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto('/')
  await signInByApi(page)
  const from = await standard(page, 'Crosswalk state standard (e2e)', STATE)
  const to = await standard(page, 'Crosswalk consortium list (e2e)', CONSORTIUM)
  try {
    await page.goto('/frameworks')
    await page.getByRole('link', { name: 'Crosswalk two frameworks' }).click()
    await page.getByLabel('Framework to cover').selectOption({ label: 'Crosswalk state standard (e2e)' })
    await page.getByLabel('Framework to match it against').selectOption({ label: 'Crosswalk consortium list (e2e)' })

    const table = page.getByRole('table', { name: /^Proposed pairs of Crosswalk state standard \(e2e\)/ })
    const rows = table.locator('tbody tr')
    await expect(rows).toHaveCount(3)
    await expect(rows.nth(0)).toContainText('XS-1')
    await expect(rows.nth(0)).toContainText('XC-1')
    await expect(rows.nth(0).locator('mark').first()).toBeVisible()
    const coverage = page.getByRole('region', { name: 'Coverage of Crosswalk state standard (e2e)' })
    await expect(coverage).toContainText('0 of 4 items have an equivalent or related counterpart')
    await bothWidths(page, 'crosswalk-proposals')
    await expectNoAxeViolations(page)

    // Walk the table: select the first two pairs with space, then accept them together.
    await rows.nth(0).focus()
    await page.keyboard.press(' ')
    await page.keyboard.press('j')
    await expect(rows.nth(1)).toBeFocused()
    await page.keyboard.press(' ')
    const acceptSelected = page.getByRole('button', { name: 'Accept selected (2)' })
    await acceptSelected.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'Accepted 2 pairs as links.' })).toBeVisible()
    await expect(rows).toHaveCount(1)
    await expect(coverage).toContainText('2 of 4 items have an equivalent or related counterpart')

    // The pair left is rejected with one key, and is not proposed again.
    await rows.nth(0).focus()
    await expect(rows.nth(0)).toContainText('XS-3')
    await page.keyboard.press('r')
    await expect(page.getByRole('status').filter({ hasText: 'Rejected 1 pair.' })).toBeVisible()
    await expect(page.getByText('No pairs to propose')).toBeVisible()
    await expect(coverage.getByRole('list')).toContainText('XS-3')
    await expect(coverage.getByRole('list')).toContainText('XS-4')
    await bothWidths(page, 'crosswalk-decided')
    await expectNoAxeViolations(page)

    const links = await api(page, 'get', `/competency-links?competencyId=${from.ids[0]}`)
    expect(links.items.map((l: { relation: string; toCode: string }) => `${l.relation} ${l.toCode}`)).toEqual(['equivalent XC-1'])
  } finally {
    await removeFrameworks(page, from, to)
  }
})

test('an equivalence accepted in the crosswalk removes the uncovered finding of a pathway held against both', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto('/')
  await signInByApi(page)
  const from = await standard(page, 'Crosswalk state standard (e2e)', STATE)
  const to = await standard(page, 'Crosswalk consortium list (e2e)', CONSORTIUM)
  const alignments = to.ids.map((competencyId) => ({ competencyId, depth: 'M' }))
  const module = await api(page, 'post', '/modules', { code: 'XW 101', title: 'Crosswalk module (e2e)', level: 'postsecondary', kind: 'occupational', alignments })
  const pathway = await api(page, 'post', '/pathways', {
    slug: 'crosswalk-e2e', title: 'Crosswalk pathway (e2e)', sector: 'Manufacturing', frameworkIds: [from.id, to.id], modules: [{ moduleId: module.id, stage: 1, position: 0 }],
  })
  try {
    await page.goto('/pathways/crosswalk-e2e/findings?kind=uncovered')
    const uncovered = page.getByRole('region', { name: /^Uncovered competencies/ })
    const finding = uncovered.getByRole('listitem').filter({ hasText: 'XS-1' })
    await expect(finding).toBeVisible()

    await page.goto(`/crosswalks?from=${from.id}&to=${to.id}`)
    const first = page.getByRole('table', { name: /^Proposed pairs/ }).locator('tbody tr').first()
    await expect(first).toContainText('XC-1')
    await expect(first.getByRole('combobox')).toHaveValue('equivalent')
    await first.focus()
    await page.keyboard.press('a')
    await expect(page.getByRole('status').filter({ hasText: 'Accepted 1 pair as links.' })).toBeVisible()

    await page.goto('/pathways/crosswalk-e2e/findings?kind=uncovered')
    await expect(uncovered.getByRole('listitem').filter({ hasText: 'XS-2' })).toBeVisible()
    await expect(finding).toHaveCount(0)
  } finally {
    await api(page, 'delete', `/pathways/${pathway.id}`)
    await api(page, 'delete', `/modules/${module.id}`)
    await removeFrameworks(page, from, to)
  }
})
