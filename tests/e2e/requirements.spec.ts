// Basic-skill requirements on the framework page: both sides of a link, editing one, and the bulk editor of an area.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { signIn } from './support/accounts'
import { saveElementScreenshot, saveScreenshot } from './support/screenshots'

const OCCUPATIONAL = 'Advanced Manufacturing: Production Technician and CNC Machinist Competencies'
const BASIC = 'Basic Skills for Career Pathways: Reading, Writing and Mathematics'

async function openFramework(page: Page, title: string) {
  await page.goto('/frameworks')
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
}

const panel = (page: Page) => page.getByRole('region', { name: /details$/ })

test('a requirement shows on both sides, each linking to the other', async ({ page }) => {
  await openFramework(page, OCCUPATIONAL)
  const item = page.getByRole('button', { name: /^AM-QM-4 Read an outside micrometer/ })
  await expect(page.locator('.tree-row', { has: item })).toContainText('Needs 1 basic skill')
  await item.click()
  await expect(item).toHaveAttribute('aria-pressed', 'true')
  await expect(page).toHaveURL(/\?competency=\d+$/)
  const details = panel(page)
  await expect(details.getByRole('heading', { level: 3 })).toHaveText(/AM-QM-4/)
  await expect(details.getByRole('heading', { name: 'Needs these basic skills' })).toBeVisible()
  const need = details.locator('li.requirement-item').filter({ hasText: 'CCR.M.6.NS.3' })
  await expect(need).toContainText('Add, subtract, multiply and divide multi-digit decimals')
  await expect(need).toContainText('Level C')
  // Reading only: no edit controls for people who are not signed in.
  await expect(details.getByRole('button', { name: 'Remove CCR.M.6.NS.3' })).toHaveCount(0)

  await need.getByRole('link', { name: 'CCR.M.6.NS.3' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BASIC)
  const skill = page.getByRole('button', { name: /^CCR\.M\.6\.NS\.3 / })
  await expect(skill).toHaveAttribute('aria-pressed', 'true')
  // Arriving by a link, the item itself has focus (in view); its panel is open beside it.
  await expect(skill).toBeFocused()
  await expect(panel(page).getByRole('heading', { level: 3 })).toContainText('CCR.M.6.NS.3')
  await expect(panel(page).getByRole('heading', { name: 'Needed by' })).toBeVisible()
  const neededBy = panel(page).locator('li.requirement-item').filter({ hasText: 'AM-QM-4' })
  await expect(neededBy).toContainText('Read an outside micrometer')
  await expect(neededBy).toContainText('Level C')
  await expect(page.locator('.tree-row', { has: skill })).toContainText('Needed by 1')
  await saveScreenshot(page, 'requirements-needed-by')
  await saveElementScreenshot(panel(page), 'requirements-needed-by-panel')
  await saveScreenshot(page, 'requirements-needed-by-window', { fullPage: false })
  await expectNoAxeViolations(page)

  await neededBy.getByRole('link', { name: 'AM-QM-4' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OCCUPATIONAL)
  await expect(page.getByRole('button', { name: /^AM-QM-4 / })).toHaveAttribute('aria-pressed', 'true')
  await panel(page).getByRole('button', { name: 'Close details of AM-QM-4' }).click()
  await expect(panel(page)).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^AM-QM-4 / })).toBeFocused()
})

test('faculty change the level of a requirement, add one and remove it', async ({ page }) => {
  await signIn(page, 'faculty', '/frameworks')
  await openFramework(page, OCCUPATIONAL)
  // From the keyboard: the item opens its panel and focus goes to it.
  await page.getByRole('button', { name: /^AM-QM-4 / }).focus()
  await page.keyboard.press('Enter')
  const details = panel(page)
  await expect(details.getByRole('heading', { level: 3 })).toBeFocused()
  await expect(page.getByRole('button', { name: /^AM-QM-4 / })).toBeInViewport()

  const level = details.getByRole('combobox', { name: 'Minimum level of CCR.M.6.NS.3' })
  await expect(level).toHaveValue('C')
  await level.selectOption('D')
  await expect(details.getByRole('status')).toHaveText('Changed CCR.M.6.NS.3 to level D on AM-QM-4.')
  await level.selectOption('C')
  await expect(details.getByRole('status')).toHaveText('Changed CCR.M.6.NS.3 to level C on AM-QM-4.')

  const search = details.getByRole('combobox', { name: 'Basic skill' })
  await search.fill('5.MD.1')
  await expect(details.getByRole('listbox', { name: 'Matching basic skills' }).getByRole('option')).toHaveCount(1)
  await search.press('Enter')
  await expect(details.getByRole('combobox', { name: 'Minimum level', exact: true })).toHaveValue('C')
  await details.getByRole('button', { name: 'Add requirement' }).click()
  await expect(details.getByRole('status')).toHaveText('Added CCR.M.5.MD.1 at level C to AM-QM-4.')
  await expect(details.getByRole('listitem').filter({ hasText: 'CCR.M.5.MD.1' })).toBeVisible()
  await expect(search).toHaveValue('')
  await expect(page.locator('.tree-row', { has: page.getByRole('button', { name: /^AM-QM-4 / }) })).toContainText('Needs 2 basic skills')
  await saveScreenshot(page, 'requirements-competency-edit')
  await saveElementScreenshot(details, 'requirements-competency-edit-panel')
  await saveScreenshot(page, 'requirements-competency-edit-window', { fullPage: false })
  await expectNoAxeViolations(page)

  await details.getByRole('button', { name: 'Remove CCR.M.5.MD.1' }).click()
  await expect(details.getByRole('status')).toHaveText('Removed CCR.M.5.MD.1 from AM-QM-4.')
  await expect(details.getByRole('listitem').filter({ hasText: 'CCR.M.5.MD.1' })).toHaveCount(0)
  await expect(details.getByRole('heading', { level: 3 })).toBeFocused()
})

test('faculty add a basic skill to several competencies of an area at once, then remove it', async ({ page }) => {
  await signIn(page, 'faculty', '/frameworks')
  await openFramework(page, OCCUPATIONAL)
  await page.getByRole('button', { name: 'Details of AM-BP' }).click()
  const details = panel(page)
  await expect(details.getByRole('heading', { level: 3 })).toBeFocused()
  // The panel stays beside the tree: taking focus must not scroll the area out of sight.
  await expect(page.getByRole('button', { name: /^AM-BP Blueprint reading/ })).toBeInViewport()
  await expect(details.getByRole('heading', { name: 'Basic skills across this area' })).toBeVisible()
  const items = details.getByRole('group', { name: 'Choose competencies of AM-BP (6)' })
  await items.getByRole('checkbox', { name: /^AM-BP-2 / }).check()
  await items.getByRole('checkbox', { name: /^AM-BP-3 / }).check()
  await expect(items.getByRole('checkbox', { name: 'Select all' })).toHaveJSProperty('indeterminate', true)

  await details.getByRole('combobox', { name: 'Basic skill' }).fill('circle')
  await details.getByRole('option', { name: /CCR\.M\.7\.G\.4/ }).click()
  await expect(details.getByRole('combobox', { name: 'Minimum level' })).toHaveValue('D')
  await details.getByRole('combobox', { name: 'Minimum level' }).selectOption('C')
  await details.getByRole('button', { name: /^Add to selected/ }).click()
  await expect(details.getByRole('status')).toHaveText('Added CCR.M.7.G.4 at level C to 2 competencies.')
  for (const code of ['AM-BP-2', 'AM-BP-3']) {
    await expect(items.getByRole('listitem').filter({ hasText: code })).toContainText('Needs CCR.M.7.G.4 (level C)')
  }
  await expect(items.getByRole('listitem').filter({ hasText: 'AM-BP-4' })).not.toContainText('CCR.M.7.G.4')
  await expect(page.locator('.tree-row', { has: page.getByRole('button', { name: /^AM-BP-2 / }) })).toContainText('Needs 1 basic skill')
  await saveScreenshot(page, 'requirements-bulk')
  await saveElementScreenshot(details, 'requirements-bulk-panel')
  await saveScreenshot(page, 'requirements-bulk-window', { fullPage: false })
  await expectNoAxeViolations(page)

  await items.getByRole('checkbox', { name: 'Select all' }).check()
  await expect(details.getByRole('button', { name: /^Remove from selected/ })).toHaveText('Remove from selected (6)')
  await details.getByRole('button', { name: /^Remove from selected/ }).click()
  await expect(details.getByRole('status')).toHaveText('Removed CCR.M.7.G.4 from 2 competencies; 4 competencies did not require it.')
  await expect(items).not.toContainText('CCR.M.7.G.4')
  // AM-BP-1 and AM-BP-4 keep the requirements the demo gave them.
  await expect(items.getByRole('listitem').filter({ hasText: 'AM-BP-4' })).toContainText('Needs CCR.M.7.EE.3 (level D)')
})

test('an area asks for a selection and a skill before it changes anything', async ({ page }) => {
  await signIn(page, 'abe', '/frameworks')
  await openFramework(page, OCCUPATIONAL)
  await page.getByRole('button', { name: 'Details of AM-QM' }).click()
  const details = panel(page)
  await details.getByRole('button', { name: /^Add to selected/ }).click()
  await expect(details.getByRole('alert')).toHaveText('Select at least one competency first.')
  await details.getByRole('checkbox', { name: /^AM-QM-5 / }).check()
  await details.getByRole('button', { name: /^Add to selected/ }).click()
  await expect(details.getByRole('alert')).toContainText('Choose a basic skill first')
  await saveScreenshot(page, 'requirements-area-abe')
  await expectNoAxeViolations(page)
})
