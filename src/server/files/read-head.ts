import { Readable } from 'node:stream';

/**
 * Reads the first `bytes` of a stream (fewer when it is shorter) and gives back a stream of the whole
 * content, head included, so a file can be judged by its first bytes and still be streamed on.
 */
export async function readHead(
  stream: Readable,
  bytes: number,
): Promise<{ head: Buffer; content: Readable }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    chunks.push(next.value);
    length += next.value.length;
  }
  const start = Buffer.concat(chunks);
  async function* whole() {
    if (start.length > 0) yield start;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: start.subarray(0, bytes), content: Readable.from(whole(), { objectMode: false }) };
}
