import { createPrivateKey } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { invalid, notFound } from '../../lib/errors.js';
import { nowIso } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { publicUrl } from '../../lib/public-url.js';
import { sealSecret, secretsAreEncrypted } from '../../lib/secrets.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import {
  findOutboundEmail,
  findRecipientLocale,
  listOutboundEmails,
  type EmailStatus,
} from './mail.repository.js';
import type { SmtpSettings, SmtpSettingsInput } from './mail.schemas.js';
import { readMailSettings } from './mail.settings.js';
import { renderEmail } from './mail.templates.js';
import {
  isPermanentSmtpError,
  resolveMailSettings,
  sendWith,
  workspaceMailSettings,
} from './mail.transport.js';
import {
  deleteSmtpSettings,
  findSmtpSettings,
  saveSmtpSettings,
  type SmtpSettingsRow,
} from './smtp-settings.repository.js';

/**
 * The workspace's outgoing email, for its admins: its own SMTP server (or the server's, or none),
 * a test message that reports the SMTP server's answer, and the outbox with the development outbox.
 */

const AUDIT_ENTITY = 'smtp_settings';

function toSettings(row: SmtpSettingsRow | undefined): SmtpSettings['settings'] {
  if (!row) return null;
  return {
    host: row.host,
    port: row.port,
    security: row.security,
    username: row.username,
    passwordSet: row.password_secret !== null,
    fromAddress: row.from_address,
    dkim:
      row.dkim_domain && row.dkim_selector
        ? {
            domain: row.dkim_domain,
            selector: row.dkim_selector,
            privateKeySet: row.dkim_key_secret !== null,
          }
        : null,
    updatedAt: row.updated_at,
  };
}

const sourceOf = (row: SmtpSettingsRow | undefined) =>
  row ? 'workspace' : readMailSettings() ? 'server' : 'none';

export async function getSmtpSettings(db: Db, actor: Actor): Promise<SmtpSettings> {
  authorize(actor, 'admin', 'read');
  const row = await findSmtpSettings(db, actor.workspaceId);
  return { source: sourceOf(row), secretsEncrypted: secretsAreEncrypted(), settings: toSettings(row) };
}

function checkPrivateKey(pem: string) {
  try {
    if (createPrivateKey(pem).asymmetricKeyType !== 'rsa') throw new Error('not RSA');
  } catch {
    throw invalid('dkim.privateKey', 'is not an RSA private key in PEM form');
  }
}

/** Audited without secrets: only whether a password or key is set. */
const audited = (settings: SmtpSettings['settings']) => settings && { ...settings, updatedAt: undefined };

export async function putSmtpSettings(db: Db, actor: Actor, input: SmtpSettingsInput): Promise<SmtpSettings> {
  authorize(actor, 'admin', 'update');
  if (input.dkim?.privateKey !== undefined) checkPrivateKey(input.dkim.privateKey);
  await db.transaction().execute(async (trx) => {
    const before = await findSmtpSettings(trx, actor.workspaceId);
    const password =
      input.password === undefined
        ? (before?.password_secret ?? null)
        : input.password && sealSecret(input.password);
    const dkimKey = input.dkim
      ? input.dkim.privateKey !== undefined
        ? sealSecret(input.dkim.privateKey)
        : (before?.dkim_key_secret ?? null)
      : null;
    if (input.dkim && !dkimKey) throw invalid('dkim.privateKey', 'is required to sign with DKIM');
    const row: SmtpSettingsRow = {
      workspace_id: actor.workspaceId,
      host: input.host,
      port: input.port,
      security: input.security,
      username: input.username || null,
      password_secret: password,
      from_address: input.fromAddress,
      dkim_domain: input.dkim?.domain ?? null,
      dkim_selector: input.dkim?.selector ?? null,
      dkim_key_secret: dkimKey,
      updated_at: nowIso(),
    };
    await saveSmtpSettings(trx, row);
    const changes = diffRecords(audited(toSettings(before)), audited(toSettings(row)));
    await recordAudit(trx, actor, AUDIT_ENTITY, actor.workspaceId, before ? 'update' : 'create', changes);
  });
  return getSmtpSettings(db, actor);
}

export async function removeSmtpSettings(db: Db, actor: Actor): Promise<SmtpSettings> {
  authorize(actor, 'admin', 'update');
  await db.transaction().execute(async (trx) => {
    const before = await findSmtpSettings(trx, actor.workspaceId);
    if (!before || !(await deleteSmtpSettings(trx, actor.workspaceId))) return;
    await recordAudit(
      trx,
      actor,
      AUDIT_ENTITY,
      actor.workspaceId,
      'delete',
      diffRecords(audited(toSettings(before)), null),
    );
  });
  return getSmtpSettings(db, actor);
}

/**
 * Sends a test message at once, through what would send the workspace's email, in the recipient's
 * language, and reports the SMTP server's answer (or its refusal). Not written to the outbox.
 */
export async function sendTestEmail(db: Db, actor: Actor, to: string) {
  authorize(actor, 'admin', 'update');
  const row = await findSmtpSettings(db, actor.workspaceId);
  const settings = row ? workspaceMailSettings(row) : await resolveMailSettings(db, null);
  const source = row ? ('workspace' as const) : settings ? ('server' as const) : ('none' as const);
  if (!settings)
    return {
      ok: false,
      source,
      response: null,
      responseCode: null,
      error: 'No SMTP server is set for this workspace or the server: email stays in the development outbox',
    };
  const locale = await findRecipientLocale(db, actor.workspaceId, to);
  const rendered = renderEmail('smtpTest', locale, { link: publicUrl('/settings/email') });
  try {
    const { response } = await sendWith(settings, { to, ...rendered });
    return { ok: true, source, response, responseCode: Number.parseInt(response, 10) || null, error: null };
  } catch (error) {
    const { responseCode, response } = error as { responseCode?: number; response?: string };
    return {
      ok: false,
      source,
      response: response ?? null,
      responseCode: responseCode ?? null,
      error: `${(error as Error).message}${isPermanentSmtpError(error) ? '' : ' (may pass on a later try)'}`,
    };
  }
}

const toOutboundEmail = (row: Awaited<ReturnType<typeof listOutboundEmails>>[number]) => ({
  id: row.id,
  to: row.to,
  subject: row.subject,
  locale: row.locale,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  createdAt: row.created_at,
  sentAt: row.sent_at,
  bouncedAt: row.bounced_at,
});

export async function getOutbox(
  db: Db,
  actor: Actor,
  query: { status?: EmailStatus | undefined; cursor?: string | undefined; limit: number },
) {
  authorize(actor, 'admin', 'read');
  const rows = await listOutboundEmails(db, actor.workspaceId, {
    status: query.status,
    before: query.cursor,
    limit: query.limit + 1,
  });
  const data = rows.slice(0, query.limit).map(toOutboundEmail);
  return { data, nextCursor: rows.length > query.limit ? data[data.length - 1]!.id : null };
}

export async function getOutboxEmail(db: Db, actor: Actor, id: string) {
  authorize(actor, 'admin', 'read');
  const row = await findOutboundEmail(db, actor.workspaceId, id);
  if (!row) throw notFound('Email');
  return { ...toOutboundEmail(row), text: row.text, html: row.html, messageId: row.message_id };
}
