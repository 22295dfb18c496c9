import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpOwner, type TestApp } from '../../testing/factories.js';
import { formatAmount } from '../../documents/document-format.js';
import { documentTexts } from '../../documents/document-texts.js';
import { oneSpaced, pdfFonts, pdfText } from '../../testing/pdf-tools.js';
import { testDialects } from '../../testing/test-database.js';
import { brokenUblRules, ublReader } from '../../testing/ubl-rules.js';
import { BUYER_BILLING, salesFlow } from './sales-flow.test-helpers.js';

describe.each(testDialects())('sales documents as PDF and e-invoice on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('prints each document in the customer’s language with the workspace’s details', async () => {
    const owner = await signUpOwner(t.app);
    const flow = await salesFlow(owner);
    const expectations: [string, string, string][] = [
      [`/quotes/${flow.quote.id}/pdf`, 'Оферта', 'Консултации'],
      [`/orders/${flow.order.id}/pdf`, 'Потвърждение на поръчка', 'Консултации'],
      [`/orders/${flow.order.id}/deliveries/${flow.deliveryId}/pdf`, 'Стокова разписка', 'Консултации'],
      [`/invoices/${flow.invoice.id}/pdf`, 'Фактура', 'Консултации'],
      [
        `/invoices/${flow.invoice.id}/credit-notes/${flow.creditNoteId}/pdf`,
        'Кредитно известие',
        'Пътни разходи',
      ],
    ];
    for (const [path, title, line] of expectations) {
      const response = await owner.get(path);
      expect(response.statusCode, `${path}: ${response.body.slice(0, 200)}`).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const text = pdfText(response.rawPayload);
      expect(text).toContain(title);
      expect(text).toContain('Северен вятър ООД');
      expect(text).toContain('Търговска къща „Житен клас“ ЕАД');
      expect(text).toContain(BUYER_BILLING.street);
      expect(text).toContain('9000 Варна');
      expect(text).toContain('ДДС номер: BG175074752');
      expect(text).toContain(line);
      expect(pdfFonts(response.rawPayload).every((font) => font.embedded)).toBe(true);
    }
    const invoice = pdfText((await owner.get(`/invoices/${flow.invoice.id}/pdf`)).rawPayload);
    expect(invoice).toContain(flow.invoice.number);
    expect(invoice).toContain('BG80BNBG96611020345678');
    expect(invoice).toContain('Плащане до 14 дни');
    // The credit note took the travel line off: the invoice says so, and what is left to pay.
    const credited = (await owner.get(`/invoices/${flow.invoice.id}`)).json<{
      creditedMinor: number;
      balanceMinor: number;
    }>();
    expect(credited.creditedMinor).toBeGreaterThan(0);
    const bg = documentTexts('bg').summary;
    const amount = (minor: number) => oneSpaced(formatAmount(minor, 'EUR', 'bg'));
    expect(invoice).toContain(`${bg.credited} ${amount(credited.creditedMinor)}`);
    expect(invoice).toContain(`${bg.balance} ${amount(credited.balanceMinor)}`);
    // The same document twice gives the same bytes.
    const again = await owner.get(`/invoices/${flow.invoice.id}/pdf`);
    expect(
      Buffer.compare(again.rawPayload, (await owner.get(`/invoices/${flow.invoice.id}/pdf`)).rawPayload),
    ).toBe(0);
  });

  it('exports invoices and credit notes as e-invoices that keep the EN 16931 rules', async () => {
    const owner = await signUpOwner(t.app);
    const flow = await salesFlow(owner);
    const invoice = await owner.get(`/invoices/${flow.invoice.id}/ubl`);
    expect(invoice.statusCode, invoice.body).toBe(200);
    expect(invoice.headers['content-type']).toContain('application/xml');
    expect(brokenUblRules(invoice.body), invoice.body).toEqual([]);
    const ubl = ublReader(invoice.body);
    expect(ubl.value('cbc:ID')).toBe(flow.invoice.number);
    const buyer = 'cac:AccountingCustomerParty/cac:Party';
    expect(ubl.value(`${buyer}/cac:PostalAddress/cbc:StreetName`)).toBe(BUYER_BILLING.street);
    expect(ubl.value(`${buyer}/cac:PostalAddress/cbc:CityName`)).toBe('Варна');
    expect(ubl.value(`${buyer}/cac:PostalAddress/cbc:PostalZone`)).toBe('9000');
    expect(ubl.value(`${buyer}/cac:PostalAddress/cbc:CountrySubentity`)).toBe('Варна');
    expect(ubl.value(`${buyer}/cac:PostalAddress/cac:Country/cbc:IdentificationCode`)).toBe('BG');
    expect(ubl.value(`${buyer}/cac:PartyTaxScheme/cbc:CompanyID`)).toBe('BG175074752');
    const credit = await owner.get(`/invoices/${flow.invoice.id}/credit-notes/${flow.creditNoteId}/ubl`);
    expect(credit.statusCode, credit.body).toBe(200);
    expect(brokenUblRules(credit.body)).toEqual([]);
    expect(ublReader(credit.body).root).toBe('CreditNote');
  });

  it('names what an e-invoice lacks, and answers 404 for another workspace’s documents', async () => {
    const owner = await signUpOwner(t.app);
    const flow = await salesFlow(owner);
    await owner.patch('/workspace/document-details', { vatId: '', country: null });
    const lacking = await owner.get(`/invoices/${flow.invoice.id}/ubl`);
    expect(lacking.statusCode).toBe(409);
    const fields = lacking.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['seller.countryCode', 'seller.vatId']));

    const other = await signUpOwner(t.app);
    for (const path of [
      `/quotes/${flow.quote.id}/pdf`,
      `/orders/${flow.order.id}/pdf`,
      `/orders/${flow.order.id}/deliveries/${flow.deliveryId}/pdf`,
      `/invoices/${flow.invoice.id}/pdf`,
      `/invoices/${flow.invoice.id}/ubl`,
      `/invoices/${flow.invoice.id}/credit-notes/${flow.creditNoteId}/pdf`,
    ])
      expect((await other.get(path)).statusCode, path).toBe(404);
    // A delivery asked for under another order of the same workspace is not found either.
    expect((await owner.get(`/orders/${flow.quote.id}/deliveries/${flow.deliveryId}/pdf`)).statusCode).toBe(
      404,
    );
    expect((await owner.get(`/quotes/not-an-id/pdf`)).statusCode).toBe(400);
  });
});
