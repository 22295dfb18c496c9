import { createServer } from 'node:net';

/**
 * A loopback port that nothing listens on right now: for a server a test or benchmark starts on it,
 * or for a client that must find its connection refused.
 */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
