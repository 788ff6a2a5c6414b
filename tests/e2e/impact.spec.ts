// Change impact in the browser: removing an alignment first shows what depends on the module and the findings
// the removal would raise (Escape or Cancel keeps it; confirming removes it); "Used by" on the module page and
// in the framework page's competency panel.
import { expect, test, type Page } from '@playwright/test'
import { signInByApi } from './support/accounts'
import { expectNoAxeViolations } from './support/a11y'
import { saveScreenshot } from './support/screenshots'
import { alignTo, expectSaved, makeModule } from './authoring-support'

type Dependent = { kind: string; id: number; note: string | null }

// The demo module that masters AM-QM-4 (MFG 120, the only one on the pathway; other browser tests make modules
// of their own that master it too), and AM-QM-4's id and framework.
async function mastering(page: Page) {
  const found = await page.request.get('/api/competencies?q=AM-QM-4')
  const qm4 = ((await found.json()) as { items: { id: number; code: string; frameworkId: number }[] }).items.find((c) => c.code === 'AM-QM-4')!
  const modules = (await (await page.request.get('/api/modules?q=MFG%20120')).json()) as { items: { id: number; code: string }[] }
  const mfg120 = modules.items.find((m) => m.code === 'MFG 120')!
  const usedBy = (await (await page.request.get(`/api/competencies/${qm4.id}/used-by`)).json()) as { dependents: Dependent[] }
  expect(usedBy.dependents.find((d) => d.kind === 'module' && d.id === mfg120.id)?.note).toContain('Mastered')
  return { qm4, moduleId: mfg120.id }
}

test('removing the alignment that masters AM-QM-4 first shows the finding it would raise; Escape and Cancel keep it', async ({ page }) => {
  await signInByApi(page)
  const { moduleId } = await mastering(page)
  await page.goto(`/modules/${moduleId}/edit`)
  const list = page.getByRole('list', { name: /^Alignments of outcome \d+$/ }).filter({ hasText: 'AM-QM-4' })
  await list.getByRole('button', { name: 'Remove AM-QM-4' }).click()

  const dialog = page.getByRole('dialog', { name: /^Remove the alignment of outcome \d+ to AM-QM-4\?$/ })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  const raised = dialog.getByRole('list', { name: 'Findings it would raise on Production Technician to CNC Machinist' })
  await expect(raised.getByRole('listitem').filter({ hasText: 'Never mastered' })).toContainText('AM-QM-4')
  await expect(dialog.getByRole('heading', { name: /^Pathways \(1\)$/ })).toBeVisible()
  // Focus stays in the dialog: Tab goes from Cancel to the confirm button and on, never to the page behind it.
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Remove the alignment' })).toBeFocused()
  await saveScreenshot(page, 'impact-dialog', { fullPage: false })
  await expectNoAxeViolations(page)

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(list).toContainText('AM-QM-4')
  await list.getByRole('button', { name: 'Remove AM-QM-4' }).click()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(list).toContainText('AM-QM-4')
})

test('confirming the removal removes the alignment and saves it', async ({ page, baseURL }) => {
  await signInByApi(page)
  const { id } = await makeModule(page, baseURL)
  await page.goto(`/modules/${id}/edit`)
  const scope = page.getByRole('region', { name: 'Alignments of the whole module' })
  await alignTo(scope, 'AM-QM-2', 'Mastered')
  await expectSaved(page)
  await scope.getByRole('button', { name: 'Remove AM-QM-2' }).click()
  const dialog = page.getByRole('dialog', { name: 'Remove the alignment of the module to AM-QM-2?' })
  await expect(dialog.getByRole('status')).toContainText('It is on no pathway, so no finding changes.')
  await dialog.getByRole('button', { name: 'Remove the alignment' }).click()
  await expect(dialog).toBeHidden()
  await expect(scope.getByText('No alignments yet.')).toBeVisible()
  await expectSaved(page)
  const saved = (await (await page.request.get(`/api/modules/${id}`)).json()) as { alignments: unknown[] }
  expect(saved.alignments).toEqual([])
})

test('the module page says what uses it', async ({ page }) => {
  await signInByApi(page)
  const { moduleId } = await mastering(page)
  await page.goto(`/modules/${moduleId}`)
  const usedBy = page.getByRole('region', { name: 'Used by' })
  await expect(usedBy.getByRole('heading', { name: /^Pathways \(1\)$/ })).toBeVisible()
  await expect(usedBy.getByRole('link', { name: 'Production Technician to CNC Machinist' })).toBeVisible()
  await saveScreenshot(page, 'module-used-by')
  await expectNoAxeViolations(page)
})

test('the competency panel of the framework page says what uses it', async ({ page }) => {
  await signInByApi(page)
  const { qm4 } = await mastering(page)
  await page.goto(`/frameworks/${qm4.frameworkId}?competency=${qm4.id}`)
  const panel = page.getByRole('region', { name: 'Used by' })
  await expect(panel.getByRole('heading', { name: /^Modules aligned to it \(\d+\)$/ })).toBeVisible()
  await expect(panel.getByRole('listitem').filter({ hasText: 'MFG 120' }).filter({ hasText: 'Mastered' })).toHaveCount(1)
  await saveScreenshot(page, 'competency-used-by')
  await expectNoAxeViolations(page)
})
