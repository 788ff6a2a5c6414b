// Signing in and out, the who-am-I menu, and the administrators' pages: users and recent changes.
import { expect, test } from '@playwright/test'
import { accountButton, ACCOUNTS, DEMO_PASSWORD, signIn } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'

const ROAD_MAP = '/pathways/advanced-manufacturing'
const NEW_PERSON = { name: 'Lee Chen', email: 'lee.chen@lakeshore.example' }

test('signing in shows the server message for a wrong password, then the person', async ({ page }) => {
  await page.goto(ROAD_MAP)
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(ROAD_MAP)}`)
  await expect(page).toHaveTitle('Sign in · Rungs')
  await expect(page.getByLabel('Email')).toHaveAttribute('autocomplete', 'username')
  await expect(page.getByLabel('Password')).toHaveAttribute('autocomplete', 'current-password')
  await saveScreenshot(page, 'sign-in')
  await expectNoAxeViolations(page)

  // The form checks what it can before asking the server, and lands the person on the field to fix.
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByLabel('Email')).toBeFocused()
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription(/Enter an email address/)

  await page.getByLabel('Email').fill(ACCOUNTS.faculty.email)
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toContainText('The email or the password is not right.')
  await saveScreenshot(page, 'sign-in-error')
  await expectNoAxeViolations(page)

  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(ROAD_MAP)
  await expect(accountButton(page, 'faculty')).toHaveText(/Dana Okafor\s*,?\s*Faculty/)
})

test('the who-am-I menu opens and closes from the keyboard, and signing out ends the session', async ({ page }) => {
  await signIn(page, 'faculty', ROAD_MAP)
  const menu = accountButton(page, 'faculty')
  // The menu is a disclosure: it opens and closes from the keyboard, and offers faculty no admin pages.
  await menu.focus()
  await page.keyboard.press('Enter')
  await expect(menu).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Recent changes' })).toHaveCount(0)
  await saveScreenshot(page, 'account-menu-faculty', { fullPage: false })
  await expectNoAxeViolations(page)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'API tokens' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await expect(menu).toBeFocused()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden()

  await menu.click()
  await page.getByRole('heading', { level: 1 }).click()
  await expect(menu).toHaveAttribute('aria-expanded', 'false')

  await menu.click()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL('/')
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible()
  const me = await (await page.request.get('/api/auth/me')).json()
  expect(me).toEqual({ user: null })
})

test('after signing in a person only goes back to a page of this site', async ({ page }) => {
  await page.goto('/sign-in?next=//evil.example/phish')
  await page.getByLabel('Email').fill(ACCOUNTS.viewer.email)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(accountButton(page, 'viewer')).toBeVisible()
  await expect(page).toHaveURL('/')
})

test('people who are not administrators are told so on the admin pages', async ({ page }) => {
  await page.goto('/admin/users')
  await expect(page.getByText('You need to be an administrator to manage people.')).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in?next=%2Fadmin%2Fusers')
  await expect(page.getByRole('table')).toHaveCount(0)

  await signIn(page, 'faculty', '/admin/audit')
  await expect(page).toHaveURL('/admin/audit')
  await expect(page.getByText('You need to be an administrator to see the recent changes.')).toBeVisible()
  await saveScreenshot(page, 'audit-not-admin')
  await expectNoAxeViolations(page)
})

test('an administrator adds a person, changes their role and disables them', async ({ page }) => {
  await signIn(page, 'admin')
  await accountButton(page, 'admin').click()
  await expect(page.getByRole('link', { name: 'Recent changes' })).toBeVisible()
  await saveScreenshot(page, 'account-menu-admin', { fullPage: false })
  await page.getByRole('link', { name: 'Users' }).click()
  await expect(page).toHaveURL('/admin/users')
  await expect(page).toHaveTitle('Users · Rungs')
  const people = page.getByRole('region', { name: 'People who can sign in' })
  await expect(people.getByRole('row', { name: /Dana Okafor/ })).toContainText('faculty@lakeshore.example')

  const form = page.getByRole('form', { name: 'Add a person' })
  await form.getByLabel('Email').fill(NEW_PERSON.email)
  await form.getByLabel('Name').fill(NEW_PERSON.name)
  await form.getByLabel('Role').selectOption({ label: 'Faculty' })
  await form.getByLabel('Organisation').selectOption({ label: 'Lakeshore Community College' })
  await form.getByLabel('Initial password').fill('too-short')
  await form.getByRole('button', { name: 'Add person' }).click()
  await expect(form.getByLabel('Initial password')).toBeFocused()
  await expect(form.getByLabel('Initial password')).toHaveAccessibleDescription(/Use at least 12 characters/)
  await form.getByLabel('Initial password').fill('a-long-enough-password')
  await form.getByRole('button', { name: 'Add person' }).click()
  await expect(form.getByRole('status')).toHaveText(`Added ${NEW_PERSON.name} (${NEW_PERSON.email}) as Faculty.`)

  const row = people.getByRole('row', { name: new RegExp(NEW_PERSON.name) })
  await expect(row).toContainText(NEW_PERSON.email)
  await expect(row).toContainText('Never')
  const role = row.getByRole('combobox', { name: `Role of ${NEW_PERSON.name}` })
  await role.selectOption({ label: 'Viewer' })
  await expect(row.getByRole('status')).toHaveText('Saved: role is now Viewer.')
  await row.getByRole('combobox', { name: `Organisation of ${NEW_PERSON.name}` }).selectOption({ label: 'Westfield Unified School District' })
  await expect(row.getByRole('status')).toHaveText('Saved: organisation is now Westfield Unified School District.')

  // A change the server never receives is reported on its row, and the select goes back to what is stored.
  await page.route('**/api/users/*', (route) => (route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.continue()))
  await role.selectOption({ label: 'Employer' })
  await expect(row.getByRole('alert')).toHaveText(/^Not saved: The server could not be reached/)
  await expect(role).toHaveValue('viewer')
  await page.unroute('**/api/users/*')
  await row.getByRole('button', { name: `Disable ${NEW_PERSON.name}` }).click()
  await expect(row.getByRole('status')).toHaveText('Saved: disabled; their sessions ended.')
  await expect(row).toContainText('Disabled')
  await expect(row.getByRole('button', { name: `Enable ${NEW_PERSON.name}` })).toBeFocused()
  // The administrator cannot lock themselves out from here.
  await expect(people.getByRole('row', { name: /Alex Rivera/ }).getByRole('button')).toHaveCount(0)

  // The same email twice is refused by the server, and the form says which field.
  await form.getByLabel('Email').fill(NEW_PERSON.email)
  await form.getByLabel('Name').fill('Someone Else')
  await form.getByLabel('Initial password').fill('a-long-enough-password')
  await form.getByRole('button', { name: 'Add person' }).click()
  await expect(form.getByRole('alert')).toContainText('Check the field marked below.')
  await expect(form.getByLabel('Email')).toBeFocused()
  await expect(form.getByLabel('Email')).toHaveAccessibleDescription(`An account for ${NEW_PERSON.email} already exists`)
  await saveScreenshot(page, 'users')
  await expectNoAxeViolations(page)

  // On a phone the table scrolls inside its own box; the page itself does not.
  await page.setViewportSize({ width: 390, height: 844 })
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBe(0)
  await saveScreenshot(page, 'users-narrow')

  const login = await page.request.post('/api/auth/login', {
    data: { email: NEW_PERSON.email, password: 'a-long-enough-password' },
    headers: { origin: new URL(page.url()).origin },
  })
  expect(login.status()).toBe(401)
})

test('recent changes list who did what, filter by person and pathway, page and show before and after', async ({ page }) => {
  await signIn(page, 'admin')
  await accountButton(page, 'admin').click()
  await page.getByRole('link', { name: 'Recent changes' }).click()
  await expect(page).toHaveURL('/admin/audit')
  await expect(page).toHaveTitle('Recent changes · Rungs')
  const entries = page.locator('.audit-list > li')
  await expect(entries.first()).toContainText('Alex Rivera')
  await expect(entries.first()).toContainText(`Changed ${NEW_PERSON.email}`)
  await expect(page.getByRole('status').filter({ hasText: /of \d+ changes/ })).toHaveText(/^1–20 of \d+ changes$/)

  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page).toHaveURL(/offset=20/)
  await expect(page.getByRole('status').filter({ hasText: /of \d+ changes/ })).toHaveText(/^21–40 of/)
  await page.getByRole('button', { name: 'Previous' }).click()
  await expect(page.getByRole('status').filter({ hasText: /of \d+ changes/ })).toHaveText(/^1–20 of/)

  await page.getByLabel('Person').selectOption({ label: 'Alex Rivera' })
  await expect(page).toHaveURL(/person=\d+/)
  await expect(entries).toHaveCount(4)
  for (const entry of await entries.all()) await expect(entry).toContainText('Alex Rivera')
  await expect(entries.last()).toContainText(`Added ${NEW_PERSON.email} as Faculty`)
  await expect(entries.first()).toContainText('Fields changed: disabled')

  const details = entries.first().getByText('Values before and after')
  await details.click()
  await expect(entries.first().locator('pre').last()).toContainText('"disabled": true')
  await expect(entries.first().locator('pre').first()).toContainText('"disabled": false')
  await saveScreenshot(page, 'audit')
  await expectNoAxeViolations(page)

  await page.getByLabel('Person').selectOption({ label: 'Everyone' })
  await page.getByLabel('Pathway').selectOption({ label: 'Production Technician to CNC Machinist' })
  await expect(page).toHaveURL(/pathway=\d+/)
  // The list of everyone's changes stays until the filtered one arrives: wait for the latter.
  await expect(entries.first()).toContainText(/pathways|modules/)
  for (const entry of (await entries.all()).slice(0, 5)) await expect(entry).toContainText(/pathways|modules/)
  await expect(page.getByText(NEW_PERSON.email)).toHaveCount(0)
  const moduleLink = entries.getByRole('link', { name: /module/ }).first()
  await expect(moduleLink).toHaveAttribute('href', /^\/modules\/\d+$/)
  await saveScreenshot(page, 'audit-by-pathway')
  await expectNoAxeViolations(page)
})
