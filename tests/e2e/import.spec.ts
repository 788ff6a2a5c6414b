// Importing a framework from a CSV through the mapping step, then finding it and downloading its CASE export.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { signInByApi } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'

const CSV = join(import.meta.dirname, '../../fixtures/import/welding-unmapped.csv')
const TITLE = 'Welding fabrication (e2e)'

test('a CSV goes through the mapping step, a row error is fixed, and the import is found and exported', async ({ page }) => {
  await signInByApi(page)
  await page.goto('/import')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import a framework or pathway')
  await expectNoAxeViolations(page)

  await page.getByLabel('File to import').setInputFiles(CSV)
  await page.getByLabel('Framework title').fill(TITLE)
  await page.getByRole('button', { name: 'Preview' }).click()
  const problems = page.getByRole('table', { name: /Problems/ })
  await expect(problems).toContainText('Choose the column that holds the code (required)')
  await expect(page.getByRole('table', { name: 'First rows of welding-unmapped.csv' })).toContainText('Cut steel plate with an oxy-fuel torch')

  await page.getByLabel('Code (required)').selectOption('Ref')
  await page.getByLabel('Statement (required)').selectOption('Notes')
  await page.getByRole('button', { name: 'Check again' }).click()
  const rowError = problems.getByRole('row').filter({ hasText: 'The statement is empty' }).first()
  await expect(rowError).toContainText('D (Notes)')
  await expect(rowError.getByRole('cell').nth(1)).toHaveText('2')
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled()
  await saveScreenshot(page, 'import-row-error')
  await expectNoAxeViolations(page)

  await page.getByLabel('Statement (required)').selectOption('Wording')
  await page.getByLabel('Parent code').selectOption('Under')
  await page.getByRole('button', { name: 'Check again' }).click()
  await expect(page.getByText(/^Ready to import: a spreadsheet, a new framework/)).toBeVisible()
  await expect(page.getByText('No problems found.')).toBeVisible()
  await saveScreenshot(page, 'import-ready')

  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toContainText('4 competencies added')
  await page.getByRole('link', { name: `Open ${TITLE}` }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(page.getByText('WF.3', { exact: true })).toBeHidden()
  await page.getByRole('button', { name: 'Expand all' }).click()
  await expect(page.getByText('WF.3', { exact: true })).toBeVisible()
  await saveScreenshot(page, 'import-framework')

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CASE 1.0 package (JSON)' }).click()])
  expect(download.suggestedFilename()).toBe('Welding-fabrication-e2e.case.json')
  const pkg = JSON.parse(readFileSync((await download.path())!, 'utf8'))
  expect(pkg.CFDocument.title).toBe(TITLE)
  expect(pkg.CFItems.map((i: { humanCodingScheme: string }) => i.humanCodingScheme).sort()).toEqual(['WF', 'WF.1', 'WF.2', 'WF.3'])
  const [newer] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CASE 1.1 package (JSON)' }).click()])
  expect(newer.suggestedFilename()).toBe('Welding-fabrication-e2e.case-1.1.json')
  expect(JSON.parse(readFileSync((await newer.path())!, 'utf8')).CFDocument.caseVersion).toBe('1.1')
  const [ctdl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CTDL framework (JSON-LD)' }).click()])
  expect(JSON.parse(readFileSync((await ctdl.path())!, 'utf8'))['@graph'][0]['@type']).toBe('ceasn:CompetencyFramework')

  await page.goto('/frameworks')
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible()
})
