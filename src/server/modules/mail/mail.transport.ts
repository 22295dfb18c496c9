import nodemailer from 'nodemailer';
import type { DbOrTrx } from '../../db/database.js';
import { openSecret } from '../../lib/secrets.js';
import { readMailSettings, smtpTransportOptions, type MailSettings } from './mail.settings.js';
import { findSmtpSettings, type SmtpSettingsRow } from './smtp-settings.repository.js';

/** A workspace's stored SMTP settings, secrets opened, as nodemailer takes them. */
export function workspaceMailSettings(row: SmtpSettingsRow): MailSettings {
  const dkimKey = row.dkim_key_secret ? openSecret(row.dkim_key_secret) : null;
  return {
    source: 'workspace',
    transport: smtpTransportOptions({
      host: row.host,
      port: row.port,
      security: row.security,
      username: row.username,
      password: row.password_secret ? openSecret(row.password_secret) : null,
    }),
    from: row.from_address,
    dkim:
      row.dkim_domain && row.dkim_selector && dkimKey
        ? { domainName: row.dkim_domain, keySelector: row.dkim_selector, privateKey: dkimKey }
        : null,
  };
}

/**
 * How a workspace's email goes out: its own SMTP server when it has one, else the server's
 * (SMTP_URL, MAIL_FROM); null when there is neither, and messages stay in the development outbox.
 */
export async function resolveMailSettings(
  db: DbOrTrx,
  workspaceId: string | null,
): Promise<MailSettings | null> {
  const own = workspaceId ? await findSmtpSettings(db, workspaceId) : undefined;
  return own ? workspaceMailSettings(own) : readMailSettings();
}

export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** Without angle brackets. */
  messageId?: string | null;
  attachments?: { filename: string; contentType: string; content: Buffer }[];
}

/** Sends one message; the SMTP server's answer on success, its error (with `responseCode`) otherwise. */
export async function sendWith(settings: MailSettings, message: OutgoingMessage) {
  const transport = nodemailer.createTransport({
    ...settings.transport,
    ...(settings.dkim && { dkim: settings.dkim }),
  });
  try {
    const info = await transport.sendMail({
      from: settings.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html && { html: message.html }),
      ...(message.messageId && { messageId: `<${message.messageId}>` }),
      ...(message.attachments?.length && { attachments: message.attachments }),
    });
    return { response: info.response, messageId: info.messageId };
  } finally {
    transport.close();
  }
}

/** Whether an SMTP error is final (a 5xx answer): sending again would be refused again. */
export function isPermanentSmtpError(error: unknown): boolean {
  const { permanent, responseCode } = error as { permanent?: boolean; responseCode?: number };
  return permanent === true || (typeof responseCode === 'number' && responseCode >= 500);
}
