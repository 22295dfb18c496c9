import type { Readable } from 'node:stream';
import type { DbOrTrx } from '../../db/database.js';
import { BlobTooLargeError, type FileStorage } from '../../files/file-store.js';
import { readHead } from '../../files/read-head.js';
import { AppError, invalid } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import type { Actor } from '../../lib/permissions.js';
import { insertFile } from '../files/files.repository.js';
import { SNIFF_BYTES, sniffContentType } from '../files/files.sniff.js';

/** A logo is printed on every page's first corner; 1 MB is plenty for one and keeps PDFs small. */
export const LOGO_MAX_BYTES = 1024 * 1024;
const LOGO_TYPES = new Set(['image/png', 'image/jpeg']);

/** The workspace's own files (its logo) belong to the workspace, not to a record. */
export const WORKSPACE_FILE_TYPE = 'workspace';

export interface LogoUpload {
  filename: string;
  mimetype: string | null;
  content: Readable;
}

function discard(content: Readable) {
  content.on('error', () => undefined).resume();
}

/**
 * Checks and stores a logo's content (PNG or JPEG by its bytes, within the limit) and returns the
 * file row to insert in the caller's transaction.
 */
export async function storeLogo(
  storage: FileStorage,
  actor: Actor,
  nextUpload: () => Promise<LogoUpload | null>,
) {
  const upload = await nextUpload();
  if (!upload)
    throw invalid('file', 'is required: send the logo as multipart/form-data in a part named "file"');
  const { head, content } = await readHead(upload.content, SNIFF_BYTES);
  const sniffed = sniffContentType({ head, name: upload.filename || 'logo', declaredType: upload.mimetype });
  if (!sniffed.ok || !LOGO_TYPES.has(sniffed.contentType)) {
    discard(content);
    throw invalid('file', 'must be a PNG or JPEG image');
  }
  const maxBytes = Math.min(LOGO_MAX_BYTES, storage.maxBytes);
  const blob = await storage.store
    .put(content, { prefix: actor.workspaceId, maxBytes })
    .catch((error: unknown) => {
      if (error instanceof BlobTooLargeError)
        throw new AppError('too_large', 'file: is larger than the limit of 1 MB', [
          { field: 'file', message: 'is larger than the limit of 1 MB' },
        ]);
      throw error;
    });
  const id = uuidv7();
  const extension = sniffed.contentType === 'image/png' ? 'png' : 'jpg';
  return {
    id,
    storageKey: blob.key,
    insert: (trx: DbOrTrx) =>
      insertFile(trx, actor.workspaceId, {
        id,
        recordType: WORKSPACE_FILE_TYPE,
        recordId: actor.workspaceId,
        name: `logo.${extension}`,
        contentType: sniffed.contentType,
        size: blob.size,
        sha256: blob.sha256,
        createdBy: actor.userId,
        createdByName: null,
        createdAt: nowIso(),
        storageKey: blob.key,
        deletedAt: null,
      }),
  };
}
