// Who owns what, as people see it: the edit controls follow the organisation that owns a row, and who saved a
// module's revisions is shown to people signed in only.
import { expect, test, type Page } from '@playwright/test'
import { sameOrigin, signIn } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'

const TEACHER = { email: 'teacher@westfield.example', name: 'Robin Park', password: 'westfield-teacher-2026' }

async function moduleId(page: Page, code: string): Promise<number> {
  const list = await (await page.request.get(`/api/modules?q=${encodeURIComponent(code)}`)).json()
  return list.items.find((m: { code: string }) => m.code === code).id
}

// Both widths of every changed page, with no sideways scrolling on a phone.
async function screenshotsAt(page: Page, name: string) {
  await saveScreenshot(page, `${name}-1366`)
  await page.setViewportSize({ width: 360, height: 740 })
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await saveScreenshot(page, `${name}-360`)
  await page.setViewportSize({ width: 1366, height: 900 })
}

test('a reader who is not signed in sees the revisions of a module but not who saved them', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  const id = await moduleId(page, 'CTE 2100')
  await page.goto(`/modules/${id}`)
  const revisions = page.getByRole('region', { name: 'Revisions of CTE 2100' })
  await expect(revisions.getByRole('row', { name: /^v1/ })).toContainText('Created')
  await expect(revisions.getByRole('columnheader', { name: 'By' })).toHaveCount(0)
  await expectNoAxeViolations(page)
  await screenshotsAt(page, 'module-history-anonymous')

  await signIn(page, 'viewer', `/modules/${id}`)
  await expect(revisions.getByRole('columnheader', { name: 'By' })).toBeVisible()
  await expect(revisions.getByRole('row', { name: /^v1/ })).toContainText('The system')
})

test("faculty of the school district edit the district's modules, and see the college's credentials as not theirs", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await signIn(page, 'admin')
  const { items: organisations } = await (await page.request.get('/api/organisations')).json()
  const district = organisations.find((o: { name: string }) => o.name === 'Westfield Unified School District')
  const created = await page.request.post('/api/users', {
    data: { ...TEACHER, role: 'faculty', organisationId: district.id },
    headers: sameOrigin(page),
  })
  expect(created.status(), await created.text()).toBe(201)
  await page.context().clearCookies()

  await page.goto('/sign-in?next=/credentials')
  await page.getByLabel('Email').fill(TEACHER.email)
  await page.getByLabel('Password').fill(TEACHER.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  const table = page.getByRole('region', { name: 'All credentials' })
  const osha = table.getByRole('row', { name: /OSHA/ }).first()
  await expect(osha).toContainText("Another organisation's")
  await expect(table.getByRole('button', { name: /^Edit/ })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'New credential' })).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshotsAt(page, 'credentials-of-another-organisation')

  await page.goto(`/modules/${await moduleId(page, 'CTE 1100')}`)
  await expect(page.getByRole('link', { name: 'Edit module' })).toBeVisible()
  await page.goto(`/modules/${await moduleId(page, 'MFG 140')}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('MFG 140')
  await expect(page.getByRole('link', { name: 'Edit module' })).toHaveCount(0)
})
