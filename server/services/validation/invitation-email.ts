// The words of an invitation email and of its reminder, as plain text and as HTML. Pure: the SMTP side is mail.ts.
import { formatDay } from '../../../shared/domain/campaign-dates'

export type InvitationEmailFacts = {
  kind: 'invitation' | 'reminder'
  employerName: string
  // The partnership that asks: the organisation that owns the pathway.
  partnership: string
  campaignTitle: string
  pathwayTitle: string
  message: string | null
  closesOn: string
  url: string
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

// Subject, text and HTML of the email; every typed value is escaped in the HTML.
export function invitationEmail(facts: InvitationEmailFacts): { subject: string; text: string; html: string } {
  const closes = formatDay(facts.closesOn)
  const subject =
    facts.kind === 'reminder'
      ? `Reminder: ${facts.partnership} asks for your ratings by ${closes}`
      : `${facts.partnership} asks for your view: ${facts.campaignTitle}`
  const opening =
    facts.kind === 'reminder'
      ? `This is a reminder: ${facts.partnership} would still value your ratings for "${facts.campaignTitle}".`
      : `${facts.partnership} invites you to say which skills matter for the jobs of the ${facts.pathwayTitle} pathway ("${facts.campaignTitle}").`
  const paragraphs = [
    `Dear ${facts.employerName},`,
    opening,
    ...(facts.message ? [facts.message] : []),
    `Rate each competency as essential, important or not needed; answers are saved as you go. The validation is open until ${closes}.`,
    ...(facts.kind === 'reminder' ? ['This link replaces the one in our earlier email.'] : []),
    'Your answers are seen only by the partnership, never by other employers.',
  ]
  const text = [...paragraphs.slice(0, -1), `Open your invitation: ${facts.url}`, paragraphs.at(-1)!].join('\n\n') + '\n'
  const html = [
    '<!doctype html><html><body>',
    ...paragraphs.slice(0, -1).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`),
    `<p><a href="${escapeHtml(facts.url)}">Open your invitation</a></p>`,
    `<p>${escapeHtml(paragraphs.at(-1)!)}</p>`,
    '</body></html>',
  ].join('\n')
  return { subject, text, html }
}
