// Screenshots of each page, kept in test-results/screenshots/ for people to look at.
import type { Locator, Page } from '@playwright/test'

// Saves a PNG of the whole page under a readable name (or only the window, e.g. to see an open menu up close).
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: options.fullPage ?? true })
}

// Saves a PNG of one part of a page, for a close look at a section of a long page.
export async function saveElementScreenshot(part: Locator, name: string): Promise<void> {
  await part.screenshot({ path: `test-results/screenshots/${name}.png` })
}
