// Framework management by keyboard: edit a framework's title, add an item, move it, retire it, and delete the
// framework, refused while another framework's requirement names it and allowed once nothing does.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { signIn } from './support/accounts'
import { saveScreenshot } from './support/screenshots'

const headers = () => ({ origin: test.info().project.use.baseURL! })

async function post(page: Page, path: string, data: object) {
  const answer = await page.request.post(`/api/${path}`, { data, headers: headers() })
  expect(answer.status(), await answer.text()).toBe(201)
  return answer.json()
}

const treeCodes = (page: Page) => page.locator('ul.tree .tree-code').allInnerTexts()

test('framework management by keyboard: edit, add, move, retire, delete refused then allowed', async ({ page }) => {
  await signIn(page, 'faculty', '/frameworks')
  const framework = await post(page, 'frameworks', { title: `Welding ${Date.now()}`, kind: 'occupational' })
  for (const code of ['EW-1', 'EW-2']) await post(page, 'competencies', { frameworkId: framework.id, code, statement: `Weld step ${code}`, kind: 'competency' })
  await page.goto(`/frameworks/${framework.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(framework.title)

  // The framework's title.
  await page.locator('summary', { hasText: 'Edit framework details' }).press('Enter')
  const details = page.getByRole('form', { name: 'Framework details' })
  await details.getByRole('textbox', { name: 'Title', exact: true }).fill(`${framework.title} I`)
  await details.getByRole('button', { name: 'Save framework' }).press('Enter')
  await expect(details.getByRole('status')).toHaveText(`Saved "${framework.title} I".`)

  // An item at the top level.
  const add = page.getByRole('form', { name: 'Add a top-level item' })
  await add.getByRole('textbox', { name: 'Code' }).fill('EW-3')
  await add.getByRole('textbox', { name: 'Statement' }).fill('Inspect the weld')
  await add.getByRole('button', { name: 'Add item' }).press('Enter')
  await expect.poll(() => treeCodes(page)).toEqual(['EW-1', 'EW-2', 'EW-3'])

  // Moved up, then indented under the item above it; focus stays on the button used.
  await page.getByRole('button', { name: /^EW-3 Inspect the weld/ }).press('Enter')
  const moveUp = page.getByRole('button', { name: 'Move up' })
  await moveUp.press('Enter')
  await expect.poll(() => treeCodes(page)).toEqual(['EW-1', 'EW-3', 'EW-2'])
  await expect(page.getByRole('button', { name: 'Move up' })).toBeFocused()
  await page.getByRole('button', { name: 'Indent' }).press('Enter')
  await expect(page.getByRole('button', { name: /^EW-1 Weld step EW-1/ })).toHaveAttribute('aria-expanded', 'true')
  await expect.poll(() => treeCodes(page)).toEqual(['EW-1', 'EW-3', 'EW-2'])
  await expect(page.getByRole('button', { name: 'Outdent' })).toBeEnabled()

  // Retired: marked in the tree.
  await page.getByRole('button', { name: 'Retire' }).press('Enter')
  const row = page.locator('.tree-row').filter({ hasText: 'EW-3' })
  await expect(row.getByText('Retired', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Put back in use' })).toBeVisible()
  await expectNoAxeViolations(page)
  await saveScreenshot(page, 'framework-management')
  await page.setViewportSize({ width: 360, height: 800 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await saveScreenshot(page, 'framework-management-360')
  await page.setViewportSize({ width: 1366, height: 900 })

  // Another framework's item requires EW-2: the delete is refused and says so; without it, the delete goes ahead.
  const basic = await (await page.request.get('/api/competencies?q=CCR.M.6.NS.3')).json()
  const ew2 = (await (await page.request.get(`/api/competencies?q=EW-2&frameworkId=${framework.id}`)).json()).items[0]
  const link = await post(page, 'competency-links', { fromId: basic.items[0].id, toId: ew2.id, relation: 'requires' })
  await page.locator('summary', { hasText: 'Edit framework details' }).press('Enter')
  await page.getByRole('button', { name: 'Delete framework' }).press('Enter')
  await page.getByRole('button', { name: 'Yes, delete it' }).press('Enter')
  const refusal = page.getByRole('alert').filter({ hasText: 'The framework was not deleted.' })
  await expect(refusal.getByRole('list', { name: 'What refers to it' })).toContainText(`the requirement of CCR.M.6.NS.3`)
  await expect(refusal).toContainText('EW-2')
  await saveScreenshot(page, 'framework-delete-refused')
  await expectNoAxeViolations(page)

  expect((await page.request.delete(`/api/competency-links/${link.id}`, { headers: headers() })).status()).toBe(204)
  await page.getByRole('button', { name: 'Delete framework' }).press('Enter')
  await page.getByRole('button', { name: 'Yes, delete it' }).press('Enter')
  await expect(page).toHaveURL(/\/frameworks$/)
  expect((await page.request.get(`/api/frameworks/${framework.id}`)).status()).toBe(404)
})
