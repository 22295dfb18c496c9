import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openDatabase, type Db } from '../db/database.js';
import { apiKeyClient, Client, signUpOwner } from '../testing/factories.js';
import { openTestDatabase } from '../testing/test-database.js';
import { pruneRateLimitHits } from './rate-limit-store.js';

const LIMIT = 6;

/** Three app nodes, each with its own connection pool, on one PostgreSQL schema. */
describe.skipIf(!process.env.TEST_DATABASE_URL)('rate limits shared by the nodes of one PostgreSQL', () => {
  let close: () => Promise<void>;
  let nodes: FastifyInstance[];
  let pools: Db[];

  beforeAll(async () => {
    const database = await openTestDatabase('postgres');
    close = database.close;
    pools = [database.db, openDatabase(database.url), openDatabase(database.url)];
    nodes = await Promise.all(pools.map((db) => buildApp({ db, webRoot: null, rateLimitPerMinute: LIMIT })));
  });
  afterAll(async () => {
    await Promise.all(nodes.map((node) => node.close()));
    await Promise.all(pools.slice(1).map((db) => db.destroy()));
    await close();
  });

  it('grants a key its limit once across all nodes, not once per node', async () => {
    const owner = await signUpOwner(nodes[0]!);
    const key = (await apiKeyClient(owner, 'viewer')).auth;
    const on = (node: FastifyInstance) => new Client(node, key, owner.info);

    const answers = [];
    for (let i = 0; i < LIMIT; i++) answers.push(await on(nodes[i % 3]!).get('/companies'));
    expect(answers.map((response) => response.statusCode)).toEqual(Array(LIMIT).fill(200));
    expect(answers.map((response) => response.headers['ratelimit-remaining'])).toEqual(
      Array.from({ length: LIMIT }, (_, i) => String(LIMIT - 1 - i)),
    );
    for (const node of nodes) expect((await on(node).get('/companies')).statusCode).toBe(429);

    // Another key of the same workspace has its own count, on every node.
    const other = (await apiKeyClient(owner, 'viewer')).auth;
    expect((await new Client(nodes[2]!, other, owner.info).get('/companies')).statusCode).toBe(200);
  });

  it('counts parallel requests on three nodes exactly', async () => {
    const owner = await signUpOwner(nodes[1]!);
    const key = (await apiKeyClient(owner, 'viewer')).auth;
    const answers = await Promise.all(
      Array.from({ length: 3 * LIMIT }, (_, i) =>
        new Client(nodes[i % 3]!, key, owner.info).get('/companies'),
      ),
    );
    const codes = answers.map((response) => response.statusCode).sort();
    expect(codes.filter((code) => code === 200)).toHaveLength(LIMIT);
    expect(codes.filter((code) => code === 429)).toHaveLength(2 * LIMIT);
  });

  it('prunes counters whose window is over', async () => {
    expect(await pruneRateLimitHits(pools[0]!, new Date(Date.now() + 60_000))).toBeGreaterThan(0);
    const left = await pools[0]!.selectFrom('rate_limit_hits').select('key').execute();
    expect(left).toEqual([]);
  });
});
