// The pathway editor saves on Save, so leaving it with changes not saved asks first; leaving it untouched does not.
import { expect, test } from '@playwright/test'
import { signIn } from './support/accounts'

const EDITOR = '/pathways/advanced-manufacturing/edit'

test('leaving the pathway editor asks only when there are unsaved changes', async ({ page }) => {
  await signIn(page, 'admin', EDITOR)
  const title = page.getByLabel('Title', { exact: true })
  await expect(title).toBeVisible()
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void (dialogs.length === 1 ? dialog.dismiss() : dialog.accept())
  })
  // Untouched: the link simply leaves.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Frameworks' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frameworks')
  expect(dialogs).toEqual([])

  await page.goto(EDITOR)
  await title.fill(`${await title.inputValue()} (draft)`)
  // Changed: the first time the person stays, the second time they leave.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Frameworks' }).click()
  await expect.poll(() => dialogs.length).toBe(1)
  expect(dialogs[0]).toBe('Leave this page? Your changes have not been saved.')
  await expect(page).toHaveURL(new RegExp(`${EDITOR}$`))
  await expect(title).toHaveValue(/\(draft\)$/)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Frameworks' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frameworks')
  expect(dialogs).toHaveLength(2)
})
