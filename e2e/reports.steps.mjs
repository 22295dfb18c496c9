// Journey steps for reports and dashboards (run.mjs runs them after the deals): a report built in the
// builder and drawn as a bar chart, saved, shared and exported; put on a dashboard with a second one,
// arranged with the keyboard and the mouse; a bar clicked to open the companies behind it; and once
// in Portuguese, a date range over the whole dashboard and a drill-down from the report's table.
import { chooseLanguage } from './harness.mjs';

const companies = [
  { name: 'Lisboa Têxteis', country: 'PT' },
  { name: 'Porto Vinhos', country: 'PT' },
  { name: 'Braga Cortiça', country: 'PT' },
  { name: 'Košice Strojárne', country: 'SK' },
];

async function pick(page, label, option) {
  await page.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The widgets' titles in the order the dashboard shows them. */
const widgetTitles = (page) =>
  page
    .getByTestId('dashboard-widget')
    .evaluateAll((nodes) => nodes.map((n) => n.querySelector('h2')?.textContent));

async function expectWidgets(page, titles) {
  const deadline = Date.now() + 5000;
  let shown = [];
  while (Date.now() < deadline) {
    shown = await widgetTitles(page);
    if (shown.join('|') === titles.join('|')) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the dashboard shows ${shown.join(', ')}`);
}

/**
 * Clicks the tallest bar of a chart as a person does: ECharts draws on a canvas and shows a hand over
 * what can be clicked, so the pointer goes along a line high up the chart until it shows the hand.
 */
async function clickTallestBar(page, chart) {
  const box = await chart.boundingBox();
  const y = box.y + box.height * 0.35;
  for (let x = box.x + 40; x < box.x + box.width - 10; x += 6) {
    await page.mouse.move(x, y);
    // Runs in the page, where the browser's globals are.
    const hand = await page.evaluate(
      ([px, py]) =>
        globalThis.getComputedStyle(globalThis.document.elementFromPoint(px, py)).cursor === 'pointer',
      [x, y],
    );
    if (hand) return page.mouse.click(x, y);
  }
  throw new Error('no bar of the chart can be clicked');
}

/** @type {Array<[string, (ctx: { page: import('playwright-core').Page, url: string, state: Record<string, string> }) => Promise<void>]>} */
export const reportSteps = [
  [
    'build a report in the builder: companies grouped by country, counted, as a bar chart',
    async ({ page, url }) => {
      const { csrfToken } = await (await page.request.get(`${url}/api/v1/auth/session`)).json();
      for (const company of companies) {
        const created = await page.request.post(`${url}/api/v1/companies`, {
          data: company,
          headers: { 'x-csrf-token': csrfToken },
        });
        if (!created.ok()) throw new Error(`creating ${company.name} answered ${created.status()}`);
      }
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Reports' })
        .click();
      await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
      await page.getByText('No saved reports yet').waitFor();
      await page.getByRole('link', { name: 'New report' }).first().click();
      await page.getByRole('heading', { name: 'New report', level: 1 }).waitFor();
      await pick(page, 'Records', 'Companies');
      await pick(page, 'Group by', 'Country');
      await page.locator('label').filter({ hasText: /^Bar$/ }).click();
      const portugal = page.getByRole('row').filter({ hasText: 'Portugal' });
      await portugal.getByRole('cell', { name: '3', exact: true }).waitFor();
      await page
        .getByRole('row')
        .filter({ hasText: 'Slovakia' })
        .getByRole('cell', { name: '1', exact: true })
        .waitFor();
      await page.getByRole('img', { name: 'New report' }).locator('canvas').waitFor();
    },
  ],
  [
    'save the report shared; the CSV of a row holds the companies behind it',
    async ({ page, url, state }) => {
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Companies by country');
      await page.getByLabel('Share with everyone in the workspace').check();
      await page.getByRole('button', { name: 'Save report' }).click();
      await page.getByRole('heading', { name: 'Companies by country', level: 1 }).waitFor();
      state.reportUrl = page.url();
      const href = await page
        .getByRole('link', { name: 'Export the records of Portugal as CSV' })
        .getAttribute('href');
      const csv = await (await page.request.get(`${url}${href}`)).text();
      const lines = csv.trim().split('\n');
      if (lines.length !== 4 || !csv.includes('Lisboa Têxteis') || csv.includes('Košice'))
        throw new Error(`the CSV of Portugal's companies is:\n${csv}`);
    },
  ],
  [
    'put it on a new dashboard with a second report; arrange them with the keyboard and the mouse',
    async ({ page, url, state }) => {
      await page.getByRole('button', { name: 'Add to dashboard' }).click();
      await page.getByRole('menuitem', { name: 'New dashboard' }).click();
      await page.getByRole('heading', { name: 'My dashboard', level: 1 }).waitFor();
      state.dashboardUrl = page.url();
      await page.getByRole('img', { name: 'Companies by country' }).locator('canvas').waitFor();
      // A second report, a number, through the builder.
      await page.goto(`${url}/reports/new`);
      await pick(page, 'Records', 'Companies');
      await page
        .locator('label')
        .filter({ hasText: /^Number$/ })
        .click();
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill('All companies');
      await page.getByRole('button', { name: 'Save report' }).click();
      await page.getByRole('heading', { name: 'All companies', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Add to dashboard' }).click();
      await page.getByRole('menuitem', { name: 'My dashboard' }).click();
      await page.getByRole('heading', { name: 'My dashboard', level: 1 }).waitFor();
      await expectWidgets(page, ['Companies by country', 'All companies']);
      // The keyboard: Alt+← on the second widget's handle puts it first, and says so.
      await page.getByRole('button', { name: 'Move All companies' }).focus();
      await page.keyboard.press('Alt+ArrowLeft');
      await expectWidgets(page, ['All companies', 'Companies by country']);
      await page.getByRole('status').filter({ hasText: 'All companies moved to place 1 of 2' }).waitFor();
      // The mouse: the first widget dragged by its handle onto the second.
      const handle = await page.getByRole('button', { name: 'Move All companies' }).boundingBox();
      const target = await page.getByRole('region', { name: 'Companies by country' }).boundingBox();
      await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
      await page.mouse.down();
      await page.mouse.move(handle.x + 20, handle.y + 10, { steps: 3 });
      await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
      await page.mouse.up();
      await expectWidgets(page, ['Companies by country', 'All companies']);
      await page.waitForLoadState('networkidle');
      await page.reload();
      await expectWidgets(page, ['Companies by country', 'All companies']);
    },
  ],
  [
    "drill down from a bar of the dashboard's chart to the companies behind it",
    async ({ page, state }) => {
      await page.goto(state.dashboardUrl);
      const chart = page.getByRole('img', { name: 'Companies by country' });
      await chart.locator('canvas').waitFor();
      await page.getByRole('region', { name: 'All companies' }).getByText('Records').waitFor();
      await clickTallestBar(page, chart);
      await page.getByRole('heading', { name: 'Companies', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Braga Cortiça' }).waitFor();
      await page.getByRole('link', { name: 'Porto Vinhos' }).waitFor();
      await page.getByRole('link', { name: 'Lisboa Têxteis' }).waitFor();
      if ((await page.getByRole('link', { name: 'Košice Strojárne' }).count()) > 0)
        throw new Error('the Slovak company is among the Portuguese ones');
    },
  ],
  [
    "in Portuguese: a date range over the whole dashboard, and a drill-down from the report's table",
    async ({ page, state }) => {
      await chooseLanguage(page, 'Português');
      await page.goto(state.dashboardUrl);
      await page.getByRole('button', { name: 'Mover Companies by country' }).waitFor();
      const all = page.getByRole('region', { name: 'All companies' });
      await all.getByText('Registos', { exact: true }).waitFor();
      // A range in the future leaves nothing in any widget.
      await page.getByRole('textbox', { name: 'De', exact: true }).fill('01/01/2099');
      await page.keyboard.press('Tab');
      await all.getByText('0', { exact: true }).waitFor();
      await page
        .getByRole('region', { name: 'Companies by country' })
        .getByText('Nenhum registo corresponde a este relatório.')
        .waitFor();
      await page.getByRole('textbox', { name: 'De', exact: true }).fill('');
      await page.keyboard.press('Tab');
      await page.getByRole('img', { name: 'Companies by country' }).locator('canvas').waitFor();
      await page.goto(state.reportUrl);
      await page.getByRole('button', { name: 'Abrir os registos de Portugal' }).click();
      await page.getByRole('heading', { name: 'Empresas', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Braga Cortiça' }).waitFor();
      await chooseLanguage(page, 'English', 'Abrir o menu do utilizador');
    },
  ],
];
