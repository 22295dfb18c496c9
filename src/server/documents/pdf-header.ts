import type { DocumentParty, DocumentSeller } from './document-model.js';
import { countryName, formatDay } from './document-format.js';
import { CONTENT_WIDTH, COLORS, PAGE, type Canvas, measure, write } from './pdf-canvas.js';

const META_WIDTH = 220;
const LOGO_BOX = { width: 190, height: 60 };

/** The first page's top: the seller's logo (or name), the document's title, number and dates. */
export function drawHeader(canvas: Canvas) {
  const { doc, texts, locale } = canvas;
  const top = canvas.y;
  let leftBottom = top;
  if (doc.seller.logo) {
    canvas.pdf.image(Buffer.from(doc.seller.logo.bytes), PAGE.left, top, {
      fit: [LOGO_BOX.width, LOGO_BOX.height],
    });
    leftBottom = top + LOGO_BOX.height;
  } else {
    leftBottom += write(canvas, doc.seller.name, PAGE.left, top, CONTENT_WIDTH - META_WIDTH - 16, {
      font: 'bold',
      size: 15,
      color: COLORS.accent,
    });
  }

  const metaX = PAGE.left + CONTENT_WIDTH - META_WIDTH;
  let y = top;
  y += write(canvas, texts.title[doc.kind], metaX, y, META_WIDTH, { font: 'bold', size: 19, align: 'right' });
  y += 4;
  const rows: [string, string | null][] = [
    [texts.meta.number, doc.number],
    [texts.meta.issueDate, formatDay(doc.issueDate, locale)],
    [texts.meta.dueDate[doc.kind], doc.dueDate ? formatDay(doc.dueDate, locale) : null],
    [texts.meta.deliveryDate, doc.deliveryDate ? formatDay(doc.deliveryDate, locale) : null],
    [texts.meta.reference[doc.kind], doc.reference],
  ];
  for (const [label, value] of rows) {
    if (value === null) continue;
    const labelWidth = 100;
    write(canvas, label, metaX, y, labelWidth, { color: COLORS.muted });
    y += Math.max(
      measure(canvas, label, labelWidth),
      write(canvas, value, metaX + labelWidth, y, META_WIDTH - labelWidth, { font: 'bold', align: 'right' }),
    );
  }
  canvas.y = Math.max(leftBottom, y) + 22;
}

function partyLines(canvas: Canvas, party: DocumentParty | DocumentSeller): string[] {
  const { texts, locale } = canvas;
  const lines = [...party.addressLines];
  if (party.countryCode) lines.push(countryName(party.countryCode, locale));
  if (party.vatId) lines.push(`${texts.party.vatId}: ${party.vatId}`);
  if (party.email) lines.push(party.email);
  if (party.phone) lines.push(party.phone);
  if ('website' in party && party.website) lines.push(party.website);
  return lines;
}

function drawParty(canvas: Canvas, heading: string, party: DocumentParty, x: number, width: number): number {
  let y = canvas.y;
  y += write(canvas, heading.toLocaleUpperCase(canvas.locale), x, y, width, {
    size: 7.5,
    color: COLORS.muted,
  });
  y += 2;
  y += write(canvas, party.name, x, y, width, { font: 'bold', size: 10.5 });
  y += 1;
  for (const line of partyLines(canvas, party)) y += write(canvas, line, x, y, width, { size: 8.5 });
  return y;
}

/** Seller and buyer side by side. */
export function drawParties(canvas: Canvas) {
  const { doc, texts } = canvas;
  const gap = 24;
  const width = (CONTENT_WIDTH - gap) / 2;
  const sellerBottom = drawParty(canvas, texts.party.seller, doc.seller, PAGE.left, width);
  const buyerBottom = drawParty(
    canvas,
    texts.party.buyer[doc.kind],
    doc.buyer,
    PAGE.left + width + gap,
    width,
  );
  canvas.y = Math.max(sellerBottom, buyerBottom) + 20;
}
