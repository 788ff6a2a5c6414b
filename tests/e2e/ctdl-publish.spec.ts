// Credential Engine from the pathway page: the CTDL download for partners, and publishing for its editors, which
// on a server without the registry's settings says what is missing and offers the download only.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support/a11y'
import { signIn } from './support/accounts'
import { saveScreenshot } from './support/screenshots'

const ROAD_MAP = '/pathways/advanced-manufacturing'

test('an editor downloads the CTDL and learns why publishing is not offered here', async ({ page }) => {
  await signIn(page, 'admin', ROAD_MAP)
  const download = page.getByRole('link', { name: 'Download CTDL (Credential Engine)' }).first()
  await expect(download).toHaveAttribute('href', '/api/pathways/advanced-manufacturing/ctdl')
  const graph = await page.request.get('/api/pathways/advanced-manufacturing/ctdl')
  expect(graph.status()).toBe(200)
  expect(JSON.stringify(await graph.json())).toContain('ceterms:Pathway')

  const publishing = page.getByRole('region', { name: 'Publish to Credential Engine' })
  await expect(publishing).toContainText('Publishing is not set up on this server')
  await expect(publishing.getByRole('button', { name: 'Publish to Credential Engine' })).toHaveCount(0)
  await publishing.scrollIntoViewIfNeeded()
  await saveScreenshot(page, 'ctdl-publish-not-set-up')
  await expectNoAxeViolations(page)
})

test('a viewer sees neither the publishing section nor a New module button', async ({ page }) => {
  await signIn(page, 'viewer', ROAD_MAP)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Publish to Credential Engine' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'New module' })).toHaveCount(0)
})
