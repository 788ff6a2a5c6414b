// Importing a large CSV (over 256 KB), which the server commits as a job: the page shows its progress, follows
// it to the end and shows the same result as a small file's import; and a large file with a bad row far down.
import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test, type Page, type TestInfo } from '@playwright/test'
import { sameOrigin, signInByApi } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'

const ROWS = 4000

// A CSV of ROWS competencies under ten areas, over the 256 KB above which a commit is a job; `badRow` (the
// sheet's row number, the header being row 1) names a parent that is nowhere in the file.
function largeCsv(testInfo: TestInfo, name: string, prefix: string, badRow?: number): string {
  const lines = ['Code,Statement,Parent code']
  for (let a = 0; a < 10; a++) lines.push(`${prefix}${a},Area ${a} of the large framework,`)
  for (let i = 0; lines.length < ROWS + 1; i++) {
    const parent = lines.length + 1 === badRow ? `${prefix}MISSING` : `${prefix}${i % 10}`
    lines.push(`${prefix}${i % 10}.${i},Perform task ${i} to the tolerance the drawing sets and record the measurement taken with a calibrated gauge,${parent}`)
  }
  const path = testInfo.outputPath(name)
  writeFileSync(path, lines.join('\n'))
  return path
}

async function preview(page: Page, file: string, title: string) {
  await signInByApi(page)
  await page.goto('/import')
  await page.getByLabel('File to import').setInputFiles(file)
  await page.getByLabel('Framework title').fill(title)
  await page.getByRole('button', { name: 'Preview' }).click()
}

test('a large CSV is imported as a job: its progress is shown, then the link to the new framework', async ({ page }, testInfo) => {
  const title = 'Large machining standard (e2e)'
  await page.setViewportSize({ width: 1366, height: 900 })
  await preview(page, largeCsv(testInfo, 'large.csv', 'LM'), title)
  await expect(page.getByText(/^Ready to import: a spreadsheet, a new framework/)).toContainText(`${ROWS} rows`)

  // The first poll of the job is held until the progress state has been looked at; the job itself goes on.
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/import-jobs/*', async (route) => (await held, route.continue()))

  await page.getByRole('button', { name: 'Import', exact: true }).click()
  const bar = page.getByRole('progressbar', { name: 'Saving large.csv' })
  await expect(bar).toBeVisible()
  await expect(bar).toHaveAttribute('aria-valuetext', 'waiting for the server to start it…')
  await expect(page.getByRole('status').filter({ hasText: 'Saving large.csv' })).toBeAttached()
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled()
  await saveScreenshot(page, 'import-large-progress-1366')
  await expectNoAxeViolations(page)
  await page.setViewportSize({ width: 360, height: 800 })
  await saveScreenshot(page, 'import-large-progress-360')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await page.setViewportSize({ width: 1366, height: 900 })
  release()

  const done = page.getByRole('status').filter({ hasText: 'Imported.' })
  await expect(done).toContainText(`${ROWS} competencies added`)
  await expect(bar).toBeHidden()
  await saveScreenshot(page, 'import-large-done-1366')
  await expectNoAxeViolations(page)
  await page.setViewportSize({ width: 360, height: 800 })
  await saveScreenshot(page, 'import-large-done-360')
  await page.getByRole('link', { name: `Open ${title}` }).click()
  // Four thousand competencies take a while to draw on a busy machine.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 20_000 })
})

test('a large CSV with an unknown parent at row 3,500 shows the problem located there and creates nothing', async ({ page }, testInfo) => {
  const title = 'Large standard with a bad row (e2e)'
  await preview(page, largeCsv(testInfo, 'large-bad.csv', 'LB', 3500), title)
  const problem = page.getByRole('table', { name: /Problems/ }).getByRole('row').filter({ hasText: 'Parent LBMISSING' })
  await expect(problem.getByRole('cell').nth(1)).toHaveText('3500')
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled()
  await page.goto('/frameworks')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)
})

test('a large import whose job fails shows the problems it located, and nothing is written', async ({ page }, testInfo) => {
  const title = 'Large standard failing as a job (e2e)'
  // The server's preview finds the bad row; here its answer reaches the page as clean, so the commit goes
  // ahead and the job (real, on the server) is what finds the row and fails.
  const file = largeCsv(testInfo, 'large-failing.csv', 'LF', 3500)
  await page.route('**/api/imports/preview', async (route) => {
    const answer = await page.request.post('/api/imports/preview', {
      multipart: { file: { name: 'large-failing.csv', mimeType: 'text/csv', buffer: readFileSync(file) }, options: JSON.stringify({ title, kind: 'occupational' }) },
      headers: sameOrigin(page),
    })
    const body = await answer.json()
    expect(body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ row: 3500 })]))
    await route.fulfill({ response: answer, json: { ...body, ok: true, problems: [] } })
  })
  await preview(page, file, title)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('Not imported.')
  const problem = page.getByRole('table', { name: /Problems/ }).getByRole('row').filter({ hasText: 'Parent LFMISSING' })
  await expect(problem.getByRole('cell').nth(1)).toHaveText('3500')
  await expect(page.getByRole('progressbar')).toBeHidden()
  await saveScreenshot(page, 'import-large-failed-1366')
  await expectNoAxeViolations(page)
  await page.goto('/frameworks')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)
})
