// The approval workflow on a module's page: an author submits, a reviewer returns and approves, refusals are
// shown where the person acted, and anonymous readers see no review panel.
import { expect, test, type Page } from '@playwright/test'
import { sameOrigin, signInByApi } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { makeModule } from './authoring-support'
import { saveElementScreenshot, saveScreenshot } from './support/screenshots'

const panelOf = (page: Page) => page.getByRole('region', { name: 'Review status' })

// Opens an action's form from the panel, writes its note (if any) and sends it.
async function act(page: Page, action: string, note?: string) {
  const panel = panelOf(page)
  await panel.getByRole('button', { name: action }).click()
  const form = panel.getByRole('form', { name: action })
  if (note !== undefined) await form.getByRole('textbox').fill(note)
  await form.getByRole('button', { name: 'Submit' }).click()
  return form
}

test('a module goes from draft through review, back with comments, and on to approved', async ({ page, browser, baseURL }) => {
  // Two people, six actions and two axe checks: longer than the default half minute on a busy machine.
  test.setTimeout(90_000)
  await signInByApi(page, 'faculty')
  const { id, code } = await makeModule(page, baseURL)
  const reviewer = await (await browser.newContext({ baseURL })).newPage()
  await signInByApi(reviewer, 'admin')

  // The author sees a draft and may submit it; a blank summary is refused with the server's message.
  await page.goto(`/modules/${id}`)
  const panel = panelOf(page)
  await expect(panel.locator('.workflow-state')).toHaveText('Draft')
  await expect(panel.getByText('Nothing has happened in review yet.')).toBeVisible()
  const blank = await act(page, 'Submit for review', '   ')
  await expect(blank.getByRole('alert')).toContainText('must not be empty')
  await expect(blank.getByLabel('Summary of the changes for the reviewers (required)')).toBeVisible()
  await saveElementScreenshot(panel, 'workflow-refused')
  await expectNoAxeViolations(page)
  await blank.getByRole('textbox').fill('Ready for the fall term: outcomes checked against the framework.')
  await blank.getByRole('button', { name: 'Submit' }).click()
  await expect(panel.locator('.workflow-state')).toHaveText('In review')
  await expect(panel.getByRole('status')).toHaveText(`Submitted: ${code} is now in review.`)
  await expect(page.locator('.badges')).toContainText('Status: In review')
  // The author may withdraw but not decide on their own submission.
  await expect(panel.getByRole('group', { name: `Review actions for ${code}` }).getByRole('button')).toHaveText(['Withdraw from review'])

  // The reviewer returns it: a comment is required.
  await reviewer.goto(`/modules/${id}`)
  const review = panelOf(reviewer)
  await expect(review.locator('.workflow-request')).toContainText('submitted by Dana Okafor')
  await expect(review.locator('.workflow-request')).toContainText('Ready for the fall term')
  const empty = await act(reviewer, 'Return with comments', '')
  await expect(empty.getByRole('alert')).toContainText('must not be empty')
  await empty.getByRole('textbox').fill('Outcome 2 needs a measurable verb.')
  await empty.getByRole('button', { name: 'Submit' }).click()
  await expect(review.locator('.workflow-state')).toHaveText('Draft')
  const timeline = review.getByRole('list', { name: 'Timeline' })
  await expect(timeline.getByRole('listitem')).toHaveCount(2)
  await expect(timeline.getByRole('listitem').nth(1)).toContainText('Returned by Alex Rivera')
  await expect(timeline.getByRole('listitem').nth(1)).toContainText('Outcome 2 needs a measurable verb.')

  // The author's page, reloaded, shows the comment; they submit again.
  await page.reload()
  await expect(panel.locator('.workflow-state')).toHaveText('Draft')
  await expect(panel.getByRole('list', { name: 'Timeline' })).toContainText('Outcome 2 needs a measurable verb.')
  await act(page, 'Submit for review', 'Outcome 2 now says "measure".')
  await expect(panel.locator('.workflow-state')).toHaveText('In review')

  // The reviewer's page is stale: approving from it is refused naming the state, then it shows the request.
  await reviewer.reload()
  await review.getByRole('button', { name: 'Approve' }).click()
  const withdrawn = await page.request.post(`/api/modules/${id}/workflow`, { data: { action: 'withdraw' }, headers: sameOrigin(page) })
  expect(withdrawn.status(), await withdrawn.text()).toBe(200)
  const approve = review.getByRole('form', { name: 'Approve' })
  await approve.getByRole('button', { name: 'Submit' }).click()
  await expect(approve.getByRole('alert')).toContainText(`Module ${code} is draft; "Approve" is only possible when it is in review`)
  await expect(review.locator('.workflow-state')).toHaveText('Draft')
  await approve.getByRole('button', { name: 'Cancel' }).click()
  await expect(approve).toHaveCount(0)

  // The author's page still offers to withdraw; reloaded, it shows the draft again.
  await page.reload()
  await expect(panel.locator('.workflow-state')).toHaveText('Draft')
  await act(page, 'Submit for review', 'Outcome 2 now says "measure".')
  await expect(panel.locator('.workflow-state')).toHaveText('In review')
  await reviewer.reload()
  await act(reviewer, 'Approve', 'Good to go.')
  await expect(review.locator('.workflow-state')).toContainText('Approved')
  await expect(review.getByRole('status')).toHaveText(`Approved: ${code} is now approved.`)
  await expect(review.getByRole('list', { name: 'Timeline' }).getByRole('listitem')).toHaveCount(6)
  await expect(review.getByRole('list', { name: 'Timeline' }).getByRole('listitem').last()).toContainText('Good to go.')
  await expectNoAxeViolations(reviewer)
  await saveScreenshot(reviewer, 'workflow-module-1366')
  await saveElementScreenshot(review, 'workflow-panel-1366')
  await reviewer.setViewportSize({ width: 360, height: 740 })
  await expect.poll(() => reviewer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await saveScreenshot(reviewer, 'workflow-module-360')
  await saveElementScreenshot(review, 'workflow-panel-360')
  await reviewer.context().close()

  // An anonymous reader sees the approved module and no review panel.
  const anonymous = await (await browser.newContext({ baseURL })).newPage()
  await anonymous.goto(`/modules/${id}`)
  await expect(anonymous.getByRole('heading', { level: 1 })).toContainText(code)
  await expect(panelOf(anonymous)).toHaveCount(0)
  await anonymous.context().close()
})

test('a pathway is submitted by its author and approved by a reviewer from its page', async ({ page, browser, baseURL }) => {
  await signInByApi(page, 'faculty')
  const { id: moduleId } = await makeModule(page, baseURL)
  const slug = `e2e-workflow-${Date.now() % 100000}`
  const created = await page.request.post('/api/pathways', {
    data: { slug, title: 'Machining ladder', sector: 'Manufacturing', modules: [{ moduleId, stage: 1 }] },
    headers: { Origin: baseURL ?? '' },
  })
  expect(created.status(), await created.text()).toBe(201)

  await page.goto(`/pathways/${slug}`)
  const panel = panelOf(page)
  await expect(panel.locator('.workflow-state')).toHaveText('Draft')
  await act(page, 'Submit for review', 'Stage 1 is ready.')
  await expect(panel.locator('.workflow-state')).toHaveText('In review')
  await expect(panel.getByRole('status')).toHaveText('Submitted: Machining ladder is now in review.')

  const reviewer = await (await browser.newContext({ baseURL })).newPage()
  await signInByApi(reviewer, 'admin')
  await reviewer.goto(`/pathways/${slug}`)
  const review = panelOf(reviewer)
  await expect(review.locator('.workflow-request')).toContainText('Stage 1 is ready.')
  await act(reviewer, 'Approve')
  await expect(review.locator('.workflow-state')).toContainText('Approved')
  await expect(review.getByRole('list', { name: 'Timeline' }).getByRole('listitem')).toHaveText([/^Submitted by Dana Okafor/, /^Approved by Alex Rivera/])
  await expectNoAxeViolations(reviewer)
  await saveScreenshot(reviewer, 'workflow-pathway-page-1366')
  await saveElementScreenshot(review, 'workflow-pathway-1366')
  await reviewer.setViewportSize({ width: 360, height: 740 })
  await expect.poll(() => reviewer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await saveElementScreenshot(review, 'workflow-pathway-360')
  await reviewer.context().close()
})
