// Screens of activities for people to look at: My day, a person's timeline with the Calls filter, and
// the call, meeting and task forms, in each language asked for (`node e2e/activities-screenshots.mjs
// [outDir] [locale…]`, English, Bulgarian and Polish by default). Needs the built web app.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, repoRoot, startServer } from './harness.mjs';

const outDir = process.argv[2] ?? join(repoRoot, 'test-results', 'activities');
const locales = process.argv.length > 3 ? process.argv.slice(3) : ['en', 'bg', 'pl'];
mkdirSync(outDir, { recursive: true });

const hoursFromNow = (hours) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** A workspace with a person at a company, and their calls, meetings, tasks and a note. */
async function seed(page, url) {
  const signUp = await page.request.post(`${url}/api/v1/auth/sign-up`, {
    data: {
      workspaceName: 'Novák & syn',
      name: 'Zuzana Horváthová',
      email: `zuzana+${Date.now()}@example.com`,
      password: 'correct horse battery',
      locale: 'en',
    },
  });
  const session = await signUp.json();
  const headers = { 'x-csrf-token': session.csrfToken };
  const post = async (path, data) => {
    const response = await page.request.post(`${url}/api/v1${path}`, { data, headers });
    if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
    return response.json();
  };
  const company = await post('/companies', { name: 'Łódź Software House', domain: 'lodzsoft.pl' });
  const person = await post('/people', { firstName: 'Łukasz', lastName: 'Kowalski', companyId: company.id });
  const on = { personId: person.id, companyId: company.id };
  await post('/notes', {
    entityType: 'person',
    entityId: person.id,
    body: 'Met at the Poznań fair; interested in the annual plan.',
  });
  await post('/activities', {
    type: 'call',
    subject: 'Intro call',
    direction: 'out',
    durationMinutes: 14,
    outcome: 'connected',
    dueAt: hoursFromNow(-50),
    completedAt: hoursFromNow(-50),
    ...on,
  });
  await post('/activities', {
    type: 'meeting',
    subject: 'Product demo',
    location: 'Online',
    dueAt: hoursFromNow(3),
    endAt: hoursFromNow(4),
    ...on,
  });
  await post('/activities', {
    type: 'email',
    subject: 'Offer and terms',
    direction: 'out',
    dueAt: hoursFromNow(-26),
    completedAt: hoursFromNow(-26),
    ...on,
  });
  await post('/activities', {
    type: 'task',
    subject: 'Send the quote',
    priority: 'high',
    dueAt: hoursFromNow(-30),
    ...on,
  });
  await post('/activities', {
    type: 'task',
    subject: 'Call back about delivery',
    dueAt: hoursFromNow(1),
    ...on,
  });
  await post('/activities', {
    type: 'task',
    subject: 'Prepare the contract',
    dueAt: hoursFromNow(48),
    recurrence: { frequency: 'weekly', interval: 1, timeZone: 'Europe/Warsaw' },
    ...on,
  });
  await post('/activities', {
    type: 'call',
    subject: 'Check-in call',
    direction: 'in',
    durationMinutes: 6,
    outcome: 'voicemail',
    dueAt: hoursFromNow(-2),
    completedAt: hoursFromNow(-2),
    ...on,
  });
  return { person, headers };
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    timezoneId: 'Europe/Warsaw',
  });
  const page = await context.newPage();
  const { person, headers } = await seed(page, server.url);
  for (const locale of locales) {
    await page.request.patch(`${server.url}/api/v1/auth/profile`, { data: { locale }, headers });
    const shot = (name) => page.screenshot({ path: join(outDir, `${locale}-${name}.png`), fullPage: true });
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('listitem').first().waitFor();
    await shot('my-day');
    await page.goto(`${server.url}/people/${person.id}`);
    const timeline = page.getByRole('region').last();
    await page.locator('.mantine-Timeline-item').first().waitFor();
    await shot('person-timeline');
    await page.locator('[role="group"] label').nth(2).click();
    await page.waitForTimeout(500);
    await shot('person-timeline-calls');
    for (const [index, name] of ['call', 'meeting', 'task'].entries()) {
      await page.goto(`${server.url}/people/${person.id}`);
      await page.locator('.mantine-Timeline-item').first().waitFor();
      await timeline.locator('button').nth(index).click();
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(300);
      await page.getByRole('dialog').screenshot({ path: join(outDir, `${locale}-form-${name}.png`) });
      await page.keyboard.press('Escape');
    }
    await page.goto(`${server.url}/settings/profile`);
    await page.waitForTimeout(800);
    await shot('profile');
  }
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
console.log(`screenshots in ${outDir}`);
