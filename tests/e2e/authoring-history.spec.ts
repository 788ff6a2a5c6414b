// A module's history: revisions, comparing two, restoring an old one, and who is offered the restore buttons.
import { expect, test, type Page } from '@playwright/test'
import { sameOrigin, signIn } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveElementScreenshot, saveScreenshot } from './support/screenshots'

// MFG 140 is edited by no browser test that runs before this one (files run in name order: findings-actions
// changes and restores MFG 140 later), so its versions here start at 1.
async function moduleId(page: Page, code: string): Promise<number> {
  const list = await (await page.request.get(`/api/modules?q=${encodeURIComponent(code)}`)).json()
  return list.items.find((m: any) => m.code === code).id
}

// Saves a change to the module through the API, as the signed-in person, and returns its new version.
async function edit(page: Page, id: number, changes: Record<string, unknown>) {
  const current = await (await page.request.get(`/api/modules/${id}`)).json()
  const response = await page.request.patch(`/api/modules/${id}`, { data: { version: current.version, ...changes }, headers: sameOrigin(page) })
  expect(response.status(), await response.text()).toBe(200)
  return (await response.json()).version as number
}

test('a module shows its revisions, compares two and restores an older one as a new revision', async ({ page }) => {
  await signIn(page, 'faculty')
  const id = await moduleId(page, 'MFG 140')
  expect(await edit(page, id, { clockHours: 60 })).toBe(2)

  await page.goto(`/modules/${id}`)
  const history = page.getByRole('region', { name: 'History' })
  const revisions = history.getByRole('region', { name: 'Revisions of MFG 140' })
  await expect(revisions.getByRole('row', { name: /^v2 \(current\)/ })).toContainText('Dana Okafor')
  await expect(revisions.getByRole('row', { name: /^v2/ })).toContainText('Edited')
  await expect(revisions.getByRole('row', { name: /^v1/ })).toContainText('The system')
  await expect(revisions.getByRole('row', { name: /^v1/ })).toContainText('Created')

  await expect(page).toHaveTitle('MFG 140 Metrology and Quality Control · Rungs')
  await expect(history.getByLabel('From version')).toHaveValue('1')
  await expect(history.getByLabel('To version')).toHaveValue('2')
  await history.getByRole('button', { name: 'Compare' }).click()
  // Editing an approved module makes a new draft revision: the status changes with the clock hours.
  await expect(history.getByRole('status').filter({ hasText: 'from v1 to v2' })).toHaveText('2 changes from v1 to v2.')
  await expect(history.getByRole('region', { name: 'Changes from v1 to v2' }).getByRole('row', { name: /Status/ })).toBeVisible()
  const change = history.getByRole('region', { name: 'Changes from v1 to v2' }).getByRole('row', { name: /Clock hours/ })
  await expect(change.getByRole('cell')).toHaveText(['Field', 'Changed', '(none)', '60'])
  await saveScreenshot(page, 'module-history')
  await saveElementScreenshot(history, 'module-history-compare')
  await expectNoAxeViolations(page)

  await revisions.getByRole('button', { name: 'Restore this version (v1)' }).click()
  await expect(history.getByRole('status').filter({ hasText: 'Restored' })).toHaveText('Restored v1: the module is now at version 3.')
  await expect(page.locator('.facts').first()).toContainText('Version3')
  await expect(page.locator('.facts').first()).not.toContainText('60 clock hours')
  await expect(revisions.getByRole('row', { name: /^v3 \(current\)/ })).toContainText('Restored from v1')
  await expect(revisions.getByRole('button', { name: 'Restore this version (v3)' })).toHaveCount(0)
  // The comparison keeps the versions it was made for.
  await expect(history.getByLabel('From version')).toHaveValue('1')
  await expect(history.getByLabel('To version')).toHaveValue('2')
  await saveElementScreenshot(history, 'module-history-restored')
  await expectNoAxeViolations(page)

  // Someone else saves while the page is open: restoring is refused with the server's explanation, and the
  // page then shows the module as it now is.
  await edit(page, id, { clockHours: 75 })
  await revisions.getByRole('button', { name: 'Restore this version (v2)' }).click()
  await expect(history.getByRole('alert')).toContainText('was changed by someone else since version 3')
  await expect(history.getByRole('alert')).toContainText('This page now shows version 4.')
  await expect(revisions.getByRole('row', { name: /^v4 \(current\)/ })).toBeVisible()
  await expect(page.locator('.facts').first()).toContainText('75 clock hours')
  await saveElementScreenshot(history, 'module-history-conflict')
  await expectNoAxeViolations(page)
})

test('only people who may edit a module are offered to restore it', async ({ page }) => {
  const id = await moduleId(page, 'MFG 140')
  const restoreButtons = page.getByRole('button', { name: /^Restore this version/ })

  await page.goto(`/modules/${id}`)
  await expect(page.getByRole('region', { name: 'Revisions of MFG 140' })).toBeVisible()
  await expect(restoreButtons).toHaveCount(0)

  // An adult education instructor authors bridges, not occupational modules such as MFG 140.
  await signIn(page, 'abe', `/modules/${id}`)
  await expect(page.getByRole('region', { name: 'Revisions of MFG 140' })).toBeVisible()
  await expect(restoreButtons).toHaveCount(0)
  // A bridge is theirs to edit: saving it unchanged makes a second revision, and v1 can be restored.
  const bridge = await moduleId(page, 'ABE 095')
  await page.goto(`/modules/${bridge}`)
  await expect(page.getByRole('region', { name: 'Revisions of ABE 095' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Compare' })).toHaveCount(0)
  expect(await edit(page, bridge, {})).toBe(2)
  await page.reload()
  await expect(restoreButtons).toHaveText(['Restore this version (v1)'])

  await page.context().clearCookies()
  await signIn(page, 'employer', `/modules/${id}`)
  await expect(page.getByRole('region', { name: 'Revisions of MFG 140' })).toBeVisible()
  await expect(restoreButtons).toHaveCount(0)
})
