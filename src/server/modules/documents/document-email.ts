import { Readable } from 'node:stream';
import type { Db } from '../../db/database.js';
import { documentTexts, fillIn } from '../../documents/document-texts.js';
import { renderDocumentPdf } from '../../documents/pdf-renderer.js';
import type { FileStorage } from '../../files/file-store.js';
import { invalid, notFound } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { authorize, authorizeRecord, type Actor } from '../../lib/permissions.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { FILE_ENTITY, findFile, insertFile, toFileInfo, type StoredFile } from '../files/files.repository.js';
import { queueEmail } from '../mail/mail.outbox.js';
import { findRecord } from '../../records/record-store.js';
import { recordTypeOf } from '../../records/registry.js';
import { recordEvent } from '../events/events.outbox.js';
import { salesTimelineRecords } from '../sales/sales-events.js';
import { recordTimelineEvent } from '../timeline/timeline.writer.js';
import {
  buildDocument,
  documentFileName,
  type BuiltDocument,
  type DocumentTarget,
} from './documents.service.js';

const TABLE_OF = { quote: 'quotes', order: 'orders', invoice: 'invoices' } as const;

export interface EmailDocumentInput {
  /** The address to send to; the customer's primary email when absent. */
  to?: string | undefined;
  /** A few words of the sender's own, put before the closing. */
  message?: string | undefined;
}

/** The message in the document's language: subject and text from the document locale files. */
function emailText(built: BuiltDocument, message: string | undefined) {
  const { doc } = built;
  const texts = documentTexts(doc.locale);
  const values = { title: texts.title[doc.kind], number: doc.number, seller: doc.seller.name };
  const paragraphs = [texts.email.greeting, fillIn(texts.email.body, values)];
  if (message?.trim()) paragraphs.push(message.trim());
  paragraphs.push(`${texts.email.closing}\n${doc.seller.name}`);
  return { subject: fillIn(texts.email.subject, values), text: `${paragraphs.join('\n\n')}\n` };
}

/**
 * Emails a document with its PDF attached, in the customer's language. The PDF that goes out is kept
 * as a file of the record, so it can be downloaded again exactly as sent, and the sending is written
 * on the timelines of the record, its customer and its deal and published as the record's
 * `document_sent` event (webhooks); all in one transaction with the outgoing email.
 */
export async function emailDocument(
  db: Db,
  storage: FileStorage,
  actor: Actor,
  target: DocumentTarget,
  input: EmailDocumentInput,
) {
  const built = await buildDocument(db, storage, actor, target);
  const table = TABLE_OF[built.record.entity];
  authorize(actor, table, 'update');
  authorizeRecord(actor, table, 'update', built.ownerId);
  const to = input.to ?? built.setting.customerEmail;
  if (!to) throw invalid('to', 'is required: the customer has no email address');
  const bytes = await renderDocumentPdf(built.doc);
  const blob = await storage.store.put(Readable.from([bytes]), {
    prefix: actor.workspaceId,
    maxBytes: storage.maxBytes,
  });
  const file: StoredFile = {
    id: uuidv7(),
    recordType: built.record.entity,
    recordId: built.record.id,
    name: documentFileName(built.doc, 'pdf'),
    contentType: 'application/pdf',
    size: blob.size,
    sha256: blob.sha256,
    createdBy: actor.userId,
    createdByName: null,
    createdAt: nowIso(),
    storageKey: blob.key,
    deletedAt: null,
  };
  const { subject, text } = emailText(built, input.message);
  try {
    const emailId = await db.transaction().execute(async (trx) => {
      const type = recordTypeOf(built.record.entity);
      const record = await findRecord(trx, type, actor.workspaceId, built.record.id);
      if (!record) throw notFound(type.names.singular);
      await insertFile(trx, actor.workspaceId, file);
      const { storageKey: _key, deletedAt: _deleted, createdByName: _name, ...audited } = file;
      await recordAudit(trx, actor, FILE_ENTITY, file.id, 'create', diffRecords(null, audited));
      const id = await queueEmail(trx, {
        workspaceId: actor.workspaceId,
        to,
        locale: built.doc.locale,
        subject,
        text,
        attachmentFileIds: [file.id],
      });
      await recordTimelineEvent(trx, actor, {
        record: { type: built.record.entity, id: built.record.id },
        kind: 'document',
        data: {
          documentKind: built.doc.kind,
          number: built.doc.number,
          fileId: file.id,
          fileName: file.name,
          sentTo: to,
          language: built.doc.locale,
        },
        alsoOn: await salesTimelineRecords({ trx, actor }, built.record.entity, record),
      });
      await recordEvent(trx, actor.workspaceId, type, 'document_sent', record, record);
      return id;
    });
    return {
      emailId,
      to,
      language: built.doc.locale,
      file: toFileInfo((await findFile(db, actor.workspaceId, file.id))!),
    };
  } catch (error) {
    await storage.store.delete(blob.key);
    throw error;
  }
}
