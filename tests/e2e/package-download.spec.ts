// "Download package" on a pathway's page: the whole pathway as a pathway package ("rungsPackage": "1.0").
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { signIn } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'

const PATHWAY = '/pathways/advanced-manufacturing'

test('a signed-in partner downloads the pathway package from the pathway page, by keyboard', async ({ page }) => {
  await signIn(page, 'faculty', PATHWAY)
  const link = page.getByRole('link', { name: 'Download package' })
  await expect(link).toBeVisible()
  await link.focus()
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
  expect(download.suggestedFilename()).toBe('advanced-manufacturing.rungs.json')
  const pkg = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { rungsPackage: string; pathway: { slug: string }; modules: unknown[] }
  expect(pkg.rungsPackage).toBe('1.0')
  expect(pkg.pathway.slug).toBe('advanced-manufacturing')
  expect(pkg.modules.length).toBeGreaterThan(5)
  await expectNoAxeViolations(page)
  await saveScreenshot(page, 'package-download', { fullPage: false })
})

test('the pathway page with its download buttons fits a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await signIn(page, 'faculty', PATHWAY)
  await expect(page.getByRole('link', { name: 'Download package' })).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await saveScreenshot(page, 'package-download-phone', { fullPage: false })
})
