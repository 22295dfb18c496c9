import type { DbOrTrx } from '../../db/database.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { publicUrl } from '../../lib/public-url.js';
import { insertAuditEntry } from '../audit/audit.repository.js';
import { queueEmail } from '../mail/mail.outbox.js';
import { renderEmail } from '../mail/mail.templates.js';
import { activeWorkspaceIdsOf, updateUser } from './auth.repository.js';
import { deleteSessionsOfUser } from './user-sessions.repository.js';

/**
 * Storing a new password, shared by changing it from the profile and resetting it from an emailed
 * link: in the caller's transaction, the hash is stored, every other session of the account ends,
 * each workspace of the person gets an audit entry and the person an email saying so. The caller
 * forgets the cached actors after the commit.
 */
export async function storeNewPassword(
  trx: DbOrTrx,
  user: { id: string; email: string; locale: string },
  passwordHash: string,
  how: 'changed' | 'reset',
  keepSessionIdHash: string | null,
) {
  const now = nowIso();
  await updateUser(trx, user.id, { password_hash: passwordHash, updated_at: now });
  const sessionsEnded = await deleteSessionsOfUser(trx, user.id, keepSessionIdHash);
  for (const workspaceId of await activeWorkspaceIdsOf(trx, user.id)) {
    await insertAuditEntry(trx, {
      workspaceId,
      id: uuidv7(),
      entityType: 'user',
      entityId: user.id,
      action: 'update',
      actorType: 'user',
      actorId: user.id,
      // The password itself never goes into the log, not even as a hash.
      changes: {
        password: { before: null, after: how },
        sessionsEnded: { before: null, after: sessionsEnded },
      },
      createdAt: now,
    });
  }
  const rendered = renderEmail('passwordChanged', user.locale, { link: publicUrl('/forgot-password') });
  await queueEmail(trx, { workspaceId: null, to: user.email, ...rendered });
}
