import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Poppler's command-line tools read a PDF as a viewer would: the text a person could copy, the
 * fonts and whether they are embedded, and the pages as pictures.
 */
const folder = mkdtempSync(join(tmpdir(), 'rapport-pdf-'));
let counter = 0;

function saved(pdf: Uint8Array): string {
  counter += 1;
  const file = join(folder, `document-${counter}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** The text of a PDF (or of one page), every run of spaces, including no-break ones, made one space. */
export function pdfText(pdf: Uint8Array, page?: number): string {
  const pages = page ? ['-f', String(page), '-l', String(page)] : [];
  const text = execFileSync('pdftotext', [...pages, '-raw', '-enc', 'UTF-8', saved(pdf), '-'], {
    encoding: 'utf8',
  });
  return oneSpaced(text);
}

export const oneSpaced = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export function pdfFonts(pdf: Uint8Array): PdfFont[] {
  const lines = execFileSync('pdffonts', [saved(pdf)], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .slice(2);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name type… encoding emb sub uni object generation: read the flags from the end.
    const [emb, sub, uni] = columns.slice(-5, -2);
    return {
      name: columns[0]!,
      type: columns.slice(1, -6).join(' '),
      embedded: emb === 'yes',
      subset: sub === 'yes',
      unicode: uni === 'yes',
    };
  });
}

export function pdfPageCount(pdf: Uint8Array): number {
  const info = execFileSync('pdfinfo', [saved(pdf)], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

export function pdfImageCount(pdf: Uint8Array): number {
  return (
    execFileSync('pdfimages', ['-list', saved(pdf)], { encoding: 'utf8' })
      .trim()
      .split('\n').length - 2
  );
}

/** Renders every page to PNG and returns the pictures' paths (kept for a person to look at). */
export function pdfPages(pdf: Uint8Array, name: string, resolution = 60): string[] {
  const prefix = join(folder, name);
  execFileSync('pdftoppm', ['-png', '-r', String(resolution), saved(pdf), prefix]);
  return readdirSync(folder)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'))
    .sort()
    .map((file) => join(folder, file));
}

export const isPng = (file: string) => readFileSync(file).subarray(1, 4).toString('latin1') === 'PNG';

/** A real JPEG: the PDF's first page drawn small, for logo tests. */
export function pdfFirstPageJpeg(pdf: Uint8Array): Buffer {
  const prefix = join(folder, `jpeg-${(counter += 1)}`);
  execFileSync('pdftoppm', ['-jpeg', '-r', '12', '-f', '1', '-l', '1', '-singlefile', saved(pdf), prefix]);
  return readFileSync(`${prefix}.jpg`);
}
