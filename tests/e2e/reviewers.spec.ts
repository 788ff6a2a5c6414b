// The reviewers page: an administrator chooses, by keyboard, the reviewing roles and named people of an
// organisation; a person who stopped being an active member is refused next to the field; a named reviewer then
// finds a colleague's submission in the inbox. The test makes an organisation and people of its own, so the demo's
// reviewers (which other browser tests rely on) stay as they are.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { accountButton, signIn } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'

const PASSWORD = 'reviewers-e2e-password'

async function post(request: APIRequestContext, baseURL: string, path: string, data: object, method = 'POST') {
  const answer = await request.fetch(path, { method, data, headers: { origin: baseURL } })
  expect(answer.status(), await answer.text()).toBeLessThan(300)
  return answer.json()
}

async function signInAs(page: Page, baseURL: string, email: string) {
  await post(page.request, baseURL, '/api/auth/login', { email, password: PASSWORD })
}

test('an administrator chooses the reviewers of an organisation, and a named reviewer is asked to review', async ({ page, browser, baseURL }) => {
  // Three people, two axe checks and a phone-sized look: longer than the default half minute on a busy machine.
  test.setTimeout(120_000)
  const base = baseURL!
  const tag = Date.now() % 100000
  const name = `Northgate Tech ${tag}`
  await signIn(page, 'admin')
  const organisation = await post(page.request, base, '/api/organisations', { name, kind: 'college' })
  const person = (label: string, role: string) =>
    post(page.request, base, '/api/users', { email: `${label}-${tag}@northgate.example`, name: `${label} ${tag}`, role, organisationId: organisation.id, password: PASSWORD })
  const chair = await person('Chair', 'faculty')
  const author = await person('Author', 'faculty')
  const leaver = await person('Leaver', 'viewer')

  // The page is linked beside the other administration pages.
  await accountButton(page, 'admin').click()
  await page.getByRole('link', { name: 'Reviewers' }).click()
  await expect(page).toHaveURL('/admin/reviewers')
  await expect(page).toHaveTitle('Reviewers · Rungs')
  await page.getByLabel('Organisation').selectOption({ label: name })
  await expect(page).toHaveURL(`/admin/reviewers?organisation=${organisation.id}`)
  const form = page.getByRole('form', { name: `Reviewers of ${name}` })
  const people = form.getByRole('group', { name: 'Named people' })
  await expect(people.getByRole('checkbox')).toHaveCount(3)

  // By keyboard: the employer role, the chair and the leaver, who stops being a member meanwhile.
  await form.getByRole('group', { name: 'Reviewing roles' }).getByRole('checkbox', { name: 'Employer' }).focus()
  await page.keyboard.press('Space')
  await people.getByRole('checkbox', { name: new RegExp(`^Chair ${tag}`) }).focus()
  await page.keyboard.press('Space')
  // People are listed by name: Author, Chair, Leaver.
  await page.keyboard.press('Tab')
  await expect(people.getByRole('checkbox', { name: new RegExp(`^Leaver ${tag}`) })).toBeFocused()
  await page.keyboard.press('Space')
  await post(page.request, base, `/api/users/${leaver.id}`, { disabled: true }, 'PATCH')
  await form.getByRole('button', { name: 'Save reviewers' }).click()
  const refused = people.getByRole('checkbox', { name: new RegExp(`^Leaver ${tag}`) })
  await expect(refused).toBeFocused()
  await expect(refused).toHaveAccessibleDescription(`Leaver ${tag} is not an active member of ${name}; reviewers are chosen among its people`)
  await expect(form.getByRole('alert')).toContainText('Check the field marked below.')
  await expectNoAxeViolations(page)
  await saveScreenshot(page, 'reviewers-refused-1366')

  await page.keyboard.press('Space')
  await form.getByRole('button', { name: 'Save reviewers' }).click()
  await expect(form.getByRole('status')).toHaveText(`Saved: 1 role and 1 named person review for ${name}.`)
  await page.reload()
  await expect(form.getByRole('checkbox', { name: 'Employer' })).toBeChecked()
  await expect(people.getByRole('checkbox', { name: new RegExp(`^Chair ${tag}`) })).toBeChecked()
  await expect(people.getByRole('checkbox')).toHaveCount(2)
  await expectNoAxeViolations(page)
  await saveScreenshot(page, 'reviewers-1366')
  await page.setViewportSize({ width: 360, height: 740 })
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await saveScreenshot(page, 'reviewers-360')

  // The author submits a module; the chair, a named reviewer, finds it in the inbox and may decide on it.
  const writer = await (await browser.newContext({ baseURL })).newPage()
  await signInAs(writer, base, author.email)
  const code = `NG ${tag}`
  const module = await post(writer.request, base, '/api/modules', { code, title: 'Gauges and fixtures', level: 'postsecondary', kind: 'occupational' })
  await post(writer.request, base, `/api/modules/${module.id}/workflow`, { action: 'submit', version: 1, summary: 'Ready for the chair.' })
  await writer.context().close()

  const reviewer = await (await browser.newContext({ baseURL })).newPage()
  await signInAs(reviewer, base, chair.email)
  await reviewer.goto('/inbox')
  await expect(reviewer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Inbox/ })).toHaveText('Inbox (1 new)')
  const item = reviewer.getByRole('listitem').filter({ hasText: code })
  await expect(item).toContainText(`Author ${tag} asked you to review ${code} Gauges and fixtures`)
  await expect(item).toContainText('Ready for the chair.')
  await item.getByRole('link', { name: new RegExp(code) }).click()
  await expect(reviewer).toHaveURL(`/modules/${module.id}`)
  const panel = reviewer.getByRole('region', { name: 'Review status' })
  await expect(panel.getByRole('group', { name: `Review actions for ${code}` }).getByRole('button')).toHaveText(['Approve', 'Return with comments', 'Withdraw from review'])
  await reviewer.context().close()
})
