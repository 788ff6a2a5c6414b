// Deleting with the impact in view, on rows this spec makes (unique names): an outcome, a competency, a
// credential and a module each open a dialog listing what depends on them and the findings the deletion would
// raise or clear; Cancel keeps the row, a refused delete says why, a confirmed one updates the page. Then deep
// links: a competency code in the matrix and in a campaign's results opens the framework tree at it, branch
// opened, in view and focused.
import { expect, test, type Page } from '@playwright/test'
import { signInByApi } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'

type Rows = Awaited<ReturnType<typeof makeRows>>

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

async function post(page: Page, path: string, data: object): Promise<{ id: number }> {
  const answer = await page.request.post(`/api/${path}`, { headers: { origin: test.info().project.use.baseURL! }, data })
  expect(answer.status(), await answer.text()).toBe(201)
  return answer.json()
}

// A framework (area > group > DI-1, and DI-2 under the area), a credential, a module whose one outcome masters
// DI-1 and leads to the credential, a pathway of that module held against the framework; and a spare module and
// credential that nothing uses.
async function makeRows(page: Page) {
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`
  const framework = await post(page, 'frameworks', { title: `Delete impact standard ${tag}`, kind: 'occupational' })
  const competency = (code: string, parentId: number | null, kind = 'competency') =>
    post(page, 'competencies', { frameworkId: framework.id, parentId, code: `${code}-${tag}`, statement: `Statement of ${code}`, kind })
  const area = await competency('DA', null, 'area')
  const group = await competency('DG', area.id, 'area')
  const first = await competency('DI-1', group.id)
  const second = await competency('DI-2', area.id)
  const credential = await post(page, 'credentials', { title: `Delete impact certificate ${tag}`, kind: 'certificate' })
  const spareCredential = await post(page, 'credentials', { title: `Delete impact spare badge ${tag}`, kind: 'badge' })
  const module = await post(page, 'modules', {
    code: `DEL ${tag}`, title: 'Deleting with impact', level: 'postsecondary', kind: 'occupational', credentialIds: [credential.id],
    outcomes: [{ content: doc('Inspect a part against its drawing'), alignments: [{ competencyId: first.id, depth: 'M' }] }],
  })
  const spareModule = await post(page, 'modules', { code: `SPARE ${tag}`, title: 'Spare module', level: 'postsecondary', kind: 'occupational' })
  const slug = `delete-impact-${tag}`
  await post(page, 'pathways', {
    slug, title: `Delete impact pathway ${tag}`, sector: 'Advanced manufacturing', frameworkIds: [framework.id],
    modules: [{ moduleId: module.id, stage: 1, isEntry: true }],
  })
  const code = (c: string) => `${c}-${tag}`
  return { tag, code, slug, framework: framework.id, first: first.id, second: second.id, credential, spareCredential, module: module.id, spareModule: spareModule.id }
}

test.use({ viewport: { width: 1366, height: 900 } })
// Each test reads several pages and runs axe on long ones: on a loaded machine that takes a while.
test.slow()

let rows: Rows

test.beforeEach(async ({ page }) => {
  await signInByApi(page)
  rows ??= await makeRows(page)
})

test('deleting an outcome first shows the competency it aligns to and the finding it would raise; Cancel keeps it', async ({ page }) => {
  await page.goto(`/modules/${rows.module}/edit`)
  await page.getByRole('button', { name: 'Delete outcome 1' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete outcome 1?' })
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await expect(dialog.getByRole('heading', { name: 'Competencies it aligns to (1)' })).toBeVisible()
  await expect(dialog.getByRole('link', { name: rows.code('DI-1') }).first()).toHaveAttribute('href', `/frameworks/${rows.framework}?competency=${rows.first}`)
  const raised = dialog.getByRole('list', { name: /^Findings it would raise on / })
  await expect(raised.getByRole('listitem').filter({ hasText: 'Uncovered' })).toContainText(rows.code('DI-1'))
  await saveScreenshot(page, 'delete-outcome-dialog', { fullPage: false })
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Delete outcome 1' })).toBeFocused()
  expect(((await (await page.request.get(`/api/modules/${rows.module}`)).json()) as { outcomes: unknown[] }).outcomes).toHaveLength(1)
})

test('deleting a competency lists its pathway and the finding it clears; one still aligned is refused, a free one goes', async ({ page }) => {
  await page.goto(`/frameworks/${rows.framework}?competency=${rows.first}`)
  await page.getByRole('button', { name: `Delete competency ${rows.code('DI-1')}` }).click()
  let dialog = page.getByRole('dialog', { name: `Delete competency ${rows.code('DI-1')}?` })
  await expect(dialog.getByRole('heading', { name: 'Modules aligned to it (1)' })).toBeVisible()
  await expect(dialog.getByRole('link', { name: `DEL ${rows.tag} Deleting with impact` })).toBeVisible()
  await dialog.getByRole('button', { name: 'Delete competency' }).click()
  await expect(dialog.getByRole('alert')).toContainText(`module DEL ${rows.tag}`)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()

  await page.goto(`/frameworks/${rows.framework}?competency=${rows.second}`)
  const deleteSecond = page.getByRole('button', { name: `Delete competency ${rows.code('DI-2')}` })
  await deleteSecond.click()
  dialog = page.getByRole('dialog', { name: `Delete competency ${rows.code('DI-2')}?` })
  await expect(dialog.getByRole('heading', { name: 'Pathways (1)' })).toBeVisible()
  const cleared = dialog.getByRole('list', { name: /^Findings it would clear on / })
  await expect(cleared.getByRole('listitem').filter({ hasText: 'Uncovered' })).toContainText(rows.code('DI-2'))
  await saveScreenshot(page, 'delete-competency-dialog', { fullPage: false })
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(deleteSecond).toBeFocused()

  const deleted = page.waitForResponse((r) => r.url().endsWith(`/api/competencies/${rows.second}`) && r.request().method() === 'DELETE')
  await deleteSecond.click()
  await dialog.getByRole('button', { name: 'Delete competency' }).click()
  expect((await deleted).status()).toBe(204)
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: `Deleted ${rows.code('DI-2')}.` })).toBeVisible()
  await expect(page.getByRole('button', { name: new RegExp(`^${rows.code('DI-2')} `) })).toHaveCount(0)
  await expect(page).toHaveURL(new RegExp(`/frameworks/${rows.framework}$`))
})

test('deleting a credential lists the module leading to it and the finding it would raise; an unused one goes', async ({ page }) => {
  await page.goto('/credentials')
  const title = `Delete impact certificate ${rows.tag}`
  await page.getByRole('button', { name: `Delete credential ${title}` }).click()
  const dialog = page.getByRole('dialog', { name: `Delete credential ${title}?` })
  await expect(dialog.getByRole('link', { name: `DEL ${rows.tag} Deleting with impact` })).toBeVisible()
  const raised = dialog.getByRole('list', { name: /^Findings it would raise on / })
  await expect(raised.getByRole('listitem').filter({ hasText: 'no credential' })).toContainText(`DEL ${rows.tag}`)
  await saveScreenshot(page, 'delete-credential-dialog', { fullPage: false })
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()

  const spare = `Delete impact spare badge ${rows.tag}`
  await page.getByRole('button', { name: `Delete credential ${spare}` }).click()
  const spareDialog = page.getByRole('dialog', { name: `Delete credential ${spare}?` })
  await expect(spareDialog.getByText('It is on no pathway, so no finding changes.')).toBeVisible()
  await spareDialog.getByRole('button', { name: 'Delete credential' }).click()
  await expect(spareDialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: `Deleted “${spare}”.` })).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(spare) })).toHaveCount(0)
  await expect(page.getByRole('row', { name: new RegExp(title) })).toHaveCount(1)
})

test('deleting a module on a pathway shows what it would raise and is refused; an unused one goes', async ({ page }) => {
  await page.goto(`/modules/${rows.module}`)
  await page.getByRole('button', { name: `Delete module DEL ${rows.tag}` }).click()
  const dialog = page.getByRole('dialog', { name: `Delete module DEL ${rows.tag}?` })
  await expect(dialog.getByRole('heading', { name: 'Pathways (1)' })).toBeVisible()
  await expect(dialog.getByRole('list', { name: /^Findings it would raise on / }).getByRole('listitem').filter({ hasText: 'Uncovered' })).toContainText(rows.code('DI-1'))
  await page.setViewportSize({ width: 360, height: 740 })
  await saveScreenshot(page, 'delete-module-dialog-360', { fullPage: false })
  await page.setViewportSize({ width: 1366, height: 900 })
  await dialog.getByRole('button', { name: 'Delete module' }).click()
  await expect(dialog.getByRole('alert')).toContainText(`pathway "Delete impact pathway ${rows.tag}"`)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`DEL ${rows.tag}`)

  await page.goto(`/modules/${rows.spareModule}`)
  await page.getByRole('button', { name: `Delete module SPARE ${rows.tag}` }).click()
  const spare = page.getByRole('dialog', { name: `Delete module SPARE ${rows.tag}?` })
  await expect(spare.getByText('Nothing you can see depends on it.')).toBeVisible()
  await spare.getByRole('button', { name: 'Delete module' }).click()
  await expect(page).toHaveURL(/\/$/)
  expect((await page.request.get(`/api/modules/${rows.spareModule}`)).status()).toBe(404)
})

test('a competency code in the matrix opens the framework tree at it: branch opened, in view and focused', async ({ page }) => {
  await page.goto(`/pathways/${rows.slug}/matrix`)
  await page.getByRole('link', { name: rows.code('DI-1') }).click()
  await expect(page).toHaveURL(`/frameworks/${rows.framework}?competency=${rows.first}`)
  // DI-1 sits in a group that starts collapsed: the link opens it.
  const item = page.getByRole('button', { name: new RegExp(`^${rows.code('DI-1')} `) })
  await expect(item).toBeFocused()
  await expect(item).toBeInViewport()
  await expect(item).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('button', { name: new RegExp(`^${rows.code('DG')} `) })).toHaveAttribute('aria-expanded', 'true')
  await saveScreenshot(page, 'deep-link-framework', { fullPage: false })
  await expectNoAxeViolations(page)
})

test("a competency code in a campaign's results opens the framework tree at it, also at 360 px", async ({ page }) => {
  const campaign = await post(page, `pathways/${rows.slug}/campaigns`, { title: `Delete impact check ${rows.tag}`, closesOn: '2099-06-30' })
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto(`/pathways/${rows.slug}/validation/${campaign.id}`)
  await page.getByRole('link', { name: rows.code('DI-1') }).click()
  await expect(page).toHaveURL(`/frameworks/${rows.framework}?competency=${rows.first}`)
  const item = page.getByRole('button', { name: new RegExp(`^${rows.code('DI-1')} `) })
  await expect(item).toBeFocused()
  await expect(item).toBeInViewport()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await saveScreenshot(page, 'deep-link-framework-360', { fullPage: false })
})
