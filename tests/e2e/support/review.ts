// Answering an invitation's review page in browser tests: one competency's group, and rating it.
import { expect, type Page } from '@playwright/test'

// The group of one competency on the review page, by its code.
export const reviewItem = (page: Page, code: string) => page.getByRole('group', { name: new RegExp(`^${code} `) })

// Rates one competency and waits until the page says the rating is saved.
export async function rate(page: Page, code: string, rating: string): Promise<void> {
  await reviewItem(page, code).getByRole('radio', { name: rating }).check()
  await expect(reviewItem(page, code).getByText('Saved', { exact: true })).toBeVisible()
}
