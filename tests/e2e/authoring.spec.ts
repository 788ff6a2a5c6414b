// Faculty authoring in the browser: create a module, write its description and outcomes with inline competency
// references and alignments, find it all after a reload; keyboard-only use; accessibility; unsafe text stays text.
import { expect, test, type Page } from '@playwright/test'
import { signInByApi } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'
import { alignTo, citeByHash, expectSaved, makeModule } from './authoring-support'

test('a faculty member creates a module and describes it with a heading, a list and a citation, and finds it after a reload', async ({ page }) => {
  await signInByApi(page)
  await page.goto('/modules/new')
  // Not a demo code (MFG 110, 140 ...) whatever the clock says.
  const code = `MFG E2E-${Date.now() % 100000}`
  await page.getByLabel('Code').fill(code)
  await page.getByLabel('Title').fill('Precision Measurement')
  await page.getByRole('button', { name: 'Create module' }).click()
  await expect(page).toHaveURL(/\/modules\/\d+\/edit$/)
  const moduleUrl = page.url().replace(/\/edit$/, '')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Precision Measurement')

  await page.getByRole('checkbox', { name: 'Evening' }).check()
  await page.getByRole('checkbox', { name: 'Flexible start' }).check()

  const description = page.getByRole('textbox', { name: 'Description' })
  const toolbar = page.getByRole('toolbar', { name: 'Description formatting' })
  await description.click()
  await toolbar.getByRole('button', { name: 'Heading', exact: true }).click()
  await expect(toolbar.getByRole('button', { name: 'Heading', exact: true })).toHaveAttribute('aria-pressed', 'true')
  // Plain runs are inserted whole (the keyboard test types key by key); the `#` that cites is typed.
  await page.keyboard.insertText('Measuring parts')
  await page.keyboard.press('Enter')
  await toolbar.getByRole('button', { name: 'Bulleted list' }).click()
  await page.keyboard.insertText('Steel rules')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('Calipers')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('Students measure to ')
  await citeByHash(page, 'AM-QM-3')
  await page.keyboard.insertText('on real parts.')
  await expect(description.locator('.competency-chip')).toHaveText(/^AM-QM-3 \S/)
  // Citing only is a mention: the module is not aligned to what it cites.
  const moduleAlignments = page.getByRole('region', { name: 'Alignments of the whole module' })
  await expect(moduleAlignments.getByText('No alignments yet.')).toBeVisible()
  await expectSaved(page)

  await page.reload()
  await expect(description.getByRole('heading', { level: 2 })).toHaveText('Measuring parts')
  await expect(description.getByRole('listitem')).toHaveText(['Steel rules', 'Calipers'])
  await expect(description.locator('.competency-chip')).toHaveText(/^AM-QM-3 \S/)
  await expect(page.getByRole('checkbox', { name: 'Evening' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Flexible start' })).toBeChecked()

  await page.goto(moduleUrl)
  await expect(page.getByRole('heading', { name: 'Measuring parts' })).toBeVisible()
  await expect(page.locator('.rich-text .competency-chip').first()).toHaveText(/^AM-QM-3 \S/)
})

test('a faculty member adds three aligned outcomes and finds them after a reload', async ({ page, baseURL }) => {
  await signInByApi(page)
  const { id } = await makeModule(page, baseURL)
  await page.goto(`/modules/${id}/edit`)
  const outcomes = [
    ['Measure with a steel rule to 1/64 in.', 'AM-QM-2', 'Mastered'],
    ['Measure features with a caliper to ±0.001 in.', 'AM-QM-3', 'Reinforced'],
    ['Decide whether a feature is within tolerance.', 'AM-QM-7', 'Introduced'],
  ] as const
  for (const [i, [text, competency, depth]] of outcomes.entries()) {
    await page.getByRole('button', { name: 'Add an outcome' }).click()
    const box = page.getByRole('textbox', { name: `Outcome ${i + 1}` })
    await expect(box).toBeFocused()
    // Typing key by key is tested elsewhere; inserted text goes through the same editor input, at once.
    await page.keyboard.insertText(text)
    await expect(box).toHaveText(text)
    await alignTo(page.locator('li.outcome-editor').nth(i), competency, depth)
  }
  await expectSaved(page)
  await saveScreenshot(page, 'module-editor')

  await page.reload()
  for (const [i, [text, competency, depth]] of outcomes.entries()) {
    await expect(page.getByRole('textbox', { name: `Outcome ${i + 1}` })).toHaveText(text)
    const alignments = page.getByRole('list', { name: `Alignments of outcome ${i + 1}` })
    await expect(alignments).toContainText(competency)
    await expect(alignments.getByRole('combobox')).toHaveValue(depth[0]!)
  }

  await page.goto(`/modules/${id}`)
  await expect(page.locator('.outcome')).toHaveCount(3)
  await expect(page.locator('.outcome').nth(1)).toContainText('caliper')
})

test('the editor works by keyboard alone: toolbar, shortcuts, leaving the text, aligning, reordering', async ({ page, baseURL }) => {
  await signInByApi(page)
  const { id } = await makeModule(page, baseURL, ['Read a micrometer', 'Use a steel rule'])
  await page.goto(`/modules/${id}/edit`)
  const toolbar = page.getByRole('toolbar', { name: 'Description formatting' })
  const heading = toolbar.getByRole('button', { name: 'Heading', exact: true })

  // Tab from the last delivery checkbox reaches the toolbar: one stop, on its first button.
  await page.getByRole('checkbox', { name: 'Flexible start' }).focus()
  await page.keyboard.press('Tab')
  await expect(heading).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(toolbar.getByRole('button', { name: 'Subheading' })).toBeFocused()
  await page.keyboard.press('End')
  await expect(toolbar.getByRole('button', { name: 'Redo' })).toBeFocused()
  await page.keyboard.press('Home')
  await expect(heading).toBeFocused()
  await page.keyboard.press('Tab')
  const description = page.getByRole('textbox', { name: 'Description' })
  await expect(description).toBeFocused()

  await page.keyboard.type('Plain then ')
  await page.keyboard.press('Control+b')
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.type('bold')
  await page.keyboard.press('Control+b')
  await page.keyboard.press('Shift+Tab')
  await expect(heading).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(toolbar.getByRole('button', { name: 'Italic' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(toolbar.getByRole('button', { name: 'Italic' })).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.type(' and slanted')
  await expect(description.locator('strong')).toHaveText('bold')
  await expect(description.locator('em')).toHaveText(' and slanted')

  // In a list Tab indents; Escape then Tab leaves the text.
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+Shift+8')
  await page.keyboard.type('item')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Align to a competency…' }).first()).toBeFocused()

  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await page.keyboard.type('AM-QM-2')
  const option = page.getByRole('option', { name: /^AM-QM-2 / })
  await expect(option).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('combobox', { name: 'Find a competency' })).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!)
  await page.keyboard.press('Enter')
  await expect(page.locator('.alignment-chosen .competency-path')).toContainText('AM-QM')
  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  const row = page.getByRole('list', { name: 'Alignments of the whole module' }).getByRole('listitem')
  await expect(row).toContainText('AM-QM-2')
  await expect(row.getByRole('combobox')).toHaveValue('M')
  await expect(row.getByRole('checkbox')).toBeChecked()

  // Move the first outcome down by keyboard: focus follows it.
  const first = page.locator('li.outcome-editor').first()
  await first.getByRole('button', { name: 'Move down' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Outcome 1' })).toHaveText('Use a steel rule')
  await expect(page.getByRole('textbox', { name: 'Outcome 2' })).toHaveText('Read a micrometer')
  await expect(page.locator('li.outcome-editor').nth(1).getByRole('button', { name: 'Move up' })).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: 'moved to position 2' })).toBeAttached()

  // And back by dragging the handle. Both outcomes sit mid-window: a drag held near its edge scrolls the page,
  // further the slower the machine, and would drop somewhere else.
  await page.setViewportSize({ width: 1280, height: 1200 })
  await page.locator('.outcome-editor-list').evaluate((list) => list.scrollIntoView({ block: 'center' }))
  await page.locator('li.outcome-editor').nth(1).locator('.drag-handle').dragTo(page.getByRole('heading', { name: 'Outcome 1', exact: true }))
  await expect(page.getByRole('textbox', { name: 'Outcome 1' })).toHaveText('Read a micrometer')
  await expectSaved(page)
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Outcome 1' })).toHaveText('Read a micrometer')
  await expect(page.getByRole('textbox', { name: 'Description' }).locator('strong')).toHaveText('bold')
})

// The editor of a new module with one outcome, once it has loaded. Each state gets a test of its own: axe reads
// every control of this long page, which takes seconds on a busy machine.
async function openEditor(page: Page, baseURL: string | undefined) {
  await signInByApi(page)
  const { id } = await makeModule(page, baseURL, ['Read a micrometer'])
  await page.goto(`/modules/${id}/edit`)
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
}

test('the editor page passes axe', async ({ page, baseURL }) => {
  await openEditor(page, baseURL)
  await expectNoAxeViolations(page)
})

test('the editor page passes axe with the alignment picker open', async ({ page, baseURL }) => {
  await openEditor(page, baseURL)
  await page.locator('li.outcome-editor').first().getByRole('button', { name: 'Align to a competency…' }).click()
  await page.getByRole('combobox', { name: 'Find a competency' }).fill('caliper')
  await expect(page.getByRole('listbox', { name: 'Matching competencies' }).getByRole('option').first()).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the editor page passes axe with the # popup open', async ({ page, baseURL }) => {
  await openEditor(page, baseURL)
  await page.getByRole('textbox', { name: 'Description' }).click()
  await page.keyboard.type('See #AM-QM')
  await expect(page.getByRole('listbox', { name: 'Competencies to cite' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveAttribute('aria-activedescendant', /refs-option-0$/)
  await saveScreenshot(page, 'module-editor-hash-popup')
  await expectNoAxeViolations(page)
})
