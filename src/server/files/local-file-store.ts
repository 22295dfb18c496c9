import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { uuidv7 } from '../lib/ids.js';
import {
  assertValidKey,
  assertValidPrefix,
  BlobNotFoundError,
  BlobTooLargeError,
  isValidKey,
  type FileStore,
  type StoredBlob,
} from './file-store.js';

/** Partial writes live here until complete; the same file system as the blobs, so rename is atomic. */
const PARTIAL_DIR = '.partial';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

async function ignoreMissing(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}

/** Counts and hashes what passes through, failing once more than `maxBytes` went by. */
function measure(maxBytes: number) {
  const hash = createHash('sha256');
  let size = 0;
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new BlobTooLargeError(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { transform, result: () => ({ size, sha256: hash.digest('hex') }) };
}

/**
 * Files on the local disk under one folder: `<root>/<prefix>/<id>`. Content is written to
 * `<root>/.partial/` and renamed into place once complete and flushed, so no file ever stands under
 * its final name half-written. Keys are made here from safe characters and checked again on every
 * read and delete, so no key reaches outside the folder.
 */
export function localFileStore(rootDir: string): FileStore {
  const root = resolve(rootDir);
  const partialDir = join(root, PARTIAL_DIR);
  const pathOf = (key: string) => {
    assertValidKey(key);
    return join(root, key);
  };

  return {
    async put(content: Readable, { prefix, maxBytes }): Promise<StoredBlob> {
      assertValidPrefix(prefix);
      await mkdir(partialDir, { recursive: true });
      const key = `${prefix}/${uuidv7()}`;
      const partial = join(partialDir, randomBytes(16).toString('hex'));
      const measured = measure(maxBytes);
      try {
        await pipeline(content, measured.transform, createWriteStream(partial, { flags: 'wx', flush: true }));
        await mkdir(join(root, prefix), { recursive: true });
        await rename(partial, pathOf(key));
      } catch (error) {
        await ignoreMissing(unlink(partial));
        throw error;
      }
      return { key, ...measured.result() };
    },

    async open(key: string): Promise<Readable> {
      try {
        const handle = await open(pathOf(key), 'r');
        return handle.createReadStream();
      } catch (error) {
        if (isMissing(error)) throw new BlobNotFoundError(key);
        throw error;
      }
    },

    async delete(key: string) {
      await ignoreMissing(unlink(pathOf(key)));
    },

    async *list() {
      const prefixes = await readdir(root, { withFileTypes: true }).catch((error: unknown) => {
        if (isMissing(error)) return [];
        throw error;
      });
      for (const prefix of prefixes) {
        if (!prefix.isDirectory() || prefix.name === PARTIAL_DIR) continue;
        const names = await readdir(join(root, prefix.name)).catch(() => [] as string[]);
        for (const name of names) {
          const key = `${prefix.name}/${name}`;
          if (!isValidKey(key)) continue;
          const stats = await stat(join(root, key)).catch(() => null);
          if (stats?.isFile()) yield { key, storedAt: stats.mtime };
        }
      }
    },

    async removeAbandoned(before: Date) {
      const names = await readdir(partialDir).catch((error: unknown) => {
        if (isMissing(error)) return [] as string[];
        throw error;
      });
      let removed = 0;
      for (const name of names) {
        const path = join(partialDir, name);
        const stats = await stat(path).catch(() => null);
        if (stats?.isFile() && stats.mtime < before) {
          await ignoreMissing(unlink(path));
          removed += 1;
        }
      }
      return removed;
    },
  };
}
