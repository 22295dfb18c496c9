// Steps of the journey about working in lists: the filter pop-up under real, slow mouse clicks, lists
// opened as they were left from every route, changing a field for many records and in a cell, the
// list on a phone, and the same in Polish. They run after the person has a job title and a company.

import { chooseLanguage } from './harness.mjs';

/** A click as a person makes it: the pointer moves there, the button is held `holdMs`, then let go. */
export async function slowClick(page, locator, holdMs = 150) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`nothing to click: ${locator}`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.down();
  await page.waitForTimeout(holdMs);
  await page.mouse.up();
  await page.waitForTimeout(60);
}

const columnsParam = (columns) => `columns=${encodeURIComponent(JSON.stringify(columns))}`;

/** The filter pop-up is open with `rows` rows, the last field and value as given. */
async function expectFilterRows(page, rows, field, value) {
  const fields = page.getByRole('textbox', { name: 'Field' });
  const count = await fields.count();
  if (count !== rows) throw new Error(`the filter pop-up has ${count} rows, expected ${rows}`);
  const shownField = await fields.last().inputValue();
  const shownValue = await page.getByRole('textbox', { name: 'Value' }).last().inputValue();
  if (shownField !== field || !shownValue.includes(value))
    throw new Error(
      `the last filter row shows "${shownField}" "${shownValue}", expected "${field}" "${value}"`,
    );
}

/** Adds a filter row with slow clicks: its field, then a value picked by `pickValue`. */
async function addFilterRow(page, field, pickValue) {
  await slowClick(page, page.getByRole('button', { name: 'Add filter' }));
  await slowClick(page, page.getByRole('textbox', { name: 'Field' }).last());
  await slowClick(page, page.getByRole('option', { name: field, exact: true }));
  // A person's pause between choosing the field and reaching for its value.
  await page.waitForTimeout(250);
  await slowClick(page, page.getByRole('textbox', { name: 'Value' }).last());
  await pickValue();
}

export function listSteps({ person, company }) {
  const personName = `${person.first} ${person.last}`;
  return [
    [
      'the filter pop-up keeps its rows under slow mouse clicks on fields, choices, a date and a company',
      async ({ page, url }) => {
        await page.goto(`${url}/people?${columnsParam(['name', 'company', 'jobTitle', 'country'])}`);
        await page.getByTestId('record-table').getByRole('link', { name: personName }).waitFor();
        await slowClick(page, page.getByRole('button', { name: 'Filter', exact: true }));
        await addFilterRow(page, 'Country', () =>
          slowClick(page, page.getByRole('option', { name: 'Austria' })),
        );
        await page.waitForTimeout(300);
        await expectFilterRows(page, 1, 'Country', 'Austria');
        await addFilterRow(page, 'Created', () =>
          slowClick(page, page.locator('table button', { hasText: /^15$/ }).first()),
        );
        await page.waitForTimeout(300);
        await expectFilterRows(page, 2, 'Created', '15');
        await addFilterRow(page, 'Company', async () => {
          await page.getByRole('option', { name: company.name }).waitFor();
          await slowClick(page, page.getByRole('option', { name: company.name }));
        });
        await page.waitForTimeout(300);
        await expectFilterRows(page, 3, 'Company', company.name);
        await slowClick(page, page.getByRole('button', { name: 'Clear all' }));
        await page.getByRole('textbox', { name: 'Field' }).first().waitFor({ state: 'detached' });
      },
    ],
    [
      'the navigation opens the list as it was left, from every route',
      async ({ page, url, state }) => {
        const filter = encodeURIComponent(
          JSON.stringify([{ field: 'jobTitle', op: 'contains', value: 'sales' }]),
        );
        await page.goto(`${url}/people?filter=${filter}&sort=-createdAt`);
        await page.getByTestId('record-table').getByRole('link', { name: personName }).waitFor();
        const nav = page.getByRole('navigation', { name: 'Main navigation' });
        for (const from of [
          '/settings/profile',
          '/companies',
          '/products',
          state.personUrl,
          '/people?trash=true',
          '/people',
        ]) {
          await page.goto(from.startsWith('http') ? from : `${url}${from}`);
          await nav.getByRole('link', { name: 'People' }).click();
          await page.getByRole('button', { name: /^Filter 1/ }).waitFor();
          await page.waitForURL(
            (address) => address.search.includes('filter=') && address.search.includes('sort='),
          );
          await page.getByTestId('record-table').getByRole('link', { name: personName }).waitFor();
        }
        await page.getByRole('button', { name: /^Filter 1/ }).click();
        await page.getByRole('button', { name: 'Clear all' }).click();
        await page.getByRole('button', { name: 'Filter', exact: true }).waitFor();
      },
    ],
    [
      'change the country of two ticked people from the bulk bar and undo it; pick a country in a cell',
      async ({ page, url }) => {
        await page.goto(`${url}/people?${columnsParam(['name', 'country', 'jobTitle'])}&sort=name`);
        const rows = page.getByTestId('record-table').locator('tbody tr[data-index]');
        await rows.nth(1).waitFor();
        for (let i = 0; i < 2; i++) await rows.nth(i).getByRole('checkbox', { name: 'Select row' }).check();
        const bar = page.getByTestId('bulk-bar');
        await bar.getByRole('button', { name: 'Change a field' }).click();
        await page.getByRole('textbox', { name: 'Field', exact: true }).click();
        await page.getByRole('option', { name: 'Country' }).click();
        await page.getByRole('textbox', { name: 'New value' }).fill('Slovak');
        await page.getByRole('option', { name: 'Slovakia' }).click();
        await page.getByRole('button', { name: 'Change 2 records' }).click();
        await page.getByText('2 records changed.').waitFor();
        await rows.nth(1).getByText('Slovakia').waitFor();
        await page.getByRole('button', { name: 'Undo' }).click();
        await page.getByText('Undone for 2 records.').waitFor();
        await rows.nth(1).getByText('Slovakia').waitFor({ state: 'detached' });

        const country = rows.first().locator('td[data-cell$=":country"]');
        await country.dblclick();
        await page.getByTestId('cell-editor').waitFor();
        await page.keyboard.type('Czech');
        await page.getByRole('option', { name: 'Czechia' }).click();
        await page.getByTestId('cell-editor').waitFor({ state: 'detached' });
        await rows.first().getByText('Czechia').waitFor();
        // Enter opens the pop-up again, Escape leaves the value as it was.
        await country.focus();
        await page.keyboard.press('Enter');
        await page.getByTestId('cell-editor').waitFor();
        await page.keyboard.press('Escape');
        await page.getByTestId('cell-editor').waitFor({ state: 'detached' });
        await rows.first().getByText('Czechia').waitFor();
      },
    ],
    [
      "at a phone's width: search, filter with the pop-up, open a card and come back",
      async ({ page, url, state }) => {
        await page.setViewportSize({ width: 390, height: 844 });
        try {
          await page.goto(`${url}/people?sort=name`);
          const cards = page.getByTestId('record-cards');
          await cards.getByRole('listitem').first().waitFor();
          await page.getByRole('textbox', { name: 'Search people' }).fill('nunez');
          await cards.getByRole('link', { name: personName }).waitFor();
          await page.getByRole('textbox', { name: 'Search people' }).fill('');
          await slowClick(page, page.getByRole('button', { name: 'Filter', exact: true }));
          await addFilterRow(page, 'Company', () =>
            slowClick(page, page.getByRole('option', { name: company.name })),
          );
          await expectFilterRows(page, 1, 'Company', company.name);
          await slowClick(page, page.getByRole('button', { name: 'Apply' }));
          await cards.getByRole('link', { name: personName }).click();
          await page.waitForURL(state.personUrl);
          await page.goBack();
          await page.getByRole('button', { name: /^Filter 1/ }).waitFor();
          await cards.getByRole('link', { name: personName }).waitFor();
          await page.goto(`${url}/people?sort=name`);
          await cards.getByRole('listitem').first().waitFor();
        } finally {
          await page.setViewportSize({ width: 1366, height: 900 });
        }
      },
    ],
    [
      'in Polish: filter with the mouse, change a field for ticked people, pick a value in a cell',
      async ({ page, url }) => {
        await chooseLanguage(page, 'Polski');
        await page.goto(`${url}/people?${columnsParam(['name', 'country', 'jobTitle'])}&sort=name`);
        await page.getByRole('heading', { name: 'Osoby', level: 1 }).waitFor();
        await slowClick(page, page.getByRole('button', { name: 'Filtruj', exact: true }));
        await slowClick(page, page.getByRole('button', { name: 'Dodaj filtr' }));
        await slowClick(page, page.getByRole('textbox', { name: 'Pole' }));
        await slowClick(page, page.getByRole('option', { name: 'Kraj', exact: true }));
        await slowClick(page, page.getByRole('textbox', { name: 'Wartość' }));
        await slowClick(page, page.getByRole('option', { name: 'Czechy' }));
        await slowClick(page, page.getByRole('button', { name: 'Zastosuj' }));
        const rows = page.getByTestId('record-table').locator('tbody tr[data-index]');
        await rows.first().getByText('Czechy').waitFor();
        await rows.first().getByRole('checkbox', { name: 'Zaznacz wiersz' }).check();
        await page.getByTestId('bulk-bar').getByRole('button', { name: 'Zmień pole' }).click();
        await page.getByRole('textbox', { name: 'Pole', exact: true }).last().click();
        await page.getByRole('option', { name: 'Stanowisko' }).click();
        await page.getByRole('textbox', { name: 'Nowa wartość' }).fill('Dyrektor handlowy');
        await page.getByRole('button', { name: 'Zmień 1 rekord' }).click();
        await rows.first().getByText('Dyrektor handlowy').waitFor();
        const country = rows.first().locator('td[data-cell$=":country"]');
        await country.dblclick();
        await page.keyboard.type('Polsk');
        await page.getByRole('option', { name: 'Polska' }).click();
        await page.getByTestId('cell-editor').waitFor({ state: 'detached' });
        await page.getByText('Brak pasujących rekordów').waitFor();
        await chooseLanguage(page, 'English', 'Otwórz menu użytkownika');
        await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
        await page.goto(`${url}/people?sort=name`);
      },
    ],
  ];
}
