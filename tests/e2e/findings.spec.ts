// The analysis journey: the demo pathway's findings (its deliberate gaps and duplications), a finding's link
// to its module, the crosswalk matrix, and the XLSX workbook downloaded from the page.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import * as XLSX from 'xlsx'
import { expectNoAxeViolations } from './support/a11y'
import { saveElementScreenshot, saveScreenshot } from './support/screenshots'
import { signInByApi } from './support/accounts'

const PATHWAY = '/pathways/advanced-manufacturing'

// The partners' view: findings, statuses and the module cards are for people signed in (roadmap-views.spec.ts has the public one).
test.beforeEach(({ page }) => signInByApi(page, 'viewer'))

test('the road map links to the findings, which show the deliberate gaps and duplications', async ({ page }) => {
  await page.goto(PATHWAY)
  await page.getByRole('link', { name: 'Findings', exact: true }).click()
  await expect(page).toHaveURL(`${PATHWAY}/findings`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Findings: /)
  await expect(page.getByRole('list', { name: 'Findings by severity' })).toContainText(/Critical: \d+/)

  for (const heading of [/^Uncovered competencies \(\d+\)$/, /^Duplicated across levels \(\d+\)$/, /^Bridge gaps \(\d+\)$/, /^Modules leading to no credential \(\d+\)$/]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible()
  }
  await expect(page.getByRole('region', { name: /^Uncovered competencies/ })).toContainText('AM-MM-6')
  await expect(page.getByRole('region', { name: /^Duplicated across levels/ })).toContainText(/AM-MM-\d+/)
  const noCredential = page.getByRole('region', { name: /^Modules leading to no credential/ })
  const mfg140 = noCredential.getByRole('listitem').filter({ hasText: 'MFG 140' })
  await expect(mfg140).toContainText('Warning')
  await saveScreenshot(page, 'findings')
  await expectNoAxeViolations(page)

  // A filter refetches: only the kind chosen is left.
  await page.getByLabel('Kind', { exact: true }).selectOption('no_credential')
  await expect(page.getByRole('heading', { level: 2, name: /^Uncovered competencies/ })).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 2, name: /^Modules leading to no credential/ })).toBeVisible()
  // The findings from the demo's learner outcomes sit beside the design findings, filtered alike.
  await page.getByLabel('Kind', { exact: true }).selectOption('equity_gap')
  await expect(page.getByRole('region', { name: /^Equity gaps \(outcome data\)/ })).toContainText('English learners earn the credential of MFG 110 at 46% vs 70% for other learners')
  await page.getByLabel('Kind', { exact: true }).selectOption('leaky_transition')
  await expect(page.getByRole('region', { name: /^Leaky transitions \(outcome data\)/ })).toContainText('continued to stage 3')
  await saveScreenshot(page, 'findings-leaky-transition')
  await page.getByLabel('Kind', { exact: true }).selectOption('no_credential')

  await page.getByRole('region', { name: /^Modules leading to no credential/ }).getByRole('link', { name: 'MFG 140' }).first().click()
  await expect(page).toHaveURL(/\/modules\/\d+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^MFG 140/)
})

test('the crosswalk matrix shows depths as letters and words, under headings that stay in view', async ({ page }) => {
  await page.goto(`${PATHWAY}/matrix`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Crosswalk matrix: /)
  const table = page.getByRole('table')
  await expect(table.locator('caption')).toContainText(/competencies against \d+ modules/)
  await expect(table.getByRole('columnheader', { name: /IET 101/ })).toBeVisible()
  await expect(table.getByRole('rowheader', { name: /AM-MM-6/ })).toBeVisible()
  for (const depth of ['M', 'R', 'I']) await expect(table.locator(`td.cell-${depth}`).first()).toBeVisible()
  await expect(table.locator('td.cell-M').first()).toHaveText('MMastered')
  await expect(table.getByRole('columnheader', { name: 'Coverage' })).toBeVisible()
  const stickyHeader = await table.locator('thead th').first().evaluate((th) => getComputedStyle(th).position)
  expect(stickyHeader).toBe('sticky')
  await saveScreenshot(page, 'matrix', { fullPage: false })
  await saveElementScreenshot(page.locator('.matrix-wrap'), 'matrix-table')
  await expectNoAxeViolations(page)
})

test('the crosswalk matrix filters by level, and its workbook opens with SheetJS', async ({ page }) => {
  await page.goto(`${PATHWAY}/matrix`)
  const table = page.getByRole('table')
  await expect(table.getByRole('columnheader', { name: /MFG 250/ })).toBeVisible()
  // Filtering by level keeps only that level's modules.
  await page.getByLabel('Level', { exact: true }).selectOption('adult')
  await expect(table.getByRole('columnheader', { name: /IET 101/ })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: /MFG 250/ })).toHaveCount(0)
  await page.getByLabel('Level', { exact: true }).selectOption('')
  await expect(table.getByRole('columnheader', { name: /MFG 250/ })).toBeVisible()

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download workbook (XLSX)' }).click()])
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
  const path = await download.path()
  const book = XLSX.read(await readFile(path), { type: 'buffer' })
  expect(book.SheetNames).toEqual(['About', 'Findings', 'Matrix'])
  const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Matrix ?? {}, { header: 1 })
  expect(JSON.stringify(rows)).toContain('AM-MM-6')
})
