import PDFDocument from 'pdfkit';
import type { DocumentLocale, SalesDocument } from './document-model.js';
import { DOCUMENT_FONTS } from './pdf-fonts.js';
import { documentTexts, type DocumentTexts } from './document-texts.js';

/** A4 in points, and the page's margins. */
export const PAGE = { width: 595.28, height: 841.89, left: 48, right: 48, top: 44, bottom: 64 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Content stops here; the footer sits below. */
export const CONTENT_BOTTOM = PAGE.height - PAGE.bottom;

export const COLORS = {
  text: '#1f2328',
  muted: '#656d76',
  rule: '#d0d7de',
  band: '#f1f3f5',
  accent: '#1c3d8c',
};

export type FontName = 'regular' | 'bold';

export interface TextStyle {
  font?: FontName;
  size?: number;
  color?: string;
  align?: 'left' | 'right' | 'center';
}

/** One document being drawn: PDFKit's document, the words of its language and the cursor. */
export interface Canvas {
  pdf: PDFKit.PDFDocument;
  doc: SalesDocument;
  texts: DocumentTexts;
  locale: DocumentLocale;
  y: number;
}

export function openCanvas(doc: SalesDocument): Canvas {
  // A fixed creation date (the issue day) makes the file ID and the bytes the same for the same
  // document, so a kept copy is exactly what was sent.
  const issued = new Date(`${doc.issueDate}T00:00:00Z`);
  const pdf = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: { top: PAGE.top, bottom: 0, left: PAGE.left, right: PAGE.right },
    bufferPages: true,
    autoFirstPage: true,
    lang: doc.locale,
    displayTitle: true,
    info: {
      Title: `${documentTexts(doc.locale).title[doc.kind]} ${doc.number}`,
      Author: doc.seller.name,
      Creator: 'Rapport',
      Producer: 'Rapport',
      CreationDate: issued,
      ModDate: issued,
    },
  });
  // PDFKit takes an opened fontkit font as it is (its declarations only list files and bytes).
  pdf.registerFont('regular', DOCUMENT_FONTS.regular as unknown as Buffer);
  pdf.registerFont('bold', DOCUMENT_FONTS.bold as unknown as Buffer);
  return { pdf, doc, texts: documentTexts(doc.locale), locale: doc.locale, y: PAGE.top };
}

function applyStyle(canvas: Canvas, style: TextStyle) {
  canvas.pdf
    .font(style.font ?? 'regular')
    .fontSize(style.size ?? 9)
    .fillColor(style.color ?? COLORS.text);
}

/** Height a text takes wrapped at `width`. */
export function measure(canvas: Canvas, text: string, width: number, style: TextStyle = {}): number {
  applyStyle(canvas, style);
  return canvas.pdf.heightOfString(text, { width, lineGap: 1 });
}

/** Draws text wrapped at `width`; returns its height. */
export function write(
  canvas: Canvas,
  text: string,
  x: number,
  y: number,
  width: number,
  style: TextStyle = {},
) {
  applyStyle(canvas, style);
  const height = canvas.pdf.heightOfString(text, { width, lineGap: 1 });
  canvas.pdf.text(text, x, y, { width, align: style.align ?? 'left', lineGap: 1 });
  return height;
}

/**
 * Draws one line of text that must not wrap (an amount in its column): the size steps down until
 * it fits, so a large amount never spills into the next column or onto two lines.
 */
export function writeFitted(
  canvas: Canvas,
  text: string,
  x: number,
  y: number,
  width: number,
  style: TextStyle = {},
) {
  let size = style.size ?? 9;
  applyStyle(canvas, { ...style, size });
  while (size > 5.5 && canvas.pdf.widthOfString(text) > width) {
    size -= 0.5;
    canvas.pdf.fontSize(size);
  }
  canvas.pdf.text(text, x, y, { width, align: style.align ?? 'right', lineBreak: false });
}

export function rule(
  canvas: Canvas,
  y: number,
  x: number = PAGE.left,
  width: number = CONTENT_WIDTH,
  color: string = COLORS.rule,
) {
  canvas.pdf
    .save()
    .moveTo(x, y)
    .lineTo(x + width, y)
    .lineWidth(0.6)
    .strokeColor(color)
    .stroke()
    .restore();
}

export function band(
  canvas: Canvas,
  x: number,
  y: number,
  width: number,
  height: number,
  color = COLORS.band,
) {
  canvas.pdf.save().rect(x, y, width, height).fill(color).restore();
}

/** Starts a new page when `height` more points do not fit; returns whether it did. */
export function ensureRoom(canvas: Canvas, height: number, onNewPage?: () => void): boolean {
  if (canvas.y + height <= CONTENT_BOTTOM) return false;
  canvas.pdf.addPage();
  canvas.y = PAGE.top;
  onNewPage?.();
  return true;
}

export function finish(canvas: Canvas): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    canvas.pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    canvas.pdf.on('end', () => resolve(Buffer.concat(chunks)));
    canvas.pdf.on('error', reject);
    canvas.pdf.end();
  });
}
