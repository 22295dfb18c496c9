/**
 * CSV as RFC 4180 writes it (comma, CRLF, quotes doubled), for spreadsheets: UTF-8 with a byte order
 * mark so that Excel reads accents and Cyrillic right.
 */

export const UTF8_BOM = '\uFEFF';

/**
 * A cell that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd|…`) gets a
 * leading apostrophe, so exported data can never execute in the reader's spreadsheet. Numbers and
 * phone numbers (`-5`, `+421 905 123 456`) are left alone: they are not formulas.
 */
function neutralized(cell: string): string {
  if (/^[=@\t\r]/.test(cell)) return `'${cell}`;
  if (/^[+-]/.test(cell) && !/^[+-][\d\s().,/-]*$/.test(cell)) return `'${cell}`;
  return cell;
}

export function csvCell(value: string): string {
  const cell = neutralized(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvLine(cells: string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
