import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/errors.js';
import { errorResponses } from '../../lib/http-schemas.js';
import { sha256 } from '../../lib/ids.js';
import type { Actor } from '../../lib/permissions.js';
import { bearerToken, requireActor } from '../../lib/request-context.js';
import { actorFromApiKey, actorFromSession } from '../auth/actors.js';
import { createEventHub, HEARTBEAT_MS, type EventHub, type StreamSubscriber } from './events.hub.js';
import { streamEventSchema, streamHeaders, streamQuery } from './events.schemas.js';
import { eventForActor, REPLAY_LIMIT, resumeAfter, streamStart, type StreamStart } from './events.service.js';

/** Streams one API key or session may hold open at once. */
const MAX_STREAMS_PER_CREDENTIAL = 20;
/** A client that stops reading is cut off when this much waits for it; it resumes when it reconnects. */
const MAX_BUFFERED_BYTES = 1024 * 1024;
/** How long a browser waits before reconnecting a stream that ended. */
const RETRY_MS = 3_000;

/** One server-sent event: its type, id and JSON data. */
const frame = (event: string, id: number, data: unknown) =>
  `event: ${event}\nid: ${id}\ndata: ${JSON.stringify(data)}\n\n`;

/** The actor behind the request's credential now: null once the key is revoked or the session over. */
async function actorNow(request: FastifyRequest): Promise<Actor | null> {
  const key = bearerToken(request);
  const { db } = request.server;
  if (key) return (await actorFromApiKey(db, key, request.ip))?.actor ?? null;
  if (request.sessionToken) return (await actorFromSession(db, request.sessionToken))?.actor ?? null;
  return null;
}

/**
 * Answers with the stream of events after `start`, until the client goes away, the credentials stop
 * being valid, the client stops reading or the hub closes; then calls `onEnd` once.
 */
async function serveStream(
  request: FastifyRequest,
  reply: FastifyReply,
  hub: EventHub,
  actor: Actor,
  start: StreamStart,
  onEnd: () => void,
) {
  reply.hijack();
  const response = reply.raw;
  // The headers set so far (security headers, rate limit) and the stream's own.
  for (const [name, value] of Object.entries(reply.getHeaders()))
    if (value !== undefined) response.setHeader(name, value);
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    // Proxies such as nginx would otherwise hold events back to fill their buffers.
    'x-accel-buffering': 'no',
  });

  let ended = false;
  let unsubscribe = () => {};
  const end = () => {
    if (ended) return;
    ended = true;
    unsubscribe();
    onEnd();
    response.end();
  };
  const write = (text: string) => {
    if (ended) return;
    response.write(text);
    if (response.writableLength > MAX_BUFFERED_BYTES) end();
  };
  response.on('close', end);

  const subscriber: StreamSubscriber = {
    cursor: start.cursor,
    deliver(events) {
      const visible = events.flatMap((event) => eventForActor(actor, event) ?? []);
      write(visible.map((event) => frame('record', event.seq, event)).join(''));
    },
    heartbeat() {
      write(': keep-alive\n\n');
      actorNow(request).then(
        (now) => (now ? (actor = now) : end()),
        () => end(),
      );
    },
    close: end,
  };
  write(`retry: ${RETRY_MS}\n\n`);
  if (start.reset) write(frame('reset', start.cursor, { seq: start.cursor }));
  write(frame('ready', start.cursor, { seq: start.cursor }));
  const remove = await hub.subscribe(actor.workspaceId, subscriber);
  if (ended) remove();
  else unsubscribe = remove;
}

export const eventRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const hub = createEventHub(db, app.log);
  app.addHook('preClose', () => hub.close());
  const openStreams = new Map<string, number>();

  app.get(
    '/events/stream',
    {
      schema: {
        tags: ['events'],
        operationId: 'streamRecordEvents',
        summary: 'Live changes of records (server-sent events)',
        description: [
          'A `text/event-stream` of the workspace’s record changes that the caller may read: a `record` event (data: a RecordEvent) for every create, update, delete and restore of every record type, sent as soon as the change is committed on any node. Read the record to see its values.',
          `Each event’s \`id\` is its place in the workspace’s events; reconnecting with \`Last-Event-ID\` (browsers send it themselves) or \`?after=\` first sends what was missed. When that is more than ${REPLAY_LIMIT} events or a day ago, or not an id of this stream, a \`reset\` event says to reload everything instead.`,
          `The stream opens with a \`ready\` event naming the position it starts from; a comment line is sent every ${HEARTBEAT_MS / 1000} seconds. It ends when the credentials stop being valid. At most ${MAX_STREAMS_PER_CREDENTIAL} streams per API key or session.`,
        ].join('\n\n'),
        querystring: streamQuery,
        headers: streamHeaders,
        response: {
          200: {
            description: 'The stream; each `record` event’s data is a RecordEvent',
            content: { 'text/event-stream': { schema: streamEventSchema } },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const after = resumeAfter(request.headers['last-event-id'], request.query.after);
      const credential = sha256(bearerToken(request) ?? request.sessionToken ?? '');
      const open = openStreams.get(credential) ?? 0;
      if (open >= MAX_STREAMS_PER_CREDENTIAL)
        throw new AppError(
          'too_many_requests',
          `At most ${MAX_STREAMS_PER_CREDENTIAL} event streams may be open at once per API key or session`,
          [],
          RETRY_MS / 1000,
        );
      const start = await streamStart(db, actor, after);

      openStreams.set(credential, open + 1);
      await serveStream(request, reply, hub, actor, start, () => {
        const left = (openStreams.get(credential) ?? 1) - 1;
        if (left > 0) openStreams.set(credential, left);
        else openStreams.delete(credential);
      });
      return reply;
    },
  );
};
