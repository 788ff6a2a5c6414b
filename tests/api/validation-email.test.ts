// Invitations that arrive: emails through a real SMTP listener (invitation, reminder, a refused recipient, an
// unreachable server), and, without email, links retrievable again ("Copy link again" revokes the old one).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { smtpMail } from '../../server/services/validation/mail'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { decodedBody, startSmtpListener } from '../support/smtp-listener'
import { makeValidationPathway, openCampaign } from './validation-support'

describe.each(testDialects)('invitation email and links on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let setup: Awaited<ReturnType<typeof makeValidationPathway>>
  let smtp: Awaited<ReturnType<typeof startSmtpListener>>
  let mailing: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    setup = await makeValidationPathway(test.db)
    smtp = await startSmtpListener()
    const cookie = await signInCookie(test.db, accounts.users.faculty.email, TEST_PASSWORD)
    mailing = apiClient(test.db, { cookie, config: { mail: smtpMail(smtp.url, 'Rungs <rungs@test.rungs>') } })
  })
  afterAll(async () => {
    await smtp.close()
    await test.destroy()
  })

  it('emails the invitation as plain text and HTML with the partnership, the closing date and the link', async () => {
    const campaign = await mailing.post(`/pathways/${setup.pathway.slug}/campaigns`, { title: 'Shop floor <review>', closesOn: '2099-12-31', message: 'Thank you & welcome' })
    const invite = await mailing.post(`/campaigns/${campaign.body.id}/invites`, { employerName: 'Quinn', company: 'Quinn Tools', email: 'quinn@example.com' })
    expect(invite.status).toBe(201)
    expect(invite.body.invite).toMatchObject({ delivery: 'sent', deliveryError: null })
    expect(invite.body.invite.deliveredAt).not.toBeNull()
    const mail = smtp.received.find((m) => m.to.includes('quinn@example.com'))!
    expect(mail.from).toBe('rungs@test.rungs')
    const body = decodedBody(mail.raw)
    expect(body).toMatch(/Content-Type: multipart\/alternative/)
    expect(body).toMatch(/Content-Type: text\/plain/)
    expect(body).toMatch(/Content-Type: text\/html/)
    expect(body).toContain('Subject: Riverside Community College asks for your view: Shop floor <review>')
    expect(body).toContain('open until December 31, 2099')
    expect(body).toContain(`Open your invitation: ${invite.body.url}`)
    expect(body).toContain(`<a href="${invite.body.url}">Open your invitation</a>`)
    expect(body).toContain('&quot;Shop floor &lt;review&gt;&quot;')
    expect(body).toContain('Thank you &amp; welcome')
    expect((await accounts.as.anonymous.get(`/review/${invite.body.token}`)).status).toBe(200)
  })

  it('marks a recipient the server refuses as bounced with its reply, and an unreachable server as failed', async () => {
    const { id } = await openCampaign(mailing, setup.pathway.slug, [])
    const bounced = await mailing.post(`/campaigns/${id}/invites`, { employerName: 'Rae', company: 'Rae Co', email: 'refused-rae@example.com' })
    expect(bounced.status).toBe(201)
    expect(bounced.body.invite.delivery).toBe('bounced')
    expect(bounced.body.invite.deliveryError).toMatch(/550 .*Recipient address rejected/)
    const listed = await mailing.get(`/campaigns/${id}`)
    expect(listed.body.invites[0]).toMatchObject({ email: 'refused-rae@example.com', delivery: 'bounced' })

    const closed = await startSmtpListener()
    await closed.close()
    const cookie = await signInCookie(test.db, accounts.users.faculty.email, TEST_PASSWORD)
    const unreachable = apiClient(test.db, { cookie, config: { mail: smtpMail(closed.url, 'Rungs <rungs@test.rungs>') } })
    const failed = await unreachable.post(`/campaigns/${id}/invites`, { employerName: 'Sol', company: 'Sol Co', email: 'sol@example.com' })
    expect(failed.status).toBe(201)
    expect(failed.body.invite).toMatchObject({ delivery: 'failed' })
    expect(failed.body.invite.deliveryError).toMatch(/ECONNREFUSED|connect/i)
  })

  it('reminds those who have not submitted with a fresh link, and the old link stops working', async () => {
    const { id, tokens, inviteIds } = await openCampaign(mailing, setup.pathway.slug, ['Tam', 'Uma'])
    await accounts.as.anonymous.put(`/review/${tokens[1]}/ratings/${setup.items.saf1.id}`, { rating: 'essential' })
    expect((await accounts.as.anonymous.post(`/review/${tokens[1]}/submit`)).status).toBe(200)
    const before = smtp.received.length
    const reminded = await mailing.post(`/campaigns/${id}/reminders`, {})
    expect(reminded.status).toBe(200)
    expect(reminded.body).toMatchObject({ reminded: 1, invites: [{ id: inviteIds[0], delivery: 'sent' }] })
    const reminder = smtp.received.slice(before)
    expect(reminder.map((m) => m.to)).toEqual([['tam@example.com']])
    const body = decodedBody(reminder[0]!.raw)
    expect(body).toContain('Subject: Reminder: Riverside Community College asks for your ratings by December 31, 2099')
    const fresh = /Open your invitation: \S+\/review\/([A-Za-z0-9_-]{43})/.exec(body)![1]!
    expect((await accounts.as.anonymous.get(`/review/${fresh}`)).status).toBe(200)
    expect((await accounts.as.anonymous.get(`/review/${tokens[0]}`)).status).toBe(404)
    expect((await accounts.as.faculty.get(`/campaigns/${id}`)).body.invites[0].remindedAt).not.toBeNull()
    expect((await mailing.post(`/campaigns/${id}/reminders`, { inviteIds: [] })).status).toBe(422)
    expect((await accounts.as.faculty.post(`/campaigns/${id}/reminders`, {})).status).toBe(409)
  })

  it('without email, "Copy link again" issues a new link, revokes the old one and keeps the answers; only hashes are stored', async () => {
    const faculty = accounts.as.faculty
    const { id, tokens, inviteIds } = await openCampaign(faculty, setup.pathway.slug, ['Val'])
    expect((await faculty.get(`/campaigns/${id}/results`)).body.emailEnabled).toBe(false)
    expect((await faculty.get(`/campaigns/${id}`)).body.invites[0].delivery).toBe('not_sent')
    await accounts.as.anonymous.put(`/review/${tokens[0]}/ratings/${setup.items.saf2.id}`, { rating: 'important' })
    const again = await faculty.post(`/campaigns/${id}/invites/${inviteIds[0]}/link`)
    expect(again.status).toBe(200)
    expect(again.headers.get('Cache-Control')).toBe('no-store')
    const token = /\/review\/([A-Za-z0-9_-]{43})$/.exec(again.body.url)![1]!
    expect(token).not.toBe(tokens[0])
    expect((await accounts.as.anonymous.get(`/review/${tokens[0]}`)).status).toBe(404)
    const form = await accounts.as.anonymous.get(`/review/${token}`)
    expect(form.body.ratings).toMatchObject([{ competencyId: setup.items.saf2.id, rating: 'important' }])
    const stored = JSON.stringify(await test.db.selectFrom('validation_invites').selectAll().where('campaignId', '=', id).execute())
    expect(stored).not.toContain(token)
    expect(stored).not.toContain(tokens[0])
    const trail = await accounts.as.admin.get(`/audit?table=validation_invites&rowId=${inviteIds[0]}`)
    expect(trail.body.items[0].summary).toMatch(/new link/)
    expect(JSON.stringify(trail.body)).not.toContain(token)

    await faculty.post(`/campaigns/${id}/invites/${inviteIds[0]}/revoke`)
    expect((await faculty.post(`/campaigns/${id}/invites/${inviteIds[0]}/link`)).status).toBe(409)
    expect((await faculty.post(`/campaigns/${id}/invites/999999/link`)).status).toBe(404)
    expect((await accounts.as.viewer.post(`/campaigns/${id}/invites/${inviteIds[0]}/link`)).status).toBe(403)
  })
})
