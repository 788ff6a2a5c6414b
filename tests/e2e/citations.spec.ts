// `#` citations are mentions: citing a competency leaves the alignments alone unless the person picks "Cite and
// align at" a depth; a chip reads as the code and a short title.
import { expect, test, type Page } from '@playwright/test'
import { signInByApi } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'
import { citeByHash, expectSaved, makeModule } from './authoring-support'

type Alignment = { competencyId: number; competencyCode: string; depth: string; outcomeId: number | null }

async function alignmentsOf(page: Page, id: number): Promise<Alignment[]> {
  const answer = await page.request.get(`/api/modules/${id}`)
  expect(answer.status()).toBe(200)
  const body = (await answer.json()) as { alignments: Alignment[]; outcomes: { alignments: Alignment[] }[] }
  return [...body.alignments, ...body.outcomes.flatMap((o) => o.alignments)]
}

test('citing a competency with # leaves the alignments alone; choosing "Cite and align" aligns at the chosen depth', async ({ page, baseURL }) => {
  await signInByApi(page)
  const { id } = await makeModule(page, baseURL, ['Read a micrometer'])
  await page.goto(`/modules/${id}/edit`)

  const description = page.getByRole('textbox', { name: 'Description' })
  await description.click()
  await page.keyboard.insertText('Mentions the safety rules in ')
  await citeByHash(page, 'AM-SAF-2')
  await expect(description.locator('.competency-chip')).toHaveText(/^AM-SAF-2 \S.{0,40}$/)
  await expectSaved(page)
  expect(await alignmentsOf(page, id)).toEqual([])
  await expect(page.getByRole('region', { name: 'Alignments of the whole module' }).getByText('No alignments yet.')).toBeVisible()

  // In an outcome, the person picks "Cite and align at Mastered": that one is aligned, at M, to the outcome.
  await page.getByRole('textbox', { name: 'Outcome 1' }).click()
  await page.keyboard.press('End')
  await page.keyboard.insertText(' as in ')
  await citeByHash(page, 'AM-QM-4', 'Cite and align at Mastered')
  await expect(page.getByRole('list', { name: 'Alignments of outcome 1' })).toContainText('AM-QM-4')
  await expectSaved(page)
  const after = await alignmentsOf(page, id)
  expect(after.map((a) => [a.competencyCode, a.depth])).toEqual([['AM-QM-4', 'M']])

  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Outcome 1' }).locator('.competency-chip')).toHaveText(/^AM-QM-4 \S/)
  expect(await alignmentsOf(page, id)).toEqual(after)
})

test('the choice of how to cite is keyboard driven and passes axe', async ({ page, baseURL }) => {
  await signInByApi(page)
  const { id } = await makeModule(page, baseURL)
  await page.goto(`/modules/${id}/edit`)
  const description = page.getByRole('textbox', { name: 'Description' })
  await description.click()
  await page.keyboard.type('See #AM-QM-4')
  await expect(page.getByRole('option', { name: /^AM-QM-4 / })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  const choices = page.getByRole('listbox', { name: 'How to cite AM-QM-4' })
  await expect(choices.getByRole('option')).toHaveText(['Cite only', 'Cite and align at Introduced', 'Cite and align at Reinforced', 'Cite and align at Mastered'])
  await expect(description).toHaveAttribute('aria-activedescendant', /how-option-0$/)
  await page.keyboard.press('ArrowDown')
  await expect(choices.getByRole('option', { name: 'Cite and align at Introduced' })).toHaveAttribute('aria-selected', 'true')
  await saveScreenshot(page, 'module-editor-cite-choice')
  await expectNoAxeViolations(page)
  // Escape goes back to the results; a second Escape closes the popup, and nothing was cited.
  await page.keyboard.press('Escape')
  await expect(page.getByRole('listbox', { name: 'Competencies to cite' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('listbox', { name: 'Competencies to cite' })).toBeHidden()
  await expect(description.locator('.competency-chip')).toHaveCount(0)
})
