// A pathway with a framework of two areas to validate, shared by the validation API tests.
import { CompetencyInput } from '../../shared/schemas/framework'
import type { Db } from '../../server/db/connect'
import { createCompetency } from '../../server/services/competencies/write'
import type { ApiClient } from '../support/api'
import { makeFramework, makePathway, unique } from '../support/factories'

// Two areas (SAF with three competencies, QM with two) in a framework the new pathway is held against.
export async function makeValidationPathway(db: Db) {
  const { framework } = await makeFramework(db, { codes: [] })
  const add = (code: string, parentId?: number) =>
    createCompetency(db, null, CompetencyInput.parse({ frameworkId: framework.id, parentId, code, statement: `Statement of ${code}`, kind: parentId ? 'competency' : 'area' }))
  const prefix = unique('V')
  const safety = await add(`${prefix}-SAF`)
  const quality = await add(`${prefix}-QM`)
  const items = {
    saf1: await add(`${prefix}-SAF-1`, safety.id),
    saf2: await add(`${prefix}-SAF-2`, safety.id),
    saf3: await add(`${prefix}-SAF-3`, safety.id),
    qm1: await add(`${prefix}-QM-1`, quality.id),
    qm2: await add(`${prefix}-QM-2`, quality.id),
  }
  const pathway = await makePathway(db, { frameworkIds: [framework.id] })
  return { framework, pathway, areas: { safety, quality }, items }
}

// Opens a campaign as the client and invites employers; returns the campaign id and each invitation's token.
export async function openCampaign(api: ApiClient, slug: string, employers: string[], body: Record<string, unknown> = {}) {
  const campaign = await api.post(`/pathways/${slug}/campaigns`, { title: 'Employer review 2026', closesOn: '2099-12-31', ...body })
  if (campaign.status !== 201) throw new Error(`Campaign not created: ${JSON.stringify(campaign.body)}`)
  const tokens: string[] = []
  const inviteIds: number[] = []
  for (const name of employers) {
    const invite = await api.post(`/campaigns/${campaign.body.id}/invites`, { employerName: name, company: `${name} Ltd`, email: `${name.toLowerCase()}@example.com` })
    if (invite.status !== 201) throw new Error(`Invite not created: ${JSON.stringify(invite.body)}`)
    tokens.push(invite.body.token)
    inviteIds.push(invite.body.invite.id)
  }
  return { id: campaign.body.id as number, tokens, inviteIds }
}
