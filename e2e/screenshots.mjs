// A tour of every screen with realistic data, in English and another language, for people to look
// at (`node e2e/screenshots.mjs [outDir] [locale…]`). Also refreshes docs/screenshot.png.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, repoRoot, startServer } from './harness.mjs';

const outDir = process.argv[2] ?? join(repoRoot, 'test-results', 'screens');
const locales = process.argv.length > 3 ? process.argv.slice(3) : ['en', 'bg'];
mkdirSync(outDir, { recursive: true });

const COMPANIES = [
  ['Novák & syn s.r.o.', 'novak.sk', 'SK', 'Manufacturing', 125_000_000],
  ['Škoda Parts Trading', 'skodaparts.cz', 'CZ', 'Automotive', 89_000_000],
  ['Łódź Software House', 'lodzsoft.pl', 'PL', 'Software', 42_000_000],
  ['Стройинвест ООД', 'stroyinvest.bg', 'BG', 'Construction', 310_000_000],
  ['Açores Turismo Lda', 'acoresturismo.pt', 'PT', 'Tourism', 15_500_000],
  ['Northwind Traders', 'northwind.com', 'US', 'Wholesale', 560_000_000],
];
const FIRST = [
  'José',
  'Łukasz',
  'Мария',
  'Zuzana',
  'João',
  'Ana',
  'Piotr',
  'Георги',
  'Peter',
  'Ольга',
  'Tomáš',
  'Inês',
];
const LAST = [
  'Novák',
  'Kowalski',
  'Петрова',
  'Horváthová',
  'Silva',
  'Costa',
  'Wiśniewski',
  'Иванов',
  'Smith',
  'Соколова',
  'Dvořák',
  'Ferreira',
];
const TITLES = [
  'Sales Director',
  'CFO',
  'Purchasing Manager',
  'Office Manager',
  'CEO',
  'Account Executive',
  null,
];
const CITIES = [
  ['Bratislava', 'SK'],
  ['Warszawa', 'PL'],
  ['София', 'BG'],
  ['Porto', 'PT'],
  ['Praha', 'CZ'],
  ['Boston', 'US'],
];

const PRODUCTS = [
  ['CONS-H', 'Consulting hour', 'h', 9_500, 'EUR', 20, true, 'Senior consultant, on site or remote.'],
  ['KIT-200', 'Installation kit 200', 'pcs', 14_900, 'EUR', 20, true, null],
  [
    'SUP-Y',
    'Annual support',
    'year',
    120_000,
    'EUR',
    20,
    true,
    'Business-hours support with an 8-hour response time.',
  ],
  ['SCR-M8-100', 'Šrouby M8 (balení 100 ks)', 'pack', 12_900, 'CZK', 21, true, null],
  ['TRN-BG', 'Обучение за екипи', 'day', 45_000, 'EUR', 20, true, 'Еднодневно обучение за до 12 души.'],
  ['LIC-PT', 'Licença anual', 'year', 89_000, 'EUR', 23, true, null],
  ['SEN-V1', 'Legacy sensor v1', 'pcs', 4_990, 'EUR', 9.5, false, 'Replaced by the v2 sensor.'],
];

const ascii = (text) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/ł/g, 'l')
    .replace(/[^a-z]/g, '');

async function seed(page, url) {
  const signUp = await page.request.post(`${url}/api/v1/auth/sign-up`, {
    data: {
      workspaceName: 'Acme Europe',
      name: 'Eva Horváth',
      email: 'eva@example.com',
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
  await post('/custom-fields', {
    object: 'person',
    key: 'segment',
    label: 'Segment',
    type: 'select',
    choices: [
      { value: 'smb', label: 'SMB' },
      { value: 'enterprise', label: 'Enterprise' },
    ],
  });
  await post('/custom-fields', {
    object: 'person',
    key: 'lifetimeValue',
    label: 'Lifetime value',
    type: 'money',
  });
  await post('/custom-fields', {
    object: 'company',
    key: 'contractEnd',
    label: 'Contract end',
    type: 'date',
  });
  const companies = [];
  for (const [name, domain, country, industry, revenue] of COMPANIES) {
    companies.push(
      await post('/companies', {
        name,
        domain,
        country,
        industry,
        annualRevenue: { amount: revenue, currency: 'EUR' },
        tags: ['customer'],
      }),
    );
  }
  let firstPerson = null;
  for (let i = 0; i < 80; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 5 + Math.floor(i / LAST.length)) % LAST.length];
    const [city, country] = CITIES[i % CITIES.length];
    const person = await post('/people', {
      firstName: first,
      lastName: last,
      emails: [
        {
          email: `${[first, last].map(ascii).filter(Boolean).join('.') || 'contact'}${i}@example.com`,
          label: 'work',
          primary: true,
        },
      ],
      phones: [
        {
          number: `+421 900 ${String(100000 + i * 137).slice(0, 3)} ${String(100 + i).slice(-3)}`,
          label: 'mobile',
        },
      ],
      companyId: companies[i % companies.length].id,
      jobTitle: TITLES[i % TITLES.length],
      city,
      country,
      tags: i % 3 === 0 ? ['vip'] : [],
      custom: {
        segment: i % 2 ? 'smb' : 'enterprise',
        ...(i % 4 === 0 && { lifetimeValue: { amount: 1_250_000 + i * 1000, currency: 'EUR' } }),
      },
    });
    firstPerson ??= person;
  }
  await post('/custom-fields', {
    object: 'product',
    key: 'warrantyMonths',
    label: 'Warranty (months)',
    type: 'number',
  });
  const products = [];
  for (const [sku, name, unit, amount, currency, taxRate, active, description] of PRODUCTS) {
    products.push(
      await post('/products', {
        sku,
        name,
        unit,
        description,
        price: { amount, currency },
        cost: { amount: Math.round(amount * 0.55), currency },
        taxRate,
        active,
        tags: active ? ['catalogue'] : [],
        custom: amount > 10_000 ? { warrantyMonths: 24 } : {},
      }),
    );
  }
  await post('/notes', {
    entityType: 'product',
    entityId: products[2].id,
    body: 'Renewal price goes up 5 % from January.',
  });
  await page.request.patch(`${url}/api/v1/products/${products[2].id}`, {
    data: { price: { amount: 126_000, currency: 'EUR' } },
    headers,
  });
  await post('/notes', {
    entityType: 'person',
    entityId: firstPerson.id,
    body: 'Called about the renewal. Wants a quote for 40 seats by Friday.',
  });
  await page.request.patch(`${url}/api/v1/people/${firstPerson.id}`, {
    data: { jobTitle: 'Chief Revenue Officer' },
    headers,
  });
  return { session, person: firstPerson, company: companies[0], product: products[2] };
}

async function shot(page, name) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(outDir, `${name}.png`) });
}

const server = await startServer({ logLevel: 'info' });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${server.url}/sign-in`);
  await shot(page, 'signed-out-sign-in');
  const { session, person, company, product } = await seed(page, server.url);
  const headers = { 'x-csrf-token': session.csrfToken };
  for (const locale of locales) {
    await page.request.patch(`${server.url}/api/v1/auth/profile`, { data: { locale }, headers });
    await page.goto(`${server.url}/people`);
    await page.getByRole('table').waitFor();
    await shot(page, `${locale}-people`);
    if (locale === 'en') {
      copyFileSync(join(outDir, `${locale}-people.png`), join(repoRoot, 'docs', 'screenshot.png'));
      // Scrolling to the end of the virtualised table loads the next page with the cursor.
      await page.getByTestId('record-table').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.getByText('80 records').waitFor();
      await page.getByRole('button', { name: 'Country' }).click();
      await page.locator('th[aria-sort="ascending"]').waitFor();
      await shot(page, `${locale}-people-scrolled-sorted`);
      // A search in a sorted list sorts its best matches and says so under the table.
      await page.getByLabel('Search people').fill('kow');
      await page.getByText(/1,000 best matches/).waitFor();
      await shot(page, `${locale}-people-search-sorted`);
      await page.getByLabel('Search people').fill('');
    }
    await page.getByRole('button', { name: /Filter|Филтър|Filtr|Фильтр|Filtro/ }).click();
    await page
      .getByRole('button', {
        name: /Add filter|Добави филтър|Pridať filter|Добавить фильтр|Adicionar filtro|Dodaj filtr/,
      })
      .click();
    await shot(page, `${locale}-people-filter`);
    await page.keyboard.press('Escape');
    await page.goto(`${server.url}/people/${person.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot(page, `${locale}-person`);
    await page.getByRole('button', { name: /^(Edit|Редактирай|Upraviť|Изменить|Editar|Edytuj)$/ }).click();
    await shot(page, `${locale}-person-edit`);
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: /History|История|História|Histórico|Historia/ }).click();
    await shot(page, `${locale}-person-history`);
    await page.goto(`${server.url}/companies`);
    await page.getByRole('table').waitFor();
    await shot(page, `${locale}-companies`);
    await page.goto(`${server.url}/companies/${company.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot(page, `${locale}-company`);
    await page.goto(`${server.url}/people/new`);
    await shot(page, `${locale}-person-new`);
    await page.goto(`${server.url}/products`);
    await page.getByRole('table').waitFor();
    await shot(page, `${locale}-products`);
    await page.getByRole('button', { name: /Filter|Филтър|Filtr|Фильтр|Filtro/ }).click();
    await page
      .getByRole('button', {
        name: /Add filter|Добави филтър|Pridať filter|Добавить фильтр|Adicionar filtro|Dodaj filtr/,
      })
      .click();
    await page.getByRole('textbox', { name: /Field|Поле|Pole|Campo/ }).click();
    await shot(page, `${locale}-products-filter`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.goto(`${server.url}/products/${product.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot(page, `${locale}-product`);
    await page.getByRole('tab', { name: /History|История|História|Histórico|Historia/ }).click();
    await shot(page, `${locale}-product-history`);
    await page.getByRole('button', { name: /^(Edit|Редактирай|Upraviť|Изменить|Editar|Edytuj)$/ }).click();
    await shot(page, `${locale}-product-edit`);
    await page.keyboard.press('Escape');
    await page.goto(`${server.url}/products/new`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot(page, `${locale}-product-new`);
    await page.goto(`${server.url}/settings/custom-fields`);
    await page.getByRole('table').waitFor();
    await shot(page, `${locale}-custom-fields`);
    await page.goto(`${server.url}/settings/profile`);
    await shot(page, `${locale}-profile`);
    for (const section of ['jobs', 'webhooks', 'email', 'mailboxes', 'audit-log']) {
      await page.goto(`${server.url}/settings/${section}`);
      await page.getByRole('heading').first().waitFor();
      await page.waitForLoadState('networkidle');
      await shot(page, `${locale}-settings-${section}`);
    }
    await page.goto(`${server.url}/people/${person.id}`);
    await page.getByRole('tab', { name: /Files|Файлове|Súbory|Файлы|Ficheiros|Arquivos|Pliki/ }).click();
    await page.waitForLoadState('networkidle');
    await shot(page, `${locale}-person-files`);
    // Typing before the command bar has opened would lose the keys.
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').locator('input').first().fill('jose');
    await page.getByRole('option').first().waitFor();
    await shot(page, `${locale}-command-bar`);
    await page.getByRole('dialog').locator('input').first().fill('support');
    await page.getByRole('option', { name: /Annual support/ }).waitFor();
    await shot(page, `${locale}-command-bar-product`);
    await page.keyboard.press('Escape');
  }
  const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const empty = await fresh.newPage();
  await empty.goto(`${server.url}/sign-up`);
  await shot(empty, 'signed-out-sign-up');
  // The instance has users now, so sign-up emails a link; without SMTP it lands in the log.
  await empty.getByLabel('Workspace name').fill('Empty');
  await empty.getByLabel('Your name').fill('New User');
  await empty.getByLabel('Email').fill('new@example.com');
  await empty.getByLabel('Password').fill('correct horse battery');
  await empty.getByRole('button', { name: 'Create workspace' }).click();
  await empty.getByRole('heading', { name: 'Check your inbox' }).waitFor();
  await shot(empty, 'signed-out-sign-up-check-inbox');
  let link;
  while (!(link = server.outboxLinks('new@example.com')[0])) await empty.waitForTimeout(100);
  await empty.goto(link);
  await empty.getByText('No people yet').waitFor();
  await empty.goto(`${server.url}/products`);
  await empty.getByText('No products yet').waitFor();
  await shot(empty, 'en-products-empty');
  await empty.goto(`${server.url}/people`);
  const emptySession = await (await empty.request.get(`${server.url}/api/v1/auth/session`)).json();
  await empty.request.patch(`${server.url}/api/v1/auth/profile`, {
    data: { locale: 'pl' },
    headers: { 'x-csrf-token': emptySession.csrfToken },
  });
  await empty.reload();
  await empty.getByText(/Brak osób/).waitFor();
  await shot(empty, 'pl-people-empty');
  await empty.goto(`${server.url}/products`);
  await empty.getByText('Brak produktów').waitFor();
  await shot(empty, 'pl-products-empty');
  const used = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await used.goto(link);
  await used.getByRole('alert').waitFor();
  await shot(used, 'signed-out-verify-sign-up-used');
  const mobile = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await mobile.newPage();
  await phone.goto(`${server.url}/sign-in`);
  await shot(phone, 'mobile-sign-in');
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  await server.stop();
}
