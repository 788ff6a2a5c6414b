// Sending invitation emails through SMTP (SMTP_URL, nodemailer) and reading what the server answered: accepted
// ('sent'), refused the recipient ('bounced', with the server's reply) or could not be reached ('failed').
import nodemailer, { type Transporter } from 'nodemailer'
import type { InviteDelivery } from '../../db/tables/validation'

export type Mail = { send: (message: { to: string; subject: string; text: string; html: string }) => Promise<Delivery> }
export type Delivery = { delivery: Exclude<InviteDelivery, 'not_sent'>; error: string | null }

// An SMTP error as nodemailer reports it.
type SmtpError = Error & { code?: string; responseCode?: number; response?: string; rejected?: string[] }

// What a refusal says to a person: the server's own reply when it gave one.
function reason(error: SmtpError): string {
  return (error.response ?? error.message).slice(0, 500)
}

// The mail of an SMTP server, made once per process.
export function smtpMail(url: string, from: string): Mail {
  const transport: Transporter = nodemailer.createTransport(url, { from })
  return {
    async send(message) {
      try {
        const info = await transport.sendMail({ from, ...message })
        if (info.rejected.length) return { delivery: 'bounced', error: `The mail server refused ${message.to}.` }
        return { delivery: 'sent', error: null }
      } catch (thrown) {
        const error = thrown as SmtpError
        // EENVELOPE: every recipient refused at RCPT TO; a 5xx reply is a permanent refusal of this message.
        if (error.code === 'EENVELOPE' || (error.responseCode !== undefined && error.responseCode >= 500)) {
          return { delivery: 'bounced', error: reason(error) }
        }
        return { delivery: 'failed', error: reason(error) }
      }
    },
  }
}
