import type { Db } from '../../db/database.js';
import { notFound } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { openSecret, sealSecret } from '../../lib/secrets.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { closeQuietly, describeImapError, openFolder } from './mail.imap.js';
import type { Mailbox, MailboxCreateInput, MailboxUpdateInput } from './mailboxes.schemas.js';
import { enqueueMailboxPoll } from './mailboxes.poll.js';
import {
  deleteMailbox,
  findMailbox,
  insertMailbox,
  listMailboxRows,
  toMailbox,
  updateMailbox,
} from './mailboxes.repository.js';

/**
 * Mailboxes are the workspace's settings: admins read and change them. Passwords are write-only.
 * Changing where a mailbox points (server, user, folder) starts its bookkeeping over; de-duplication
 * by Message-ID keeps what was imported from coming in twice.
 */

const ENTITY = 'mailbox';
/** What the audit log keeps of a mailbox: its settings, never its password or its poll status. */
const audited = (mailbox: Mailbox) => ({
  name: mailbox.name,
  host: mailbox.host,
  port: mailbox.port,
  tls: mailbox.tls,
  username: mailbox.username,
  folder: mailbox.folder,
  enabled: mailbox.enabled,
});

async function loadMailbox(db: Db, actor: Actor, id: string) {
  const row = await findMailbox(db, actor.workspaceId, id);
  if (!row) throw notFound('Mailbox');
  return row;
}

export async function listMailboxes(db: Db, actor: Actor) {
  authorize(actor, 'admin', 'read');
  return { data: (await listMailboxRows(db, actor.workspaceId)).map(toMailbox), nextCursor: null };
}

export async function getMailbox(db: Db, actor: Actor, id: string) {
  authorize(actor, 'admin', 'read');
  return toMailbox(await loadMailbox(db, actor, id));
}

export async function createMailbox(db: Db, actor: Actor, input: MailboxCreateInput) {
  authorize(actor, 'admin', 'update');
  const id = uuidv7();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await insertMailbox(trx, {
      workspace_id: actor.workspaceId,
      id,
      name: input.name,
      host: input.host,
      port: input.port,
      tls: input.tls ? 1 : 0,
      username: input.username,
      password_secret: sealSecret(input.password),
      folder: input.folder,
      enabled: input.enabled ? 1 : 0,
      uid_validity: null,
      last_uid: 0,
      last_polled_at: null,
      last_error: null,
      last_error_at: null,
      imported_count: 0,
      created_at: now,
      updated_at: now,
    });
    const created = toMailbox((await findMailbox(trx, actor.workspaceId, id))!);
    await recordAudit(trx, actor, ENTITY, id, 'create', diffRecords(null, audited(created)));
  });
  return getMailbox(db, actor, id);
}

export async function changeMailbox(db: Db, actor: Actor, id: string, input: MailboxUpdateInput) {
  authorize(actor, 'admin', 'update');
  await db.transaction().execute(async (trx) => {
    const before = await findMailbox(trx, actor.workspaceId, id);
    if (!before) throw notFound('Mailbox');
    const moved = (['host', 'port', 'username', 'folder'] as const).some(
      (field) => input[field] !== undefined && input[field] !== before[field],
    );
    await updateMailbox(trx, actor.workspaceId, id, {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.host !== undefined && { host: input.host }),
      ...(input.port !== undefined && { port: input.port }),
      ...(input.tls !== undefined && { tls: input.tls ? 1 : 0 }),
      ...(input.username !== undefined && { username: input.username }),
      ...(input.password !== undefined && { password_secret: sealSecret(input.password) }),
      ...(input.folder !== undefined && { folder: input.folder }),
      ...(input.enabled !== undefined && { enabled: input.enabled ? 1 : 0 }),
      ...(moved && { uid_validity: null, last_uid: 0 }),
      // New settings deserve a fresh status: the old error was about the old ones.
      last_error: null,
      last_error_at: null,
      updated_at: nowIso(),
    });
    const after = (await findMailbox(trx, actor.workspaceId, id))!;
    await recordAudit(
      trx,
      actor,
      ENTITY,
      id,
      'update',
      diffRecords(audited(toMailbox(before)), audited(toMailbox(after))),
    );
  });
  return getMailbox(db, actor, id);
}

export async function removeMailbox(db: Db, actor: Actor, id: string) {
  authorize(actor, 'admin', 'update');
  await db.transaction().execute(async (trx) => {
    const before = await findMailbox(trx, actor.workspaceId, id);
    if (!before || !(await deleteMailbox(trx, actor.workspaceId, id))) throw notFound('Mailbox');
    await recordAudit(trx, actor, ENTITY, id, 'delete', diffRecords(audited(toMailbox(before)), null));
  });
}

/** Connects, signs in and opens the folder, and reports what the server said. */
export async function testMailbox(db: Db, actor: Actor, id: string) {
  authorize(actor, 'admin', 'update');
  const row = await loadMailbox(db, actor, id);
  try {
    const { client, uidValidity, messages } = await openFolder({
      ...row,
      tls: Boolean(row.tls),
      password: openSecret(row.password_secret),
    });
    await closeQuietly(client);
    return { ok: true, error: null, messages, uidValidity };
  } catch (error) {
    return { ok: false, error: describeImapError(error), messages: null, uidValidity: null };
  }
}

/** Polls the mailbox as soon as a worker is free, unless a poll already waits or runs. */
export async function pollMailboxNow(db: Db, actor: Actor, id: string) {
  authorize(actor, 'admin', 'update');
  await loadMailbox(db, actor, id);
  const job = await enqueueMailboxPoll(db, actor.workspaceId, id);
  return { jobId: job.id, queued: job.created };
}
