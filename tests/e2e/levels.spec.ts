// The adult education levels page: everyone reads both scales; an administrator edits, reorders and saves them.
import { expect, test, type Page } from '@playwright/test'
import { accountButton, sameOrigin, signIn } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'

const PAGE = '/admin/levels'
const LEVEL_E = 'E – Adult Secondary Education'
const LEVEL_D = 'D – High Intermediate Basic Education'

// The option a select shows as chosen.
const chosen = (page: Page, label: string) => page.getByLabel(label, { exact: true }).locator('option:checked')

type Scales = { skillLevels: { code: string; label: string; description: string | null }[]; entryLevels: { code: string; scale: string; label: string; skillLevel: string }[] }
// The scales as the server has them, in the shape PUT /api/levels takes.
async function readScales(page: Page): Promise<Scales> {
  const { skillLevels, entryLevels } = (await (await page.request.get('/api/levels')).json()) as Scales
  return {
    skillLevels: skillLevels.map(({ code, label, description }) => ({ code, label, description })),
    entryLevels: entryLevels.map(({ code, scale, label, skillLevel }) => ({ code, scale, label, skillLevel })),
  }
}

test('anyone can read the levels and how they correspond, without controls to change them', async ({ page }) => {
  await page.goto(PAGE)
  await expect(page).toHaveTitle('Adult education levels · Rungs')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adult education levels')
  await expect(page.getByText(/a bridge for them teaches the skills needed at that level and above/)).toBeVisible()
  await expect(page.getByText('Only administrators can change these levels.')).toBeVisible()
  const efls = page.getByRole('region', { name: 'Educational Functioning Levels' })
  await expect(efls.getByRole('row', { name: /^ABE 3\b/ })).toContainText('Low Intermediate Basic Education')
  await expect(efls.getByRole('row', { name: /^ABE 3\b/ }).locator('.badge-level')).toHaveText('C')
  await expect(page.getByRole('region', { name: 'Basic-skill levels, lowest first' }).getByRole('rowheader')).toHaveText(['A', 'B', 'C', 'D', 'E'])
  await expect(page.getByRole('textbox')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Save levels' })).toHaveCount(0)
  await saveScreenshot(page, 'levels-read-only')
  await expectNoAxeViolations(page)
})

test('an administrator reaches the levels from the menu, and a blank label is refused beside its field', async ({ page }) => {
  await signIn(page, 'admin')
  await accountButton(page, 'admin').click()
  await page.getByRole('link', { name: 'Adult education levels' }).click()
  await expect(page).toHaveURL(PAGE)
  await expect(chosen(page, 'Basic-skill level of ABE 6')).toHaveText(LEVEL_E)
  await expectNoAxeViolations(page)

  // Focus lands on the field to fix; nothing is sent.
  const label = page.getByLabel('Label of ESL 6', { exact: true })
  await label.fill('')
  await page.getByRole('button', { name: 'Save levels' }).click()
  await expect(page.getByRole('alert')).toContainText('Some fields need fixing')
  await expect(label).toBeFocused()
  await expect(label).toHaveAccessibleDescription('Enter a label')
  await saveScreenshot(page, 'levels-field-error')
  await expectNoAxeViolations(page)
})

test('an administrator changes a level and a label, reorders, saves, and the change is kept', async ({ page }) => {
  await signIn(page, 'admin', PAGE)
  // Whatever happens here, the other browser tests find the scales as they were (the national defaults).
  const before = await readScales(page)
  try {
    await changeLevels(page)
  } finally {
    if (JSON.stringify(await readScales(page)) !== JSON.stringify(before)) {
      expect((await page.request.put('/api/levels', { data: before, headers: sameOrigin(page) })).status()).toBe(200)
    }
  }
})

// The steps of the test above: the scales changed, saved, reloaded and put back through the page.
async function changeLevels(page: Page) {
  await page.getByLabel('Label of ESL 6', { exact: true }).fill('Advanced ESL (state table)')
  await page.getByLabel('Basic-skill level of ABE 6', { exact: true }).selectOption({ label: LEVEL_D })
  // Reordering works from the keyboard, and focus stays with the moved row.
  const moveDown = page.getByRole('button', { name: 'Move down ESL 5' })
  await moveDown.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Move up ESL 5' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Not saved yet.')).toBeVisible()
  await page.getByRole('button', { name: 'Save levels' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toContainText('One thing is worth checking')
  // ABE 6 now works at a lower level than ABE 5, which the page points out without refusing it.
  const warnings = page.getByRole('region', { name: 'Worth checking' })
  await expect(warnings).toContainText('ABE 6 works at basic-skill level D, below ABE 5 before it (E)')
  await saveScreenshot(page, 'levels-saved')
  await expectNoAxeViolations(page)

  await page.reload()
  await expect(chosen(page, 'Basic-skill level of ABE 6')).toHaveText(LEVEL_D)
  await expect(page.getByLabel('Label of ESL 6', { exact: true })).toHaveValue('Advanced ESL (state table)')
  await expect(page.getByLabel('Code of entry level 11', { exact: true })).toHaveValue('ESL 5')
  await expect(page.getByRole('region', { name: 'Worth checking' })).toBeVisible()

  await page.getByLabel('Basic-skill level of ABE 6', { exact: true }).selectOption({ label: LEVEL_E })
  await page.getByLabel('Label of ESL 6', { exact: true }).fill('Advanced ESL')
  await page.getByRole('button', { name: 'Save levels' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Worth checking' })).toHaveCount(0)
}

test("the server's refusal is shown beside the row and field it names", async ({ page }) => {
  await signIn(page, 'admin', PAGE)
  // A rule only the server knows, stood in for by a canned 422 in the API's error shape.
  const message = 'Entry level ABE 3 names basic-skill level C, which the state has retired'
  await page.route('**/api/levels', (route) =>
    route.request().method() === 'PUT'
      ? route.fulfill({
          status: 422,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'invalid', message, details: { issues: [{ path: 'entryLevels.2.skillLevel', message }] } } }),
        })
      : route.continue(),
  )
  await page.getByRole('button', { name: 'Save levels' }).click()
  await expect(page.getByRole('alert')).toContainText('The server refused the levels. One field needs fixing')
  const field = page.getByLabel('Basic-skill level of ABE 3', { exact: true })
  await expect(field).toBeFocused()
  await expect(field).toHaveAccessibleDescription(message)
  await expectNoAxeViolations(page)
})
