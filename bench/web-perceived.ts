/**
 * How fast the web app feels, in real Chromium against the real server and a seeded workspace: a cold
 * load of the People list to its first row (and how much of it is waiting for the list's data), a
 * list search from the last key to the first matching row, and the command bar from the last key to
 * its first hit. Each is run `--runs` times; medians and the slowest run are printed and saved.
 *
 *   npm run build:web && npx tsx bench/web-perceived.ts [--people 20000] [--runs 7] [--keep]
 *                                                      [--database postgres://…]
 *
 * `--keep` reuses the database of an earlier run. Chromium is /usr/bin/chromium unless
 * CHROMIUM_PATH says otherwise.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort, OUT, openSeeded, startServer, stopServer } from './lib/setup.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '7' },
    keep: { type: 'boolean', default: false },
    database: { type: 'string' },
  },
});
const people = Number(values.people);
const runs = Number(values.runs);
const DATABASE_URL = values.database ?? `sqlite:${OUT}web-perceived-${people}.db`;
const STATE_FILE = `${OUT}web-perceived-${people}${DATABASE_URL.startsWith('sqlite:') ? '' : '.postgres'}.workspace.json`;
const FIRST_ROW = '[data-testid="record-table"] tbody tr[data-index]';
/** Typing speed of a quick typist, so that the debounce and each key's request are part of the figure. */
const KEY_DELAY_MS = 60;

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** A signed-in browser context. */
async function signedIn(browser: Browser, url: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  const response = await context.request.post(`${url}/api/v1/auth/sign-in`, {
    data: { email: 'bench@example.com', password: 'bench-password-1' },
  });
  if (!response.ok()) throw new Error(`sign-in: ${response.status()} ${await response.text()}`);
  return context;
}

/** Milliseconds from navigation to the first row in the DOM, and to the end of the list's response. */
async function coldLoad(browser: Browser, context: BrowserContext, url: string) {
  // A context of its own, so that nothing is cached from an earlier run; the same sign-in.
  const cold = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    storageState: await context.storageState(),
  });
  const page = await cold.newPage();
  await page.goto(`${url}/people`, { waitUntil: 'commit' });
  await page.waitForSelector(FIRST_ROW);
  const figures = await page.evaluate(() => {
    const firstRow = performance.now();
    const list = performance
      .getEntriesByType('resource')
      .find((entry) => /\/api\/v1\/people\?/.test(entry.name)) as PerformanceResourceTiming | undefined;
    return {
      firstRow,
      dataStart: list ? list.requestStart : NaN,
      dataWait: list ? list.responseEnd - list.requestStart : NaN,
    };
  });
  await cold.close();
  return figures;
}

/**
 * Types `text` into the focused box and returns the milliseconds from its last key to the moment the
 * first element matching `selector` holds `text` (and, with `answered`, an element matching it says
 * the rows answer the whole text: a row found by a shorter prefix is not yet the answer).
 */
async function typeUntil(
  page: Page,
  text: string,
  selector: string,
  answered?: (text: string) => string,
): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number };
    w.lastKey = 0;
    window.addEventListener('keydown', (event) => (w.lastKey = event.timeStamp), { capture: true });
  });
  const found = page.evaluate(
    ({ selector, text, answer }) =>
      new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (answer && !document.querySelector(answer)) return;
          if (!document.querySelector(selector)?.textContent?.includes(text)) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: Boolean(answer),
        });
      }),
    { selector, text, answer: answered?.(text) ?? null },
  );
  await page.keyboard.type(text, { delay: KEY_DELAY_MS });
  const at = await found;
  const lastKey = await page.evaluate(() => (window as unknown as { lastKey: number }).lastKey);
  // A match already on screen before the last key (its prefix found it) counts as no wait at all.
  return Math.max(0, at - lastKey);
}

/** A name from the seeded list, deep enough that it is not among the rows shown before the search. */
async function targetName(context: BrowserContext, url: string): Promise<string> {
  const response = await context.request.get(`${url}/api/v1/people?limit=100`);
  const body = (await response.json()) as { data: { firstName: string | null; lastName: string | null }[] };
  const person = body.data.findLast((p) => p.firstName && p.lastName);
  if (!person) throw new Error('the seeded workspace has no named people');
  return `${person.firstName} ${person.lastName}`;
}

async function listSearch(context: BrowserContext, url: string, name: string) {
  const page = await context.newPage();
  await page.goto(`${url}/people`);
  await page.waitForSelector(FIRST_ROW);
  const shown = await page.textContent(FIRST_ROW);
  if (shown?.includes(name)) throw new Error(`${name} is in the first row before the search`);
  await page.focus('input[data-list-search]');
  const ms = await typeUntil(page, name, FIRST_ROW, (text) => `[data-results-for="${text}"]`);
  await page.close();
  return ms;
}

async function commandBar(context: BrowserContext, url: string, name: string) {
  const page = await context.newPage();
  await page.goto(`${url}/people`);
  await page.waitForSelector(FIRST_ROW);
  await page.keyboard.press('Control+k');
  await page.waitForSelector('[role="dialog"] input');
  const ms = await typeUntil(page, name, '[role="group"][aria-label="Search results"] [role="option"]');
  await page.close();
  return ms;
}

const { db } = await openSeeded({ url: DATABASE_URL, people, keep: values.keep, stateFile: STATE_FILE });
await db.destroy();
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const server = await startServer(port, DATABASE_URL);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const context = await signedIn(browser, url);
  const name = await targetName(context, url);
  const loads: { firstRow: number; dataStart: number; dataWait: number }[] = [];
  const searches: number[] = [];
  const bars: number[] = [];
  // One warm-up of each, so that the server's first queries and the JIT are not counted.
  await coldLoad(browser, context, url);
  await listSearch(context, url, name);
  for (let run = 0; run < runs; run++) {
    loads.push(await coldLoad(browser, context, url));
    searches.push(await listSearch(context, url, name));
    bars.push(await commandBar(context, url, name));
  }
  const results = {
    people,
    runs,
    target: name,
    coldLoadToFirstRowMs: {
      median: median(loads.map((l) => l.firstRow)),
      max: Math.max(...loads.map((l) => l.firstRow)),
    },
    listRequestStartMs: { median: median(loads.map((l) => l.dataStart)) },
    listDataWaitMs: { median: median(loads.map((l) => l.dataWait)) },
    listSearchLastKeyToMatchMs: { median: median(searches), max: Math.max(...searches) },
    commandBarLastKeyToHitMs: { median: median(bars), max: Math.max(...bars) },
  };
  writeFileSync(`${OUT}web-perceived-${people}.results.json`, JSON.stringify(results, null, 2));
  console.log(`| at ${people.toLocaleString('en')} people, ${runs} runs | median ms | slowest ms |`);
  console.log('|---|---:|---:|');
  const row = (label: string, figures: { median: number; max?: number }) =>
    console.log(`| ${label} | ${figures.median.toFixed(0)} | ${figures.max?.toFixed(0) ?? ''} |`);
  row('cold load to the first row', results.coldLoadToFirstRowMs);
  row("… the list's request starts at", results.listRequestStartMs);
  row("… of which waiting for the list's data", results.listDataWaitMs);
  row('list search, last key to first match', results.listSearchLastKeyToMatchMs);
  row('command bar, last key to first hit', results.commandBarLastKeyToHitMs);
} finally {
  await browser.close();
  await stopServer(server);
}
