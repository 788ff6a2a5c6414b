// Suggested competencies in the module editor: a faculty member opens an outcome's suggestions, accepts two by
// keyboard (A at the default depth, Enter after choosing Mastered) and finds them among the outcome's
// alignments after a reload; dismisses one with D and it stays dismissed; axe, and the 1366 and 360 px widths.
// The module is made for the test and deleted afterwards, so the demo is left as it was.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { signInByApi } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'
import { expectSaved, makeModule } from './authoring-support'

const OUTCOME = 'Measure machined parts with an outside micrometer and a dial caliper, and decide whether each dimension is within tolerance.'

const codeOf = async (suggestion: Locator) => (await suggestion.locator('.code').textContent())!.trim()

async function openSuggestions(page: Page): Promise<Locator> {
  const toggle = page.getByRole('button', { name: 'Suggested competencies for outcome 1' })
  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const list = page.getByRole('list', { name: 'Suggested competencies for outcome 1' })
  await expect(list.getByRole('listitem').first()).toBeVisible()
  return list
}

test('a faculty member accepts two suggested competencies by keyboard and sees them as alignments', async ({ page, baseURL }) => {
  await signInByApi(page)
  const { id } = await makeModule(page, baseURL, [OUTCOME])
  try {
    await page.goto(`/modules/${id}/edit`)
    const list = await openSuggestions(page)
    const suggestions = list.getByRole('listitem')
    await expect(suggestions.first().locator('mark').first()).toBeVisible()
    await saveScreenshot(page, 'suggestions-1366')
    await expectNoAxeViolations(page)

    // From the button, Tab reaches the first suggestion; A accepts it at the depth shown (Introduced).
    await page.keyboard.press('Tab')
    await expect(suggestions.first()).toBeFocused()
    const first = await codeOf(suggestions.first())
    await page.keyboard.press('a')
    // Focus moves on to the suggestion that took its place; choose Mastered in its depth list, come back, Enter.
    await expect(suggestions.first()).toBeFocused()
    const second = await codeOf(suggestions.first())
    expect(second).not.toBe(first)
    await page.keyboard.press('Tab')
    await expect(suggestions.first().getByRole('combobox', { name: `Depth for ${second}` })).toBeFocused()
    await suggestions.first().getByRole('combobox', { name: `Depth for ${second}` }).selectOption({ label: 'Mastered' })
    await page.keyboard.press('Shift+Tab')
    await expect(suggestions.first()).toBeFocused()
    await page.keyboard.press('Enter')

    const alignments = page.getByRole('list', { name: 'Alignments of outcome 1' })
    await expect(alignments.getByRole('listitem')).toHaveCount(2)
    await expect(alignments.getByRole('combobox', { name: `Depth of ${first}` })).toHaveValue('I')
    await expect(alignments.getByRole('combobox', { name: `Depth of ${second}` })).toHaveValue('M')
    await expect(list.getByText(first, { exact: true })).toHaveCount(0)
    await expectSaved(page)

    await page.reload()
    await expect(alignments.getByRole('combobox', { name: `Depth of ${first}` })).toHaveValue('I')
    await expect(alignments.getByRole('combobox', { name: `Depth of ${second}` })).toHaveValue('M')

    // Taken off again through the editor's own Remove (which shows its impact first).
    for (const code of [first, second]) {
      await alignments.getByRole('button', { name: `Remove ${code}` }).click()
      await page.getByRole('dialog', { name: /^Remove the alignment/ }).getByRole('button', { name: 'Remove the alignment' }).click()
    }
    await expect(page.getByText('No alignments yet.')).toHaveCount(2)
    await expectSaved(page)
  } finally {
    await page.request.delete(`/api/modules/${id}`, { headers: { Origin: baseURL ?? '' } })
  }
})

test('a dismissed suggestion stays dismissed for its outcome; the panel works at 360 px', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await signInByApi(page)
  const { id } = await makeModule(page, baseURL, [OUTCOME])
  try {
    await page.goto(`/modules/${id}/edit`)
    const list = await openSuggestions(page)
    const suggestions = list.getByRole('listitem')
    await page.keyboard.press('Tab')
    await expect(suggestions.first()).toBeFocused()
    const dismissed = await codeOf(suggestions.first())
    const dismissal = page.waitForResponse((r) => r.url().includes('/suggestions/dismiss'))
    await page.keyboard.press('d')
    expect((await dismissal).status()).toBe(200)
    await expect(page.getByRole('status').filter({ hasText: `${dismissed} dismissed` })).toBeAttached()
    await expect(list.locator('.code', { hasText: new RegExp(`^${dismissed}$`) })).toHaveCount(0)
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth).toBeLessThanOrEqual(360)
    await saveScreenshot(page, 'suggestions-360')
    await expectNoAxeViolations(page)

    await page.reload()
    const again = await openSuggestions(page)
    await expect(again.locator('.code', { hasText: new RegExp(`^${dismissed}$`) })).toHaveCount(0)
    await expect(page.getByText('No alignments yet.')).toHaveCount(2)
  } finally {
    await page.request.delete(`/api/modules/${id}`, { headers: { Origin: baseURL ?? '' } })
  }
})

test('an ABE instructor is offered basic skills for a bridge from the occupational competencies it prepares for', async ({ page }) => {
  await signInByApi(page, 'abe')
  const modules = (await (await page.request.get('/api/modules?q=ABE%20095')).json()) as { items: { id: number; code: string }[] }
  const bridge = modules.items.find((m) => m.code === 'ABE 095')!
  await page.goto(`/modules/${bridge.id}/edit`)
  const toggle = page.getByRole('button', { name: 'Suggested basic skills for this bridge' })
  await toggle.click()
  const list = page.getByRole('list', { name: 'Suggested basic skills for this bridge' })
  await expect(list.getByRole('listitem').first().locator('.code')).toHaveText(/^CCR\./)
  await expect(list.locator('mark').first()).toBeVisible()
  await expectNoAxeViolations(page)
  // Only looked at: the demo's bridge is not edited, so it stays approved.
  await expect(page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Not saved.*)$/ })).toHaveText('Saved')
})
