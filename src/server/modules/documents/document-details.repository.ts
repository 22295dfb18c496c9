import type { DbOrTrx } from '../../db/database.js';
import type { WorkspaceDocumentDetailsTable } from '../../db/schema.js';
import type { DocumentDetailsUpdate } from './document-details.schemas.js';

export type DocumentDetailsRow = Omit<WorkspaceDocumentDetailsTable, 'version'> & { version: number };

/** API field → column, for the fields an admin edits. */
export const DETAIL_COLUMNS = {
  legalName: 'legal_name',
  street: 'street',
  additionalStreet: 'additional_street',
  postalCode: 'postal_code',
  city: 'city',
  region: 'region',
  country: 'country',
  vatId: 'vat_id',
  registrationId: 'registration_id',
  email: 'email',
  phone: 'phone',
  website: 'website',
  iban: 'iban',
  bic: 'bic',
  paymentTerms: 'payment_terms',
  paymentDays: 'payment_days',
  peppolScheme: 'peppol_scheme',
  peppolId: 'peppol_id',
} as const satisfies Record<keyof DocumentDetailsUpdate, keyof WorkspaceDocumentDetailsTable>;

export async function findDocumentDetails(
  db: DbOrTrx,
  workspaceId: string,
): Promise<DocumentDetailsRow | undefined> {
  return db
    .selectFrom('workspace_document_details')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

/** Writes the workspace's row (created on its first change) at its next version. */
export async function saveDocumentDetails(db: DbOrTrx, row: DocumentDetailsRow, exists: boolean) {
  if (!exists) {
    await db.insertInto('workspace_document_details').values(row).execute();
    return;
  }
  const { workspace_id: workspaceId, ...values } = row;
  await db
    .updateTable('workspace_document_details')
    .set(values)
    .where('workspace_id', '=', workspaceId)
    .execute();
}

export const emptyDocumentDetails = (workspaceId: string): DocumentDetailsRow => ({
  workspace_id: workspaceId,
  legal_name: null,
  street: null,
  additional_street: null,
  postal_code: null,
  city: null,
  region: null,
  country: null,
  vat_id: null,
  registration_id: null,
  email: null,
  phone: null,
  website: null,
  iban: null,
  bic: null,
  payment_terms: null,
  payment_days: null,
  peppol_scheme: null,
  peppol_id: null,
  logo_file_id: null,
  version: 0,
  updated_at: '',
});
