import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpOwner, type Client, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

type Person = { id: string; firstName: string; custom: Record<string, unknown>; version: number };
type Page = { data: Person[] };

async function defineField(owner: Client, key: string, type: string) {
  const response = await owner.post('/custom-fields', { object: 'person', key, label: key, type });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

describe.each(testDialects())('custom fields deleted and defined again on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('deleting a field removes its values, so a new field with the same key starts empty', async () => {
    const owner = await signUpOwner(t.app);
    const textField = await defineField(owner, 'site', 'text');
    const person = (
      await owner.post('/people', { firstName: 'Eve', custom: { site: 'javascript:alert(1)' } })
    ).json<Person>();
    const other = (await owner.post('/people', { firstName: 'Ann' })).json<Person>();
    expect((await owner.delete(`/custom-fields/${textField}`)).statusCode).toBe(204);

    await defineField(owner, 'site', 'url');
    const read = (await owner.get(`/people/${person.id}`)).json<Person>();
    expect(read.custom).toEqual({});
    expect(read.version).toBe(2);
    expect((await owner.get(`/people/${other.id}`)).json<Person>().version).toBe(1);
    const listed = (await owner.get('/people?filter[custom.site][empty]=false')).json<Page>().data;
    expect(listed).toEqual([]);

    const log = (await owner.get(`/audit-log?entityId=${textField}`)).json<{
      data: { action: string; changes: Record<string, { before: unknown }> }[];
    }>().data;
    expect(log.map((e) => e.action)).toEqual(['delete', 'create']);
    expect(log[0]!.changes.valuesRemoved!.before).toBe(1);
  });

  it('a text field defined again as a number filters and sorts without failing', async () => {
    const owner = await signUpOwner(t.app);
    const textField = await defineField(owner, 'score', 'text');
    await owner.post('/people', { firstName: 'Old', custom: { score: 'not a number' } });
    expect((await owner.delete(`/custom-fields/${textField}`)).statusCode).toBe(204);
    await defineField(owner, 'score', 'number');
    await owner.post('/people', { firstName: 'New', custom: { score: 7 } });
    for (const url of [
      '/people?filter[custom.score][gt]=1',
      '/people?sort=-custom.score',
      '/people?filter[custom.score][empty]=true',
    ]) {
      const response = await owner.get(url);
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    }
    expect(
      (await owner.get('/people?filter[custom.score][gt]=1')).json<Page>().data.map((p) => p.firstName),
    ).toEqual(['New']);
  });

  it('values of another type left in stored records are neither shown nor break filters and sorts', async () => {
    const owner = await signUpOwner(t.app);
    await defineField(owner, 'score', 'number');
    await defineField(owner, 'site', 'url');
    await defineField(owner, 'vip', 'boolean');
    const person = (
      await owner.post('/people', { firstName: 'Legacy', custom: { score: 3 } })
    ).json<Person>();
    // As a record written before the values were purged would hold them.
    const legacy = JSON.stringify({ score: 'abc', site: 'javascript:alert(1)', vip: 'yes', gone: 1 });
    await sql`update people set custom = ${sql.raw(dialect === 'postgres' ? `'${legacy}'::jsonb` : `'${legacy}'`)}
      where id = ${person.id}`.execute(t.app.db);

    expect((await owner.get(`/people/${person.id}`)).json<Person>().custom).toEqual({});
    const listed = (await owner.get('/people')).json<Page>().data;
    expect(listed.find((p) => p.id === person.id)!.custom).toEqual({});
    for (const url of [
      '/people?sort=custom.score',
      '/people?filter[custom.score][lt]=10',
      '/people?filter[custom.vip][eq]=true',
      '/people?sort=custom.vip',
    ]) {
      const response = await owner.get(url);
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    }
    // The next change writes only what the current definitions accept.
    const changed = await owner.patch(`/people/${person.id}`, { custom: { score: 4 } });
    expect(changed.json<Person>().custom).toEqual({ score: 4 });
  });
});
