import type { DbOrTrx } from '../../db/database.js';
import type { SmtpSettingsTable } from '../../db/schema.js';

export type SmtpSettingsRow = SmtpSettingsTable;

export async function findSmtpSettings(db: DbOrTrx, workspaceId: string) {
  return db
    .selectFrom('smtp_settings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

export async function saveSmtpSettings(db: DbOrTrx, row: SmtpSettingsRow) {
  const { workspace_id: _workspace, ...changes } = row;
  await db
    .insertInto('smtp_settings')
    .values(row)
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet(changes))
    .execute();
}

export async function deleteSmtpSettings(db: DbOrTrx, workspaceId: string) {
  const result = await db
    .deleteFrom('smtp_settings')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
