import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpOwner, type Client, type TestApp } from '../../testing/factories.js';
import { testDialects } from '../../testing/test-database.js';
import { sendReminder, sendRemindersJob } from './activities.reminders.js';
import { parseCalendar, unescapeText } from './icalendar.parse.js';

type Activity = Record<string, unknown> & { id: string };

async function created(client: Client, path: string, body: unknown): Promise<Activity> {
  const response = await client.post(path, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Activity>();
}

/** The feed's path under /api/v1, from the address the API gives. */
const feedPath = (url: string) => new URL(url).pathname.replace(/^\/api\/v1/, '');

describe.each(testDialects())('calendars and reminders on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  const anonymous = (path: string) => t.app.inject({ method: 'GET', url: `/api/v1${path}` });

  it('serves a secret iCalendar feed without a session; rotating it retires the old address', async () => {
    const owner = await signUpOwner(t.app);
    const person = await created(owner, '/people', {
      firstName: 'Ján',
      lastName: 'Novák',
      emails: [{ email: 'jan@example.com' }],
    });
    const soon = new Date(Date.now() + 86_400_000).toISOString();
    await created(owner, '/activities', {
      type: 'meeting',
      subject: 'Demo; pricing, terms',
      dueAt: soon,
      endAt: new Date(Date.parse(soon) + 3_600_000).toISOString(),
      location: 'Sofia',
      attendees: [
        { type: 'person', id: person.id },
        { type: 'member', id: owner.info.userId },
      ],
    });
    await created(owner, '/activities', { type: 'task', subject: 'Send the quote', dueAt: soon });
    expect((await owner.get('/calendar-feed')).json()).toEqual({ active: false, createdAt: null });
    const first = (await owner.post('/calendar-feed')).json<{ url: string }>();
    const response = await anonymous(feedPath(first.url));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const calendar = parseCalendar(response.body);
    expect(calendar.components.map((c) => c.name).sort()).toEqual(['VEVENT', 'VTODO']);
    for (const component of calendar.components) {
      expect(component.properties.UID).toBeDefined();
      expect(component.properties.DTSTAMP).toBeDefined();
    }
    const event = calendar.components.find((c) => c.name === 'VEVENT')!;
    expect(unescapeText(event.properties.SUMMARY!.value)).toBe('Demo; pricing, terms');
    expect(event.properties.ATTENDEE).toBeDefined();
    expect((await owner.get('/calendar-feed')).json()).toMatchObject({ active: true });

    const second = (await owner.post('/calendar-feed')).json<{ url: string }>();
    expect(second.url).not.toBe(first.url);
    expect((await anonymous(feedPath(first.url))).statusCode).toBe(404);
    expect((await anonymous(feedPath(second.url))).statusCode).toBe(200);
    expect((await anonymous('/calendar/not-a-secret.ics')).statusCode).toBe(404);
    expect((await owner.delete('/calendar-feed')).statusCode).toBe(204);
    expect((await anonymous(feedPath(second.url))).statusCode).toBe(404);
  });

  it('downloads one meeting as .ics, and refuses other types', async () => {
    const owner = await signUpOwner(t.app);
    const meeting = await created(owner, '/activities', {
      type: 'meeting',
      subject: 'Kick-off',
      dueAt: '2026-12-01T09:00:00Z',
      endAt: '2026-12-01T10:30:00Z',
    });
    const response = await owner.get(`/activities/${meeting.id}/ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('.ics');
    const [event] = parseCalendar(response.body).components;
    expect(event!.properties).toMatchObject({
      UID: { value: `${meeting.id}@rapport` },
      DTSTART: { value: '20261201T090000Z' },
      DTEND: { value: '20261201T103000Z' },
    });
    const task = await created(owner, '/activities', { type: 'task', subject: 'x' });
    expect((await owner.get(`/activities/${task.id}/ics`)).statusCode).toBe(400);
  });

  it('sends each due reminder once, however many runs race for it', async () => {
    const owner = await signUpOwner(t.app, { locale: 'bg' });
    const task = await created(owner, '/activities', {
      type: 'task',
      subject: 'Обади се на Иван',
      dueAt: '2026-01-01T10:00:00Z',
      remindAt: '2026-01-01T09:00:00Z',
    });
    const later = await created(owner, '/activities', {
      type: 'task',
      subject: 'Later',
      remindAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => sendReminder(t.app.db, owner.info.workspaceId, task.id)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const context = { db: t.app.db, signal: new AbortController().signal } as never;
    await sendRemindersJob.run({}, context);
    const emails = await t.app.db
      .selectFrom('outbound_emails')
      .select(['to', 'subject', 'text', 'locale'])
      .where('workspace_id', '=', owner.info.workspaceId)
      .execute();
    expect(emails).toHaveLength(1);
    expect(emails[0]!.to).toBe(owner.info.email);
    expect(emails[0]!.subject).toContain('Напомняне: Обади се на Иван');
    expect(emails[0]!.locale).toBe('bg');
    const reminded = (await owner.get(`/activities/${task.id}`)).json<Activity>();
    expect(reminded.remindedAt).not.toBeNull();
    expect((await owner.get(`/activities/${later.id}`)).json<Activity>().remindedAt).toBeNull();
    // A new reminder time is a new reminder.
    await owner.patch(`/activities/${task.id}`, { remindAt: '2026-01-01T09:30:00Z' });
    await sendRemindersJob.run({}, context);
    const count = await t.app.db
      .selectFrom('outbound_emails')
      .select('id')
      .where('workspace_id', '=', owner.info.workspaceId)
      .execute();
    expect(count).toHaveLength(2);
  });
});
