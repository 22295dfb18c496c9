/**
 * The bare ceiling of an HTTP benchmark: Fastify with nothing registered but the routes, each serving
 * the body the real server answered for that URL (parsed once, stringified per request as a plain
 * Fastify route does). Run as its own process so it gets a core like the real server:
 *
 *   node --import tsx bench/lib/bare-server.ts <bodies.json> <port>
 *
 * `bodies.json` is `{ routes: string[], bodies: Record<url, json text> }`.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error('usage: bare-server.ts <bodies.json> <port>');
const { routes, bodies } = JSON.parse(readFileSync(file, 'utf8')) as {
  routes: string[];
  bodies: Record<string, string>;
};
const parsed = new Map(Object.entries(bodies).map(([url, text]) => [url, JSON.parse(text) as unknown]));

const app = Fastify({ logger: false });
app.get('/readyz', async () => ({ status: 'ok' }));
for (const route of routes) {
  app.get(route, async (request, reply) => {
    const body = parsed.get(request.url);
    if (body === undefined) return reply.status(404).send({ missing: request.url });
    return body;
  });
}
const close = async () => {
  await app.close();
  process.exit(0);
};
process.once('SIGTERM', () => void close());
process.once('SIGINT', () => void close());
await app.listen({ port: Number(port), host: '127.0.0.1' });
