import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sortKey } from '../lib/text-fold.js';
import type { RecordType } from '../records/record-type.js';
import { addMember, allPages, createTestApp, signUpOwner, type Client, type TestApp } from './factories.js';
import { createReferences, recordFactories } from './record-factories.js';
import { testDialects } from './test-database.js';

type Body = Record<string, unknown> & { id: string; version: number; deletedAt: string | null };

/** The value a list sorts a record by, as the API shows the record (a derived field from its source). */
function sortValue(type: RecordType, field: string, row: Body): string | number | null {
  const spec = type.fields[field];
  const value = spec?.derive ? spec.derive(row) : row[field];
  if (value === null || value === undefined) return null;
  if (spec?.type === 'money') return (value as { amount: number }).amount;
  if (spec?.keyed) return sortKey(value as string);
  return value as string | number;
}

/** Nulls first ascending and last descending, then by value; ties in any order (the id breaks them). */
function expectOrdered(type: RecordType, field: string, desc: boolean, rows: Body[]) {
  const values = rows.map((row) => sortValue(type, field, row));
  const compare = (a: string | number | null, b: string | number | null) =>
    a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;
  for (let i = 1; i < values.length; i++) {
    const order = compare(values[i - 1]!, values[i]!) * (desc ? -1 : 1);
    expect(
      order,
      `${desc ? '-' : ''}${field}: ${String(values[i - 1])} before ${String(values[i])}`,
    ).toBeLessThanOrEqual(0);
  }
}

/**
 * What every record type does, tried on both databases through the HTTP API: create, read, change
 * and history with the audit trail, trash and restore, paging through every sortable field in both
 * directions, bad input refused with nothing written, and other workspaces kept out.
 */
export function describeRecordContract(type: RecordType) {
  const factory = recordFactories[type.entity];
  const base = `/${type.table}`;
  const sortable = Object.entries(type.listFields)
    .filter(([, field]) => field.sortable)
    .map(([name]) => name);

  describe.each(testDialects())(`the ${type.entity} record type on %s`, (dialect) => {
    let t: TestApp;
    let owner: Client;
    let refs: Record<string, string>;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      owner = await signUpOwner(t.app);
      refs = await createReferences(owner);
    });
    afterAll(async () => t.close());

    const create = async (client: Client, n: number) => {
      const response = await client.post(base, factory!(n, refs));
      expect(response.statusCode, response.body).toBe(201);
      return response.json<Body>();
    };

    it('has a record factory', () => expect(factory).toBeDefined());

    it('creates, reads, changes and keeps the history of a record, with versions as ETags', async () => {
      const created = await create(owner, 1);
      expect(created.version).toBe(1);
      const read = await owner.get(`${base}/${created.id}`);
      expect(read.statusCode).toBe(200);
      expect(read.headers.etag).toBe('"1"');
      expect(read.json()).toEqual(created);

      const patch = factory!(2, refs);
      const changed = await owner.patch(`${base}/${created.id}`, patch);
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json<Body>().version).toBe(2);
      const stale = await owner.request('PATCH', `${base}/${created.id}`, patch, { 'if-match': '"1"' });
      expect(stale.statusCode).toBe(412);

      const history = (await owner.get(`${base}/${created.id}/history`)).json<{
        data: { action: string; entityType: string }[];
      }>().data;
      expect(history.map((h) => h.action)).toEqual(['update', 'create']);
      expect(history.every((h) => h.entityType === type.entity)).toBe(true);
    });

    it('moves a record to the trash and back', async () => {
      const record = await create(owner, 3);
      expect((await owner.delete(`${base}/${record.id}`)).statusCode).toBe(204);
      const live = await allPages<Body>(owner, `${base}?limit=200`);
      expect(live.map((r) => r.id)).not.toContain(record.id);
      const trash = await allPages<Body>(owner, `${base}?deleted=true&limit=200`);
      expect(trash.map((r) => r.id)).toContain(record.id);
      const changed = await owner.patch(`${base}/${record.id}`, factory!(4, refs));
      expect(changed.statusCode).toBe(400);
      const restored = await owner.post(`${base}/${record.id}/restore`);
      expect(restored.statusCode).toBe(200);
      expect(restored.json<Body>().deletedAt).toBeNull();
      const history = (await owner.get(`${base}/${record.id}/history`)).json<{
        data: { action: string }[];
      }>();
      expect(history.data.map((h) => h.action)).toEqual(['restore', 'delete', 'create']);
    });

    it(`pages through every sortable field (${sortable.join(', ')}) both ways, each record once`, async () => {
      const client = await signUpOwner(t.app);
      const clientRefs = await createReferences(client);
      for (let n = 0; n < 9; n++)
        expect((await client.post(base, factory!(n, clientRefs))).statusCode).toBe(201);
      const ids = (await allPages<Body>(client, `${base}?limit=200`)).map((r) => r.id);
      expect(ids.length).toBeGreaterThanOrEqual(9);
      for (const field of sortable) {
        for (const sort of [field, `-${field}`]) {
          const rows = await allPages<Body>(client, `${base}?sort=${sort}&limit=2`);
          expect(rows.map((r) => r.id).sort(), `sort=${sort}`).toEqual(ids.sort());
          expectOrdered(type, field, sort.startsWith('-'), rows);
        }
      }
    });

    it('refuses bad input naming the field, writing nothing', async () => {
      const client = await signUpOwner(t.app);
      const before = await allPages<Body>(client, `${base}?limit=200`);
      for (const body of [
        {},
        { ...factory!(5, {}), tags: 'not a list' },
        { ...factory!(5, {}), ownerId: 'x' },
      ]) {
        const response = await client.post(base, body);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(response.headers['content-type']).toMatch(/problem\+json/);
        expect(response.json<{ errors: { field: string }[] }>().errors[0]!.field).toBeTruthy();
      }
      expect(await allPages<Body>(client, `${base}?limit=200`)).toHaveLength(before.length);
    });

    it('keeps other workspaces out: by id, list, search, change, trash, restore and history', async () => {
      const record = await create(owner, 6);
      const stranger = await signUpOwner(t.app);
      for (const [method, path] of [
        ['GET', `${base}/${record.id}`],
        ['PATCH', `${base}/${record.id}`],
        ['DELETE', `${base}/${record.id}`],
        ['POST', `${base}/${record.id}/restore`],
        ['GET', `${base}/${record.id}/history`],
      ] as const) {
        const body = method === 'PATCH' ? factory!(7, {}) : method === 'POST' ? {} : undefined;
        expect((await stranger.request(method, path, body)).statusCode, `${method} ${path}`).toBe(404);
      }
      expect(await allPages<Body>(stranger, `${base}?limit=200`)).toEqual([]);
      const name = String(type.displayName(record)).split(' ')[0]!;
      expect((await stranger.get(`${base}?q=${encodeURIComponent(name)}`)).json<{ data: [] }>().data).toEqual(
        [],
      );
      expect((await owner.get(`${base}/${record.id}`)).json<Body>().version).toBe(record.version);
    });

    const sensitive = Object.entries(type.fields)
      .filter(([, field]) => field.sensitive)
      .map(([name]) => name);
    it.runIf(sensitive.length > 0)(
      `hides ${sensitive.join(', ')} from roles that may not read and change every record`,
      async () => {
        const record = await create(owner, 0);
        const member = await addMember(owner, 'member');
        const seen = (await member.get(`${base}/${record.id}`)).json<Body>();
        for (const name of sensitive) {
          expect(record[name], `the owner sees ${name}`).not.toBeNull();
          expect(seen[name], `a member does not see ${name}`).toBeNull();
          const listed = (await member.get(`${base}?limit=200`)).json<{ data: Body[] }>().data;
          expect(listed.find((r) => r.id === record.id)![name]).toBeNull();
          expect((await member.get(`${base}?sort=${name}`)).statusCode).toBe(400);
          expect((await member.get(`${base}?filter[${name}][empty]=false`)).statusCode).toBe(400);
          const body = Object.fromEntries(
            Object.entries(factory!(8, refs)).filter(([k]) => !sensitive.includes(k)),
          );
          expect((await member.post(base, { ...body, [name]: record[name] })).statusCode).toBe(403);
          const mine = (await member.post(base, body)).json<Body>();
          const write = await member.patch(`${base}/${mine.id}`, { [name]: record[name] });
          expect(write.statusCode).toBe(403);
          expect(write.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe(name);
        }
        await owner.patch(`${base}/${record.id}`, factory!(9, refs));
        const history = (await member.get(`${base}/${record.id}/history`)).json<{
          data: { changes: Record<string, unknown> }[];
        }>().data;
        for (const entry of history)
          for (const name of sensitive) expect(entry.changes).not.toHaveProperty(name);
      },
    );
  });
}
