import type { components } from '../../lib/api-types.generated.js';

type Schemas = components['schemas'];
export type SmtpSettings = Schemas['SmtpSettings'];
export type TestEmailResult = Schemas['TestEmailResult'];
export type OutboundEmail = Schemas['OutboundEmail'];
export type OutboundEmailDetail = Schemas['OutboundEmailDetail'];
export type Mailbox = Schemas['Mailbox'];
export type MailboxConnectionTest = Schemas['MailboxConnectionTest'];
export type ReceivedEmail = Schemas['ReceivedEmail'];

export const SMTP_KEY = ['email', 'smtp'] as const;
export const OUTBOX_KEY = ['email', 'outbox'] as const;
export const MAILBOXES_KEY = ['mailboxes'] as const;

export const OUTBOX_COLORS: Record<OutboundEmail['status'], string> = {
  queued: 'blue',
  sent: 'green',
  failed: 'red',
  dev: 'gray',
  bounced: 'orange',
};

export const MAILBOX_COLORS: Record<Mailbox['status'], string> = {
  new: 'gray',
  ok: 'green',
  error: 'red',
  paused: 'yellow',
};
