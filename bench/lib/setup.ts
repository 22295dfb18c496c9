import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { openDatabase, type Db } from '../../src/server/db/database.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { createWorkspace } from '../../src/server/modules/workspaces/workspaces.service.js';
import { seedWorkspace } from '../../src/server/seed/seed-workspace.js';

/** What the HTTP benchmarks share: a seeded workspace, a free port, the real server in a child. */

export const ROOT = new URL('../../', import.meta.url).pathname;
export const OUT = new URL('../.out/', import.meta.url).pathname;

export interface Prepared {
  workspaceId: string;
  apiKey: string;
  seed: { seconds: number; cpuSeconds: number; companies: number; notes: number } | null;
}

/** A fresh database with one workspace seeded with `people` people; its key is saved in `stateFile`. */
async function seedFresh(db: Db, people: number, stateFile: string): Promise<Prepared> {
  await migrateToLatest(db);
  const workspace = await createWorkspace(db, {
    name: 'Bench',
    ownerEmail: 'bench@example.com',
    ownerPassword: 'bench-password-1',
    withApiKey: true,
  });
  const cpu = process.cpuUsage();
  const result = await seedWorkspace(db, {
    workspaceId: workspace.workspaceId,
    people,
    seed: 'bench',
    onProgress: (done, total) => process.stderr.write(`\rseeding ${done}/${total}`),
  });
  const used = process.cpuUsage(cpu);
  process.stderr.write('\n');
  const prepared = {
    workspaceId: workspace.workspaceId,
    apiKey: workspace.apiKey!,
    seed: {
      seconds: result.seconds,
      cpuSeconds: (used.user + used.system) / 1e6,
      companies: result.companies,
      notes: result.notes,
    },
  };
  writeFileSync(stateFile, JSON.stringify(prepared));
  return prepared;
}

export interface DatabaseChoice {
  /** `sqlite:<file>` or `postgres://…` (an empty database, seeded on the first run). */
  url: string;
  people: number;
  /** Reuse the database when it already holds the seeded workspace (its key is in `stateFile`). */
  keep: boolean;
  stateFile: string;
}

/** Opens the benchmark's database: a fresh seed, or the one kept from an earlier run. */
export async function openSeeded(choice: DatabaseChoice): Promise<{ db: Db; prepared: Prepared }> {
  const sqliteFile = choice.url.startsWith('sqlite:') ? choice.url.slice('sqlite:'.length) : null;
  const reuse =
    choice.keep && (sqliteFile === null || existsSync(sqliteFile)) && existsSync(choice.stateFile);
  if (!reuse && sqliteFile)
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqliteFile}${suffix}`, { force: true });
  const db = openDatabase(choice.url);
  if (reuse) {
    await migrateToLatest(db);
    return {
      db,
      prepared: { ...(JSON.parse(readFileSync(choice.stateFile, 'utf8')) as Prepared), seed: null },
    };
  }
  return { db, prepared: await seedFresh(db, choice.people, choice.stateFile) };
}

export { freePort } from '../../src/server/testing/ports.js';

/** Waits until `url` answers 2xx; kills `child` and throws after 30 s. */
export async function waitUntilReady(child: ChildProcess, url: string): Promise<ChildProcess> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const ready = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return child;
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`${url} did not answer within 30 s`);
}

/**
 * The real `rapport start`, so the figures include everything a deployment runs. The rate limit is
 * lifted (a benchmark would hit it in a second); `nodeArgs` go to Node (`--cpu-prof`…).
 */
export async function startServer(
  port: number,
  databaseUrl: string,
  nodeArgs: string[] = [],
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [...nodeArgs, `${ROOT}bin/rapport.mjs`, 'start', '--port', String(port), '--host', '127.0.0.1'],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        RATE_LIMIT_PER_MINUTE: '100000000',
        LOG_LEVEL: 'warn',
      },
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  return waitUntilReady(child, `http://127.0.0.1:${port}/readyz`);
}

/** Stops a child server and waits for it to exit (a CPU profile is written on the way out). */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
