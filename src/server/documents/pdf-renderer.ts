import type { SalesDocument } from './document-model.js';
import { fillIn } from './document-texts.js';
import { CONTENT_WIDTH, COLORS, PAGE, finish, openCanvas, rule, write, type Canvas } from './pdf-canvas.js';
import { drawHeader, drawParties } from './pdf-header.js';
import { drawLines } from './pdf-lines.js';
import { drawNotes, drawPaymentDetails, drawReceipt, drawTotalsBlock } from './pdf-summary.js';

/** Later pages start with the document's name, so a loose page still says what it belongs to. */
function drawContinuationHeading(canvas: Canvas) {
  const { doc, texts } = canvas;
  const heading = `${texts.title[doc.kind]} ${doc.number} · ${doc.buyer.name}`;
  canvas.y += write(canvas, heading, PAGE.left, canvas.y, CONTENT_WIDTH, {
    font: 'bold',
    size: 9,
    color: COLORS.muted,
  });
  canvas.y += 8;
}

function footerText(canvas: Canvas): string {
  const { seller } = canvas.doc;
  const parts = [seller.name, ...seller.addressLines];
  if (seller.vatId) parts.push(`${canvas.texts.party.vatId} ${seller.vatId}`);
  if (seller.website) parts.push(seller.website);
  return parts.join(' · ');
}

/** Every page's foot: who issued the document and "Page n of N", written once all pages exist. */
function drawFooters(canvas: Canvas) {
  const range = canvas.pdf.bufferedPageRange();
  const y = PAGE.height - PAGE.bottom + 18;
  const pageLabelWidth = 110;
  for (let index = range.start; index < range.start + range.count; index += 1) {
    canvas.pdf.switchToPage(index);
    rule(canvas, y - 6);
    const label = fillIn(canvas.texts.page, { page: index + 1, pages: range.count });
    canvas.pdf.font('regular').fontSize(7).fillColor(COLORS.muted);
    canvas.pdf.text(footerText(canvas), PAGE.left, y, {
      width: CONTENT_WIDTH - pageLabelWidth - 12,
      height: 20,
      ellipsis: true,
      lineGap: 1,
    });
    canvas.pdf.text(label, PAGE.left + CONTENT_WIDTH - pageLabelWidth, y, {
      width: pageLabelWidth,
      align: 'right',
      lineBreak: false,
    });
  }
}

/**
 * A quote, order confirmation, delivery note, invoice or credit note as a PDF in the document's
 * language. The same document always gives the same bytes.
 */
export async function renderDocumentPdf(doc: SalesDocument): Promise<Buffer> {
  const canvas = openCanvas(doc);
  drawHeader(canvas);
  drawParties(canvas);
  drawLines(canvas, () => drawContinuationHeading(canvas));
  if (doc.kind === 'delivery') {
    drawNotes(canvas);
    drawReceipt(canvas);
  } else {
    drawTotalsBlock(canvas);
    drawPaymentDetails(canvas);
    drawNotes(canvas);
  }
  drawFooters(canvas);
  return finish(canvas);
}
