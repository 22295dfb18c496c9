import PDFDocument from 'pdfkit';
import type { DocumentLocale } from '../../documents/document-model.js';
import { documentTexts, fillIn } from '../../documents/document-texts.js';
import { DOCUMENT_FONTS } from '../../documents/pdf-fonts.js';
import { minorUnitDigits } from '../../lib/money.js';
import { csvLine, UTF8_BOM } from '../exports/csv-writer.js';
import type { ReportResult } from './reports.schemas.js';

/**
 * A report's result as a table of texts in one language, and that table as CSV or as a PDF, for the
 * scheduled emails. Numbers stay plain in CSV (spreadsheets read them); the PDF writes them the way
 * the language does. No I/O.
 */
export interface ReportTable {
  header: string[];
  rows: string[][];
}

type Texts = ReturnType<typeof documentTexts>['report'];
type Value = ReportResult['rows'][number]['values'][number];

function valueText(value: Value, number: (n: number) => string): string {
  if (value === null) return '';
  if (typeof value === 'number') return number(value);
  if (typeof value === 'string') return value;
  return value
    .map((money) => `${number(money.amount / 10 ** minorUnitDigits(money.currency))} ${money.currency}`)
    .join('; ');
}

export function reportTable(result: ReportResult, locale: DocumentLocale, plain: boolean): ReportTable {
  const texts: Texts = documentTexts(locale).report;
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  const number = plain ? (n: number) => String(n) : (n: number) => format.format(n);
  const header = [
    ...result.groups.map((group) => (group.bucket ? `${group.field} (${group.bucket})` : group.field)),
    ...result.measures.map((m) => (m.field ? `${texts.ops[m.op]}: ${m.field}` : texts.ops[m.op])),
  ];
  const rows = result.rows.map((row) => [
    ...result.groups.map((_group, i) => {
      if (row.others) return i === 0 ? texts.others : '';
      const key = row.keys[i]!;
      return key.label ?? (key.value === null || key.value === '' ? texts.empty : String(key.value));
    }),
    ...row.values.map((value) => valueText(value, number)),
  ]);
  return { header, rows };
}

export function reportCsv(table: ReportTable): Buffer {
  return Buffer.from(UTF8_BOM + [table.header, ...table.rows].map(csvLine).join(''), 'utf8');
}

const MARGIN = 40;

/** The table on A4 pages in landscape, its title and date above, the header repeated on each page. */
export function reportPdf(
  table: ReportTable,
  title: string,
  locale: DocumentLocale,
  asOf: Date,
): Promise<Buffer> {
  const texts = documentTexts(locale).report;
  const pdf = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    lang: locale,
    info: { Title: title, Creator: 'Rapport', CreationDate: asOf },
  });
  // PDFKit takes an opened fontkit font as it is (its declarations only list files and bytes).
  pdf.registerFont('regular', DOCUMENT_FONTS.regular as unknown as Buffer);
  pdf.registerFont('bold', DOCUMENT_FONTS.bold as unknown as Buffer);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(asOf);
  pdf.font('bold').fontSize(16).text(title);
  pdf.font('regular').fontSize(9).fillColor('#656d76').text(fillIn(texts.generated, { date })).moveDown();
  const width = pdf.page.width - 2 * MARGIN;
  const columns = Math.max(table.header.length, 1);
  const cell = width / columns;
  const line = (cells: string[], font: 'regular' | 'bold') => {
    if (pdf.y > pdf.page.height - MARGIN - 20) {
      pdf.addPage();
      line(table.header, 'bold');
    }
    const y = pdf.y;
    const heights = cells.map((text) =>
      pdf
        .font(font)
        .fontSize(9)
        .heightOfString(text, { width: cell - 6 }),
    );
    cells.forEach((text, i) =>
      pdf
        .font(font)
        .fontSize(9)
        .fillColor('#1f2328')
        .text(text, MARGIN + i * cell, y, { width: cell - 6 }),
    );
    pdf.y = y + Math.max(...heights, 10) + 4;
    pdf
      .moveTo(MARGIN, pdf.y - 2)
      .lineTo(MARGIN + width, pdf.y - 2)
      .strokeColor('#d0d7de')
      .lineWidth(0.5)
      .stroke();
  };
  line(table.header, 'bold');
  if (table.rows.length === 0)
    pdf
      .font('regular')
      .fontSize(9)
      .text(texts.noRows, MARGIN, pdf.y + 4);
  for (const row of table.rows) line(row, 'regular');
  pdf.end();
  return done;
}
