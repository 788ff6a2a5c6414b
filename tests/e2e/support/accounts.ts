// The demo accounts and signing in, for browser tests.
import { expect, test, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'lakeshore-demo-2026'

export const ACCOUNTS = {
  admin: { email: 'admin@lakeshore.example', name: 'Alex Rivera' },
  faculty: { email: 'faculty@lakeshore.example', name: 'Dana Okafor' },
  abe: { email: 'abe@lakeshore.example', name: 'Sam Delgado' },
  employer: { email: 'employer@lakeshore.example', name: 'Pat Lindqvist' },
  viewer: { email: 'viewer@lakeshore.example', name: 'Jordan Blake' },
} as const

// Signs in (through the API: the sign-in form has tests of its own in accounts.spec.ts), opens `next` and waits
// for the who-am-I menu.
export async function signIn(page: Page, who: keyof typeof ACCOUNTS, next = '/'): Promise<void> {
  await signInByApi(page, who)
  await page.goto(next)
  await expect(accountButton(page, who)).toBeVisible()
}

// Signs the page's browser context in through the API (the page shares its cookie), wherever the page is.
export async function signInByApi(page: Page, who: keyof typeof ACCOUNTS = 'faculty'): Promise<void> {
  const answer = await page.request.post('/api/auth/login', {
    data: { email: ACCOUNTS[who].email, password: DEMO_PASSWORD },
    headers: { origin: test.info().project.use.baseURL! },
  })
  expect(answer.status(), await answer.text()).toBe(200)
}

// The who-am-I menu's button of the signed-in person.
export function accountButton(page: Page, who: keyof typeof ACCOUNTS) {
  return page.getByRole('banner').getByRole('button', { name: new RegExp(`^${ACCOUNTS[who].name}\\b`) })
}

// Headers for a state-changing API call from a test: the server refuses cookie-carrying writes from elsewhere.
export function sameOrigin(page: Page): Record<string, string> {
  return { origin: new URL(page.url()).origin }
}
