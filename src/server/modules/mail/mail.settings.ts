import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';

/** DKIM signing for outgoing mail: the signing domain, the DNS selector and the private key (PEM). */
export interface DkimSettings {
  domainName: string;
  keySelector: string;
  privateKey: string;
}

/** How outgoing email leaves this server: nodemailer transport options and the From header. */
export interface MailSettings {
  /** Where these settings come from: the workspace's own server, or the server's configuration. */
  source: 'workspace' | 'server';
  transport: SMTPTransport.Options;
  /** The From header, such as `Rapport <crm@example.com>`. */
  from: string;
  dkim: DkimSettings | null;
}

const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

/**
 * The server's own SMTP settings, the fallback of every workspace without its own: SMTP_URL
 * (`smtp://user:pass@host:587`, `smtps://…:465`; credentials URL-encoded) and MAIL_FROM, and for DKIM
 * MAIL_DKIM_DOMAIN, MAIL_DKIM_SELECTOR and MAIL_DKIM_PRIVATE_KEY (PEM, `\n` for line breaks). Read
 * from the environment each time, so no restart of a test is needed. Null: the development outbox.
 */
export function readMailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  const smtpUrl = env.SMTP_URL?.trim();
  const from = env.MAIL_FROM?.trim();
  if (!smtpUrl || !from) return null;
  const domainName = env.MAIL_DKIM_DOMAIN?.trim();
  const keySelector = env.MAIL_DKIM_SELECTOR?.trim();
  const privateKey = env.MAIL_DKIM_PRIVATE_KEY?.trim().replaceAll('\\n', '\n');
  return {
    source: 'server',
    transport: { url: smtpUrl, ...SMTP_TIMEOUTS },
    from,
    dkim: domainName && keySelector && privateKey ? { domainName, keySelector, privateKey } : null,
  };
}

export type SmtpSecurity = 'tls' | 'starttls' | 'none';

/** Transport options for a workspace's SMTP server. */
export function smtpTransportOptions(server: {
  host: string;
  port: number;
  security: SmtpSecurity;
  username: string | null;
  password: string | null;
}): SMTPTransport.Options {
  return {
    host: server.host,
    port: server.port,
    secure: server.security === 'tls',
    requireTLS: server.security === 'starttls',
    ignoreTLS: server.security === 'none',
    ...(server.username && { auth: { user: server.username, pass: server.password ?? '' } }),
    ...SMTP_TIMEOUTS,
  };
}
