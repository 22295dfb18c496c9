import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { maxFileBytes, type FileStorage } from '../../files/file-store.js';
import { defineJob, enqueue, PermanentJobError } from '../../jobs/jobs.js';
import { nowIso } from '../../lib/ids.js';
import { openSecret } from '../../lib/secrets.js';
import { importMessage } from './mail.import.js';
import { closeQuietly, describeImapError, fetchSource, openFolder, uidsAfter } from './mail.imap.js';
import {
  advanceMailbox,
  findMailbox,
  listEnabledMailboxes,
  recordMailboxError,
} from './mailboxes.repository.js';

/** Messages one poll imports at most; the rest come with the next poll. */
const POLL_BATCH = 200;
const MINUTE_MS = 60_000;

export interface PollResult {
  status: 'ok' | 'error' | 'skipped';
  imported: number;
  duplicates: number;
  error?: string;
}

/**
 * Imports what arrived in a mailbox's folder since the last poll: the UIDs above the last one seen,
 * while the folder's UIDVALIDITY is the one recorded. A new UIDVALIDITY means the server numbered the
 * folder afresh, so it is read again from the start; de-duplication by Message-ID keeps that from
 * importing anything twice. The last UID moves after each message, so a poll cut short resumes where
 * it stopped. Failures (unreachable server, wrong password, missing folder) are written on the
 * mailbox for its admins to see.
 */
export async function pollMailbox(
  db: Db,
  storage: FileStorage,
  workspaceId: string,
  mailboxId: string,
  options: { signal?: AbortSignal; log?: FastifyBaseLogger } = {},
): Promise<PollResult> {
  const mailbox = await findMailbox(db, workspaceId, mailboxId);
  if (!mailbox || !mailbox.enabled) return { status: 'skipped', imported: 0, duplicates: 0 };
  const result: PollResult = { status: 'ok', imported: 0, duplicates: 0 };
  let connection: Awaited<ReturnType<typeof openFolder>> | null = null;
  try {
    connection = await openFolder({
      ...mailbox,
      tls: Boolean(mailbox.tls),
      password: openSecret(mailbox.password_secret),
    });
    const { client, uidValidity } = connection;
    const sameNumbering = mailbox.uid_validity === uidValidity;
    let lastUid = sameNumbering ? Number(mailbox.last_uid) : 0;
    if (!sameNumbering && mailbox.uid_validity !== null)
      options.log?.warn(
        { mailboxId, was: mailbox.uid_validity, now: uidValidity },
        'UIDVALIDITY changed; reading the folder again',
      );
    await advanceMailbox(db, workspaceId, mailboxId, { uidValidity, lastUid, imported: 0, now: nowIso() });
    for (const uid of await uidsAfter(client, lastUid, POLL_BATCH)) {
      options.signal?.throwIfAborted();
      const source = await fetchSource(client, uid);
      const outcome = source
        ? await importMessage(db, storage, { workspaceId, id: mailboxId }, source)
        : 'duplicate';
      if (outcome === 'imported') result.imported++;
      else result.duplicates++;
      lastUid = uid;
      await advanceMailbox(db, workspaceId, mailboxId, {
        uidValidity,
        lastUid,
        imported: outcome === 'imported' ? 1 : 0,
        now: nowIso(),
      });
    }
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const reason = describeImapError(error);
    await recordMailboxError(db, workspaceId, mailboxId, reason, nowIso());
    options.log?.warn({ mailboxId, err: error }, 'mailbox poll failed');
    return { ...result, status: 'error', error: reason };
  } finally {
    if (connection) await closeQuietly(connection.client);
  }
  return result;
}

/** Polls one mailbox. Enqueued with the mailbox as its de-duplication key: one poll per mailbox at a time. */
export const pollMailboxJob = defineJob({
  type: 'mail.poll-mailbox',
  payload: z.object({ mailboxId: z.uuid() }),
  maxAttempts: 1,
  timeoutMs: 10 * MINUTE_MS,
  run: async ({ mailboxId }, { db, log, signal, workspaceId, files }) => {
    if (!workspaceId) throw new PermanentJobError('a mailbox poll needs its workspace');
    if (!files) throw new PermanentJobError('a mailbox poll needs the file store, for attachments');
    return pollMailbox(db, { store: files, maxBytes: maxFileBytes() }, workspaceId, mailboxId, {
      signal,
      log,
    });
  },
});

/** Starts a poll of a mailbox unless one waits or runs; returns its job. */
export const enqueueMailboxPoll = (db: Db, workspaceId: string, mailboxId: string) =>
  enqueue(db, pollMailboxJob, { mailboxId }, { workspaceId, dedupeKey: mailboxId });

/** Every minute, a poll for each enabled mailbox of every workspace. */
export const pollMailboxesJob = defineJob({
  type: 'mail.poll-mailboxes',
  payload: z.object({}),
  every: MINUTE_MS,
  maxAttempts: 1,
  run: async (_payload, { db }) => {
    let queued = 0;
    for (const mailbox of await listEnabledMailboxes(db))
      if ((await enqueueMailboxPoll(db, mailbox.workspace_id, mailbox.id)).created) queued++;
    return { queued };
  },
});
