// The demo accounts and signing in through the sign-in page, for browser tests.
import { expect, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'lakeshore-demo-2026'

export const ACCOUNTS = {
  admin: { email: 'admin@lakeshore.example', name: 'Alex Rivera' },
  faculty: { email: 'faculty@lakeshore.example', name: 'Dana Okafor' },
  abe: { email: 'abe@lakeshore.example', name: 'Sam Delgado' },
  employer: { email: 'employer@lakeshore.example', name: 'Pat Lindqvist' },
  viewer: { email: 'viewer@lakeshore.example', name: 'Jordan Blake' },
} as const

// Signs in with the form of /sign-in (coming back to `next`) and waits for the who-am-I menu.
export async function signIn(page: Page, who: keyof typeof ACCOUNTS, next = '/'): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`)
  await page.getByLabel('Email').fill(ACCOUNTS[who].email)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(accountButton(page, who)).toBeVisible()
}

// The who-am-I menu's button of the signed-in person.
export function accountButton(page: Page, who: keyof typeof ACCOUNTS) {
  return page.getByRole('banner').getByRole('button', { name: new RegExp(`^${ACCOUNTS[who].name}\\b`) })
}

// Headers for a state-changing API call from a test: the server refuses cookie-carrying writes from elsewhere.
export function sameOrigin(page: Page): Record<string, string> {
  return { origin: new URL(page.url()).origin }
}
