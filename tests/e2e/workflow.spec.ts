// The approval workflow on a module's page: an author submits, the reviewer finds the request in the inbox,
// returns and approves, refusals are shown where the person acted, the public road map shows the approved revision
// until the change is approved, and anonymous readers see no review panel.
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

// The titles of the pathway's modules an anonymous reader sees on its public road map.
async function publicLadder(anonymous: Page, slug: string) {
  await anonymous.goto(`/pathways/${slug}`)
  const ladder = anonymous.getByRole('region', { name: 'The ladder, stage by stage' })
  await expect(ladder).toBeVisible()
  return ladder
}

test('an approved module is changed, submitted, returned with a comment, fixed and approved; the public road map shows the approved revision throughout', async ({ page, browser, baseURL }) => {
  // Two people, an anonymous reader, a dozen actions and two axe checks: longer than the default half minute.
  test.setTimeout(150_000)
  await signInByApi(page, 'faculty')
  const { id, code } = await makeModule(page, baseURL)
  const slug = `e2e-review-${Date.now() % 100000}`
  const created = await page.request.post('/api/pathways', {
    data: { slug, title: 'Review ladder', sector: 'Manufacturing', modules: [{ moduleId: id, stage: 1 }] },
    headers: { origin: baseURL ?? '' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const reviewer = await (await browser.newContext({ baseURL })).newPage()
  await signInByApi(reviewer, 'admin')
  const anonymous = await (await browser.newContext({ baseURL })).newPage()
  const approvedTitle = `${code} Measuring for machinists`
  const fixedTitle = `${code} Measuring and gauging for machinists`

  // The first revision is approved through the API (its own test is below); an edit makes a new draft.
  const api = async (who: Page, path: string, body: object) => {
    const answer = await who.request.fetch(path, { method: path.includes('workflow') ? 'POST' : 'PATCH', data: body, headers: { origin: baseURL ?? '' } })
    expect(answer.status(), await answer.text()).toBe(200)
  }
  await api(page, `/api/modules/${id}/workflow`, { action: 'submit', version: 1, summary: 'First version' })
  await api(reviewer, `/api/modules/${id}/workflow`, { action: 'approve' })
  await api(page, `/api/modules/${id}`, { version: 1, title: 'Measuring and gauges' })
  await expect((await publicLadder(anonymous, slug)).getByRole('link', { name: approvedTitle })).toBeVisible()

  // The author sees the approved revision behind the draft, and may submit it; a blank summary is refused next to
  // its field before anything is sent.
  await page.goto(`/modules/${id}`)
  const panel = panelOf(page)
  await expect(page.locator('.badges')).toContainText('Status: Approved, with a new draft')
  await expect(panel.locator('.workflow-state')).toContainText('Draft')
  await expect(panel.locator('.workflow-decision')).toContainText('Approved by Alex Rivera')
  const blank = await act(page, 'Submit for review', '   ')
  const summary = blank.getByLabel('Summary of the changes for the reviewers (required)')
  await expect(blank.locator('.field-error')).toHaveText('Write a short summary of what changed, so the reviewers know what to look at.')
  await expect(summary).toHaveAttribute('aria-invalid', 'true')
  await expect(summary).toBeFocused()
  await saveElementScreenshot(panel, 'workflow-refused')
  await expectNoAxeViolations(page)
  const before = Number((await reviewer.request.get('/api/inbox/unread').then((r) => r.json())).unread)
  await summary.fill('Ready for the fall term: gauges added.')
  await blank.getByRole('button', { name: 'Submit' }).click()
  await expect(panel.locator('.workflow-state')).toContainText('In review')
  await expect(panel.getByRole('status')).toHaveText(`Submitted: ${code} is now in review.`)
  await expect(page.locator('.badges')).toContainText('Status: Approved, with changes in review')
  // The author may withdraw but not decide on their own submission.
  await expect(panel.getByRole('group', { name: `Review actions for ${code}` }).getByRole('button')).toHaveText(['Withdraw from review'])
  await expect((await publicLadder(anonymous, slug)).getByRole('link', { name: approvedTitle })).toBeVisible()

  // The reviewer finds the request in the inbox, counted as new, and opens it.
  await reviewer.goto('/inbox')
  const inboxLink = reviewer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Inbox/ })
  await expect(inboxLink).toHaveText(`Inbox (${before + 1} new)`)
  const request = reviewer.getByRole('listitem').filter({ hasText: code })
  await expect(request).toContainText(`Dana Okafor asked you to review ${code} Measuring and gauges`)
  await expect(request).toContainText('Ready for the fall term: gauges added.')
  await saveScreenshot(reviewer, 'workflow-inbox-1366')
  await request.getByRole('link', { name: new RegExp(code) }).click()
  await expect(reviewer).toHaveURL(new RegExp(`/modules/${id}$`))
  await expect(inboxLink).toHaveText(before ? `Inbox (${before} new)` : 'Inbox')

  // The reviewer returns it: a comment is required, and kept under the limit.
  const review = panelOf(reviewer)
  await expect(review.locator('.workflow-request')).toContainText('submitted by Dana Okafor')
  await expect(review.locator('.workflow-request')).toContainText('Ready for the fall term')
  const empty = await act(reviewer, 'Return with comments', '')
  await expect(empty.locator('.field-error')).toHaveText('Write what should change, so the authors know what to fix before approval.')
  await empty.getByRole('textbox').fill('x'.repeat(2001))
  await empty.getByRole('button', { name: 'Submit' }).click()
  await expect(empty.locator('.field-error')).toHaveText('Keep it to 2,000 characters; it has 2,001.')
  await empty.getByRole('textbox').fill('Name the gauges in outcome 2.')
  await empty.getByRole('button', { name: 'Submit' }).click()
  await expect(review.locator('.workflow-state')).toContainText('Draft')
  await expect(review.locator('.workflow-decision')).toContainText('Returned by Alex Rivera')
  await expect(review.locator('.workflow-decision')).toContainText('Name the gauges in outcome 2.')
  const timeline = review.getByRole('list', { name: 'Timeline' })
  await expect(timeline.getByRole('listitem')).toHaveCount(4)
  await expect(timeline.getByRole('listitem').nth(3)).toContainText('Returned by Alex Rivera')
  await reviewer.goto('/inbox')
  await expect(reviewer.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible()
  await expect(reviewer.getByRole('listitem').filter({ hasText: code })).toHaveCount(0)
  await expect((await publicLadder(anonymous, slug)).getByRole('link', { name: approvedTitle })).toBeVisible()

  // The author's page, reloaded, shows the comment; they fix the module and submit again.
  await page.reload()
  await expect(panel.getByRole('list', { name: 'Timeline' })).toContainText('Name the gauges in outcome 2.')
  await api(page, `/api/modules/${id}`, { version: 2, title: 'Measuring and gauging for machinists' })
  await page.reload()
  await act(page, 'Submit for review', 'Outcome 2 names the gauges.')
  await expect(panel.locator('.workflow-state')).toContainText('In review')

  // The reviewer's page is stale: approving from it is refused with the server's words, then it shows the request.
  await reviewer.goto(`/modules/${id}`)
  await review.getByRole('button', { name: 'Approve' }).click()
  const withdrawn = await page.request.post(`/api/modules/${id}/workflow`, { data: { action: 'withdraw' }, headers: sameOrigin(page) })
  expect(withdrawn.status(), await withdrawn.text()).toBe(200)
  const approve = review.getByRole('form', { name: 'Approve' })
  await approve.getByRole('button', { name: 'Submit' }).click()
  await expect(approve.getByRole('alert')).toContainText(`Module ${code} is draft; "Approve" is only possible when it is in review`)
  await expect(review.locator('.workflow-state')).toContainText('Draft')
  await approve.getByRole('button', { name: 'Cancel' }).click()
  await expect(approve).toHaveCount(0)

  await page.reload()
  await act(page, 'Submit for review', 'Outcome 2 names the gauges.')
  await expect(panel.locator('.workflow-state')).toContainText('In review')
  await expect((await publicLadder(anonymous, slug)).getByRole('link', { name: approvedTitle })).toBeVisible()
  await reviewer.reload()
  await act(reviewer, 'Approve', 'Good to go.')
  await expect(review.locator('.workflow-state')).toContainText('Approved')
  await expect(review.getByRole('status')).toHaveText(`Approved: ${code} is now approved.`)
  await expect(review.getByRole('list', { name: 'Timeline' }).getByRole('listitem')).toHaveCount(8)
  await expect(review.getByRole('list', { name: 'Timeline' }).getByRole('listitem').last()).toContainText('Good to go.')
  await expect(review.locator('.workflow-decision')).toContainText('Approved by Alex Rivera')
  await expectNoAxeViolations(reviewer)
  await saveScreenshot(reviewer, 'workflow-module-1366')
  await saveElementScreenshot(review, 'workflow-panel-1366')
  await reviewer.setViewportSize({ width: 360, height: 740 })
  await expect.poll(() => reviewer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await saveScreenshot(reviewer, 'workflow-module-360')
  await saveElementScreenshot(review, 'workflow-panel-360')
  await reviewer.context().close()

  // Now the public sees the fixed revision, and no review panel.
  const ladder = await publicLadder(anonymous, slug)
  await expect(ladder.getByRole('link', { name: fixedTitle })).toBeVisible()
  await expect(ladder.getByRole('link', { name: approvedTitle })).toHaveCount(0)
  await anonymous.goto(`/modules/${id}`)
  await expect(anonymous.getByRole('heading', { level: 1 })).toContainText(fixedTitle)
  await expect(panelOf(anonymous)).toHaveCount(0)
  await anonymous.context().close()
})

test('a pathway is submitted by its author and approved by a reviewer from its page', async ({ page, browser, baseURL }) => {
  // Two people and an axe check: longer than the default half minute on a busy machine.
  test.setTimeout(90_000)
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
