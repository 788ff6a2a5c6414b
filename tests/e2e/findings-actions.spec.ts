// From finding to fix: a duplicated finding fixed from its action (the articulation form, filled in) disappears; a finding accepted as intended
// with a reason leaves the open list and reopens when the alignment behind it changes; competency mentions
// link into the framework tree. Each test puts the demo back as it found it, for the specs that follow.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { sameOrigin, signIn } from './support/accounts'
import { saveScreenshot } from './support/screenshots'

const FINDINGS = '/pathways/advanced-manufacturing/findings'

async function moduleByCode(page: Page, code: string) {
  const list = await (await page.request.get(`/api/modules?q=${encodeURIComponent(code)}`)).json()
  const id = list.items.find((m: { code: string }) => m.code === code).id as number
  return (await (await page.request.get(`/api/modules/${id}`)).json()) as { id: number; version: number; alignments: { competencyId: number; depth: string; assessed: boolean }[] }
}

test('a duplicated finding is fixed from its action and disappears', async ({ page }) => {
  await signIn(page, 'faculty', `${FINDINGS}?kind=duplicated_across_levels`)
  await expect(page.getByLabel('Kind', { exact: true })).toHaveValue('duplicated_across_levels')
  const item = page.getByRole('region', { name: /^Duplicated across levels/ }).getByRole('listitem').filter({ hasText: 'AM-MM-3' })
  await expect(item).toContainText('Next step: Add an articulation between CTE 2100 and MFG 120, or lower AM-MM-3 to Reinforced in MFG 120.')
  await expect(item.getByRole('link', { name: 'AM-MM-3', exact: true })).toHaveAttribute('href', /^\/frameworks\/\d+\?competency=\d+$/)
  await saveScreenshot(page, 'findings-actions')

  // The articulation form opens filled in from the finding: both modules, and what they both teach.
  await item.getByRole('button', { name: 'Add an articulation between CTE 2100 and MFG 120' }).click()
  const form = page.getByRole('dialog', { name: 'Add an articulation' })
  await expect(form.getByLabel('From (credit earned in)').locator('option:checked')).toHaveText(/^CTE 2100 /)
  await expect(form.getByLabel('To (credit granted for)').locator('option:checked')).toHaveText(/^MFG 120 /)
  await expect(form.getByLabel('Description')).toHaveValue(/^Both teach AM-MM-3 /)
  await expectNoAxeViolations(page)
  await saveScreenshot(page, 'findings-actions-articulation', { fullPage: false })
  const created = page.waitForResponse((r) => r.url().endsWith('/api/articulations') && r.request().method() === 'POST')
  await form.getByRole('button', { name: 'Add the articulation' }).click()
  const articulation = await (await created).json()
  try {
    await expect(page.getByText('No findings match these filters.')).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: /^Duplicated across levels/ })).toHaveCount(0)
  } finally {
    const removed = await page.request.delete(`/api/articulations/${articulation.id}`, { headers: sameOrigin(page) })
    expect(removed.status()).toBe(204)
  }
})

test('a finding accepted with a reason leaves the open list and reopens when its alignment changes', async ({ page }) => {
  await signIn(page, 'faculty', `${FINDINGS}?kind=never_mastered`)
  const item = page.getByRole('region', { name: /^Never mastered/ }).getByRole('listitem').filter({ hasText: 'AM-BP-6' })
  await expect(item).toContainText('Next step: Raise AM-BP-6 to Mastered in MFG 140')
  await item.getByRole('button', { name: 'Accept as intended…' }).click()
  await item.getByLabel('Why is this intended?').fill('GD&T is mastered on the job in the apprenticeship')
  await item.getByRole('button', { name: 'Accept as intended', exact: true }).click()
  await expect(page.getByText('No findings match these filters.')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('1 accepted as intended')

  await page.getByLabel('Status', { exact: true }).selectOption('accepted')
  await expect(page).toHaveURL(/status=accepted/)
  const accepted = page.getByRole('listitem').filter({ hasText: 'AM-BP-6' })
  await expect(accepted).toContainText('Accepted as intended by Dana Okafor: GD&T is mastered on the job in the apprenticeship')
  await expectNoAxeViolations(page)
  const finding = (await (await page.request.get(`/api/pathways/advanced-manufacturing/findings?kind=never_mastered&status=accepted`)).json()).findings[0]

  // MFG 140 now also introduces AM-BP-6 at module level: still never mastered, on other facts.
  const mfg140 = await moduleByCode(page, 'MFG 140')
  const patch = (version: number, alignments: unknown[]) => page.request.patch(`/api/modules/${mfg140.id}`, { data: { version, alignments }, headers: sameOrigin(page) })
  const changed = await patch(mfg140.version, [...mfg140.alignments, { competencyId: finding.rows.competencies[0].id, depth: 'I', assessed: false }])
  expect(changed.status(), await changed.text()).toBe(200)
  try {
    await page.goto(`${FINDINGS}?kind=never_mastered`)
    const reopened = page.getByRole('region', { name: /^Never mastered/ }).getByRole('listitem').filter({ hasText: 'AM-BP-6' })
    await expect(reopened).toContainText('Reopened: facts changed since it was accepted.')
  } finally {
    const restored = await patch((await changed.json()).version, mfg140.alignments)
    expect(restored.status()).toBe(200)
    const withdrawn = await page.request.delete(`/api/pathways/advanced-manufacturing/findings/decisions/${finding.decision.id}`, { headers: sameOrigin(page) })
    expect(withdrawn.status()).toBe(204)
  }
})

test('a competency link opens the framework tree at that competency, focused', async ({ page }) => {
  await signIn(page, 'viewer', `${FINDINGS}?kind=uncovered`)
  await page.getByRole('region', { name: /^Uncovered competencies/ }).getByRole('link', { name: 'AM-MM-6' }).click()
  await expect(page).toHaveURL(/\/frameworks\/\d+\?competency=\d+$/)
  await expect(page.locator('.tree-selected')).toContainText('AM-MM-6')
  await expect(page.locator('.tree-selected')).toBeInViewport()
  await expectNoAxeViolations(page)
})
