/**
 * An app node that runs imports, in a process of its own, for the test that kills one mid-import:
 * `node --import tsx src/server/testing/import-worker-process.ts` with DATABASE_URL, FILES_DIR and
 * optionally JOB_LEASE_MS. Prints `ready` once it works.
 */
import { openDatabase } from '../db/database.js';
import { localFileStore } from '../files/local-file-store.js';
import { JobWorker } from '../jobs/worker.js';
import { importJobDefinition } from '../modules/imports/imports.runner.js';

const db = openDatabase(process.env.DATABASE_URL);
new JobWorker(db, {
  definitions: [importJobDefinition(localFileStore(process.env.FILES_DIR!))],
  nodeId: `import-node-${process.pid}`,
  leaseMs: Number(process.env.JOB_LEASE_MS ?? 30_000),
  pollMs: 100,
});
process.stdout.write('ready\n');
