import { extname } from 'node:path';

/**
 * What a file is, read from its first bytes rather than taken from its name or the type a client
 * declared; only the types below are accepted. Programs are refused however they are named, and so are
 * HTML and SVG, which could run scripts if a browser ever showed them. Pure: bytes in, a verdict out.
 */

/** How many bytes of a file the sniffer reads (enough to see the entries at the start of a ZIP). */
export const SNIFF_BYTES = 64 * 1024;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const ODT = 'application/vnd.oasis.opendocument.text';
const ODS = 'application/vnd.oasis.opendocument.spreadsheet';
const ODP = 'application/vnd.oasis.opendocument.presentation';
const ZIP = 'application/zip';
const DOC = 'application/msword';
const XLS = 'application/vnd.ms-excel';
const PPT = 'application/vnd.ms-powerpoint';
const MSG = 'application/vnd.ms-outlook';
const EML = 'message/rfc822';
const PLAIN = 'text/plain';

/** Text files: their type by extension. */
const TEXT_BY_EXTENSION: Record<string, string> = {
  '.txt': PLAIN,
  '.log': PLAIN,
  '.csv': 'text/csv',
  '.tsv': 'text/tab-separated-values',
  '.md': 'text/markdown',
  '.ics': 'text/calendar',
  '.vcf': 'text/vcard',
  '.json': 'application/json',
  '.eml': EML,
};
const TEXT_TYPES = new Set(Object.values(TEXT_BY_EXTENSION));

const OFFICE_BY_EXTENSION: Record<string, string> = {
  '.docx': DOCX,
  '.xlsx': XLSX,
  '.pptx': PPTX,
  '.odt': ODT,
  '.ods': ODS,
  '.odp': ODP,
  '.doc': DOC,
  '.dot': DOC,
  '.xls': XLS,
  '.ppt': PPT,
  '.msg': MSG,
};
const OLE_TYPES = new Set([DOC, XLS, PPT, MSG]);
const ODF_TYPES = new Set([ODT, ODS, ODP]);

/** Names a program or script goes by: refused even when the content looks like text. */
const PROGRAM_EXTENSIONS = new Set(
  (
    'exe dll com scr msi msp bat cmd ps1 psm1 vbs vbe js jse mjs wsf wsh hta cpl msc lnk pif reg ' +
    'jar apk app appx msix deb rpm sh bash zsh command gadget inf'
  )
    .split(' ')
    .map((extension) => `.${extension}`),
);
const ACTIVE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml', '.svg', '.svgz', '.xht']);

/** Other names clients declare for a type (`image/jpg`, CSV sent as Excel by Windows browsers…). */
const DECLARED_ALIASES: Record<string, string[]> = {
  'image/jpeg': ['image/jpg', 'image/pjpeg'],
  'image/bmp': ['image/x-bmp', 'image/x-ms-bmp'],
  'text/csv': ['application/vnd.ms-excel', 'application/csv', 'text/x-csv', 'text/comma-separated-values'],
  'text/markdown': ['text/x-markdown'],
  'application/rtf': ['text/rtf'],
  [ZIP]: ['application/x-zip-compressed', 'application/x-zip', 'multipart/x-zip'],
  [DOCX]: [ZIP, 'application/x-zip-compressed'],
  [XLSX]: [ZIP, 'application/x-zip-compressed'],
  [PPTX]: [ZIP, 'application/x-zip-compressed'],
  [ODT]: [ZIP, 'application/x-zip-compressed'],
  [ODS]: [ZIP, 'application/x-zip-compressed'],
  [ODP]: [ZIP, 'application/x-zip-compressed'],
  [MSG]: ['application/x-ole-storage'],
};

export type SniffResult = { ok: true; contentType: string } | { ok: false; message: string };

export interface SniffInput {
  /** The first `SNIFF_BYTES` of the file (all of it when shorter). */
  head: Buffer;
  name: string;
  /** The Content-Type the client sent with the file, if any. */
  declaredType: string | null;
}

const startsWith = (head: Buffer, bytes: number[] | string, offset = 0) => {
  const expected = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return (
    head.length >= offset + expected.length &&
    head.subarray(offset, offset + expected.length).equals(expected)
  );
};

/** Programs by their first bytes: Windows (MZ), Linux (ELF), macOS (Mach-O), Java, WebAssembly, scripts. */
function isProgram(head: Buffer): boolean {
  return (
    startsWith(head, 'MZ') ||
    startsWith(head, [0x7f, 0x45, 0x4c, 0x46]) ||
    [
      [0xfe, 0xed, 0xfa, 0xce],
      [0xfe, 0xed, 0xfa, 0xcf],
      [0xce, 0xfa, 0xed, 0xfe],
      [0xcf, 0xfa, 0xed, 0xfe],
      [0xca, 0xfe, 0xba, 0xbe],
    ].some((magic) => startsWith(head, magic)) ||
    startsWith(head, [0x00, 0x61, 0x73, 0x6d]) ||
    startsWith(head, '#!')
  );
}

/** Types recognised by a fixed signature at the start. */
function binaryType(head: Buffer): string | null {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, 'GIF87a') || startsWith(head, 'GIF89a')) return 'image/gif';
  if (startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8)) return 'image/webp';
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'image/tiff';
  if (startsWith(head, 'BM') && head.length >= 26 && head.readUInt32LE(2) >= 26) return 'image/bmp';
  if (startsWith(head, 'ftyp', 4)) {
    const brand = head.subarray(8, 12).toString('latin1');
    if (brand === 'avif' || brand === 'avis') return 'image/avif';
    if (['heic', 'heix', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'image/heic';
  }
  if (startsWith(head, '%PDF-')) return 'application/pdf';
  if (startsWith(head, '{\\rtf')) return 'application/rtf';
  return null;
}

/** A ZIP's kind: an Office Open XML or OpenDocument file, or a plain archive. */
function zipType(head: Buffer, claimed: string | null): string {
  // OpenDocument stores its type uncompressed as the first entry, "mimetype".
  if (startsWith(head, 'mimetype', 30)) {
    const mimetype = /^[\w.+/-]+/.exec(head.subarray(38, 38 + 80).toString('latin1'))?.[0] ?? '';
    return ODF_TYPES.has(mimetype) ? mimetype : ZIP;
  }
  const text = head.toString('latin1');
  if (!text.includes('[Content_Types].xml')) return ZIP;
  if (text.includes('word/')) return DOCX;
  if (text.includes('xl/')) return XLSX;
  if (text.includes('ppt/')) return PPTX;
  return claimed === DOCX || claimed === XLSX || claimed === PPTX ? claimed : ZIP;
}

/** Control characters other than tab, line feed, form feed and carriage return: not text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BINARY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/** Whether the bytes are text: a Unicode byte-order mark, or UTF-8 without control characters. */
function isText(head: Buffer): boolean {
  if (startsWith(head, [0xfe, 0xff]) || startsWith(head, [0xff, 0xfe])) return true;
  try {
    // `stream` keeps a character cut in two at the end of the head from counting as invalid.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return !BINARY_CONTROL.test(text);
  } catch {
    return false;
  }
}

/** Markup a browser would render, scripts and all. */
function isActiveMarkup(head: Buffer): boolean {
  const start = head
    .subarray(0, 1024)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (!start.startsWith('<')) return false;
  return /^<(!doctype html|html|head|body|script|svg|iframe)\b/.test(start) || /<svg[\s>]/.test(start);
}

/** An email starts with a header field (`From: …`, `Received: …`). */
const looksLikeEmail = (head: Buffer) => /^[!-9;-~]+:/.test(head.subarray(0, 1000).toString('utf8'));

function textType(head: Buffer, extension: string, declared: string | null): SniffResult {
  if (isActiveMarkup(head))
    return { ok: false, message: 'is HTML or SVG, which could run scripts in a browser; not accepted' };
  const claimed =
    TEXT_BY_EXTENSION[extension] ?? (declared && TEXT_TYPES.has(declared) ? declared : null) ?? PLAIN;
  if (claimed === EML && !looksLikeEmail(head))
    return { ok: false, message: 'is named or declared as an email but does not start with email headers' };
  return { ok: true, contentType: claimed };
}

const normalizeType = (type: string | null) => type?.split(';')[0]!.trim().toLowerCase() || null;

function agrees(declared: string | null, sniffed: string): boolean {
  if (!declared || declared === 'application/octet-stream' || declared === sniffed) return true;
  if (DECLARED_ALIASES[sniffed]?.includes(declared)) return true;
  // Text types are loosely declared (a CSV as text/plain, an email as text/plain…).
  return TEXT_TYPES.has(sniffed) && (declared.startsWith('text/') || TEXT_TYPES.has(declared));
}

const NOT_ACCEPTED =
  'is of a type that is not accepted (images, PDF, office documents, text, CSV, email and ZIP files are)';

export function sniffContentType({ head, name, declaredType }: SniffInput): SniffResult {
  const extension = extname(name).toLowerCase();
  const declared = normalizeType(declaredType);
  if (head.length === 0) return { ok: false, message: 'is empty' };
  if (isProgram(head) || PROGRAM_EXTENSIONS.has(extension))
    return { ok: false, message: 'is a program or script; those are not accepted' };
  if (ACTIVE_EXTENSIONS.has(extension) || declared === 'text/html' || declared === 'image/svg+xml')
    return { ok: false, message: 'is HTML or SVG, which could run scripts in a browser; not accepted' };

  const claimed = OFFICE_BY_EXTENSION[extension] ?? declared;
  let result: SniffResult;
  const binary = binaryType(head);
  if (binary) result = { ok: true, contentType: binary };
  else if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]))
    result = { ok: true, contentType: zipType(head, claimed) };
  else if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    // Legacy Office files share one container format; the name or declared type says which.
    result =
      claimed && OLE_TYPES.has(claimed)
        ? { ok: true, contentType: claimed }
        : { ok: false, message: NOT_ACCEPTED };
  else if (isText(head)) result = textType(head, extension, declared);
  else result = { ok: false, message: NOT_ACCEPTED };

  if (result.ok && !agrees(declared, result.contentType))
    return { ok: false, message: `is declared as ${declared} but its content is ${result.contentType}` };
  return result;
}
