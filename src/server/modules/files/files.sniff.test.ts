import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FILES } from '../../testing/multipart.js';
import { attachmentDisposition, cleanFileName } from './files.names.js';
import { sniffContentType } from './files.sniff.js';

const sniff = (head: Buffer | string, name: string, declaredType: string | null = null) =>
  sniffContentType({ head: Buffer.from(head), name, declaredType });

/** The start of a ZIP whose first entry has this name (and, for OpenDocument, this stored content). */
function zipStart(firstEntry: string, content = '', later = '') {
  const header = Buffer.alloc(30);
  header.write('PK\u0003\u0004', 0, 'latin1');
  header.writeUInt16LE(firstEntry.length, 26);
  return Buffer.concat([header, Buffer.from(firstEntry + content + later, 'latin1')]);
}

describe('content sniffing', () => {
  it('recognises images, PDF and RTF by their first bytes, whatever the name says', () => {
    expect(sniff(SAMPLE_FILES.png, 'photo')).toEqual({ ok: true, contentType: 'image/png' });
    expect(sniff(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'a.jpg', 'image/jpg')).toEqual({
      ok: true,
      contentType: 'image/jpeg',
    });
    expect(sniff('GIF89a\u0001\u0000', 'a.gif')).toEqual({ ok: true, contentType: 'image/gif' });
    expect(
      sniff(Buffer.concat([Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ', 'latin1')]), 'a.webp'),
    ).toEqual({ ok: true, contentType: 'image/webp' });
    expect(sniff(Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic')]), 'IMG.HEIC')).toEqual(
      { ok: true, contentType: 'image/heic' },
    );
    expect(sniff(SAMPLE_FILES.pdf, 'scan.txt')).toEqual({ ok: true, contentType: 'application/pdf' });
    expect(sniff('{\\rtf1\\ansi hello}', 'letter.rtf', 'text/rtf')).toEqual({
      ok: true,
      contentType: 'application/rtf',
    });
  });

  it('tells Office Open XML, OpenDocument and plain ZIP files apart', () => {
    const docx = zipStart('[Content_Types].xml', '', 'PK..word/document.xml');
    expect(sniff(docx, 'offer.docx', 'application/zip')).toEqual({
      ok: true,
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(sniff(zipStart('[Content_Types].xml', '', 'xl/workbook.xml'), 'prices.xlsx')).toEqual({
      ok: true,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(sniff(zipStart('mimetype', 'application/vnd.oasis.opendocument.text'), 'letter.odt')).toEqual({
      ok: true,
      contentType: 'application/vnd.oasis.opendocument.text',
    });
    expect(sniff(zipStart('photos/one.jpg'), 'photos.zip', 'application/x-zip-compressed')).toEqual({
      ok: true,
      contentType: 'application/zip',
    });
  });

  it('takes legacy Office files by name or declared type, and refuses an unnamed one', () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(sniff(ole, 'old.doc')).toEqual({ ok: true, contentType: 'application/msword' });
    expect(sniff(ole, 'mail', 'application/vnd.ms-outlook')).toEqual({
      ok: true,
      contentType: 'application/vnd.ms-outlook',
    });
    expect(sniff(ole, 'installer.bin').ok).toBe(false);
  });

  it('types text by its name, in any encoding with a byte-order mark', () => {
    expect(sniff(SAMPLE_FILES.csv, 'list.csv', 'text/plain')).toEqual({ ok: true, contentType: 'text/csv' });
    expect(sniff('# Notes\n', 'README.md')).toEqual({ ok: true, contentType: 'text/markdown' });
    expect(sniff('BEGIN:VCARD\r\n', 'card.vcf')).toEqual({ ok: true, contentType: 'text/vcard' });
    expect(sniff('plain', 'noext')).toEqual({ ok: true, contentType: 'text/plain' });
    expect(sniff(Buffer.from('\ufeffname;city\n', 'utf16le'), 'excel.csv')).toEqual({
      ok: true,
      contentType: 'text/csv',
    });
    expect(sniff('Received: from mx\r\nFrom: a@b.example\r\n', 'message.eml')).toEqual({
      ok: true,
      contentType: 'message/rfc822',
    });
    // A multi-byte character cut by the end of the sniffed head is still text.
    expect(sniff(Buffer.from('Žilina').subarray(0, 1), 'cut.txt').ok).toBe(true);
  });

  it('refuses programs by their bytes or their name, active markup, binary junk and contradictions', () => {
    const refused = (result: ReturnType<typeof sniff>) => (result.ok ? null : result.message);
    expect(refused(sniff(SAMPLE_FILES.exe, 'invoice.pdf', 'application/pdf'))).toMatch(/program/);
    expect(refused(sniff('\u007fELF\u0002\u0001', 'photo.jpg'))).toMatch(/program/);
    expect(refused(sniff(Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0]), 'app'))).toMatch(/program/);
    expect(refused(sniff('\u0000asm\u0001', 'x.bin'))).toMatch(/program/);
    expect(refused(sniff('#!/usr/bin/env node\n', 'tool'))).toMatch(/program/);
    expect(refused(sniff('Set x = 1', 'macro.VBS'))).toMatch(/program/);
    expect(refused(sniff(zipStart('META-INF/MANIFEST.MF'), 'tool.jar'))).toMatch(/program/);
    expect(refused(sniff('  <html><body>', 'page.txt'))).toMatch(/HTML or SVG/);
    expect(
      refused(sniff('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">', 'logo.xml')),
    ).toMatch(/HTML or SVG/);
    expect(refused(sniff('hello', 'x.txt', 'text/html'))).toMatch(/HTML or SVG/);
    expect(refused(sniff(Buffer.from([0x00, 0x01, 0x02, 0xff]), 'blob'))).toMatch(/not accepted/);
    expect(refused(sniff(SAMPLE_FILES.png, 'photo.png', 'application/pdf'))).toBe(
      'is declared as application/pdf but its content is image/png',
    );
    expect(refused(sniff('plain words', 'a.txt', 'image/png'))).toMatch(/declared as image\/png/);
    expect(refused(sniff('', 'empty.txt'))).toBe('is empty');
  });

  it('refuses anything that starts like a Windows, Linux or macOS program, whatever follows and however named', () => {
    const magic = fc.constantFrom(
      [0x4d, 0x5a],
      [0x7f, 0x45, 0x4c, 0x46],
      [0xfe, 0xed, 0xfa, 0xcf],
      [0xcf, 0xfa, 0xed, 0xfe],
      [0xca, 0xfe, 0xba, 0xbe],
    );
    fc.assert(
      fc.property(
        magic,
        fc.uint8Array({ maxLength: 200 }),
        fc.string(),
        fc.option(fc.string()),
        (start, rest, name, declared) => {
          const result = sniff(Buffer.concat([Buffer.from(start), Buffer.from(rest)]), name, declared);
          expect(result.ok).toBe(false);
        },
      ),
    );
  });
});

describe('file names', () => {
  it('keeps the name and drops folders, control characters and direction marks', () => {
    expect(cleanFileName('Договор №5.pdf')).toBe('Договор №5.pdf');
    expect(cleanFileName('C:\\Users\\me\\report.pdf')).toBe('report.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\u0007c\r\n.txt')).toBe('abc.txt');
    expect(cleanFileName('photo\u202egpj.exe')).toBe('photogpj.exe');
    for (const empty of ['', '   ', '.', '..', '...', 'dir/', '\u0000'])
      expect(cleanFileName(empty), empty).toBeNull();
    const long = `${'ж'.repeat(300)}.xlsx`;
    expect([...cleanFileName(long)!]).toHaveLength(255);
    expect(cleanFileName(long)!.endsWith('ж.xlsx')).toBe(true);
  });

  it('never leaves a folder, a control character or more than 255 characters in a name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (raw) => {
        const name = cleanFileName(raw);
        if (name === null) return;
        // eslint-disable-next-line no-control-regex -- control characters are what must be gone
        expect(name).not.toMatch(/[/\\\u0000-\u001f\u007f]/);
        expect(name).not.toMatch(/^\.+$/);
        expect([...name].length).toBeLessThanOrEqual(255);
      }),
    );
  });

  it('writes Content-Disposition in ASCII with the exact name in filename*', () => {
    expect(attachmentDisposition('Grüße "2026".csv')).toBe(
      `attachment; filename="Gr__e _2026_.csv"; filename*=UTF-8''Gr%C3%BC%C3%9Fe%20%222026%22.csv`,
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (name) => {
        const header = attachmentDisposition(name);
        expect(header).toMatch(/^[\x20-\x7e]+$/);
        expect(decodeURIComponent(/filename\*=UTF-8''(.*)$/.exec(header)![1]!)).toBe(name);
        expect(/filename="([^"\\]*)";/.test(header)).toBe(true);
      }),
    );
  });
});
