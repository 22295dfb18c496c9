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

const mailboxFields = {
  name: z.string().trim().min(1, 'is required').max(100).describe('What admins call it, e.g. `Sales inbox`'),
  host: hostName.describe('The IMAP server, e.g. `imap.example.com`'),
  port: z
    .number({ message: 'must be a port number' })
    .int()
    .min(1, 'must be 1–65535')
    .max(65535, 'must be 1–65535')
    .describe('993 with TLS, 143 without'),
  tls: z
    .boolean()
    .describe('Connect with TLS from the start (993); without it, STARTTLS is used when offered'),
  username: z.string().trim().min(1, 'is required').max(320),
  password: z
    .string()
    .min(1, 'is required')
    .max(1000)
    .describe('Never sent back; stored encrypted when the server has `SECRET_KEY`'),
  folder: z.string().trim().min(1, 'is required').max(200).describe('The folder to read, e.g. `INBOX`'),
  enabled: z.boolean().describe('Polled every minute while enabled'),
};

export const mailboxCreateBody = z.object({
  ...mailboxFields,
  tls: mailboxFields.tls.default(true),
  folder: mailboxFields.folder.default('INBOX'),
  enabled: mailboxFields.enabled.default(true),
});
export type MailboxCreateInput = z.infer<typeof mailboxCreateBody>;

export const mailboxUpdateBody = z.object(mailboxFields).partial();
export type MailboxUpdateInput = z.infer<typeof mailboxUpdateBody>;

export const MAILBOX_STATUSES = ['new', 'ok', 'error', 'paused'] as const;

export const mailboxSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    host: z.string(),
    port: z.number().int(),
    tls: z.boolean(),
    username: z.string(),
    folder: z.string(),
    enabled: z.boolean(),
    status: z
      .enum(MAILBOX_STATUSES)
      .describe('`new` (not polled yet), `ok`, `error` (the last poll failed: see `lastError`), `paused`'),
    lastPolledAt: z.string().nullable(),
    lastError: z.string().nullable(),
    lastErrorAt: z.string().nullable(),
    importedCount: z.number().int().describe('Messages imported from this mailbox'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Mailbox' });
export type Mailbox = z.infer<typeof mailboxSchema>;

export const connectionTestResult = z
  .object({
    ok: z.boolean(),
    error: z.string().nullable().describe("The server's refusal, or why it could not be reached"),
    messages: z.number().int().nullable().describe('Messages in the folder'),
    uidValidity: z.string().nullable(),
  })
  .meta({ id: 'MailboxConnectionTest' });

export const pollResult = z
  .object({
    jobId: z.uuid(),
    queued: z.boolean().describe('False when a poll of this mailbox was already waiting or running'),
  })
  .meta({ id: 'MailboxPoll' });

export const receivedEmailSchema = z
  .object({
    id: z.uuid(),
    mailboxId: z.uuid(),
    messageId: z.string(),
    threadId: z.uuid(),
    threadToken: z
      .string()
      .nullable()
      .describe('The token (`R-XXXXXX`) outgoing subjects of this thread carry'),
    inReplyTo: z.string().nullable(),
    from: z.object({ address: z.string(), name: z.string().nullable() }),
    to: z.array(z.string()),
    cc: z.array(z.string()),
    subject: z.string(),
    text: z.string(),
    sentAt: z.string().nullable(),
    receivedAt: z.string(),
    bounceOf: z.uuid().nullable().describe('For a delivery-status report: the outgoing message that bounced'),
    attachments: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        contentType: z.string(),
        size: z.number().int(),
        sha256: z.string(),
      }),
    ),
    records: z
      .array(z.object({ type: z.string(), id: z.uuid() }))
      .describe('The people and companies the email is linked to by its addresses'),
  })
  .meta({ id: 'ReceivedEmail' });
export type ReceivedEmail = z.infer<typeof receivedEmailSchema>;

export const attachmentParams = z.object({
  id: z.uuid({ message: 'must be a UUID' }),
  attachmentId: z.uuid({ message: 'must be a UUID' }),
});
