import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the receiver answers a request: a status, and optionally headers and a body. */
export type Answer = { status: number; body?: string; headers?: Record<string, string> };

/**
 * A real HTTP server on 127.0.0.1 that records every request and answers with what `answer` says for
 * its path (200 by default): the other end of webhook tests and benchmarks.
 */
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  const answers = new Map<string, Answer[]>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const queue = answers.get(path);
      const answer = (queue && queue.length > 1 ? queue.shift() : queue?.[0]) ?? { status: 200 };
      response.writeHead(answer.status, answer.headers).end(answer.body ?? 'ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    received,
    /** Requests to one path. */
    at: (path: string) => received.filter((request) => request.path === path),
    /** Answers the next requests to `path` with these, in order; the last one is kept for the rest. */
    answer: (path: string, ...queue: Answer[]) => answers.set(path, queue),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
