import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { checkLiteralHost, guardedLookup, TargetRefusedError, urlProblem } from './webhooks.target-guard.js';
import type { WebhookSettings } from './webhooks.settings.js';

/** How long a receiver has to answer, and how much of its answer is read and kept. */
export const SEND_TIMEOUT_MS = 10_000;
const MAX_READ_BYTES = 16 * 1024;
const EXCERPT_CHARS = 500;

export interface SendResult {
  /** The HTTP status, or null when no answer came. */
  status: number | null;
  /** The start of the answer's body. */
  excerpt: string | null;
  durationMs: number;
  /** Why the attempt failed (no answer, a redirect, a refused target), or null. */
  error: string | null;
}

/**
 * POSTs one webhook message. The target is checked again (its URL, and the addresses its name
 * resolves to as the connection is made); redirects are not followed; the answer is read up to 16 KiB.
 * Never throws for the receiver's faults: they come back in the result.
 */
export async function sendWebhook(
  target: { url: string; headers: Record<string, string>; body: string },
  settings: WebhookSettings,
  signal: AbortSignal,
): Promise<SendResult> {
  const started = performance.now();
  const done = (result: Omit<SendResult, 'durationMs'>): SendResult => ({
    ...result,
    durationMs: Math.round(performance.now() - started),
  });
  const problem = urlProblem(target.url, settings);
  if (problem) return done({ status: null, excerpt: null, error: `refused: the URL ${problem}` });
  const url = new URL(target.url);
  try {
    checkLiteralHost(url, settings);
    const response = await post(
      url,
      target,
      settings,
      AbortSignal.any([signal, AbortSignal.timeout(SEND_TIMEOUT_MS)]),
    );
    const excerpt = await readCapped(response);
    const status = response.statusCode ?? 0;
    const redirect =
      status >= 300 && status < 400
        ? `redirect to ${response.headers.location ?? '(no location)'} not followed`
        : null;
    return done({ status, excerpt, error: redirect });
  } catch (error) {
    return done({ status: null, excerpt: null, error: describe(error) });
  }
}

function post(
  url: URL,
  target: { headers: Record<string, string>; body: string },
  settings: WebhookSettings,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(url, {
      method: 'POST',
      headers: { ...target.headers, 'content-length': Buffer.byteLength(target.body) },
      lookup: guardedLookup(settings),
      // A connection of its own: a kept-alive socket would skip the address check of this attempt.
      agent: false,
      signal,
    });
    outgoing.once('response', resolve);
    outgoing.once('error', reject);
    outgoing.end(target.body);
  });
}

/** The start of a response's body, reading at most MAX_READ_BYTES; the rest is dropped unread. */
async function readCapped(response: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= MAX_READ_BYTES) break;
    }
  } catch {
    // The receiver cut the answer short: keep what came.
  } finally {
    response.destroy();
  }
  return Buffer.concat(chunks).subarray(0, MAX_READ_BYTES).toString('utf8').slice(0, EXCERPT_CHARS);
}

function describe(error: unknown): string {
  if (error instanceof TargetRefusedError) return error.message;
  if (error instanceof Error) {
    if (
      error.name === 'TimeoutError' ||
      (error.name === 'AbortError' && /timeout/i.test(String(error.cause)))
    )
      return `no answer within ${SEND_TIMEOUT_MS / 1000} s`;
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
