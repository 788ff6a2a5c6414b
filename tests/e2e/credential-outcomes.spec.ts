// People who edit a credential report its learner outcomes below its form on the credentials page, as a module's
// are reported on its page: a term by hand with a subgroup, a refused count shown at its field, an edit at 360 px,
// and the term deleted after a confirmation.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { sameOrigin, signInByApi } from './support/accounts'
import { saveScreenshot } from './support/screenshots'

test('a partner enters, edits and deletes a term of outcomes of a credential', async ({ page, baseURL }) => {
  test.slow()
  await page.setViewportSize({ width: 1366, height: 900 })
  await signInByApi(page)
  const title = `E2E outcomes certificate ${Date.now() % 100000}`
  const made = await page.request.post('/api/credentials', { data: { title, kind: 'certificate' }, headers: { Origin: baseURL ?? '' } })
  expect(made.status(), await made.text()).toBe(201)
  const { id } = (await made.json()) as { id: number }
  try {
    await page.goto('/credentials')
    await page.getByRole('button', { name: `Edit ${title}` }).click()
    const section = page.getByRole('region', { name: `Learner outcomes of “${title}”` })
    await expect(section).toContainText('No terms reported yet.', { timeout: 30_000 })

    await section.getByRole('button', { name: 'Enter a term' }).click()
    const form = section.getByRole('form', { name: `Enter a term of ${title} outcomes` })
    await form.getByLabel('Term').fill('2025-spring')
    const all = form.getByRole('group', { name: 'All learners' })
    await all.getByLabel('Enrolled').fill('40')
    await all.getByLabel('Completed').fill('32')
    await all.getByLabel('Earned the credential').fill('35')
    await form.getByRole('button', { name: 'Add a subgroup row' }).click()
    const group = form.getByRole('group', { name: 'Subgroup 1' })
    await group.getByLabel('Subgroup', { exact: true }).fill('English learner')
    await group.getByLabel('Group', { exact: true }).fill('yes')
    await group.getByLabel('Enrolled').fill('12')
    await group.getByLabel('Completed').fill('9')
    await group.getByLabel('Earned the credential').fill('6')
    await form.getByRole('button', { name: 'Save term' }).click()

    const earned = all.getByLabel('Earned the credential')
    await expect(earned).toHaveAttribute('aria-invalid', 'true')
    await expect(earned).toBeFocused()
    await expect(all).toContainText('Earned the credential (35) is more than completed (32)')
    await expectNoAxeViolations(page)
    await saveScreenshot(page, 'credential-outcomes-error-1366')

    await earned.fill('28')
    await form.getByRole('button', { name: 'Save term' }).click()
    await expect(section.getByRole('status').filter({ hasText: 'Saved the outcomes for 2025-spring.' })).toBeVisible()
    const table = section.getByRole('table', { name: `Terms reported for ${title}` })
    await expect(table.getByRole('row', { name: /2025-spring/ })).toHaveText(/2025-spring\s*40\s*32\s*28\s*1/)
    const stored = await (await page.request.get(`/api/credentials/${id}/outcomes?term=2025-spring`)).json()
    expect(stored.rows.map((r: { subgroupValue: string; credentialEarned: number }) => [r.subgroupValue, r.credentialEarned])).toEqual([['', 28], ['yes', 6]])
    await expectNoAxeViolations(page)

    await page.setViewportSize({ width: 360, height: 800 })
    await section.getByRole('button', { name: 'Edit 2025-spring' }).click()
    const editing = section.getByRole('form', { name: `Edit ${title} outcomes for 2025-spring` })
    await expect(editing.getByRole('group', { name: 'Subgroup 1' }).getByLabel('Enrolled')).toHaveValue('12')
    await editing.getByRole('group', { name: 'All learners' }).getByLabel('Enrolled').fill('41')
    await editing.getByRole('button', { name: 'Save term' }).click()
    await expect(table.getByRole('row', { name: /2025-spring/ })).toHaveText(/2025-spring\s*41\s*32\s*28\s*1/)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await expectNoAxeViolations(page)
    await saveScreenshot(page, 'credential-outcomes-360')
    await page.setViewportSize({ width: 1366, height: 900 })

    page.once('dialog', (dialog) => void dialog.accept())
    await section.getByRole('button', { name: 'Delete 2025-spring' }).click()
    await expect(section).toContainText('No terms reported yet.')
    await saveScreenshot(page, 'credential-outcomes-1366')
  } finally {
    // Its outcomes go with it.
    const removed = await page.request.delete(`/api/credentials/${id}`, { headers: sameOrigin(page) })
    expect(removed.status(), await removed.text()).toBe(204)
  }
})
