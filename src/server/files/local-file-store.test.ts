import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlobNotFoundError, BlobTooLargeError, filesDirectory, maxFileBytes } from './file-store.js';
import { localFileStore } from './local-file-store.js';

const PREFIX = '0195e2a0-0000-7000-8000-000000000001';

describe('local file store', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'rapport-store-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const everything = () =>
    readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

  it('stores a stream under a key of its own, with its size and SHA-256, and reads and deletes it', async () => {
    const store = localFileStore(root);
    const content = 'Grüße aus Žilina\n'.repeat(1000);
    const blob = await store.put(Readable.from([content.slice(0, 10), content.slice(10)]), {
      prefix: PREFIX,
      maxBytes: 1_000_000,
    });
    expect(blob.key).toMatch(new RegExp(`^${PREFIX}/[0-9a-f-]{36}$`));
    expect(blob.size).toBe(Buffer.byteLength(content));
    expect(blob.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(await text(await store.open(blob.key))).toBe(content);
    const listed = [];
    for await (const entry of store.list()) listed.push(entry.key);
    expect(listed).toEqual([blob.key]);

    await store.delete(blob.key);
    await store.delete(blob.key); // a missing key is not an error
    await expect(store.open(blob.key)).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  it('leaves nothing behind when the content passes the limit or its stream fails', async () => {
    const store = localFileStore(root);
    await expect(
      store.put(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), { prefix: PREFIX, maxBytes: 1000 }),
    ).rejects.toBeInstanceOf(BlobTooLargeError);
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(100));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(store.put(failing, { prefix: PREFIX, maxBytes: 1000 })).rejects.toThrow('connection reset');
    expect(everything()).toEqual([]);
    // Exactly at the limit is fine.
    expect(
      (await store.put(Readable.from([Buffer.alloc(1000)]), { prefix: PREFIX, maxBytes: 1000 })).size,
    ).toBe(1000);
  });

  it('refuses keys and prefixes that could reach outside its folder', async () => {
    const store = localFileStore(root);
    for (const key of [
      '../outside',
      `${PREFIX}/../../etc/passwd`,
      '/etc/passwd',
      `${PREFIX}/a/b`,
      `${PREFIX}/..`,
      `${PREFIX}/.`,
      '',
    ])
      await expect(store.open(key), key).rejects.toThrow('invalid file store key');
    await expect(store.delete('../x/y')).rejects.toThrow('invalid file store key');
    for (const prefix of ['..', 'a/b', '', '.partial'])
      await expect(store.put(Readable.from(['x']), { prefix, maxBytes: 10 }), prefix).rejects.toThrow(
        'invalid file store prefix',
      );
  });

  it('removes partial writes abandoned before a time, and lists only complete content', async () => {
    const store = localFileStore(root);
    await store.put(Readable.from(['x']), { prefix: PREFIX, maxBytes: 10 });
    mkdirSync(join(root, '.partial'), { recursive: true });
    const old = join(root, '.partial', 'old');
    const fresh = join(root, '.partial', 'fresh');
    writeFileSync(old, 'half');
    writeFileSync(fresh, 'half');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(old, hourAgo, hourAgo);
    expect(await store.removeAbandoned(new Date(Date.now() - 60_000))).toBe(1);
    expect([existsSync(old), existsSync(fresh)]).toEqual([false, true]);
    const listed = [];
    for await (const entry of store.list()) listed.push(entry.key);
    expect(listed).toHaveLength(1);
  });

  it('lists nothing and removes nothing before anything was stored', async () => {
    const store = localFileStore(join(root, 'not-yet'));
    const listed = [];
    for await (const entry of store.list()) listed.push(entry);
    expect(listed).toEqual([]);
    expect(await store.removeAbandoned(new Date())).toBe(0);
  });
});

describe('file store settings', () => {
  it('puts files beside an SQLite database, or in FILES_DIR, or under ./data for PostgreSQL', () => {
    expect(filesDirectory('sqlite:./data/rapport.db', undefined)).toBe('data/rapport-files');
    expect(filesDirectory('sqlite:/srv/crm/acme.db', undefined)).toBe('/srv/crm/acme-files');
    expect(filesDirectory('postgres://db/crm', undefined)).toBe('data/files');
    expect(filesDirectory('postgres://db/crm', '/mnt/files')).toBe('/mnt/files');
  });

  it('takes the size limit from FILES_MAX_BYTES, 25 MB by default, and refuses nonsense', () => {
    expect(maxFileBytes(undefined)).toBe(25 * 1024 * 1024);
    expect(maxFileBytes('1048576')).toBe(1_048_576);
    for (const bad of ['0', '-5', '1.5', 'lots'])
      expect(() => maxFileBytes(bad), bad).toThrow('FILES_MAX_BYTES');
  });
});
