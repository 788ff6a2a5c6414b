// A finding assigned from its actions to a person of the partnership with a due date shows who has it and when it
// is due, and the decision can be withdrawn again (which puts the demo back for the specs that follow).
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { signIn } from './support/accounts'
import { saveScreenshot } from './support/screenshots'

test('a finding is assigned to a person with a due date, then the decision is withdrawn', async ({ page }) => {
  await signIn(page, 'faculty', '/pathways/advanced-manufacturing/findings?kind=never_mastered')
  const item = page.getByRole('region', { name: /^Never mastered/ }).getByRole('listitem').filter({ hasText: 'AM-BP-6' })
  await item.getByRole('button', { name: 'Assign to someone…' }).click()
  const person = item.getByLabel('Assign to')
  await expect(person.locator('option')).not.toHaveCount(1)
  await person.selectOption({ index: 1 })
  const name = (await person.locator('option:checked').textContent())!.trim()
  await item.getByLabel('Due on').fill('2027-01-15')
  await item.getByLabel('Note (optional)').fill('Check with the welding lead before changing MFG 140')
  await expectNoAxeViolations(page)
  await saveScreenshot(page, 'findings-assign')

  const saved = page.waitForResponse((r) => r.url().includes('/findings/decisions') && r.request().method() === 'POST')
  await item.getByRole('button', { name: 'Assign', exact: true }).click()
  expect((await saved).status()).toBe(201)
  await expect(item).toContainText(`Assigned to ${name}, due Jan 15, 2027.`)
  await expect(item.getByLabel('Assign to')).toHaveCount(0)

  await item.getByRole('button', { name: 'Withdraw decision' }).click()
  await expect(item).not.toContainText('Assigned to')
  await expect(item.getByRole('button', { name: 'Assign to someone…' })).toBeVisible()
})
