import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../lib/ids.js';
import {
  addMember,
  apiKeyClient,
  createTestApp,
  signUpOwner,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';

type Activity = Record<string, unknown> & { id: string };
type Problem = { errors: { field: string; message: string }[] };
type Event = { kind: string; data: Record<string, unknown>; subject: { id: string } | null };

async function created(client: Client, path: string, body: unknown): Promise<Activity> {
  const response = await client.post(path, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Activity>();
}

async function timeline(client: Client, path: string): Promise<Event[]> {
  const response = await client.get(path);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: Event[] }>().data;
}

async function expectField(response: Awaited<ReturnType<Client['get']>>, status: number, field: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.json<Problem>().errors.map((e) => e.field)).toContain(field);
}

describe.each(testDialects())('activities on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('logs a call on a person: on the person’s and the company’s timelines, filterable by kind', async () => {
    const owner = await signUpOwner(t.app);
    const acme = await created(owner, '/companies', { name: 'Acme' });
    const person = await created(owner, '/people', {
      firstName: 'Ján',
      lastName: 'Novák',
      companyId: acme.id,
    });
    const call = await created(owner, '/activities', {
      type: 'call',
      subject: 'Intro call',
      body: 'Wants a quote',
      personId: person.id,
      direction: 'out',
      durationMinutes: 12,
      outcome: 'connected',
      dueAt: '2026-11-24T10:00:00+02:00',
      completedAt: '2026-11-24T08:12:00Z',
    });
    expect(call).toMatchObject({
      dueAt: '2026-11-24T08:00:00.000Z',
      personName: 'Ján Novák',
      recurrence: null,
    });
    await created(owner, '/notes', { entityType: 'person', entityId: person.id, body: 'Met at the fair' });
    const events = await timeline(owner, `/people/${person.id}/timeline`);
    expect(events.map((e) => e.kind).slice(0, 2)).toEqual(['note', 'call']);
    expect(events[1]!.data).toMatchObject({
      action: 'added',
      subject: 'Intro call',
      durationMinutes: 12,
      outcome: 'connected',
    });
    const calls = await timeline(owner, `/companies/${acme.id}/timeline?kind=call`);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.subject?.id).toBe(person.id);
    // The note is an activity too: the activities list holds both.
    const list = (await owner.get(`/activities?filter[personId][eq]=${person.id}`)).json<{
      data: Activity[];
    }>();
    expect(list.data.map((a) => a.type).sort()).toEqual(['call', 'note']);
    expect(
      (await owner.get(`/people/${person.id}/activities`)).json<{ data: unknown[] }>().data,
    ).toHaveLength(2);
  });

  it('a trashed activity leaves the timelines, a restored one comes back', async () => {
    const owner = await signUpOwner(t.app);
    const person = await created(owner, '/people', { firstName: 'Eva' });
    const meeting = await created(owner, '/activities', {
      type: 'meeting',
      subject: 'Demo',
      personId: person.id,
      dueAt: '2026-12-01T09:00:00Z',
      endAt: '2026-12-01T10:00:00Z',
      location: 'Sofia',
    });
    expect((await owner.delete(`/activities/${meeting.id}`)).statusCode).toBe(204);
    let events = await timeline(owner, `/people/${person.id}/timeline?kind=meeting`);
    expect(events.map((e) => [e.data.action, e.data.subject])).toEqual([['deleted', 'Demo']]);
    expect(events[0]!.data.excerpt).toBeNull();
    expect((await owner.post(`/activities/${meeting.id}/restore`)).statusCode).toBe(200);
    events = await timeline(owner, `/people/${person.id}/timeline?kind=meeting`);
    expect(events.map((e) => e.data.action)).toEqual(['restored', 'deleted']);
  });

  it('completing a recurring task creates the next one, once', async () => {
    const owner = await signUpOwner(t.app);
    const task = await created(owner, '/activities', {
      type: 'task',
      subject: 'Weekly check-in',
      dueAt: '2026-11-27T08:00:00Z',
      remindAt: '2026-11-27T07:45:00Z',
      priority: 'high',
      recurrence: { frequency: 'weekly', interval: 1, timeZone: 'Europe/Sofia' },
    });
    const done = await owner.patch(`/activities/${task.id}`, { completedAt: '2026-11-27T09:00:00Z' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ recurrence: null });
    const open = () =>
      owner
        .get('/activities?filter[completedAt][empty]=true&sort=dueAt')
        .then((r) => r.json<{ data: Activity[] }>().data);
    const [next, ...others] = await open();
    expect(others).toEqual([]);
    expect(next).toMatchObject({
      subject: 'Weekly check-in',
      dueAt: '2026-12-04T08:00:00.000Z',
      remindAt: '2026-12-04T07:45:00.000Z',
      priority: 'high',
      recurrence: { frequency: 'weekly', interval: 1, timeZone: 'Europe/Sofia' },
    });
    // Reopened and completed again: the rule went on to the next task, so nothing more is made.
    expect((await owner.patch(`/activities/${task.id}`, { completedAt: null })).statusCode).toBe(200);
    expect(
      (await owner.patch(`/activities/${task.id}`, { completedAt: '2026-11-27T10:00:00Z' })).statusCode,
    ).toBe(200);
    expect(await open()).toHaveLength(1);
  });

  it('"My day": overdue, today and upcoming in the member’s zone, only their own and open', async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(owner, 'member');
    const at = (days: number, hour: number) => {
      const d = new Date();
      d.setUTCDate(d.getUTCDate() + days);
      d.setUTCHours(hour, 0, 0, 0);
      return d.toISOString();
    };
    await created(owner, '/activities', { type: 'task', subject: 'Late', dueAt: at(-3, 12) });
    await created(owner, '/activities', { type: 'meeting', subject: 'Past meeting', dueAt: at(-3, 12) });
    await created(owner, '/activities', { type: 'task', subject: 'Now', dueAt: at(0, 12) });
    await created(owner, '/activities', { type: 'task', subject: 'Soon', dueAt: at(2, 12) });
    await created(owner, '/activities', { type: 'task', subject: 'Far', dueAt: at(30, 12) });
    await created(owner, '/activities', {
      type: 'task',
      subject: 'Done',
      dueAt: at(0, 12),
      completedAt: at(0, 9),
    });
    await created(member, '/activities', { type: 'task', subject: 'Not mine', dueAt: at(0, 12) });
    const day = (await owner.get('/my-day?timeZone=UTC')).json<Record<string, { data: Activity[] }>>();
    // A meeting not marked held is open work too.
    expect(day.overdue!.data.map((a) => a.subject).sort()).toEqual(['Late', 'Past meeting']);
    expect(day.todays!.data.map((a) => a.subject)).toEqual(['Now']);
    expect(day.upcoming!.data.map((a) => a.subject)).toEqual(['Soon']);
    await expectField(await owner.get('/my-day?timeZone=Mars/Olympus'), 400, 'timeZone');
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const owner = await signUpOwner(t.app);
    const other = await signUpOwner(t.app);
    const person = await created(owner, '/people', { firstName: 'Ana' });
    const theirs = await created(other, '/people', { firstName: 'Hidden' });
    const theirCompany = await created(other, '/companies', { name: 'Hidden Ltd' });
    const cases: [Record<string, unknown>, string][] = [
      [{ subject: 'x' }, 'type'],
      [{ type: 'visit', subject: 'x' }, 'type'],
      [{ type: 'task' }, 'subject'],
      [{ type: 'note', body: '  ' }, 'body'],
      [{ type: 'task', subject: 'x', dueAt: '2026-02-30T10:00:00Z' }, 'dueAt'],
      [{ type: 'task', subject: 'x', dueAt: 'tomorrow' }, 'dueAt'],
      [{ type: 'task', subject: 'x', dueAt: '2026-12-01' }, 'dueAt'],
      [{ type: 'call', subject: 'x', durationMinutes: -5 }, 'durationMinutes'],
      [{ type: 'call', subject: 'x', durationMinutes: 1.5 }, 'durationMinutes'],
      [{ type: 'call', subject: 'x', outcome: 'great' }, 'outcome'],
      [{ type: 'task', subject: 'x', durationMinutes: 5 }, 'durationMinutes'],
      [
        { type: 'meeting', subject: 'x', dueAt: '2026-12-01T10:00:00Z', endAt: '2026-12-01T09:00:00Z' },
        'endAt',
      ],
      [{ type: 'meeting', subject: 'x' }, 'dueAt'],
      [{ type: 'task', subject: 'x', recurrence: { frequency: 'weekly' } }, 'dueAt'],
      [
        { type: 'task', subject: 'x', dueAt: '2026-12-01T10:00:00Z', recurrence: { frequency: 'yearly' } },
        'recurrence.frequency',
      ],
      [
        {
          type: 'task',
          subject: 'x',
          dueAt: '2026-12-01T10:00:00Z',
          recurrence: { frequency: 'daily', interval: 0 },
        },
        'recurrence.interval',
      ],
      [
        {
          type: 'task',
          subject: 'x',
          dueAt: '2026-12-01T10:00:00Z',
          recurrence: { frequency: 'daily', timeZone: 'Nowhere' },
        },
        'recurrence.timeZone',
      ],
      [
        { type: 'note', body: 'x', recurrence: { frequency: 'daily' }, dueAt: '2026-12-01T10:00:00Z' },
        'recurrence',
      ],
      [{ type: 'task', subject: 'x', personId: theirs.id }, 'personId'],
      [{ type: 'task', subject: 'x', companyId: theirCompany.id }, 'companyId'],
      [{ type: 'task', subject: 'x', personId: 'nope' }, 'personId'],
      [{ type: 'task', subject: 'x', ownerId: other.info.userId }, 'ownerId'],
      [
        {
          type: 'meeting',
          subject: 'x',
          dueAt: '2026-12-01T10:00:00Z',
          attendees: [{ type: 'person', id: theirs.id }],
        },
        'attendees.0.id',
      ],
      [
        {
          type: 'meeting',
          subject: 'x',
          dueAt: '2026-12-01T10:00:00Z',
          attendees: [{ type: 'member', id: other.info.userId }],
        },
        'attendees.0.id',
      ],
    ];
    for (const [body, field] of cases) await expectField(await owner.post('/activities', body), 400, field);
    // A reminder in the past is fine: it is sent at the next run.
    await created(owner, '/activities', {
      type: 'task',
      subject: 'x',
      dueAt: '2020-01-01T10:00:00Z',
      remindAt: '2020-01-01T09:00:00Z',
      personId: person.id,
    });
    const all = (await owner.get('/activities')).json<{ data: Activity[] }>().data;
    expect(all).toHaveLength(1);
    await expectField(await owner.patch(`/activities/${all[0]!.id}`, { dueAt: '31.12.2026' }), 400, 'dueAt');
    await expectField(
      await owner.patch(`/activities/${all[0]!.id}`, { personId: theirs.id }),
      400,
      'personId',
    );
  });

  it('keeps workspaces apart and applies own scope', async () => {
    const owner = await signUpOwner(t.app);
    const other = await signUpOwner(t.app);
    const member = await addMember(owner, 'member');
    const viewer = await addMember(owner, 'viewer');
    const task = await created(owner, '/activities', {
      type: 'task',
      subject: 'Secret',
      dueAt: '2026-12-01T10:00:00Z',
    });
    expect((await other.get(`/activities/${task.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/activities/${task.id}`, { subject: 'Mine' })).statusCode).toBe(404);
    expect((await other.delete(`/activities/${task.id}`)).statusCode).toBe(404);
    expect((await other.get(`/activities/${task.id}/ics`)).statusCode).toBe(404);
    expect((await other.get('/activities')).json<{ data: unknown[] }>().data).toEqual([]);
    // Members read every activity and change only their own; viewers only read.
    expect((await member.get(`/activities/${task.id}`)).statusCode).toBe(200);
    expect(
      (await member.patch(`/activities/${task.id}`, { completedAt: '2026-12-01T10:00:00Z' })).statusCode,
    ).toBe(403);
    expect((await viewer.post('/activities', { type: 'task', subject: 'x' })).statusCode).toBe(403);
    const mine = await created(member, '/activities', { type: 'task', subject: 'Mine' });
    expect(
      (await member.patch(`/activities/${mine.id}`, { completedAt: '2026-12-01T10:00:00Z' })).statusCode,
    ).toBe(200);
    // API keys have no day of their own.
    expect((await (await apiKeyClient(owner)).get('/my-day')).statusCode).toBe(403);
  });

  it('publishes activity events for webhooks and live updates', async () => {
    const owner = await signUpOwner(t.app);
    const task = await created(owner, '/activities', { type: 'task', subject: 'Hooked' });
    await owner.patch(`/activities/${task.id}`, { completedAt: '2026-12-01T10:00:00Z' });
    const rows = await t.app.db
      .selectFrom('record_events')
      .select('type')
      .where('workspace_id', '=', owner.info.workspaceId)
      .where('record_id', '=', task.id)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => r.type)).toEqual(['activity.created', 'activity.updated']);
    const types = (await owner.get('/webhooks/event-types')).json<{ data?: string[] } | string[]>();
    expect(JSON.stringify(types)).toContain('activity.created');
  });

  it('a bad id is a 400, an unknown one a 404', async () => {
    const owner = await signUpOwner(t.app);
    await expectField(await owner.get('/activities/not-a-uuid'), 400, 'id');
    expect((await owner.get(`/activities/${uuidv7()}`)).statusCode).toBe(404);
  });
});
