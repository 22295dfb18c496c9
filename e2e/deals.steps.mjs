// Journey steps for deals (run.mjs runs them after signing up): a pipeline made in Settings with the
// mouse and the keyboard, a deal in it, dragged across stages with the mouse and moved with the
// keyboard, the stage totals following, and the reports beside the board.

/** The board column of a stage, and the count and total under its name. */
const column = (page, stage) => page.getByRole('region', { name: stage, exact: true });
const totalOf = (page, stage) => column(page, stage).getByTestId('stage-total');

async function expectTotal(page, stage, text) {
  await totalOf(page, stage).filter({ hasText: text }).waitFor();
}

/** Drags with the mouse in small steps, as a person does (dnd-kit starts after 5 pixels). */
async function drag(page, from, to) {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + 80, { steps: 12 });
  await page.mouse.up();
}

/** @type {Array<[string, (ctx: { page: import('playwright-core').Page, url: string, state: Record<string, string> }) => Promise<void>]>} */
export const dealSteps = [
  [
    'create a pipeline in Settings: stages named, one added and moved up with Alt+↑, one with the mouse',
    async ({ page, url }) => {
      await page.goto(`${url}/settings/pipelines`);
      await page.getByRole('button', { name: 'Add pipeline' }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Pipeline name').fill('New business');
      await dialog.getByLabel('Name of stage 1').fill('Qualified');
      await dialog.getByLabel('Name of stage 2').fill('Proposal');
      await dialog.getByLabel('Name of stage 3').fill('Negotiation');
      await dialog.getByLabel('Win chance of stage 3').fill('80');
      await dialog.getByLabel('Days after which a deal in stage 3 is rotting').fill('14');
      await dialog.getByRole('button', { name: 'Add stage' }).click();
      const added = dialog.getByLabel('Name of stage 4');
      await added.fill('Demo');
      await dialog.getByLabel('Win chance of stage 4').fill('30');
      // The keyboard: Alt+↑ twice from the new stage's name puts it second, the focus staying in it.
      await added.press('Alt+ArrowUp');
      await page.keyboard.press('Alt+ArrowUp');
      await dialog.getByLabel('Name of stage 2').and(page.locator(':focus')).waitFor();
      // The mouse: stage 4 (Negotiation) goes up above Proposal, then back down.
      await dialog.getByRole('button', { name: 'Move stage 4 up' }).click();
      await dialog.getByRole('button', { name: 'Move stage 3 down' }).click();
      const names = [];
      for (let n = 1; n <= 4; n++) names.push(await dialog.getByLabel(`Name of stage ${n}`).inputValue());
      if (names.join() !== 'Qualified,Demo,Proposal,Negotiation')
        throw new Error(`the stages are in the order ${names.join(', ')}`);
      await dialog.getByRole('button', { name: 'Create pipeline' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText('2. Demo · 30 %').waitFor();
      await page.getByText('4. Negotiation · 80 % · rotting after 14 days').waitFor();
    },
  ],
  [
    'create a deal from the board',
    async ({ page, url, state }) => {
      await page.goto(`${url}/deals/board`);
      await page.getByText('No open deals match. Add a deal or change the filters.').waitFor();
      await page.getByRole('link', { name: 'New deal' }).click();
      await page.getByLabel('Title').fill('Fleet renewal 2027');
      await page.getByLabel('Amount').fill('1200');
      await page.getByRole('button', { name: 'Create deal' }).click();
      await page.getByRole('heading', { name: 'Fleet renewal 2027', level: 1 }).waitFor();
      state.dealUrl = page.url();
    },
  ],
  [
    'drag the deal to the next stage with the mouse: the stage totals follow',
    async ({ page }) => {
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Deals board' })
        .click();
      await expectTotal(page, 'Qualified', '1 deal');
      await expectTotal(page, 'Demo', '0 deals');
      const card = column(page, 'Qualified').getByRole('button', { name: /Fleet renewal 2027/ });
      await drag(page, card, column(page, 'Demo'));
      await expectTotal(page, 'Demo', /1 deal · €1,200\.00/);
      await expectTotal(page, 'Qualified', '0 deals');
    },
  ],
  [
    'move the deal with the keyboard: Alt+→, then Space, → and Space',
    async ({ page }) => {
      await column(page, 'Demo')
        .getByRole('button', { name: /Fleet renewal 2027/ })
        .focus();
      await page.keyboard.press('Alt+ArrowRight');
      await expectTotal(page, 'Proposal', '1 deal');
      await expectTotal(page, 'Demo', '0 deals');
      // The moved card keeps the focus in its new column.
      await page.locator('[data-board-fetching="false"]').waitFor();
      await column(page, 'Proposal').locator('[data-deal-id]:focus').waitFor();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
      await expectTotal(page, 'Negotiation', /1 deal · €1,200\.00/);
      await expectTotal(page, 'Proposal', '0 deals');
      await page.getByText('Fleet renewal 2027 moved to Negotiation').first().waitFor({ state: 'attached' });
    },
  ],
  [
    'the table and the board are two views of one list; the reports sit beside the board',
    async ({ page }) => {
      await page.getByText('Table', { exact: true }).click();
      await page.getByRole('heading', { name: 'Deals', level: 1 }).waitFor();
      await page.getByRole('cell', { name: 'Fleet renewal 2027' }).waitFor();
      await page.getByText('Board', { exact: true }).first().click();
      await page.getByRole('tab', { name: 'Reports' }).click();
      await page.getByRole('img', { name: 'Pipeline by stage' }).waitFor();
    },
  ],
];
