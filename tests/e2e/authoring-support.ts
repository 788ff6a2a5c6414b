// Helpers for the authoring browser tests: making a module, reading save state, citing and aligning.
import { expect, type Page } from '@playwright/test'

let made = 0
// Creates a module through the API (with plain-text outcomes, if given) and returns its id and code.
export async function makeModule(page: Page, baseURL: string | undefined, outcomes: string[] = []) {
  const code = `E2E ${Date.now() % 100000}-${++made}`
  const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
  const answer = await page.request.post('/api/modules', {
    data: { code, title: 'Measuring for machinists', level: 'postsecondary', kind: 'occupational', outcomes: outcomes.map((t) => ({ content: doc(t) })) },
    headers: { Origin: baseURL ?? '' },
  })
  expect(answer.status(), await answer.text()).toBe(201)
  const body = (await answer.json()) as { id: number; code: string }
  return { id: body.id, code }
}

// Waits until the editor says everything is saved.
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Not saved.*)$/ })).toHaveText('Saved', { timeout: 10_000 })
}

// Opens the `#` popup by typing, waits for the competency with this code to be highlighted, picks it, then
// picks how to cite it ("Cite only", the highlighted default, or "Cite and align at <depth>").
export async function citeByHash(page: Page, code: string, how = 'Cite only'): Promise<void> {
  await page.keyboard.type(`#${code}`)
  await expect(page.getByRole('option', { name: new RegExp(`^${code} `) })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  const choices = page.getByRole('listbox', { name: `How to cite ${code}` })
  await expect(choices.getByRole('option', { name: 'Cite only' })).toHaveAttribute('aria-selected', 'true')
  while ((await choices.getByRole('option', { selected: true }).textContent()) !== how) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(choices).toBeHidden()
}

// Aligns the outcome or module section `scope` to a competency found by code, at a depth.
export async function alignTo(scope: ReturnType<Page['locator']>, code: string, depth = 'Introduced'): Promise<void> {
  await scope.getByRole('button', { name: 'Align to a competency…' }).click()
  await scope.getByRole('combobox', { name: 'Find a competency' }).fill(code)
  await expect(scope.getByRole('option', { name: new RegExp(`^${code} `) })).toHaveAttribute('aria-selected', 'true')
  await scope.getByRole('combobox', { name: 'Find a competency' }).press('Enter')
  await scope.getByRole('combobox', { name: 'Depth', exact: true }).selectOption({ label: depth })
  await scope.getByRole('button', { name: 'Add alignment' }).click()
  await expect(scope.getByRole('list', { name: /^Alignments of/ })).toContainText(code)
}
