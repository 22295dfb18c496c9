import { basename, dirname, extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { DEFAULT_DATABASE_URL } from '../db/database.js';

/**
 * Where file contents live. The database holds what a file is (name, type, owner, record); a store
 * holds only bytes under a key it chose, so a name sent by a client never becomes a path. The local
 * disk is the default (`local-file-store.ts`); another store (an object store) implements the same
 * five operations.
 */
export interface FileStore {
  /**
   * Writes the stream under a new key starting with `prefix` (a workspace id). The content appears
   * under its key only once complete: a stream that fails, or passes `maxBytes`, leaves nothing.
   */
  put(content: Readable, options: { prefix: string; maxBytes: number }): Promise<StoredBlob>;
  /** The content of a key; throws `BlobNotFoundError` when there is none. */
  open(key: string): Promise<Readable>;
  /** Removes a key's content; a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Every stored key with the time its content was written, for orphan cleanup. */
  list(): AsyncIterable<{ key: string; storedAt: Date }>;
  /** Removes partial writes abandoned before `before` (a process that died mid-upload). */
  removeAbandoned(before: Date): Promise<number>;
}

export interface StoredBlob {
  key: string;
  size: number;
  /** Hex SHA-256 of the content. */
  sha256: string;
}

export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`content is larger than ${maxBytes} bytes`);
    this.name = 'BlobTooLargeError';
  }
}

export class BlobNotFoundError extends Error {
  constructor(key: string) {
    super(`no content stored under ${key}`);
    this.name = 'BlobNotFoundError';
  }
}

/** One path segment of a key: letters, digits, `-` and `_`; never `.`, `..`, a slash or empty. */
const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether a key is one a store could have made: `<prefix>/<id>`, each a safe segment. */
export function isValidKey(key: string): boolean {
  const segments = key.split('/');
  return segments.length === 2 && segments.every((segment) => SEGMENT.test(segment));
}

export function assertValidPrefix(prefix: string) {
  if (!SEGMENT.test(prefix)) throw new Error(`invalid file store prefix "${prefix}"`);
}

export function assertValidKey(key: string) {
  if (!isValidKey(key)) throw new Error(`invalid file store key "${key}"`);
}

/**
 * The folder of the local store: `FILES_DIR` when set; beside an SQLite database, a folder named
 * after it (`./data/rapport.db` → `./data/rapport-files`), so two databases never share one folder
 * (orphan cleanup would take the other's files for orphans); `./data/files` for PostgreSQL.
 */
export function filesDirectory(
  databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
  filesDir = process.env.FILES_DIR,
): string {
  if (filesDir) return filesDir;
  if (databaseUrl.startsWith('sqlite:') && databaseUrl !== 'sqlite::memory:') {
    const file = databaseUrl.slice('sqlite:'.length);
    return join(dirname(file), `${basename(file, extname(file))}-files`);
  }
  return join('.', 'data', 'files');
}

/** The store the server uses and the largest file it accepts. */
export interface FileStorage {
  store: FileStore;
  maxBytes: number;
}

export const DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024;

/** `FILES_MAX_BYTES`, the largest file accepted, in bytes; 25 MB unless set. */
export function maxFileBytes(value = process.env.FILES_MAX_BYTES): number {
  if (value === undefined || value.trim() === '') return DEFAULT_MAX_FILE_BYTES;
  const bytes = Number(value);
  if (!Number.isSafeInteger(bytes) || bytes < 1)
    throw new Error(`FILES_MAX_BYTES must be a whole number of bytes (got "${value}")`);
  return bytes;
}
