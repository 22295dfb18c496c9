import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages, createTestApp, signUpOwner, type Client, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

interface AuditEntry {
  id: string;
  action: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}

/** People and companies share the update path; each is tried with two fields changed at once. */
const RESOURCES = [
  { path: '/people', body: { firstName: 'Ada', lastName: 'Lovelace' }, fields: ['city', 'jobTitle'] },
  { path: '/companies', body: { name: 'Analytical Engines' }, fields: ['industry', 'domain'] },
] as const;

const valueFor = (field: string, i: number) => (field === 'domain' ? `site${i}.example` : `${field} ${i}`);

async function history(client: Client, id: string) {
  const entries = await allPages<AuditEntry>(client, `/audit-log?entityId=${id}&limit=100`);
  // The log lists newest first; ids are UUIDv7, so sorting them gives the order of the writes.
  return entries.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Each entry's "before" of a field is the "after" of the entry that last changed it. */
function expectChained(entries: AuditEntry[], field: string) {
  let last: unknown = null;
  for (const entry of entries) {
    const change = entry.changes[field];
    if (!change) continue;
    expect(change.before, `${entry.id} ${field}`).toEqual(last);
    last = change.after;
  }
  return last;
}

describe.each(testDialects())('concurrent changes to one record on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  for (const resource of RESOURCES) {
    const [first, second] = resource.fields;

    it(`${resource.path}: parallel changes of different fields all land`, async () => {
      const owner = await signUpOwner(t.app);
      const { id } = (await owner.post(resource.path, resource.body)).json<{ id: string }>();
      for (let round = 0; round < 5; round++) {
        const answers = await Promise.all([
          owner.patch(`${resource.path}/${id}`, { [first]: valueFor(first, round) }),
          owner.patch(`${resource.path}/${id}`, { [second]: valueFor(second, round) }),
        ]);
        expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
        const stored = (await owner.get(`${resource.path}/${id}`)).json<Record<string, unknown>>();
        expect(stored[first]).toBe(valueFor(first, round));
        expect(stored[second]).toBe(valueFor(second, round));
      }
    });

    it(`${resource.path}: 50 + 50 parallel changes keep the last write of each field and a chained history`, async () => {
      const owner = await signUpOwner(t.app);
      const { id } = (await owner.post(resource.path, resource.body)).json<{ id: string }>();
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) => [
          owner.patch(`${resource.path}/${id}`, { [first]: valueFor(first, i) }),
          owner.patch(`${resource.path}/${id}`, { [second]: valueFor(second, i) }),
        ]).flat(),
      );
      expect(answers.every((a) => a.statusCode === 200)).toBe(true);
      const stored = (await owner.get(`${resource.path}/${id}`)).json<Record<string, unknown>>();
      const entries = await history(owner, id);
      expect(entries.filter((e) => e.action === 'update')).toHaveLength(100);
      expect(expectChained(entries, first)).toBe(stored[first]);
      expect(expectChained(entries, second)).toBe(stored[second]);
      // Every change raised the version once.
      expect(stored.version).toBe(101);
    });

    it(`${resource.path}: If-Match refuses a change made against an older version`, async () => {
      const owner = await signUpOwner(t.app);
      const created = await owner.post(resource.path, resource.body);
      const { id } = created.json<{ id: string }>();
      expect(created.headers.etag).toBe('"1"');
      const read = await owner.get(`${resource.path}/${id}`);
      expect(read.headers.etag).toBe('"1"');
      expect(read.json<{ version: number }>().version).toBe(1);

      const url = `${resource.path}/${id}`;
      const mine = await owner.request('PATCH', url, { [first]: valueFor(first, 1) }, { 'if-match': '"1"' });
      expect(mine.statusCode).toBe(200);
      expect(mine.headers.etag).toBe('"2"');

      // A colleague who also read version 1 tries to save over it.
      const stale = await owner.request('PATCH', url, { [first]: valueFor(first, 2) }, { 'if-match': '"1"' });
      expect(stale.statusCode).toBe(412);
      expect(stale.headers['content-type']).toContain('application/problem+json');
      expect(stale.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('If-Match');
      const staleDelete = await owner.request('DELETE', url, undefined, { 'if-match': '"1"' });
      expect(staleDelete.statusCode).toBe(412);
      const after = (await owner.get(url)).json<Record<string, unknown>>();
      expect(after[first]).toBe(valueFor(first, 1));
      expect(after.deletedAt).toBeNull();

      const malformed = await owner.request('PATCH', url, { [first]: 'x' }, { 'if-match': 'W/"2"' });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('If-Match');
      const any = await owner.request('PATCH', url, { [second]: valueFor(second, 3) }, { 'if-match': '*' });
      expect(any.statusCode).toBe(200);
      expect(any.headers.etag).toBe('"3"');

      expect((await owner.request('DELETE', url, undefined, { 'if-match': '"3"' })).statusCode).toBe(204);
      const restored = await owner.post(`${url}/restore`);
      expect(restored.headers.etag).toBe('"5"');
    });
  }
});
