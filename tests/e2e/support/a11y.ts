// Accessibility checks for browser tests: axe against WCAG 2.0 and 2.1, levels A and AA.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

// Fails the test with a readable list when axe finds any WCAG A/AA violation on the page as it stands.
// Legacy mode runs axe.run in the page itself: Rungs has no frames, and the default (axe in each frame, then a
// blank page of its own to merge them) took two to three times as long, 5-8 s a check on a busy machine. The
// package marks the mode for removal in its 5.0; then inject axe-core and call axe.run the same way.
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`,
  )
  expect(summary, summary.join('\n\n')).toEqual([])
}
