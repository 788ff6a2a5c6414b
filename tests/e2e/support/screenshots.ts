// Full-page screenshots of each page, kept in test-results/screenshots/ for people to look at.
import type { Page } from '@playwright/test'

// Saves a PNG of the whole page under a readable name.
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
}
