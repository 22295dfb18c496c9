import { describe, expect, it } from 'vitest';
import { makePng, sampleLogoPng } from '../testing/png.js';
import {
  isPng,
  oneSpaced,
  pdfFonts,
  pdfImageCount,
  pdfPageCount,
  pdfPages,
  pdfText,
} from '../testing/pdf-tools.js';
import type { DocumentKind, DocumentLocale } from './document-model.js';
import { formatAmount, formatDay } from './document-format.js';
import { sampleDocument } from './document-samples.js';
import { documentTexts, fillIn } from './document-texts.js';
import { renderDocumentPdf } from './pdf-renderer.js';

const money = (minor: number, locale: DocumentLocale) => oneSpaced(formatAmount(minor, 'EUR', locale));

describe('PDF documents', () => {
  it.each(['en', 'bg', 'pl', 'sk'] as const)(
    'prints an invoice in %s with its letters, amounts and totals',
    async (locale) => {
      const doc = sampleDocument({ locale, kind: 'invoice', paidMinor: 10_000 });
      const pdf = await renderDocumentPdf(doc);
      const text = pdfText(pdf);
      const texts = documentTexts(locale);

      for (const expected of [
        texts.title.invoice,
        doc.number,
        doc.seller.name,
        doc.buyer.name,
        ...doc.buyer.addressLines,
        ...doc.lines.map((line) => line.description),
        formatDay(doc.issueDate, locale),
        texts.payment.heading,
        doc.seller.iban!,
        doc.seller.bic!,
        fillIn(texts.page, { page: 1, pages: 1 }),
      ]) {
        expect(text).toContain(oneSpaced(expected));
      }
      for (const line of doc.lines) expect(text).toContain(money(line.netMinor, locale));
      expect(text).toContain(`${texts.summary.net} ${money(doc.totals.netMinor, locale)}`);
      expect(text).toContain(`${texts.summary.gross} ${money(doc.totals.grossMinor, locale)}`);
      expect(text).toContain(`${texts.summary.balance} ${money(doc.balanceMinor!, locale)}`);
    },
  );

  it.each(['en', 'bg', 'ru', 'sk', 'pt', 'pl'] as const)(
    'prints what credit notes took off an invoice and what is left to pay, in %s',
    async (locale) => {
      const doc = sampleDocument({ locale, kind: 'invoice', creditedMinor: 2_345 });
      const text = pdfText(await renderDocumentPdf(doc));
      const texts = documentTexts(locale);
      const gross = `${texts.summary.gross} ${money(doc.totals.grossMinor, locale)}`;
      const credited = `${texts.summary.credited} ${money(2_345, locale)}`;
      const balance = `${texts.summary.balance} ${money(doc.totals.grossMinor - 2_345, locale)}`;
      expect(text.indexOf(gross)).toBeGreaterThan(-1);
      expect(text.indexOf(credited)).toBeGreaterThan(text.indexOf(gross));
      expect(text.indexOf(balance)).toBeGreaterThan(text.indexOf(credited));
      expect(text).not.toContain(`${texts.summary.paid} `);
    },
  );

  it('prints credited, then paid, then the balance when an invoice has both', async () => {
    const doc = sampleDocument({ locale: 'sk', creditedMinor: 1_000, paidMinor: 5_000 });
    const text = pdfText(await renderDocumentPdf(doc));
    const texts = documentTexts('sk');
    const credited = text.indexOf(`${texts.summary.credited} ${money(1_000, 'sk')}`);
    const paid = text.indexOf(`${texts.summary.paid} ${money(5_000, 'sk')}`);
    const balance = text.indexOf(`${texts.summary.balance} ${money(doc.balanceMinor!, 'sk')}`);
    expect(doc.balanceMinor).toBe(doc.totals.grossMinor - 6_000);
    expect(credited).toBeGreaterThan(-1);
    expect(paid).toBeGreaterThan(credited);
    expect(balance).toBeGreaterThan(paid);
  });

  it('prints no balance on an invoice that nothing settled yet', async () => {
    const texts = documentTexts('en');
    const text = pdfText(await renderDocumentPdf(sampleDocument({ locale: 'en' })));
    expect(text).not.toContain(texts.summary.balance);
    expect(text).not.toContain(texts.summary.credited);
  });

  it('prints Cyrillic and Central European letters exactly', async () => {
    expect(pdfText(await renderDocumentPdf(sampleDocument({ locale: 'bg' })))).toContain(
      'Търговска къща „Житен клас“ ЕАД',
    );
    expect(pdfText(await renderDocumentPdf(sampleDocument({ locale: 'pl' })))).toContain(
      'Łódzka Żegluga Śródlądowa S.A. ul. Piotrkowska 104 90-926 Łódź',
    );
    expect(pdfText(await renderDocumentPdf(sampleDocument({ locale: 'sk' })))).toContain(
      'Ľubovnianska čokoláda a.s.',
    );
    expect(pdfText(await renderDocumentPdf(sampleDocument({ locale: 'ru' })))).toContain('АО «Жёлтый щит»');
  });

  it('embeds its fonts, as subsets with Unicode maps', async () => {
    const fonts = pdfFonts(await renderDocumentPdf(sampleDocument({ locale: 'bg' })));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/NotoSans/);
    }
  });

  it('gives the same bytes for the same document, and other bytes for another', async () => {
    const doc = sampleDocument({ locale: 'sk', lineCount: 12 });
    const first = await renderDocumentPdf(doc);
    const second = await renderDocumentPdf(structuredClone(doc));
    expect(Buffer.compare(first, second)).toBe(0);
    const other = await renderDocumentPdf({ ...doc, number: 'INV-2026-00043' });
    expect(Buffer.compare(first, other)).not.toBe(0);
  });

  it('breaks long documents into pages that repeat the column headers and number the pages', async () => {
    const doc = sampleDocument({ locale: 'bg', lineCount: 90 });
    const pdf = await renderDocumentPdf(doc);
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    const texts = documentTexts('bg');
    for (let page = 1; page <= pages; page += 1) {
      const text = pdfText(pdf, page);
      expect(text).toContain(fillIn(texts.page, { page, pages }));
      if (page > 1) expect(text).toContain(`${texts.title.invoice} ${doc.number}`);
    }
    const all = pdfText(pdf);
    for (const line of doc.lines) expect(all).toContain(oneSpaced(line.description));
    // The totals come after the last line, on the last page.
    expect(pdfText(pdf, pages)).toContain(money(doc.totals.grossMinor, 'bg'));
    expect(all.indexOf(oneSpaced(doc.lines.at(-1)!.description))).toBeLessThan(
      all.indexOf(texts.summary.gross),
    );
  });

  it.each(['quote', 'order', 'delivery', 'invoice', 'credit-note'] as DocumentKind[])(
    'titles a %s in each of the six languages',
    async (kind) => {
      for (const locale of ['en', 'bg', 'ru', 'sk', 'pt', 'pl'] as const) {
        const text = pdfText(await renderDocumentPdf(sampleDocument({ locale, kind })));
        expect(text).toContain(documentTexts(locale).title[kind]);
        expect(text).toContain(documentTexts(locale).party.buyer[kind].toLocaleUpperCase(locale));
      }
    },
  );

  it('lists a delivery without prices and with a line to sign', async () => {
    const doc = sampleDocument({ locale: 'en', kind: 'delivery' });
    const text = pdfText(await renderDocumentPdf(doc));
    expect(text).toContain(documentTexts('en').receivedBy);
    expect(text).not.toContain(money(doc.totals.grossMinor, 'en'));
    expect(text).not.toContain(money(doc.lines[0]!.unitPriceMinor, 'en'));
    for (const line of doc.lines) expect(text).toContain(line.sku!);
  });

  it('prints the logo, PNG or JPEG', async () => {
    const withLogo = sampleDocument({ logo: { bytes: sampleLogoPng(), mediaType: 'image/png' } });
    const pdf = await renderDocumentPdf(withLogo);
    expect(pdfImageCount(pdf)).toBe(1);
    // Without a logo the seller's name heads the page instead.
    expect(pdfImageCount(await renderDocumentPdf(sampleDocument()))).toBe(0);
    expect(makePng(2, 2, () => [0, 0, 0]).length).toBeGreaterThan(0);
  });

  it('keeps long names, long words and large amounts inside the page', async () => {
    const doc = sampleDocument({ locale: 'pl', lineCount: 4 });
    doc.buyer.name =
      'Przedsiębiorstwo Handlowo-Usługowe „Żółć i Spółka” Spółka z ograniczoną odpowiedzialnością';
    doc.lines[0]!.description = `${'Bardzo długi opis pozycji '.repeat(12)}Zażółćgęśląjaźń`.trim();
    doc.lines[1]!.description = 'Niepodzielnesłowo'.repeat(8);
    doc.lines[2]!.netMinor = 123_456_789_012;
    const pdf = await renderDocumentPdf(doc);
    const text = pdfText(pdf);
    expect(text).toContain('Zażółćgęśląjaźń');
    expect(text).toContain(money(123_456_789_012, 'pl'));
    const pictures = pdfPages(pdf, 'long-names');
    expect(pictures.every(isPng)).toBe(true);
  });
});
