import { request, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';

/**
 * A server-sent events client for tests: a real HTTP request to a listening server on a connection of
 * its own, read as the events arrive. `next()` waits for the next event (comments and bare `retry:`
 * lines are skipped); `close()` drops the connection, as a browser closing the tab does.
 */
export interface StreamEvent {
  event: string;
  id: string | null;
  data: unknown;
}

export interface EventStreamClient {
  status: number;
  headers: IncomingHttpHeaders;
  /** The whole body of an answer that is not a stream (an error). */
  text(): Promise<string>;
  next(): Promise<StreamEvent>;
  /** The next event of this type, skipping others. */
  nextOf(event: string): Promise<StreamEvent>;
  close(): void;
}

function parse(block: string): StreamEvent | null {
  const fields = block
    .split('\n')
    .filter((line) => line && !line.startsWith(':'))
    .map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon), line.slice(colon + 1).trimStart()] as const;
    });
  const field = (name: string) => fields.find(([key]) => key === name)?.[1];
  const data = field('data');
  if (data === undefined) return null;
  return { event: field('event') ?? 'message', id: field('id') ?? null, data: JSON.parse(data) };
}

export async function openEventStream(
  url: string,
  headers: Record<string, string> = {},
): Promise<EventStreamClient> {
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    request(url, { headers, agent: false }, resolve).on('error', reject).end();
  });
  response.setEncoding('utf8');
  const chunks = response[Symbol.asyncIterator]() as AsyncIterator<string, undefined>;
  let buffer = '';

  async function next(): Promise<StreamEvent> {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const event = parse(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (event) return event;
        continue;
      }
      const chunk = await chunks.next();
      if (chunk.done) throw new Error('the event stream ended');
      buffer += chunk.value;
    }
  }

  return {
    status: response.statusCode ?? 0,
    headers: response.headers,
    async text() {
      let body = buffer;
      for (let chunk = await chunks.next(); !chunk.done; chunk = await chunks.next()) body += chunk.value;
      return body;
    },
    next,
    async nextOf(event) {
      for (;;) {
        const received = await next();
        if (received.event === event) return received;
      }
    },
    close() {
      response.destroy();
    },
  };
}
