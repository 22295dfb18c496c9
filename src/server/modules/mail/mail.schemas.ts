import { z } from 'zod';

const hostName = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(253)
  .regex(
    /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$|^\[?[0-9a-fA-F:.]+\]?$/,
    {
      message: 'is not a host name or IP address',
    },
  );
const port = z
  .number({ message: 'must be a port number' })
  .int()
  .min(1, 'must be 1–65535')
  .max(65535, 'must be 1–65535');
const address = z.email({ message: 'is not an email address' }).max(254);

export const SMTP_SECURITY = ['tls', 'starttls', 'none'] as const;
export const EMAIL_STATUSES = ['queued', 'sent', 'failed', 'dev', 'bounced'] as const;

export const smtpSettingsInput = z.object({
  host: hostName.describe('The SMTP server, e.g. `smtp.example.com`'),
  port: port.describe('587 for STARTTLS, 465 for TLS, 25 without'),
  security: z
    .enum(SMTP_SECURITY, { message: 'must be tls, starttls or none' })
    .describe(
      '`tls`: encrypted from the start (465); `starttls`: upgraded, and refused without it (587); `none`: plain',
    ),
  username: z.string().trim().max(320).nullable().default(null),
  password: z
    .string()
    .max(1000)
    .nullable()
    .optional()
    .describe('Leave out to keep the stored one; null to remove it. Never sent back'),
  fromAddress: z
    .string()
    .trim()
    .min(3, 'is required')
    .max(320)
    .describe('The From header, e.g. `Acme Sales <sales@acme.example>`'),
  dkim: z
    .object({
      domain: hostName.describe('The signing domain (`d=`), usually that of the From address'),
      selector: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9]([A-Za-z0-9._-]{0,62})$/, 'is not a DNS selector')
        .describe('The selector (`s=`): the key is published at `<selector>._domainkey.<domain>`'),
      privateKey: z
        .string()
        .max(20_000)
        .optional()
        .describe('The private key in PEM; leave out to keep the stored one. Never sent back'),
    })
    .nullable()
    .default(null)
    .describe('DKIM signing of outgoing mail; null for none'),
});
export type SmtpSettingsInput = z.infer<typeof smtpSettingsInput>;

export const smtpSettingsSchema = z
  .object({
    source: z
      .enum(['workspace', 'server', 'none'])
      .describe(
        "What sends the workspace's email now: its own server (below), the server's configuration, or none (the development outbox)",
      ),
    secretsEncrypted: z
      .boolean()
      .describe('Whether passwords and keys are stored encrypted (the server has SECRET_KEY)'),
    settings: z
      .object({
        host: z.string(),
        port: z.number().int(),
        security: z.enum(SMTP_SECURITY),
        username: z.string().nullable(),
        passwordSet: z.boolean(),
        fromAddress: z.string(),
        dkim: z.object({ domain: z.string(), selector: z.string(), privateKeySet: z.boolean() }).nullable(),
        updatedAt: z.string(),
      })
      .nullable()
      .describe("The workspace's own SMTP server; null when it has none"),
  })
  .meta({ id: 'SmtpSettings' });
export type SmtpSettings = z.infer<typeof smtpSettingsSchema>;

export const testEmailInput = z.object({ to: address.describe('Where to send the test message') });

export const testEmailResult = z
  .object({
    ok: z.boolean(),
    source: z.enum(['workspace', 'server', 'none']),
    response: z.string().nullable().describe("The SMTP server's last answer, e.g. `250 2.0.0 OK queued`"),
    responseCode: z.number().int().nullable(),
    error: z.string().nullable().describe('Why it was not sent'),
  })
  .meta({ id: 'TestEmailResult' });

export const outboxQuery = z.object({
  status: z.enum(EMAIL_STATUSES, { message: `must be one of ${EMAIL_STATUSES.join(', ')}` }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .uuid({ message: 'is not a cursor from this list' })
    .optional()
    .describe('`nextCursor` from the previous page'),
});

export const outboundEmailSchema = z
  .object({
    id: z.uuid(),
    to: z.string(),
    subject: z.string(),
    locale: z.string(),
    status: z
      .enum(EMAIL_STATUSES)
      .describe(
        '`queued` (its delivery job waits or runs), `sent`, `failed` (given up, see `lastError`), `dev` (kept in the development outbox: no SMTP server), `bounced`',
      ),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    bouncedAt: z.string().nullable(),
  })
  .meta({ id: 'OutboundEmail' });

export const outboundEmailDetail = outboundEmailSchema
  .extend({ text: z.string(), html: z.string().nullable(), messageId: z.string().nullable() })
  .meta({ id: 'OutboundEmailDetail' });
