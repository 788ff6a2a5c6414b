// Comments and the inbox: a faculty member mentions a colleague on a module with the @ picker (keyboard only); a
// mentioned colleague sees "1 new" in the navigation, opens it from the inbox, replies and resolves the thread.
// Anonymous readers see no comments. MFG 105 is commented on by no other browser test.
import { expect, test, type Page } from '@playwright/test'
import { ACCOUNTS, sameOrigin, signIn, signInByApi } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'

async function moduleId(page: Page, code: string): Promise<number> {
  const list = await (await page.request.get(`/api/modules?q=${encodeURIComponent(code)}`)).json()
  return list.items.find((m: { code: string }) => m.code === code).id
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

const commentsOf = (page: Page) => page.getByRole('region', { name: 'Comments', exact: true })

test('the @ picker offers people by keyboard and the comment names them', async ({ page }) => {
  await signIn(page, 'faculty')
  const id = await moduleId(page, 'MFG 105')
  await page.goto(`/modules/${id}`)
  const comments = commentsOf(page)
  const field = comments.getByRole('textbox', { name: 'New comment' })
  await field.click()
  await field.pressSequentially('Could you check the clock hours, @Jor')
  const people = comments.getByRole('listbox', { name: 'People to mention' })
  await expect(people.getByRole('option', { name: /Jordan Blake/ })).toHaveAttribute('aria-selected', 'true')
  await field.press('Enter')
  await expect(people).toHaveCount(0)
  await expect(field).toHaveValue('Could you check the clock hours, @Jordan Blake ')
  await field.pressSequentially('before Friday?')
  await expect(people).toHaveCount(0)
  await comments.getByRole('button', { name: 'Comment', exact: true }).click()
  const thread = comments.getByRole('article', { name: `Thread started by ${ACCOUNTS.faculty.name}` })
  await expect(thread).toContainText('Could you check the clock hours, @Jordan Blake before Friday?')
  await expect(field).toHaveValue('')
  await saveScreenshot(page, 'comments-module-1366')
})

test('a mention shows as "1 new"; the person opens it from the inbox, replies and resolves the thread', async ({ page }) => {
  // Dana mentions Pat through the API (the picker has its own test above).
  await signInByApi(page, 'faculty')
  await page.goto('/')
  const id = await moduleId(page, 'MFG 105')
  const pat = (await (await page.request.get(`/api/comments/people?kind=module&id=${id}&q=Pat`)).json()).items[0]
  const posted = await page.request.post('/api/comments', {
    data: { kind: 'module', id, body: `@${pat.name} is 45 hours right for the shop floor?`, mentions: [pat.id] }, headers: sameOrigin(page),
  })
  expect(posted.status(), await posted.text()).toBe(201)

  await signIn(page, 'employer')
  const inboxLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Inbox/ })
  await expect(inboxLink).toHaveText('Inbox (1 new)')
  await inboxLink.click()
  const item = page.getByRole('listitem').filter({ hasText: 'mentioned you on' })
  await expect(item).toContainText(`${ACCOUNTS.faculty.name} mentioned you on MFG 105`)
  await expect(item).toContainText('New')
  await saveScreenshot(page, 'comments-inbox-1366')

  await item.getByRole('link', { name: /MFG 105/ }).click()
  await expect(page).toHaveURL(new RegExp(`/modules/${id}#comment-\\d+$`))
  await expect(inboxLink).toHaveText('Inbox')
  const thread = commentsOf(page).getByRole('article').filter({ hasText: 'is 45 hours right' })
  await thread.getByRole('button', { name: 'Reply' }).click()
  const reply = thread.getByRole('textbox', { name: 'Reply' })
  await expect(reply).toBeFocused()
  await reply.fill('Yes: our apprentices need all 45.')
  await thread.getByRole('button', { name: 'Send reply' }).click()
  await expect(thread.getByRole('listitem')).toHaveCount(2)
  await thread.getByRole('button', { name: 'Resolve' }).click()
  await expect(thread).toContainText(`Resolved by ${ACCOUNTS.employer.name}`)
  await expect(thread.getByRole('button', { name: 'Reopen' })).toBeVisible()
})

// Axe has tests of its own here: on a busy machine one run takes several seconds.
test('the module page with its comments and the open @ picker passes axe', async ({ page }) => {
  await signIn(page, 'employer', `/modules/${await moduleId(page, 'MFG 105')}`)
  const comments = commentsOf(page)
  await expect(comments.getByRole('article').first()).toBeVisible()
  const field = comments.getByRole('textbox', { name: 'New comment' })
  await field.click()
  await field.pressSequentially('@Da')
  await expect(comments.getByRole('listbox', { name: 'People to mention' }).getByRole('option', { name: /Dana Okafor/ })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the inbox passes axe', async ({ page }) => {
  await signIn(page, 'employer', '/inbox')
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible()
  await expect(page.getByText(/Nothing new|new item/)).toBeVisible()
  await expectNoAxeViolations(page)
})

test('comments and the inbox fit a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await signIn(page, 'employer', '/inbox')
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: 'mentioned you on' })).toBeVisible()
  await expectNoSidewaysScroll(page)
  await saveScreenshot(page, 'comments-inbox-360')
  await page.goto(`/modules/${await moduleId(page, 'MFG 105')}`)
  await expect(commentsOf(page).getByRole('article').first()).toBeVisible()
  await expectNoSidewaysScroll(page)
  await saveScreenshot(page, 'comments-module-360')
})

test('anonymous readers see no comments and no inbox', async ({ page }) => {
  const id = await moduleId(page, 'MFG 105')
  await page.goto(`/modules/${id}`)
  await expect(page.getByRole('heading', { level: 2, name: 'History' })).toBeVisible()
  await expect(commentsOf(page)).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^Inbox/ })).toHaveCount(0)
  await page.goto('/inbox')
  await expect(page.getByRole('main').getByRole('link', { name: 'Sign in' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('a finding has its own comments: "Comments (0)" opens, takes one and then reads "Comments (1)"', async ({ page }) => {
  await signIn(page, 'faculty', '/pathways/advanced-manufacturing/findings')
  const region = page.getByRole('region', { name: /^Bridge gaps/ })
  const finding = region.getByRole('listitem').first()
  const summary = finding.locator('summary')
  await expect(summary).toHaveText('Comments (0)')
  await summary.click()
  const panel = finding.getByRole('region', { name: 'Comments on this finding' })
  await expect(panel.getByText('No comments yet.')).toBeVisible()
  await panel.getByRole('textbox', { name: 'New comment' }).fill('The adult school is building this bridge for spring.')
  await panel.getByRole('button', { name: 'Comment', exact: true }).click()
  await expect(panel.getByRole('article')).toContainText('The adult school is building this bridge for spring.')
  await expect(summary).toHaveText('Comments (1)')
})

test("the findings page with a finding's comments open passes axe", async ({ page }) => {
  await signIn(page, 'faculty', '/pathways/advanced-manufacturing/findings')
  const finding = page.getByRole('region', { name: /^Bridge gaps/ }).getByRole('listitem').first()
  await finding.locator('summary').click()
  await expect(finding.getByRole('region', { name: 'Comments on this finding' }).getByRole('textbox', { name: 'New comment' })).toBeVisible()
  await saveScreenshot(page, 'comments-findings-1366')
  await expectNoAxeViolations(page)
})

test("an outcome has its own comments under it", async ({ page }) => {
  await signIn(page, 'abe', `/modules/${await moduleId(page, 'MFG 105')}`)
  const outcome = page.locator('li.outcome').first()
  const summary = outcome.locator('summary')
  await expect(summary).toHaveText('Comments (0)')
  await summary.click()
  const panel = outcome.getByRole('region', { name: 'Comments on outcome 1' })
  await panel.getByRole('textbox', { name: 'New comment' }).fill('Taper is new to most of our adult learners.')
  await panel.getByRole('button', { name: 'Comment', exact: true }).click()
  await expect(panel.getByRole('article')).toContainText('Taper is new')
  await expect(summary).toHaveText('Comments (1)')
  await expect(page.getByRole('region', { name: 'Comments', exact: true }).getByText('Taper is new')).toHaveCount(0)
})
