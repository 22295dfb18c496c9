/** How outgoing email leaves this server. Read from the environment each time, so no restart of a test is needed. */
export interface MailSettings {
  /** `smtp://user:pass@host:587` or `smtps://…:465`; credentials URL-encoded. */
  smtpUrl: string;
  /** The From header, such as `Rapport <crm@example.com>`. */
  from: string;
}

/** SMTP settings when both SMTP_URL and MAIL_FROM are set; null means the development outbox. */
export function readMailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  const smtpUrl = env.SMTP_URL?.trim();
  const from = env.MAIL_FROM?.trim();
  return smtpUrl && from ? { smtpUrl, from } : null;
}
