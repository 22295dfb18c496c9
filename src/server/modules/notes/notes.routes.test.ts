import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  apiKeyClient,
  createTestApp,
  signUpOwner,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

interface NoteBody {
  id: string;
  entityType: string;
  entityId: string;
  body: string;
  authorId: string | null;
  authorName: string | null;
}
type Page = { data: NoteBody[]; nextCursor: string | null };
type Problem = { errors: { field: string }[] };

async function personOf(client: Client, firstName = 'Mária') {
  const response = await client.post('/people', { firstName });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

describe.each(testDialects())('notes API on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('adds, lists newest first with a cursor, edits and deletes notes with an audit trail', async () => {
    const owner = await signUpOwner(t.app);
    const personId = await personOf(owner);
    const created: NoteBody[] = [];
    for (const body of ['First call: *interested*', 'Sent the **offer**', 'Signed!']) {
      const response = await owner.post('/notes', { entityType: 'person', entityId: personId, body });
      expect(response.statusCode, response.body).toBe(201);
      created.push(response.json<NoteBody>());
    }
    expect(created[0]).toMatchObject({
      entityType: 'person',
      entityId: personId,
      authorId: owner.info.userId,
      authorName: 'Olga Owner',
    });

    const first = (await owner.get(`/notes?entityType=person&entityId=${personId}&limit=2`)).json<Page>();
    expect(first.data.map((n) => n.body)).toEqual(['Signed!', 'Sent the **offer**']);
    const second = (
      await owner.get(`/notes?entityType=person&entityId=${personId}&limit=2&cursor=${first.nextCursor}`)
    ).json<Page>();
    expect(second.data.map((n) => n.body)).toEqual(['First call: *interested*']);
    expect(second.nextCursor).toBeNull();

    const note = created[0]!;
    const edited = await owner.patch(`/notes/${note.id}`, { body: 'First call: very *interested*' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ body: 'First call: very *interested*', authorName: 'Olga Owner' });
    expect((await owner.delete(`/notes/${note.id}`)).statusCode).toBe(204);
    expect((await owner.delete(`/notes/${note.id}`)).statusCode).toBe(404);
    expect((await owner.get(`/notes?entityType=person&entityId=${personId}`)).json<Page>().data).toHaveLength(
      2,
    );

    const audit = (await owner.get(`/audit-log?entityType=activity&entityId=${note.id}`)).json<{
      data: { action: string; changes: Record<string, unknown> }[];
    }>().data;
    expect(audit.map((a) => a.action)).toEqual(['delete', 'update', 'create']);
    expect(audit[1]!.changes).toEqual({
      body: { before: 'First call: *interested*', after: 'First call: very *interested*' },
    });
    // A deleted note goes to the trash, as every activity does.
    expect(audit[0]!.changes).toMatchObject({ deletedAt: { before: null } });
  });

  it('attaches notes to companies and refuses records in the trash', async () => {
    const owner = await signUpOwner(t.app);
    const company = (await owner.post('/companies', { name: 'Acme' })).json<{ id: string }>();
    expect(
      (await owner.post('/notes', { entityType: 'company', entityId: company.id, body: 'Big account' }))
        .statusCode,
    ).toBe(201);
    const notes = (await owner.get(`/notes?entityType=company&entityId=${company.id}`)).json<Page>().data;
    expect(notes.map((n) => n.body)).toEqual(['Big account']);
    expect((await owner.get(`/notes?entityType=person&entityId=${company.id}`)).statusCode).toBe(404);
    await owner.delete(`/companies/${company.id}`);
    const refused = await owner.post('/notes', {
      entityType: 'company',
      entityId: company.id,
      body: 'Too late',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<Problem>().errors[0]!.field).toBe('entityId');
  });

  it('lets only the author (or a role over all notes) change a note, and only readers of the record see it', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(owner, 'member');
    const viewer = await addMember(owner, 'viewer');
    const personId = await personOf(owner);
    const ownNote = (
      await owner.post('/notes', { entityType: 'person', entityId: personId, body: 'Owner note' })
    ).json<NoteBody>();
    const memberNote = await member.post('/notes', {
      entityType: 'person',
      entityId: personId,
      body: 'Member note',
    });
    expect(memberNote.statusCode).toBe(201);
    expect((await member.patch(`/notes/${ownNote.id}`, { body: 'Hijacked' })).statusCode).toBe(403);
    expect((await member.delete(`/notes/${ownNote.id}`)).statusCode).toBe(403);
    expect(
      (await member.patch(`/notes/${memberNote.json<NoteBody>().id}`, { body: 'Member note, edited' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await owner.patch(`/notes/${memberNote.json<NoteBody>().id}`, { body: 'Edited by the owner' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await viewer.get(`/notes?entityType=person&entityId=${personId}`)).json<Page>().data,
    ).toHaveLength(2);
    expect(
      (await viewer.post('/notes', { entityType: 'person', entityId: personId, body: 'Viewer' })).statusCode,
    ).toBe(403);

    const key = await apiKeyClient(owner);
    const byKey = await key.post('/notes', {
      entityType: 'person',
      entityId: personId,
      body: 'From the API',
    });
    expect(byKey.statusCode, byKey.body).toBe(201);
    expect(byKey.json()).toMatchObject({ authorId: null, authorName: null });
  });

  it('rejects bad input with problem+json naming the field, writing nothing', async () => {
    const owner = await signUpOwner(t.app);
    const personId = await personOf(owner);
    const cases: [unknown, string][] = [
      [{ entityId: personId, body: 'x' }, 'entityType'],
      [{ entityType: 'ticket', entityId: personId, body: 'x' }, 'entityType'],
      [{ entityType: 'person', entityId: 'nope', body: 'x' }, 'entityId'],
      [{ entityType: 'person', entityId: personId }, 'body'],
      [{ entityType: 'person', entityId: personId, body: '' }, 'body'],
      [{ entityType: 'person', entityId: personId, body: ' \n ' }, 'body'],
      [{ entityType: 'person', entityId: personId, body: 'x'.repeat(20_001) }, 'body'],
    ];
    for (const [body, field] of cases) {
      const response = await owner.post('/notes', body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 100)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<Problem>().errors.map((e) => e.field)).toContain(field);
    }
    const note = (
      await owner.post('/notes', { entityType: 'person', entityId: personId, body: 'x'.repeat(20_000) })
    ).json<NoteBody>();
    for (const body of [{}, { body: '' }, { body: 'y'.repeat(20_001) }]) {
      const response = await owner.patch(`/notes/${note.id}`, body);
      expect(response.statusCode).toBe(400);
      expect(response.json<Problem>().errors[0]!.field).toBe('body');
    }
    for (const [url, field] of [
      [`/notes?entityId=${personId}`, 'entityType'],
      ['/notes?entityType=person', 'entityId'],
      [`/notes?entityType=person&entityId=${personId}&limit=201`, 'limit'],
      [`/notes?entityType=person&entityId=${personId}&cursor=abc`, 'cursor'],
    ] as const) {
      const response = await owner.get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json<Problem>().errors[0]!.field).toBe(field);
    }
    expect((await owner.patch('/notes/not-a-uuid', { body: 'x' })).statusCode).toBe(400);
    const notes = (await owner.get(`/notes?entityType=person&entityId=${personId}`)).json<Page>().data;
    expect(notes.map((n) => n.body.length)).toEqual([20_000]);
  });

  it('keeps workspaces apart: by list, by parent, by update and by delete', async () => {
    const a = await signUpOwner(t.app);
    const b = await signUpOwner(t.app);
    const personId = await personOf(a);
    const note = (
      await a.post('/notes', { entityType: 'person', entityId: personId, body: 'Secret' })
    ).json<NoteBody>();
    expect((await b.get(`/notes?entityType=person&entityId=${personId}`)).statusCode).toBe(404);
    expect(
      (await b.post('/notes', { entityType: 'person', entityId: personId, body: 'Intrusion' })).statusCode,
    ).toBe(404);
    expect((await b.patch(`/notes/${note.id}`, { body: 'Stolen' })).statusCode).toBe(404);
    expect((await b.delete(`/notes/${note.id}`)).statusCode).toBe(404);
    expect(
      (await b.get(`/audit-log?entityType=activity&entityId=${note.id}`)).json<{ data: unknown[] }>().data,
    ).toHaveLength(0);
    const notes = (await a.get(`/notes?entityType=person&entityId=${personId}`)).json<Page>().data;
    expect(notes.map((n) => n.body)).toEqual(['Secret']);
  });
});
