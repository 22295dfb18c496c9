import type { FastifyBaseLogger } from 'fastify';
import type pg from 'pg';
import { dedicatedPostgresClient, isPostgres, type Db } from '../../db/database.js';
import { localWakeUps, RECORD_EVENTS_CHANNEL } from './events.outbox.js';
import { listEventsAfter, type RecordEvent } from './events.repository.js';

/**
 * One node's live readers of the record events outbox. Streams subscribe with the last event they have
 * seen; when a workspace has news the hub reads its events after the oldest such position once and
 * hands each stream those after its own. News comes from `NOTIFY` on PostgreSQL (one dedicated
 * connection per node, re-established when lost) and from the in-process wake-up on SQLite; besides,
 * every heartbeat reads each workspace again, so a lost notification delays an event, never drops it.
 */

export const HEARTBEAT_MS = 25_000;
const BATCH = 500;
const MAX_RECONNECT_DELAY_MS = 30_000;

export interface StreamSubscriber {
  /** The last event of the workspace this stream has seen, delivered or left out. */
  cursor: number;
  /** The workspace's next events after `cursor`, oldest first (the hub has moved `cursor` past them). */
  deliver(events: RecordEvent[]): void;
  /** Every HEARTBEAT_MS: time for a keep-alive and for checking the credentials again. */
  heartbeat(): void;
  /** The hub is closing: end the stream. */
  close(): void;
}

export interface EventHub {
  /** Adds a stream once the hub listens; returns the function that removes it. */
  subscribe(workspaceId: string, subscriber: StreamSubscriber): Promise<() => void>;
  close(): Promise<void>;
}

interface WorkspaceStreams {
  subscribers: Set<StreamSubscriber>;
  reading: boolean;
  /** News arrived while reading: read again. */
  again: boolean;
}

export function createEventHub(db: Db, log: FastifyBaseLogger): EventHub {
  const workspaces = new Map<string, WorkspaceStreams>();
  let started: Promise<void> | null = null;
  let stopListening = async () => {};
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  async function drain(workspaceId: string) {
    const state = workspaces.get(workspaceId);
    if (!state) return;
    if (state.reading) {
      state.again = true;
      return;
    }
    state.reading = true;
    try {
      do {
        state.again = false;
        if (state.subscribers.size === 0) break;
        const from = Math.min(...[...state.subscribers].map((s) => s.cursor));
        const events = await listEventsAfter(db, workspaceId, from, BATCH);
        for (const subscriber of state.subscribers) {
          const fresh = events.filter((event) => event.seq > subscriber.cursor);
          if (fresh.length === 0) continue;
          subscriber.cursor = fresh[fresh.length - 1]!.seq;
          subscriber.deliver(fresh);
        }
        if (events.length === BATCH) state.again = true;
      } while (state.again && !closed);
    } catch (error) {
      log.error({ err: error, workspaceId }, 'reading record events failed');
    } finally {
      state.reading = false;
    }
  }

  const wake = (workspaceId: string) => void drain(workspaceId);
  const wakeAll = () => {
    for (const workspaceId of workspaces.keys()) wake(workspaceId);
  };

  function start(): Promise<void> {
    if (started) return started;
    timer = setInterval(() => {
      for (const state of workspaces.values())
        for (const subscriber of state.subscribers) subscriber.heartbeat();
      wakeAll();
    }, HEARTBEAT_MS).unref();
    if (isPostgres(db)) {
      const listener = listenForEvents(db, log, wake, wakeAll);
      stopListening = listener.stop;
      started = listener.ready;
    } else {
      localWakeUps.on('wake', wake);
      stopListening = async () => void localWakeUps.off('wake', wake);
      started = Promise.resolve();
    }
    return started;
  }

  return {
    async subscribe(workspaceId, subscriber) {
      await start();
      let state = workspaces.get(workspaceId);
      if (!state) {
        state = { subscribers: new Set(), reading: false, again: false };
        workspaces.set(workspaceId, state);
      }
      const streams = state;
      streams.subscribers.add(subscriber);
      wake(workspaceId);
      return () => {
        streams.subscribers.delete(subscriber);
        if (streams.subscribers.size === 0 && workspaces.get(workspaceId) === streams)
          workspaces.delete(workspaceId);
      };
    },
    async close() {
      closed = true;
      clearInterval(timer);
      await stopListening();
      for (const state of workspaces.values()) for (const subscriber of state.subscribers) subscriber.close();
      workspaces.clear();
    },
  };
}

/**
 * LISTEN on a connection of its own, outside the pool. When the connection fails it is opened again
 * after a growing wait (1 s, doubling, at most 30 s), and once listening again every workspace is read,
 * for whatever was committed in between. `ready` resolves after the first attempt, listening or not.
 */
function listenForEvents(
  db: Db,
  log: FastifyBaseLogger,
  onNews: (workspaceId: string) => void,
  onListening: () => void,
) {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = 1_000;
  let resolveReady = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));

  const release = (connection: pg.Client) => {
    connection.removeAllListeners();
    connection.on('error', () => {});
    void connection.end().catch(() => {});
  };

  const drop = (connection: pg.Client, error?: unknown) => {
    if (client !== connection) return;
    client = null;
    release(connection);
    if (stopped) return;
    log.warn({ err: error, retryInMs: delay }, 'record events listener lost its connection');
    retry = setTimeout(() => void connect(), delay);
    delay = Math.min(delay * 2, MAX_RECONNECT_DELAY_MS);
  };

  async function connect() {
    const connection = dedicatedPostgresClient(db)!;
    client = connection;
    connection.on('notification', (message) => {
      if (message.channel === RECORD_EVENTS_CHANNEL && message.payload) onNews(message.payload);
    });
    connection.on('error', (error) => drop(connection, error));
    connection.on('end', () => drop(connection));
    try {
      await connection.connect();
      await connection.query(`LISTEN ${RECORD_EVENTS_CHANNEL}`);
      if (client !== connection) return;
      delay = 1_000;
      onListening();
    } catch (error) {
      drop(connection, error);
    } finally {
      resolveReady();
    }
  }

  void connect();
  return {
    ready,
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      if (client) release(client);
      client = null;
    },
  };
}
