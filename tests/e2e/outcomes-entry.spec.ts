// People who edit a module report its learner outcomes on its page (a term by hand, subgroups added and removed,
// a refused count shown at its field, a term deleted after a confirmation) and import a file of them on the import
// page (every problem by row and column, then the whole file).
import { expect, test, type Page } from '@playwright/test'
import { makeModule } from './authoring-support'
import { expectNoAxeViolations } from './support/a11y'
import { sameOrigin, signInByApi } from './support/accounts'
import { saveScreenshot } from './support/screenshots'

const HEADER = 'Module code,Term,Subgroup,Subgroup value,Enrolled,Completed,Credential earned'

async function chooseFile(page: Page, name: string, lines: string[]) {
  await page.getByLabel('File of outcome counts').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...lines].join('\n')) })
  await page.getByRole('button', { name: /^(Check outcome counts|Check the file again)$/ }).click()
}

test('a partner enters a term of outcomes by hand, sees a refused count at its field, deletes the term, and imports a file after fixing its problem', async ({ page, baseURL }) => {
  test.slow()
  await page.setViewportSize({ width: 1366, height: 900 })
  await signInByApi(page)
  const { id, code } = await makeModule(page, baseURL)
  try {
    await page.goto(`/modules/${id}`)
    const section = page.getByRole('region', { name: 'Learner outcomes' })
    await expect(section).toContainText('No terms reported yet.', { timeout: 30_000 })

    await section.getByRole('button', { name: 'Enter a term' }).click()
    const form = section.getByRole('form', { name: `Enter a term of ${code} outcomes` })
    await form.getByLabel('Term').fill('2025-fall')
    const all = form.getByRole('group', { name: 'All learners' })
    await all.getByLabel('Enrolled').fill('30')
    await all.getByLabel('Completed').fill('40')
    await all.getByLabel('Earned the credential').fill('20')
    await form.getByRole('button', { name: 'Add a subgroup row' }).click()
    const group = form.getByRole('group', { name: 'Subgroup 1' })
    await group.getByLabel('Subgroup', { exact: true }).fill('English learner')
    await group.getByLabel('Group', { exact: true }).fill('yes')
    await group.getByLabel('Enrolled').fill('8')
    await group.getByLabel('Completed').fill('6')
    await group.getByLabel('Earned the credential').fill('5')
    await form.getByRole('button', { name: 'Add a subgroup row' }).click()
    await form.getByRole('button', { name: 'Remove subgroup 2' }).click()
    await expect(form.getByRole('group', { name: 'Subgroup 2' })).toHaveCount(0)
    await form.getByRole('button', { name: 'Save term' }).click()

    const completed = all.getByLabel('Completed')
    await expect(completed).toHaveAttribute('aria-invalid', 'true')
    await expect(completed).toBeFocused()
    await expect(all).toContainText('Completed (40) is more than enrolled (30)')
    await expectNoAxeViolations(page)
    await saveScreenshot(page, 'outcomes-entry-error-1366')

    await completed.fill('25')
    await form.getByRole('button', { name: 'Save term' }).click()
    await expect(section.getByRole('status').filter({ hasText: 'Saved the outcomes for 2025-fall.' })).toBeVisible()
    const table = section.getByRole('table', { name: `Terms reported for ${code}` })
    await expect(table.getByRole('row', { name: /2025-fall/ })).toHaveText(/2025-fall\s*30\s*25\s*20\s*1/)
    await expectNoAxeViolations(page)
    await page.setViewportSize({ width: 360, height: 800 })
    await section.getByRole('button', { name: 'Edit 2025-fall' }).click()
    await expect(section.getByRole('form', { name: `Edit ${code} outcomes for 2025-fall` }).getByRole('group', { name: 'Subgroup 1' }).getByLabel('Enrolled')).toHaveValue('8')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await saveScreenshot(page, 'outcomes-entry-edit-360')
    await section.getByRole('button', { name: 'Cancel' }).click()
    await page.setViewportSize({ width: 1366, height: 900 })

    page.once('dialog', (dialog) => void dialog.accept())
    await section.getByRole('button', { name: 'Delete 2025-fall' }).click()
    await expect(section).toContainText('No terms reported yet.')

    await page.goto('/import')
    const imports = page.getByRole('region', { name: 'Learner outcomes' })
    await imports.getByLabel('Pathway of the template').selectOption({ index: 1 })
    await expect(imports.getByRole('link', { name: 'Download the outcomes template' })).toHaveAttribute('href', /\/api\/exports\/pathways\/.+\/outcomes\.xlsx$/)
    await chooseFile(page, 'outcomes.csv', [`${code},2025-spring,,,20,15,12`, `${code},2025-spring,Age,25+,9,12,3`])
    await expect(imports.getByRole('status').filter({ hasText: 'Fix the errors below first' })).toBeVisible()
    await expect(imports.getByRole('row', { name: /Completed \(12\) is more than enrolled \(9\)/ })).toContainText('3F (Completed)')
    await expect(imports.getByRole('button', { name: 'Import outcomes' })).toBeDisabled()
    await expectNoAxeViolations(page)
    await saveScreenshot(page, 'outcomes-import-problem-1366')

    await chooseFile(page, 'outcomes-fixed.csv', [`${code},2025-spring,,,20,15,12`, `${code},2025-spring,Age,25+,9,7,3`])
    await expect(imports.getByRole('status').filter({ hasText: 'Ready to import: 2 rows for 1 module in 2025-spring' })).toBeVisible()
    await imports.getByRole('button', { name: 'Import outcomes' }).click()
    await expect(imports.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible()
    const stored = await (await page.request.get(`/api/modules/${id}/outcomes?term=2025-spring`)).json()
    expect(stored.rows.map((r: { subgroupValue: string; enrolled: number }) => [r.subgroupValue, r.enrolled])).toEqual([['', 20], ['25+', 9]])
    await page.setViewportSize({ width: 360, height: 800 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await saveScreenshot(page, 'outcomes-import-360')
  } finally {
    // The module's outcomes go with it.
    const removed = await page.request.delete(`/api/modules/${id}`, { headers: sameOrigin(page) })
    expect(removed.status(), await removed.text()).toBe(204)
  }
})
