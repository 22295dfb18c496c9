// Screens of sales documents for people to look at: a quote with its revisions, an order delivered in
// part and invoiced, an invoice with a payment, in each language asked for
// (`node e2e/sales-screenshots.mjs [outDir] [locale…]`, English, Bulgarian and Polish by default).
// Needs the built web app.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, repoRoot, startServer } from './harness.mjs';

const outDir = process.argv[2] ?? join(repoRoot, 'test-results', 'sales');
const locales = process.argv.length > 3 ? process.argv.slice(3) : ['en', 'bg', 'pl'];
mkdirSync(outDir, { recursive: true });

/** A company buying two products: a quote accepted and converted, delivered in part, invoiced, paid in part. */
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
  const post = async (path, data = {}) => {
    const response = await page.request.post(`${url}/api/v1${path}`, { data, headers });
    if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
    return response.json();
  };
  const company = await post('/companies', { name: 'Łódź Software House', domain: 'lodzsoft.pl' });
  const service = await post('/products', {
    sku: 'SRV-12',
    name: 'Machine maintenance',
    names: { bg: 'Поддръжка на машини', pl: 'Konserwacja maszyn' },
    unit: 'h',
    price: { amount: 125_050, currency: 'EUR' },
    taxRate: '20',
  });
  const filter = await post('/products', {
    sku: 'FLT-3',
    name: 'Oil filter',
    price: { amount: 1_990, currency: 'EUR' },
    taxRate: '9.5',
  });
  const quote = await post('/quotes', {
    companyId: company.id,
    currency: 'EUR',
    validUntil: '2026-12-31',
    lines: [
      { productId: service.id, quantity: '1.5' },
      { productId: filter.id, quantity: '4', discountPercent: '10' },
    ],
  });
  await post(`/quotes/${quote.id}/send`);
  await post(`/quotes/${quote.id}/accept`);
  const order = await post(`/quotes/${quote.id}/convert`, { promisedDate: '2026-11-20' });
  await post(`/orders/${order.id}/status`, { status: 'confirmed' });
  await post(`/orders/${order.id}/deliveries`, { lines: [{ line: 1, quantity: '2' }] });
  const invoice = await post(`/orders/${order.id}/invoice`, { lines: [{ line: 1, quantity: '2' }] });
  await post(`/invoices/${invoice.id}/payments`, { amountMinor: 2_000, method: 'transfer' });
  return { headers, company, quote, order, invoice };
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    timezoneId: 'Europe/Warsaw',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on(
    'console',
    (message) => message.type() === 'error' && console.error('console:', message.text().slice(0, 300)),
  );
  const { headers, company, quote, order, invoice } = await seed(page, server.url);
  for (const locale of locales) {
    await page.request.patch(`${server.url}/api/v1/auth/profile`, { data: { locale }, headers });
    for (const [name, path] of [
      ['quote', `/quotes/${quote.id}`],
      ['order', `/orders/${order.id}`],
      ['invoice', `/invoices/${invoice.id}`],
      ['company', `/companies/${company.id}`],
    ]) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: join(outDir, `${locale}-${name}.png`), fullPage: true });
    }
    await page.goto(`${server.url}/quotes/new?companyId=${company.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(outDir, `${locale}-quote-new.png`), fullPage: true });
  }
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
console.log(`screenshots in ${outDir}`);
