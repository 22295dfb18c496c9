import { randomBytes } from 'node:crypto';

export interface Part {
  name: string;
  /** Present for a file part. */
  filename?: string;
  contentType?: string;
  content: Buffer | string;
}

/** A multipart/form-data body, as a browser's FormData sends it, and its Content-Type header. */
export function multipart(parts: Part[]) {
  const boundary = `----rapport${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    // Quoted as browsers quote it: a backslash before `"` and `\`.
    const quoted = part.filename?.replace(/["\\]/g, (c) => `\\${c}`);
    const filename = quoted === undefined ? '' : `; filename="${quoted}"`;
    const type = part.contentType ? `Content-Type: ${part.contentType}\r\n` : '';
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${filename}\r\n${type}\r\n`,
      ),
      Buffer.from(part.content),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** One file in a part named `file`. */
export const fileUpload = (
  filename: string,
  content: Buffer | string,
  contentType = 'application/octet-stream',
) => multipart([{ name: 'file', filename, contentType, content }]);

/** Small real files of the accepted kinds, by their first bytes. */
export const SAMPLE_FILES = {
  png: Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(
      '0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201' +
        '7d5a8c0a0000000049454e44ae426082',
      'hex',
    ),
  ]),
  pdf: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  csv: Buffer.from('name,city\nĽubica,Žilina\nИван,София\n'),
  exe: Buffer.concat([Buffer.from('MZ'), randomBytes(200)]),
};
