import type { DocumentLine } from './document-model.js';
import { formatAmount, formatPercent, formatQuantity } from './document-format.js';
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

interface Column {
  header: string;
  width: number;
  align: 'left' | 'right';
  /** The cell's text; the description column draws its own (name and SKU). */
  cell: (line: DocumentLine) => string;
  description?: true;
}

const PADDING = 5;
const HEADER_HEIGHT = 18;

function quantityWithUnit(canvas: Canvas, line: DocumentLine) {
  const quantity = formatQuantity(line.quantity, canvas.locale);
  return line.unit ? `${quantity} ${line.unit}` : quantity;
}

/** Delivery notes list what was delivered, without prices; the other documents price every line. */
function columnsFor(canvas: Canvas): Column[] {
  const { doc, texts, locale } = canvas;
  const money = (minor: number) => formatAmount(minor, doc.currency, locale);
  const position: Column = {
    header: texts.columns.position,
    width: 26,
    align: 'left',
    cell: (l) => String(l.position),
  };
  const quantity = (width: number): Column => ({
    header: texts.columns.quantity,
    width,
    align: 'right',
    cell: (l) => quantityWithUnit(canvas, l),
  });
  if (doc.kind === 'delivery') {
    const sku: Column = { header: texts.columns.sku, width: 90, align: 'left', cell: (l) => l.sku ?? '' };
    const rest = CONTENT_WIDTH - position.width - sku.width - 90;
    return [
      position,
      sku,
      { header: texts.columns.description, width: rest, align: 'left', cell: () => '', description: true },
      quantity(90),
    ];
  }
  const fixed: Column[] = [
    quantity(56),
    { header: texts.columns.unitPrice, width: 70, align: 'right', cell: (l) => money(l.unitPriceMinor) },
    {
      header: texts.columns.discount,
      width: 40,
      align: 'right',
      cell: (l) => (l.discountPercent ? formatPercent(l.discountPercent, locale) : ''),
    },
    {
      header: texts.columns.taxRate,
      width: 40,
      align: 'right',
      cell: (l) => formatPercent(l.taxRate, locale),
    },
    { header: texts.columns.amount, width: 78, align: 'right', cell: (l) => money(l.netMinor) },
  ];
  const used = position.width + fixed.reduce((sum, column) => sum + column.width, 0);
  return [
    position,
    {
      header: texts.columns.description,
      width: CONTENT_WIDTH - used,
      align: 'left',
      cell: () => '',
      description: true,
    },
    ...fixed,
  ];
}

function drawHeaderRow(canvas: Canvas, columns: Column[]) {
  band(canvas, PAGE.left, canvas.y, CONTENT_WIDTH, HEADER_HEIGHT);
  let x = PAGE.left;
  for (const column of columns) {
    writeFitted(canvas, column.header, x + PADDING, canvas.y + 5, column.width - 2 * PADDING, {
      font: 'bold',
      size: 8,
      color: COLORS.muted,
      align: column.align,
    });
    x += column.width;
  }
  canvas.y += HEADER_HEIGHT + 3;
}

/** Description and, on priced documents, the SKU under it in grey. */
function descriptionText(canvas: Canvas, line: DocumentLine) {
  const sku = canvas.doc.kind !== 'delivery' && line.sku ? line.sku : null;
  return { description: line.description, sku };
}

function rowHeight(canvas: Canvas, columns: Column[], line: DocumentLine): number {
  const column = columns.find((c) => c.description)!;
  const width = column.width - 2 * PADDING;
  const { description, sku } = descriptionText(canvas, line);
  const text = measure(canvas, description, width) + (sku ? measure(canvas, sku, width, { size: 7.5 }) : 0);
  return Math.max(text, 12) + 2 * 3;
}

function drawRow(canvas: Canvas, columns: Column[], line: DocumentLine, height: number) {
  let x = PAGE.left;
  const top = canvas.y + 3;
  for (const column of columns) {
    const width = column.width - 2 * PADDING;
    if (column.description) {
      const { description, sku } = descriptionText(canvas, line);
      const used = write(canvas, description, x + PADDING, top, width);
      if (sku) write(canvas, sku, x + PADDING, top + used, width, { size: 7.5, color: COLORS.muted });
    } else {
      writeFitted(canvas, column.cell(line), x + PADDING, top, width, { align: column.align });
    }
    x += column.width;
  }
  canvas.y += height;
  rule(canvas, canvas.y);
}

/**
 * The lines, page after page: a row that does not fit starts a new page, which repeats the
 * document's name and the column headers.
 */
export function drawLines(canvas: Canvas, onNewPage: () => void) {
  const columns = columnsFor(canvas);
  drawHeaderRow(canvas, columns);
  for (const line of canvas.doc.lines) {
    const height = rowHeight(canvas, columns, line);
    ensureRoom(canvas, height, () => {
      onNewPage();
      drawHeaderRow(canvas, columns);
    });
    drawRow(canvas, columns, line, height);
  }
  canvas.y += 14;
}
