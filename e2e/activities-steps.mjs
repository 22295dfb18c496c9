// The activities part of the main journey (run.mjs): on the person made earlier, log a call and add a
// task due later today; see the call on the timeline under the Calls filter, the task on My day, and
// complete it there.

/** `YYYY-MM-DDTHH:mm` for a datetime-local input: today, a few minutes from now (23:59 at the latest). */
function laterToday() {
  const now = new Date();
  const at = new Date(Math.min(now.getTime() + 10 * 60_000, new Date(now).setHours(23, 59, 0, 0)));
  const pad = (n) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** @type {Array<[string, (ctx: { page: import('playwright-core').Page, url: string, state: Record<string, string> }) => Promise<void>]>} */
export const activitySteps = [
  [
    'log a call on the person; the timeline shows it under Calls',
    async ({ page, state }) => {
      await page.goto(state.personUrl);
      await page.getByRole('button', { name: 'Log a call' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Subject').fill('Intro call about the offer');
      await dialog.getByLabel('Duration (minutes)').fill('12');
      await dialog.getByLabel('Details').fill('Wants prices for 40 units.');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
      const timeline = page.getByRole('region', { name: 'Timeline' });
      await timeline.getByText('Intro call about the offer').waitFor();
      await timeline.getByText('Calls', { exact: true }).click();
      await timeline.getByText('Call logged').first().waitFor();
      if ((await timeline.getByText('Created', { exact: true }).count()) > 0)
        throw new Error('the Calls filter still shows the record’s creation');
      await timeline.getByText('All', { exact: true }).click();
    },
  ],
  [
    'add a task with a due time, see it on My day and complete it with its checkbox',
    async ({ page, state }) => {
      await page.goto(state.personUrl);
      await page.getByRole('button', { name: 'Add a task' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Subject').fill('Send the quote');
      await dialog.getByLabel('Due').fill(laterToday());
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('region', { name: 'Timeline' }).getByText('Task added').first().waitFor();
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'My day' })
        .click();
      await page.getByRole('heading', { name: 'My day', level: 1 }).waitFor();
      const today = page.getByRole('region', { name: 'Today' });
      await today.getByRole('listitem', { name: 'Send the quote' }).waitFor();
      await today.getByRole('checkbox', { name: 'Complete “Send the quote”' }).click();
      await page.getByText('“Send the quote” done').waitFor();
      await today.getByRole('listitem', { name: 'Send the quote' }).waitFor({ state: 'detached' });
    },
  ],
];
