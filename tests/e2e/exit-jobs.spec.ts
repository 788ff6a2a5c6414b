// Jobs and wages on the road map: the demo's exits name real SOC occupations with BLS wages and projections, the
// figures BLS does not publish say so, and jobs are marked against the pathway's family-sustaining wage.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { saveElementScreenshot, saveScreenshot } from './support/screenshots'

const PATHWAY = '/pathways/advanced-manufacturing'

test('the road map shows the jobs at each exit with wages, range, growth, openings and their sources', async ({ page }) => {
  await page.goto(PATHWAY)
  const jobs = page.getByRole('region', { name: 'Jobs at the exits' })
  await expect(jobs).toContainText('Family-sustaining wage: $31.50 an hour')
  await expect(jobs).toContainText('MIT Living Wage Calculator, 1 adult 1 child, 2025')

  const cnc = jobs.getByRole('region', { name: /^Exit after MFG 150/ }).getByRole('article', { name: 'Computer Numerically Controlled Tool Operators, SOC 51-9161' })
  await expect(cnc).toContainText('$24.37 an hour · $50,690 a year')
  await expect(cnc).toContainText('$21.60 – $29.69 an hour')
  await expect(cnc).toContainText('-10.7% over 2024–34')
  await expect(cnc).toContainText('13,500')
  await expect(cnc).toContainText('Source: BLS OEWS, national, May 2025; BLS Employment Projections 2024–34')
  await expect(cnc).toContainText('Below the family-sustaining wage')

  // OEWS publishes team assemblers only inside the aggregate 51-2090: their figures read "not published", never 0.
  const assemblers = jobs.getByRole('article', { name: 'Team Assemblers, SOC 51-2092' }).first()
  await expect(assemblers).toContainText('Median wagenot published')
  await expect(assemblers).not.toContainText('$0')
  await expect(jobs.getByRole('region', { name: 'Jobs each credential qualifies for' })).toContainText('Machining Certificate: Machinists (SOC 51-4041)')

  await saveElementScreenshot(jobs, 'exit-jobs')
})

test('the road map with its jobs at the exits passes axe', async ({ page }) => {
  await page.goto(PATHWAY)
  await expect(page.getByRole('region', { name: 'Jobs at the exits' }).getByRole('article').first()).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the jobs at the exits fit a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await page.goto(PATHWAY)
  const jobs = page.getByRole('region', { name: 'Jobs at the exits' })
  await expect(jobs.getByRole('article').first()).toBeVisible()
  await jobs.scrollIntoViewIfNeeded()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await saveScreenshot(page, 'exit-jobs-phone', { fullPage: false })
})
