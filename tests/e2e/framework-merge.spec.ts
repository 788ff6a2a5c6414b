// Importing a file a second time is recognised and goes into the framework it looks like; merging another
// framework, then one item, into a framework by keyboard, with the preview of what moves before confirming.
import { expect, test, type Page } from '@playwright/test'
import { signInByApi } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'

const TITLE = 'Merge target (e2e)'
const STEPS = ['Set up a lathe', 'Turn a shaft to size', 'Cut an outside thread', 'Face a part', 'Drill a centre hole', 'Bore a hole', 'Turn a taper', 'Chamfer an edge', 'Polish a shaft', 'Part off a workpiece']
const CSV = ['code,statement', ...STEPS.map((step, i) => `MT-${i + 1},${step}`)].join('\n') + '\n'

async function bothWidths(page: Page, name: string) {
  await saveScreenshot(page, `${name}-1366`)
  await page.setViewportSize({ width: 360, height: 800 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await saveScreenshot(page, `${name}-360`)
  await page.setViewportSize({ width: 1366, height: 900 })
}

async function post(page: Page, path: string, data: object) {
  const answer = await page.request.post(`/api${path}`, { data, headers: { origin: test.info().project.use.baseURL! } })
  expect(answer.status(), await answer.text()).toBeLessThan(300)
  return answer.json()
}

test('a file imported twice is recognised and updates the framework; frameworks and items merge after a preview', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await signInByApi(page)
  const first = await page.request.post('/api/imports/commit', {
    multipart: { file: { name: 'lathe.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) }, options: JSON.stringify({ title: TITLE }) },
    headers: { origin: test.info().project.use.baseURL! },
  })
  expect(first.status(), await first.text()).toBe(201)
  const targetId = (await first.json()).framework.id as number

  await page.goto('/import')
  await page.getByLabel('File to import').setInputFiles({ name: 'lathe-again.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV.replace('Part off a workpiece', 'Part off a workpiece safely')) })
  await page.getByRole('button', { name: 'Preview' }).click()
  const notice = page.getByRole('note', { name: 'Existing framework' })
  await expect(notice).toContainText(`This looks like ${TITLE}`)
  await expect(notice).toContainText('10 items; 90% of the items are the same')
  await notice.getByRole('button', { name: 'Update that framework' }).click()
  await expect(page.getByText(/^Ready to import: a spreadsheet, updates the framework “Merge target \(e2e\)”/)).toBeVisible()
  await expect(page.getByText(/0 new, 1 changed, 9 unchanged/)).toBeVisible()
  await expect(notice.getByRole('button', { name: 'Make a new framework instead' })).toBeVisible()
  await bothWidths(page, 'import-duplicate')
  await expectNoAxeViolations(page)

  const source = await post(page, '/frameworks', { title: 'Merge source (e2e)', kind: 'occupational' })
  await post(page, '/competencies', { frameworkId: source.id, code: 'MT-1', statement: 'Set up a lathe', kind: 'competency' })
  await post(page, '/competencies', { frameworkId: source.id, code: 'MS-9', statement: 'Knurl a handle', kind: 'competency' })

  await page.goto(`/frameworks/${targetId}`)
  const open = page.getByRole('button', { name: 'Merge another framework into this one…' })
  await open.focus()
  await page.keyboard.press('Enter')
  const chooser = page.getByLabel('Framework to merge into this one')
  await expect(chooser).toBeVisible()
  await chooser.focus()
  await chooser.selectOption({ label: 'Merge source (e2e) (2 items)' })
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  const preview = page.getByRole('region', { name: 'Merging “Merge source (e2e)” into “Merge target (e2e)”' })
  await expect(preview).toContainText("1 item with the same code and statement merge into this framework's; 1 item move across.")
  const confirm = preview.getByRole('button', { name: 'Merge and remove “Merge source (e2e)”' })
  await expect(confirm).toBeFocused()
  await bothWidths(page, 'framework-merge-preview')
  await expectNoAxeViolations(page)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Merged “Merge source (e2e)” into this framework.' })).toBeVisible()
  const tree = page.locator('ul.tree')
  await expect(tree.getByText('MS-9', { exact: true })).toBeVisible()
  expect((await page.request.get(`/api/frameworks/${source.id}`)).status()).toBe(404)

  await tree.getByRole('button', { name: /^MS-9 Knurl a handle/ }).click()
  await page.getByRole('button', { name: 'Merge MS-9 into…' }).click()
  await page.getByLabel('Item to merge MS-9 into').selectOption({ label: 'MT-2 Turn a shaft to size' })
  await page.getByRole('button', { name: 'Preview merge' }).click()
  await expect(page.getByRole('region', { name: /^Merging “MS-9 Knurl a handle/ })).toContainText('Nothing else refers to it.')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: /^Merge and remove “MS-9/ }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Merged “MS-9 Knurl a handle/ })).toBeVisible()
  await expect(tree.getByText('MS-9', { exact: true })).toHaveCount(0)
})
