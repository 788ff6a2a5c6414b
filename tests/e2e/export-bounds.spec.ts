// A pathway whose crosswalk matrix is over the limit (the browser tests' server refuses more than 10,000 cells:
// playwright.config.ts): the matrix page and the workbook button show the server's refusal in its words, the
// CSV button still downloads (CSV streams at any size), and narrowing by level brings the matrix back.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { sameOrigin, signIn } from './support/accounts'
import { saveScreenshot } from './support/screenshots'

const ITEMS = 1199

// A framework of one area and ITEMS items (1,200 competencies), three adult and six postsecondary modules of
// the faculty's own (drafts), and a pathway holding them: 1,200 by 9, 10,800 cells. Names are the run's own.
async function makeBigPathway(page: Page): Promise<string> {
  const run = `${Date.now() % 1_000_000}`
  const lines = ['Code,Statement,Parent code', `XB${run},Area of the export bounds test,`]
  for (let i = 0; i < ITEMS; i++) lines.push(`XB${run}.${i},Measure part ${i} to the drawing,XB${run}`)
  const imported = await page.request.post('/api/imports/commit', {
    multipart: {
      file: { name: 'export-bounds.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) },
      options: JSON.stringify({ title: `Export bounds standard ${run}`, kind: 'occupational' }),
    },
    headers: sameOrigin(page),
  })
  expect(imported.status(), await imported.text()).toBe(201)
  const { framework } = (await imported.json()) as { framework: { id: number } }
  const modules = []
  for (let m = 0; m < 9; m++) {
    const level = m < 3 ? 'adult' : 'postsecondary'
    const created = await page.request.post('/api/modules', {
      data: { code: `XB ${run}-${m}`, title: `Bounds module ${m}`, level, kind: 'occupational' },
      headers: sameOrigin(page),
    })
    expect(created.status(), await created.text()).toBe(201)
    modules.push({ moduleId: ((await created.json()) as { id: number }).id, stage: 1 + m })
  }
  const slug = `e2e-export-bounds-${run}`
  const pathway = await page.request.post('/api/pathways', {
    data: { slug, title: `Statewide-sized ${run}`, sector: 'Manufacturing', frameworkIds: [framework.id], modules },
    headers: sameOrigin(page),
  })
  expect(pathway.status(), await pathway.text()).toBe(201)
  return slug
}

test('a matrix too big to show or put in a workbook says how to narrow it; the CSV still downloads', async ({ page }) => {
  // It builds its own pathway first: an import, nine modules and the pathway.
  test.slow()
  await signIn(page, 'faculty')
  const slug = await makeBigPathway(page)
  await page.goto(`/pathways/${slug}/matrix`)
  const refusal = page.getByRole('alert')
  await expect(refusal).toContainText('would have 1,200 competencies by 9 modules (10,800 cells), more than the 10,000 a page is built with.')
  await expect(refusal).toContainText('Narrow it to one area, some levels or one module.')
  await expect(page.getByRole('table')).toHaveCount(0)
  await expectNoAxeViolations(page)
  await saveScreenshot(page, 'matrix-too-large-1366')

  // The workbook is refused in words, and nothing is saved.
  let downloads = 0
  page.on('download', () => downloads++)
  await page.getByRole('link', { name: 'Download workbook (XLSX)' }).click()
  const notDownloaded = page.getByRole('alert').filter({ hasText: 'Not downloaded.' })
  await expect(notDownloaded).toContainText('more than the 10,000 a workbook is built with')
  await expect(notDownloaded).toContainText('or download the matrix as CSV, which is streamed whatever its size')
  expect(downloads).toBe(0)

  // The CSV file streams whatever its size.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download matrix (CSV)' }).click()])
  expect(csv.suggestedFilename()).toBe(`${slug}-matrix.csv`)
  const text = (await readFile(await csv.path())).toString('utf8')
  expect(text.split('\r\n')).toHaveLength(ITEMS + 3)
  await expect(notDownloaded).toHaveCount(0)

  await page.setViewportSize({ width: 360, height: 800 })
  await page.getByRole('link', { name: 'Download workbook (XLSX)' }).click()
  await expect(notDownloaded).toBeVisible()
  await saveScreenshot(page, 'matrix-too-large-360')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

  // One level (1,200 by 3) is within the limit: the matrix shows, and its workbook downloads.
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.getByLabel('Level', { exact: true }).selectOption('adult')
  // 1,200 rows to draw: a loaded machine takes a while.
  await expect(page.getByRole('table').locator('caption')).toContainText('1200 competencies against 3 modules', { timeout: 30_000 })
  const [workbook] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download workbook (XLSX)' }).click()])
  expect(workbook.suggestedFilename()).toBe(`${slug}-findings.xlsx`)
  await expect(page.getByRole('alert')).toHaveCount(0)
})
