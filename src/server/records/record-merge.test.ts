import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMessage } from '../modules/mail/mail.import.js';
import {
  addMember,
  allPages,
  createTestApp,
  signUpOwner,
  type Client,
  type TestApp,
} from '../testing/factories.js';
import { fileUpload, SAMPLE_FILES } from '../testing/multipart.js';
import { rawEmail } from '../testing/raw-email.js';
import { testDialects } from '../testing/test-database.js';

interface Person {
  id: string;
  firstName: string;
  lastName: string;
  emails: { email: string; primary: boolean }[];
  jobTitle: string | null;
  city: string | null;
  companyId: string | null;
  companyName: string | null;
  tags: string[];
  custom: Record<string, unknown>;
  version: number;
  deletedAt: string | null;
}

interface Problem {
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
}

async function created<T = { id: string }>(client: Client, path: string, body: unknown) {
  const response = await client.post(path, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<T>();
}

function expectProblem(response: Awaited<ReturnType<Client['get']>>, status: number, field: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.json<Problem>().errors?.map((e) => e.field)).toContain(field);
}

/** Who owns what in the database after a merge: rows by record, read straight from the tables. */
async function linkedRows(client: Client, recordId: string) {
  const db = client.app.db;
  const ws = client.info.workspaceId;
  const [notes, files, timeline, emails, merges, events] = await Promise.all([
    db
      .selectFrom('activities')
      .select('id')
      .where('workspace_id', '=', ws)
      .where('type', '=', 'note')
      .where((eb) =>
        eb.or([
          eb('person_id', '=', recordId),
          eb('company_id', '=', recordId),
          eb('record_id', '=', recordId),
        ]),
      )
      .execute(),
    db
      .selectFrom('files')
      .select('id')
      .where('workspace_id', '=', ws)
      .where('record_id', '=', recordId)
      .execute(),
    db
      .selectFrom('timeline_events')
      .select('kind')
      .where('workspace_id', '=', ws)
      .where('record_id', '=', recordId)
      .execute(),
    db
      .selectFrom('email_links')
      .select('email_id')
      .where('workspace_id', '=', ws)
      .where('record_id', '=', recordId)
      .execute(),
    db.selectFrom('record_merges').selectAll().where('workspace_id', '=', ws).execute(),
    db
      .selectFrom('record_events')
      .select(['type', 'record_id'])
      .where('workspace_id', '=', ws)
      .where('record_id', '=', recordId)
      .orderBy('seq')
      .execute(),
  ]);
  return { notes, files, timeline: timeline.map((e) => e.kind), emails, merges, events };
}

async function receiveEmail(client: Client, from: string, to: string) {
  const db = client.app.db;
  const workspaceId = client.info.workspaceId;
  const mailbox = await created(client, '/mailboxes', {
    name: 'Inbox',
    host: '127.0.0.1',
    port: 9,
    username: 'u',
    password: 'p',
  });
  const raw = rawEmail({ from, to, subject: 'Quote', text: 'Hello' });
  await importMessage(db, client.app.files, { workspaceId, id: mailbox.id }, Buffer.from(raw));
}

describe.each(testDialects())('merging duplicates on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('keeps the chosen values and moves notes, files, timeline and emails to the survivor', async () => {
    const owner = await signUpOwner(t.app);
    await created(owner, '/custom-fields', { object: 'person', label: 'Tier', key: 'tier', type: 'text' });
    await created(owner, '/custom-fields', { object: 'person', label: 'Fax', key: 'fax', type: 'text' });
    const keep = await created<Person>(owner, '/people', {
      firstName: 'Jan',
      lastName: 'Novák',
      emails: [{ email: 'jan@novak.example' }],
      city: 'Žilina',
      tags: ['lead'],
      custom: { tier: 'gold' },
    });
    const other = await created<Person>(owner, '/people', {
      firstName: 'Ján',
      lastName: 'Novák',
      emails: [{ email: 'jan.novak@work.example' }, { email: 'jan@novak.example' }],
      jobTitle: 'CTO',
      city: 'Brno',
      tags: ['vip', 'lead'],
      custom: { tier: 'silver', fax: '+421 41 555' },
    });
    const note = await created(owner, '/notes', {
      entityType: 'person',
      entityId: other.id,
      body: 'Met at fair',
    });
    const { payload, headers } = fileUpload('cv.pdf', SAMPLE_FILES.pdf, 'application/pdf');
    expect((await owner.post(`/people/${other.id}/files`, payload, headers)).statusCode).toBe(201);
    await receiveEmail(owner, 'jan.novak@work.example', 'sales@acme.example');
    await receiveEmail(owner, 'jan.novak@work.example', 'jan@novak.example');

    const response = await owner.post(`/people/${keep.id}/merge`, {
      otherId: other.id,
      values: { firstName: 'other', city: 'this', 'custom.tier': 'other' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const merged = response.json<Person>();
    expect(merged).toMatchObject({
      id: keep.id,
      firstName: 'Ján',
      city: 'Žilina',
      jobTitle: 'CTO',
      tags: ['lead', 'vip'],
      custom: { tier: 'silver', fax: '+421 41 555' },
      version: keep.version + 1,
    });
    expect(merged.emails.map((e) => [e.email, e.primary])).toEqual([
      ['jan@novak.example', true],
      ['jan.novak@work.example', false],
    ]);
    expect(response.headers.etag).toBe(`"${merged.version}"`);

    const survivor = await linkedRows(owner, keep.id);
    const gone = await linkedRows(owner, other.id);
    expect(survivor.notes.map((n) => n.id)).toEqual([note.id]);
    expect(survivor.files).toHaveLength(1);
    expect(survivor.emails).toHaveLength(2);
    expect(survivor.timeline.filter((kind) => kind === 'created')).toHaveLength(2);
    expect(survivor.timeline.filter((kind) => kind === 'merged')).toHaveLength(1);
    expect(survivor.timeline.filter((kind) => kind === 'email')).toHaveLength(3);
    expect([gone.notes, gone.files, gone.timeline, gone.emails]).toEqual([[], [], [], []]);
    expect(survivor.merges).toMatchObject([
      { record_type: 'person', merged_id: other.id, survivor_id: keep.id, merged_by: owner.info.userId },
    ]);
    expect(survivor.events.map((e) => e.type)).toEqual(['person.created', 'person.updated']);
    expect(gone.events.map((e) => e.type)).toEqual(['person.created', 'person.deleted']);

    const timeline = (await owner.get(`/people/${keep.id}/timeline?kind=merged`)).json<{
      data: { data: { mergedId: string; mergedName: string } }[];
    }>().data;
    expect(timeline[0]!.data).toMatchObject({ mergedId: other.id, mergedName: 'Ján Novák' });

    const audit = await allPages<{ action: string; changes: Record<string, unknown> }>(
      owner,
      `/audit-log?entityId=${keep.id}&limit=100`,
    );
    expect(audit.map((entry) => entry.action)).toEqual(['merge', 'create']);
    expect(audit[0]!.changes).toMatchObject({
      firstName: { before: 'Jan', after: 'Ján' },
      jobTitle: { before: null, after: 'CTO' },
      mergedId: { before: other.id, after: null },
    });
    const otherHistory = await allPages<{ action: string }>(
      owner,
      `/audit-log?entityId=${other.id}&limit=100`,
    );
    expect(otherHistory.map((entry) => entry.action)).toEqual(['create']);

    const lookup = await owner.get(`/people/${other.id}`);
    expect(lookup.statusCode).toBe(404);
    expect(lookup.json<Problem>().errors).toEqual([{ field: 'id', message: `was merged into ${keep.id}` }]);
    expectProblem(await owner.post(`/people/${other.id}/restore`), 404, 'id');
    const found = (await owner.get('/search?q=novak')).json<{ data: { entityId: string }[] }>().data;
    expect(found.map((hit) => hit.entityId)).toEqual([keep.id]);
  });

  it('moves the people of a merged company and every reference to it', async () => {
    const owner = await signUpOwner(t.app);
    const keep = await created(owner, '/companies', { name: 'Tatra Banka' });
    const other = await created(owner, '/companies', { name: 'Tatra banka a.s.', domain: 'tatrabanka.sk' });
    const people = [];
    for (const name of ['Eva', 'Ivan', 'Olga'])
      people.push(await created<Person>(owner, '/people', { firstName: name, companyId: other.id }));
    expect((await owner.delete(`/people/${people[2]!.id}`)).statusCode).toBe(204);

    const response = await owner.post(`/companies/${keep.id}/merge`, { otherId: other.id });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Tatra Banka', domain: 'tatrabanka.sk' });

    const members = (await owner.get(`/companies/${keep.id}/people`)).json<{ data: Person[] }>().data;
    expect(members.map((p) => [p.firstName, p.companyName, p.version])).toEqual([
      ['Eva', 'Tatra Banka', 2],
      ['Ivan', 'Tatra Banka', 2],
    ]);
    const trashed = (await owner.get(`/people?deleted=true`)).json<{ data: Person[] }>().data;
    expect(trashed.map((p) => p.companyId)).toEqual([keep.id]);
    const found = (await owner.get('/search?q=eva')).json<{ data: { subtitle: string | null }[] }>().data;
    expect(found[0]!.subtitle).toBe('Tatra Banka');
    const events = await owner.app.db
      .selectFrom('record_events')
      .select('type')
      .where('workspace_id', '=', owner.info.workspaceId)
      .where('record_type', '=', 'person')
      .where('type', '=', 'person.updated')
      .execute();
    expect(events).toHaveLength(3);
    const audit = await allPages<{ action: string }>(owner, `/audit-log?limit=100`);
    expect(audit.filter((entry) => entry.action === 'merge')).toHaveLength(1);
  });

  it('honours If-Match and refuses bad input, writing nothing', async () => {
    const owner = await signUpOwner(t.app);
    const keep = await created<Person>(owner, '/people', { firstName: 'Ada' });
    const other = await created<Person>(owner, '/people', { firstName: 'Adah', city: 'Brno' });
    const trashed = await created<Person>(owner, '/people', { firstName: 'Old' });
    await owner.delete(`/people/${trashed.id}`);
    const merge = (body: unknown, headers?: Record<string, string>) =>
      owner.post(`/people/${keep.id}/merge`, body, headers);

    expectProblem(await merge({ otherId: other.id }, { 'if-match': '"7"' }), 412, 'If-Match');
    expectProblem(await merge({ otherId: keep.id }), 400, 'otherId');
    expectProblem(await merge({ otherId: 'nope' }), 400, 'otherId');
    expectProblem(await merge({ otherId: other.id, values: { nickname: 'other' } }), 400, 'values.nickname');
    expectProblem(await merge({ otherId: other.id, values: { email: 'other' } }), 400, 'values.email');
    expectProblem(await merge({ otherId: other.id, values: { city: 'both' } }), 400, 'values.city');
    expectProblem(await merge({ otherId: trashed.id }), 400, 'otherId');
    expectProblem(await merge({ otherId: '0190a0a0-0000-7000-8000-000000000000' }), 404, 'otherId');

    expect((await owner.get(`/people/${keep.id}`)).json()).toMatchObject({ version: 1, city: null });
    expect((await owner.get(`/people/${other.id}`)).json()).toMatchObject({ deletedAt: null });
    const ok = await merge({ otherId: other.id }, { 'if-match': '"1"' });
    expect(ok.statusCode, ok.body).toBe(200);
    expectProblem(await owner.post(`/people/${other.id}/merge`, { otherId: keep.id }), 404, 'id');
  });

  it('needs update on the survivor and delete on the other', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(owner, 'member');
    const viewer = await addMember(owner, 'viewer');
    const mine = await created(member, '/people', { firstName: 'Mine' });
    const alsoMine = await created(member, '/people', { firstName: 'Mine too' });
    const theirs = await created(owner, '/people', { firstName: 'Theirs' });

    expect((await viewer.post(`/people/${mine.id}/merge`, { otherId: alsoMine.id })).statusCode).toBe(403);
    expect((await member.post(`/people/${mine.id}/merge`, { otherId: theirs.id })).statusCode).toBe(403);
    expect((await member.post(`/people/${theirs.id}/merge`, { otherId: mine.id })).statusCode).toBe(403);
    expect((await owner.get(`/people/${theirs.id}`)).json()).toMatchObject({ version: 1, deletedAt: null });
    const response = await member.post(`/people/${mine.id}/merge`, { otherId: alsoMine.id });
    expect(response.statusCode, response.body).toBe(200);
  });

  it('keeps workspaces apart', async () => {
    const owner = await signUpOwner(t.app);
    const stranger = await signUpOwner(t.app);
    const mine = await created(owner, '/people', { firstName: 'Mine' });
    const theirs = await created(stranger, '/people', { firstName: 'Theirs' });

    expectProblem(await owner.post(`/people/${mine.id}/merge`, { otherId: theirs.id }), 404, 'otherId');
    expect((await owner.post(`/people/${theirs.id}/merge`, { otherId: mine.id })).statusCode).toBe(404);
    expect((await stranger.get(`/people/${theirs.id}`)).json()).toMatchObject({
      version: 1,
      deletedAt: null,
    });
    expect((await owner.get(`/people/${mine.id}`)).json()).toMatchObject({ version: 1, deletedAt: null });
  });

  it('runs merges of one pair in opposite directions one after the other', async () => {
    const owner = await signUpOwner(t.app);
    for (let round = 0; round < 5; round++) {
      const a = await created(owner, '/companies', { name: `A ${round}` });
      const b = await created(owner, '/companies', { name: `B ${round}` });
      await created(owner, '/people', { firstName: 'Of A', companyId: a.id });
      await created(owner, '/people', { firstName: 'Of B', companyId: b.id });
      const answers = await Promise.all([
        owner.post(`/companies/${a.id}/merge`, { otherId: b.id }),
        owner.post(`/companies/${b.id}/merge`, { otherId: a.id }),
      ]);
      const statuses = answers.map((answer) => answer.statusCode).sort();
      expect(statuses[0], answers.map((a) => a.body).join('\n')).toBe(200);
      expect([400, 404]).toContain(statuses[1]);
      const survivor = answers.find((answer) => answer.statusCode === 200)!.json<{ id: string }>().id;
      const people = (await owner.get(`/companies/${survivor}/people`)).json<{ data: unknown[] }>().data;
      expect(people).toHaveLength(2);
    }
  });
});
