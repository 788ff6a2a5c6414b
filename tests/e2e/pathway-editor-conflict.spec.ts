// Two people edit one pathway in two browsers: the later save is refused as stale instead of overwriting, says
// what differs, keeps the person's edits in view, and lets them save theirs over it or reload the other version.
import { expect, test, type Page } from '@playwright/test'
import { signInByApi } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'
import { makeModule } from './authoring-support'

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible()

test('two people edit one pathway: the later save gets a conflict, keeps its edits, and chooses', async ({ page, browser, baseURL }) => {
  await signInByApi(page)
  const { id: moduleId, code } = await makeModule(page, baseURL)
  const slug = `e2e-conflict-${Date.now() % 100000}`
  const created = await page.request.post('/api/pathways', {
    data: { slug, title: 'Welding ladder', sector: 'Manufacturing', modules: [{ moduleId, stage: 1 }] },
    headers: { Origin: baseURL ?? '' },
  })
  expect(created.status(), await created.text()).toBe(201)

  const other = await browser.newContext({ baseURL })
  const theirs = await other.newPage()
  await signInByApi(theirs)
  await page.goto(`/pathways/${slug}/edit`)
  await theirs.goto(`/pathways/${slug}/edit`)
  await expect(theirs.getByLabel('Title', { exact: true })).toHaveValue('Welding ladder')

  // Ana saves first.
  await page.getByLabel('Title', { exact: true }).fill('Welding ladder by Ana')
  await page.getByRole('button', { name: 'Save pathway' }).click()
  await saved(page)

  // Ben, still on the version he read, moves the module and writes a description.
  await theirs.getByLabel('Description').fill('Written by Ben')
  await theirs.getByRole('combobox', { name: `Stage of ${code}` }).selectOption({ label: 'Stage 2' })
  await theirs.getByRole('button', { name: 'Save pathway' }).click()
  const panel = theirs.getByRole('region', { name: 'Someone else saved this pathway while you were editing' })
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused()
  await expect(panel).toContainText('The pathway is now at version 2')
  await expect(panel).toContainText('differs from this form in: Title, Description, Modules on the ladder')
  await expect(theirs.getByLabel('Description')).toHaveValue('Written by Ben')
  await expect(theirs.getByRole('combobox', { name: `Stage of ${code}` })).toHaveValue('2')
  await saveScreenshot(theirs, 'pathway-editor-conflict')
  await expectNoAxeViolations(theirs)

  await panel.getByRole('button', { name: 'Save mine over theirs' }).click()
  await expect(panel).toBeHidden()
  await saved(theirs)

  // Ana is now behind: her next save conflicts, and she reloads Ben's version.
  await page.getByLabel('Sector').fill('Advanced manufacturing')
  await page.getByRole('button', { name: 'Save pathway' }).click()
  const hers = page.getByRole('region', { name: 'Someone else saved this pathway while you were editing' })
  await expect(hers).toContainText('The pathway is now at version 3')
  await expect(hers).toContainText('will be lost')
  await hers.getByRole('button', { name: 'Reload theirs' }).click()
  await expect(hers).toBeHidden()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Welding ladder')
  await expect(page.getByLabel('Description')).toHaveValue('Written by Ben')
  await expect(page.getByLabel('Sector')).toHaveValue('Manufacturing')
  await expect(page.getByRole('combobox', { name: `Stage of ${code}` })).toHaveValue('2')

  // And she can save on top of it.
  await page.getByLabel('Title', { exact: true }).fill('Welding ladder, agreed')
  await page.getByRole('button', { name: 'Save pathway' }).click()
  await saved(page)
  await page.reload()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Welding ladder, agreed')
  await expect(page.getByLabel('Description')).toHaveValue('Written by Ben')
  await other.close()
})
