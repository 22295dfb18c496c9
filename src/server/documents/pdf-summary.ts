import { fillIn } from './document-texts.js';
import { formatAmount, formatDay, formatPercent } from './document-format.js';
import {
  CONTENT_WIDTH,
  COLORS,
  PAGE,
  band,
  ensureRoom,
  measure,
  rule,
  write,
  writeFitted,
  type Canvas,
} from './pdf-canvas.js';

const GAP = 24;
const TOTALS_WIDTH = 230;
const BREAKDOWN_WIDTH = CONTENT_WIDTH - TOTALS_WIDTH - GAP;
const ROW = 15;

const money = (canvas: Canvas, minor: number) => formatAmount(minor, canvas.doc.currency, canvas.locale);

function totalsRows(canvas: Canvas): { label: string; value: string; strong?: boolean }[] {
  const { doc, texts } = canvas;
  const rows = [
    { label: texts.summary.net, value: money(canvas, doc.totals.netMinor) },
    { label: texts.summary.taxTotal, value: money(canvas, doc.totals.taxMinor) },
    { label: texts.summary.gross, value: money(canvas, doc.totals.grossMinor), strong: true },
  ];
  if (doc.kind !== 'invoice' || doc.balanceMinor === null) return rows;
  // Credit notes and payments settle an invoice; once either did, it says what is still owed.
  const settled = [
    { label: texts.summary.credited, minor: doc.creditedMinor ?? 0 },
    { label: texts.summary.paid, minor: doc.paidMinor ?? 0 },
  ].filter(({ minor }) => minor !== 0);
  if (settled.length === 0) return rows;
  for (const { label, minor } of settled) rows.push({ label, value: money(canvas, minor) });
  rows.push({ label: texts.summary.balance, value: money(canvas, doc.balanceMinor), strong: true });
  return rows;
}

function drawBreakdown(canvas: Canvas, top: number): number {
  const { doc, texts, locale } = canvas;
  const widths = [BREAKDOWN_WIDTH * 0.28, BREAKDOWN_WIDTH * 0.4, BREAKDOWN_WIDTH * 0.32];
  let y = top;
  y +=
    write(canvas, texts.summary.taxBreakdown, PAGE.left, y, BREAKDOWN_WIDTH, { font: 'bold', size: 8.5 }) + 3;
  band(canvas, PAGE.left, y, BREAKDOWN_WIDTH, ROW);
  const headers = [texts.summary.taxRate, texts.summary.taxable, texts.summary.tax];
  let x = PAGE.left;
  headers.forEach((header, i) => {
    writeFitted(canvas, header, x + 4, y + 3.5, widths[i]! - 8, {
      size: 7.5,
      font: 'bold',
      color: COLORS.muted,
    });
    x += widths[i]!;
  });
  y += ROW + 2;
  for (const row of doc.taxBreakdown) {
    const cells = [
      formatPercent(row.taxRate, locale),
      money(canvas, row.taxableMinor),
      money(canvas, row.taxMinor),
    ];
    x = PAGE.left;
    cells.forEach((cell, i) => {
      writeFitted(canvas, cell, x + 4, y, widths[i]! - 8, { size: 8.5 });
      x += widths[i]!;
    });
    y += ROW - 2;
  }
  return y;
}

function drawTotals(canvas: Canvas, top: number): number {
  const x = PAGE.left + CONTENT_WIDTH - TOTALS_WIDTH;
  let y = top;
  for (const row of totalsRows(canvas)) {
    if (row.strong) {
      rule(canvas, y - 2, x, TOTALS_WIDTH, COLORS.text);
      y += 2;
    }
    const style = {
      font: row.strong ? ('bold' as const) : ('regular' as const),
      size: row.strong ? 10.5 : 9,
    };
    writeFitted(canvas, row.label, x, y, TOTALS_WIDTH * 0.5, { ...style, align: 'left' });
    writeFitted(canvas, row.value, x + TOTALS_WIDTH * 0.5, y, TOTALS_WIDTH * 0.5, style);
    y += row.strong ? ROW + 4 : ROW;
  }
  return y;
}

/** Tax breakdown on the left, totals (and for an invoice what is paid and still owed) on the right. */
export function drawTotalsBlock(canvas: Canvas) {
  const { doc, texts, locale } = canvas;
  const height = Math.max(totalsRows(canvas).length * (ROW + 4), 30 + doc.taxBreakdown.length * ROW);
  ensureRoom(canvas, height + 20);
  const bottom = Math.max(drawBreakdown(canvas, canvas.y), drawTotals(canvas, canvas.y + 14));
  canvas.y = bottom + 8;
  if (doc.documentDiscountPercent) {
    const note = fillIn(texts.summary.documentDiscount, {
      percent: formatPercent(doc.documentDiscountPercent, locale),
    });
    canvas.y += write(canvas, note, PAGE.left, canvas.y, CONTENT_WIDTH, { size: 8, color: COLORS.muted }) + 6;
  }
  canvas.y += 10;
}

/** A titled block of label/value rows that stays on one page. */
function drawFacts(canvas: Canvas, heading: string, facts: [string, string][]) {
  const labelWidth = 130;
  const valueWidth = CONTENT_WIDTH - labelWidth;
  const height = 16 + facts.reduce((sum, [, value]) => sum + measure(canvas, value, valueWidth) + 2, 0);
  ensureRoom(canvas, height + 8);
  rule(canvas, canvas.y);
  canvas.y += 6;
  canvas.y += write(canvas, heading, PAGE.left, canvas.y, CONTENT_WIDTH, { font: 'bold', size: 9.5 }) + 3;
  for (const [label, value] of facts) {
    write(canvas, label, PAGE.left, canvas.y, labelWidth, { color: COLORS.muted });
    canvas.y += write(canvas, value, PAGE.left + labelWidth, canvas.y, valueWidth) + 2;
  }
  canvas.y += 10;
}

/** A quote or an order states the payment terms the customer agrees to. */
function drawTerms(canvas: Canvas, terms: string) {
  const height = measure(canvas, terms, CONTENT_WIDTH) + 24;
  ensureRoom(canvas, height);
  rule(canvas, canvas.y);
  canvas.y += 6;
  canvas.y += write(canvas, canvas.texts.payment.terms, PAGE.left, canvas.y, CONTENT_WIDTH, {
    font: 'bold',
    size: 9.5,
  });
  canvas.y += write(canvas, terms, PAGE.left, canvas.y + 3, CONTENT_WIDTH) + 13;
}

/** An invoice says where and by when to pay, with the reference that matches the payment to it. */
export function drawPaymentDetails(canvas: Canvas) {
  const { doc, texts, locale } = canvas;
  if (doc.kind !== 'invoice') {
    if (doc.paymentTerms && (doc.kind === 'quote' || doc.kind === 'order'))
      drawTerms(canvas, doc.paymentTerms);
    return;
  }
  const facts: [string, string][] = [];
  if (doc.seller.iban) facts.push([texts.payment.iban, doc.seller.iban]);
  if (doc.seller.bic) facts.push([texts.payment.bic, doc.seller.bic]);
  facts.push([texts.payment.reference, doc.number]);
  if (doc.dueDate) facts.push([texts.payment.dueDate, formatDay(doc.dueDate, locale)]);
  if (doc.paymentTerms) facts.push([texts.payment.terms, doc.paymentTerms]);
  drawFacts(canvas, texts.payment.heading, facts);
}

export function drawNotes(canvas: Canvas) {
  const { doc, texts } = canvas;
  if (!doc.notes) return;
  const paragraphs = doc.notes.split(/\n/).map((paragraph) => paragraph || ' ');
  const headingHeight = measure(canvas, texts.notes, CONTENT_WIDTH, { font: 'bold', size: 9.5 }) + 3;
  // The heading stays with at least its first paragraph; long notes may run over pages.
  ensureRoom(canvas, headingHeight + measure(canvas, paragraphs[0]!, CONTENT_WIDTH));
  canvas.y += write(canvas, texts.notes, PAGE.left, canvas.y, CONTENT_WIDTH, { font: 'bold', size: 9.5 }) + 3;
  for (const paragraph of paragraphs) {
    ensureRoom(canvas, measure(canvas, paragraph, CONTENT_WIDTH));
    canvas.y += write(canvas, paragraph, PAGE.left, canvas.y, CONTENT_WIDTH);
  }
  canvas.y += 10;
}

/** A delivery note ends with the line where the customer signs for the goods. */
export function drawReceipt(canvas: Canvas) {
  ensureRoom(canvas, 70);
  canvas.y += 36;
  const width = 260;
  const x = PAGE.left + CONTENT_WIDTH - width;
  rule(canvas, canvas.y, x, width, COLORS.text);
  canvas.y += 4;
  canvas.y += write(canvas, canvas.texts.receivedBy, x, canvas.y, width, { size: 8, color: COLORS.muted });
}
