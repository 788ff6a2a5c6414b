// Every page at a 360 px phone width: nothing may make the page itself scroll sideways (wide tables and the
// matrix scroll inside their own boxes). Pages are opened signed in as the administrator, who sees the most,
// and the public pages also signed out.
import { expect, test, type Page } from '@playwright/test'
import { ACCOUNTS, sameOrigin, signIn, signInByApi } from './support/accounts'
import { saveScreenshot } from './support/screenshots'

const PATHWAY = 'advanced-manufacturing'

test.use({ viewport: { width: 360, height: 740 } })

// The ids the demo's pages need, read through the API as the signed-in page sees it.
async function demoIds(page: Page) {
  const pathway = await (await page.request.get(`/api/pathways/${PATHWAY}`)).json()
  const frameworks = await (await page.request.get('/api/frameworks')).json()
  const campaigns = await (await page.request.get(`/api/pathways/${PATHWAY}/campaigns`)).json()
  const moduleId: number = pathway.modules?.[0]?.id ?? pathway.stages?.[0]?.modules?.[0]?.id
  return { moduleId, frameworkId: frameworks.items[0].id as number, campaignId: (campaigns.items?.[0]?.id ?? null) as number | null }
}

// How far the page scrolls sideways beyond the window, and the outermost element that sticks out unclipped
// (inside a box that scrolls on its own, wide content is fine), to name the culprit.
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const clipped = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return true
      }
      return false
    }
    const culprit = Array.from(document.querySelectorAll('body *')).find((el) => el.getBoundingClientRect().right > width + 1 && !clipped(el))
    const name = culprit ? `${culprit.tagName.toLowerCase()}.${String(culprit.className).split(' ').join('.')}` : ''
    return { excess: document.documentElement.scrollWidth - width, culprit: name }
  })
}

// A campaign on the demo pathway with an invitation for the demo employer (the demo has none), opened as the admin;
// returns the campaign's and the invitation's ids.
async function campaignWithInvitation(page: Page) {
  const campaign = await page.request.post(`/api/pathways/${PATHWAY}/campaigns`, { data: { title: 'Narrow check', closesOn: '2099-12-31' }, headers: sameOrigin(page) })
  expect(campaign.status(), await campaign.text()).toBe(201)
  const id = (await campaign.json()).id as number
  const invite = await page.request.post(`/api/campaigns/${id}/invites`, {
    data: { employerName: ACCOUNTS.employer.name, company: 'Brightline Precision Components', email: ACCOUNTS.employer.email },
    headers: sameOrigin(page),
  })
  expect(invite.status(), await invite.text()).toBe(201)
  return { campaignId: id, inviteId: (await invite.json()).invite.id as number }
}

async function expectNoSidewaysScroll(page: Page, path: string, name: string) {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0)
  await saveScreenshot(page, `narrow-${name}`)
  const { excess, culprit } = await overflow(page)
  expect(excess, `${path} scrolls ${excess} px sideways at 360 px (first to stick out: ${culprit})`).toBeLessThanOrEqual(0)
}

test('no page scrolls sideways at 360 px, signed in', async ({ page }) => {
  test.setTimeout(180_000)
  await signIn(page, 'admin')
  const { moduleId, frameworkId, campaignId } = await demoIds(page)
  const pages: [string, string][] = [
    ['/', 'pathways'],
    [`/pathways/${PATHWAY}`, 'pathway'],
    [`/pathways/${PATHWAY}/edit`, 'pathway-editor'],
    [`/pathways/${PATHWAY}/findings`, 'findings'],
    [`/pathways/${PATHWAY}/matrix`, 'matrix'],
    [`/pathways/${PATHWAY}/validation`, 'validation'],
    ['/pathways/new', 'pathway-new'],
    [`/modules/${moduleId}`, 'module'],
    [`/modules/${moduleId}/edit`, 'module-editor'],
    ['/modules', 'modules'],
    ['/modules/new', 'module-new'],
    ['/bridges/new', 'bridge-builder'],
    ['/frameworks', 'frameworks'],
    [`/frameworks/${frameworkId}`, 'framework'],
    ['/credentials', 'credentials'],
    ['/wages', 'wages'],
    ['/import', 'import'],
    ['/inbox', 'inbox'],
    ['/glossary', 'glossary'],
    ['/admin/users', 'users'],
    ['/admin/audit', 'audit'],
    ['/admin/levels', 'levels'],
    ['/admin/reviewers', 'reviewers'],
    ['/account/tokens', 'api-tokens'],
  ]
  if (campaignId !== null) pages.push([`/pathways/${PATHWAY}/validation/${campaignId}`, 'campaign'])
  for (const [path, name] of pages) await expectNoSidewaysScroll(page, path, name)
})

test("an employer's invitations and a campaign's page do not scroll sideways at 360 px", async ({ page }) => {
  await signIn(page, 'admin')
  const { campaignId, inviteId } = await campaignWithInvitation(page)
  await expectNoSidewaysScroll(page, `/pathways/${PATHWAY}/validation/${campaignId}`, 'campaign-invited')
  await signInByApi(page, 'employer')
  for (const [path, name] of [
    ['/my/invitations', 'my-invitations'],
    [`/my/invitations/${inviteId}`, 'my-invitation'],
  ] as const)
    await expectNoSidewaysScroll(page, path, name)
})

test('no public page scrolls sideways at 360 px, signed out', async ({ page }) => {
  const { moduleId } = await demoIds(page)
  for (const [path, name] of [
    ['/', 'public-pathways'],
    [`/pathways/${PATHWAY}`, 'public-pathway'],
    [`/modules/${moduleId}`, 'public-module'],
    ['/modules', 'public-modules'],
    ['/frameworks', 'public-frameworks'],
    ['/glossary', 'public-glossary'],
    ['/sign-in', 'sign-in'],
    ['/api/docs', 'api-docs'],
  ] as const)
    await expectNoSidewaysScroll(page, path, name)
})
