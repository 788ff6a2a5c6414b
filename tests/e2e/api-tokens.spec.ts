// API tokens: a person creates one from the account menu, copies the secret shown once, a script uses it with no
// cookie, and revoking it stops the script. The API reference page lists the operations.
import { expect, request, test, type Page } from '@playwright/test'
import { accountButton, ACCOUNTS, DEMO_PASSWORD, signIn } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'

async function expectNoSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 360, height: 800 })
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBe(0)
}

// What a script gets from /api/auth/me with this token and nothing else (no cookie, no Origin).
async function asScript(secret: string) {
  const script = await request.newContext({ baseURL: test.info().project.use.baseURL })
  const answer = await script.get('/api/auth/me', { headers: { Authorization: `Bearer ${secret}` } })
  const result = { status: answer.status(), body: answer.ok() ? ((await answer.json()) as { user: { email: string } }) : null }
  await script.dispose()
  return result
}

test('a person creates a token, a script uses it, and revoking it stops the script', async ({ page }) => {
  const name = `Catalogue sync ${Date.now()}`
  await page.setViewportSize({ width: 1366, height: 900 })
  await signIn(page, 'viewer')
  await accountButton(page, 'viewer').click()
  await page.getByRole('link', { name: 'API tokens' }).click()
  await expect(page).toHaveURL('/account/tokens')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API tokens')
  await expect(page.getByLabel('Last day it works')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/)
  await expectNoAxeViolations(page)

  // A missing name is refused beside its field, and nothing is created.
  await page.getByRole('button', { name: 'Create token' }).click()
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused()

  await page.getByLabel('Name', { exact: true }).fill(name)
  await page.getByLabel('Access').selectOption({ label: 'Read only' })
  await page.getByRole('button', { name: 'Create token' }).click()
  const secretField = page.getByRole('textbox', { name: 'Token', exact: true })
  await expect(secretField).toBeFocused()
  const secret = await secretField.inputValue()
  expect(secret).toMatch(/^rungs_[A-Za-z0-9_-]{43}$/)
  const row = page.getByRole('row', { name: new RegExp(name) })
  await expect(row).toContainText('Read only')
  await expect(row).toContainText('Never')
  await saveScreenshot(page, 'api-tokens-created')
  await expectNoAxeViolations(page)

  expect(await asScript(secret)).toMatchObject({ status: 200, body: { user: { email: 'viewer@lakeshore.example' } } })

  await page.getByRole('button', { name: 'I have copied it' }).click()
  await expect(secretField).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Your tokens' })).toBeFocused()
  await page.reload()
  await expect(row).not.toContainText('Never')
  await expect(page.getByText(secret)).toHaveCount(0)

  await expectNoSidewaysScroll(page)
  await saveScreenshot(page, 'api-tokens-360')

  await page.setViewportSize({ width: 1366, height: 900 })
  await row.getByRole('button', { name: `Revoke ${name}` }).click()
  const confirm = row.getByRole('button', { name: `Revoke “${name}” now` })
  await expect(confirm).toBeFocused()
  await expectNoAxeViolations(page)
  await confirm.click()
  await expect(page.getByRole('status').filter({ hasText: 'Revoked' })).toContainText(name)
  await expect(row).toHaveCount(0)
  expect((await asScript(secret)).status).toBe(401)
})

test("an admin finds a person's token on the users page and revokes it from the keyboard", async ({ page }) => {
  // The employer makes a token through the API, as their own session.
  const baseURL = test.info().project.use.baseURL!
  const employer = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } })
  expect((await employer.post('/api/auth/login', { data: { email: ACCOUNTS.employer.email, password: DEMO_PASSWORD } })).status()).toBe(200)
  const name = `Ratings export ${Date.now()}`
  const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
  const made = await employer.post('/api/my/tokens', { data: { name, scope: 'read', expiresOn } })
  expect(made.status()).toBe(201)
  const { secret } = (await made.json()) as { secret: string }
  await employer.dispose()

  await page.setViewportSize({ width: 1366, height: 900 })
  await signIn(page, 'admin', '/admin/users')
  await page.getByLabel('Person', { exact: true }).selectOption({ label: `${ACCOUNTS.employer.name} (${ACCOUNTS.employer.email})` })
  const row = page.getByRole('row', { name: new RegExp(name) })
  await expect(row).toContainText('Read only')
  await expect(page.getByRole('table', { name: `API tokens of ${ACCOUNTS.employer.name}` })).toBeVisible()
  await expectNoAxeViolations(page)
  await saveScreenshot(page, 'users-tokens-1366')
  await expectNoSidewaysScroll(page)
  await saveScreenshot(page, 'users-tokens-360')
  await page.setViewportSize({ width: 1366, height: 900 })

  await row.getByRole('button', { name: `Revoke ${name}` }).focus()
  await page.keyboard.press('Enter')
  const confirm = row.getByRole('button', { name: `Revoke “${name}” now` })
  await expect(confirm).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Revoked' })).toContainText(`${name}” of ${ACCOUNTS.employer.name}`)
  await expect(page.getByRole('heading', { name: 'API tokens', exact: true })).toBeFocused()
  await expect(row).toHaveCount(0)
  expect((await asScript(secret)).status).toBe(401)
})

test('the API reference lists the operations, reads on a phone and passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto('/api/docs')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rungs API reference')
  await expect(page.getByRole('heading', { name: 'POST /api/my/tokens' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Resources' }).getByRole('link', { name: 'modules', exact: true }).focus()
  await expectNoAxeViolations(page)
  await saveScreenshot(page, 'api-docs-1366', { fullPage: false })
  await expectNoSidewaysScroll(page)
  await saveScreenshot(page, 'api-docs-360', { fullPage: false })
})
