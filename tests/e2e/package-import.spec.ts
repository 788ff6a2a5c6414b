// Importing a pathway package on the import page: the demo pathway's package, saved as a new evening pathway with
// one new module, is previewed (a problem shown by its JSON path, Import held back), fixed, and imported.
import { expect, test, type Page } from '@playwright/test'
import { signIn } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'

const TITLE = 'Advanced manufacturing (evening)'

type Package = { pathway: { uuid?: string; slug: string; title: string; stages: { modules: { module: string }[] }[] }; modules: Record<string, unknown>[] }

// The demo pathway's package as a new pathway placing one new module; `prerequisite` names a module that is nowhere.
async function eveningPackage(page: Page, prerequisite?: string) {
  const answer = await page.request.get('/api/pathways/advanced-manufacturing/package')
  expect(answer.status()).toBe(200)
  const pkg = (await answer.json()) as Package
  delete pkg.pathway.uuid
  pkg.pathway.slug = 'advanced-manufacturing-evening'
  pkg.pathway.title = TITLE
  pkg.modules.push({
    code: 'EVE-101', title: 'Shop safety refresher', level: 'adult', kind: 'occupational', outcomes: [{ content: 'Name the hazards of a machine shop' }],
    ...(prerequisite ? { prerequisites: [prerequisite] } : {}),
  })
  pkg.pathway.stages[0]!.modules.push({ module: 'EVE-101' })
  return { index: pkg.modules.length - 1, file: { name: 'evening.rungs.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pkg)) } }
}

test('a package is previewed with its problem by JSON path, fixed, imported, and its pathway opened', async ({ page }) => {
  await signIn(page, 'faculty', '/import')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import a framework or pathway')
  await expectNoAxeViolations(page)

  const broken = await eveningPackage(page, 'NOPE-1')
  await page.getByLabel('File to import').setInputFiles(broken.file)
  await page.getByRole('button', { name: 'Preview' }).click()
  await expect(page.getByText(`Fix the errors below first: a pathway package with a new pathway “${TITLE}”`)).toBeVisible()
  const problem = page.getByRole('table', { name: /Problems/ }).getByRole('row').filter({ hasText: `$.modules[${broken.index}].prerequisites[0]` })
  await expect(problem).toContainText('Module NOPE-1 is neither in this package nor one you can see here')
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled()
  await expect(page.getByLabel('Framework title')).toBeHidden()
  await saveScreenshot(page, 'package-import-problem')
  await expectNoAxeViolations(page)

  const fixed = await eveningPackage(page)
  await page.getByLabel('File to import').setInputFiles(fixed.file)
  await page.getByRole('button', { name: 'Preview' }).click()
  await expect(page.getByText(`Ready to import: a pathway package with a new pathway “${TITLE}”`)).toBeVisible()
  const counts = page.getByRole('list', { name: 'What the import writes' })
  await expect(counts.getByRole('listitem').filter({ hasText: /^Modules/ })).toHaveText(`Modules: 1 new, 0 changed, ${fixed.index} unchanged`)
  await expect(page.getByText('No problems found.')).toBeVisible()
  await saveScreenshot(page, 'package-import-ready')

  await page.getByRole('button', { name: 'Import', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toContainText('1 module added, 0 changed')
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled()
  await page.getByRole('link', { name: `Open ${TITLE}` }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
})

test('the package preview fits a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await signIn(page, 'faculty', '/import')
  await page.getByLabel('Format').selectOption('package')
  await page.getByLabel('File to import').setInputFiles((await eveningPackage(page, 'NOPE-1')).file)
  await page.getByRole('button', { name: 'Preview' }).click()
  await expect(page.getByRole('table', { name: /Problems/ })).toContainText('Module NOPE-1 is neither in this package')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await saveScreenshot(page, 'package-import-phone')
})
