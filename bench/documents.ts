/**
 * Printed sales documents: milliseconds per PDF (median and p99) for a one-page invoice and a
 * ten-page one, in Bulgarian (Cyrillic, so the font's subsetting does real work), after a warm-up
 * that reads the fonts; and the UBL e-invoice of the same documents.
 *
 *   npx tsx bench/documents.ts [--runs 200]
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { sampleDocument } from '../src/server/documents/document-samples.js';
import { renderDocumentPdf } from '../src/server/documents/pdf-renderer.js';
import { renderUblInvoice } from '../src/server/documents/ubl-invoice.js';
import { sampleLogoPng } from '../src/server/testing/png.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '200' } } });
const runs = Number(values.runs);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function time(label: string, work: () => unknown, count: number) {
  for (let i = 0; i < 5; i += 1) await work();
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  const p99 = percentile(times, 0.99);
  console.log(
    `${label.padEnd(34)} median ${median.toFixed(1).padStart(6)} ms   p99 ${p99.toFixed(1).padStart(6)} ms`,
  );
  return { median, p99 };
}

const logo = { bytes: sampleLogoPng(), mediaType: 'image/png' as const };
const onePage = sampleDocument({ locale: 'bg', lineCount: 6, logo, paidMinor: 10_000 });
const tenPages = sampleDocument({ locale: 'bg', lineCount: 190, logo });
const pages = async (doc: typeof onePage) =>
  (await renderDocumentPdf(doc)).toString('latin1').match(/\/Type \/Page\b/g)!.length;

console.log(
  `documents: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${runs} runs`,
);
console.log(
  `one-page invoice: ${await pages(onePage)} page(s); long invoice: ${await pages(tenPages)} page(s)`,
);
const small = await time('PDF, 1 page (6 lines)', () => renderDocumentPdf(onePage), runs);
const large = await time(
  'PDF, 10 pages (190 lines)',
  () => renderDocumentPdf(tenPages),
  Math.max(20, runs / 4),
);
await time('UBL, 6 lines', () => renderUblInvoice(onePage), runs);
await time('UBL, 190 lines', () => renderUblInvoice(tenPages), Math.max(20, runs / 4));
console.log(
  `10 pages / 1 page (median): ${(large.median / small.median).toFixed(1)}×; 1-page median under 200 ms: ${small.median < 200}`,
);
