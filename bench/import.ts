/**
 * Import benchmark: N people from a generated CSV into a fresh SQLite database under bench/.out/ (or
 * an empty PostgreSQL database), through the import service and its job, in this process. Prints the
 * upload (stored and checked whole) and the import in rows per second, with records, sort keys,
 * search documents, audit entries, timeline and record events written as the job writes them.
 *
 *   npx tsx bench/import.ts [--people 50000] [--database postgres://…]
 */
import { createReadStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { localFileStore } from '../src/server/files/local-file-store.js';
import { actorFromApiKey } from '../src/server/modules/auth/actors.js';
import { runImport } from '../src/server/modules/imports/imports.runner.js';
import { createImport, getImport, type UploadPart } from '../src/server/modules/imports/imports.service.js';
import { createWorkspace } from '../src/server/modules/workspaces/workspaces.service.js';
import { OUT } from './lib/setup.js';

const { values } = parseArgs({
  options: { people: { type: 'string', default: '50000' }, database: { type: 'string' } },
});
const people = Number(values.people);
const DATABASE_URL = values.database ?? `sqlite:${OUT}import.db`;

const FIRST = ['Ľubica', 'Jan', 'Иван', 'Мария', 'João', 'Małgorzata', 'Peter', 'Zoë', 'Ștefan', 'Ана'];
const LAST = ['Nováková', 'Kowalski', 'Петров', 'Иванова', 'Gonçalves', 'Wiśniewska', 'Smith', 'Horváth'];
const CITY = ['Žilina', 'Kraków', 'София', 'Москва', 'Porto', 'London', 'Košice', 'Łódź'];
const TITLE = ['Nákupca', 'Kierownik', 'Мениджър', 'Директор', 'Comprador', 'Sales manager'];
const COUNTRY = ['SK', 'PL', 'BG', 'RU', 'PT', 'GB'];

function generate(file: string) {
  const lines = ['First name,Last name,Email,Phone,City,Job title,Country'];
  for (let n = 0; n < people; n++) {
    const pick = <T>(list: T[], salt: number) => list[(n * 7 + salt * 13 + Math.floor(n / 7)) % list.length]!;
    lines.push(
      [
        pick(FIRST, 1),
        pick(LAST, 2),
        `person.${n}@example.com`,
        `+421 9${String(n).padStart(8, '0')}`,
        pick(CITY, 3),
        pick(TITLE, 4),
        pick(COUNTRY, 5),
      ].join(','),
    );
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

async function* parts(file: string): AsyncIterable<UploadPart> {
  yield { type: 'field', fieldname: 'object', value: 'people' };
  yield {
    type: 'field',
    fieldname: 'mapping',
    value: JSON.stringify({
      'First name': 'firstName',
      'Last name': 'lastName',
      Email: 'emails',
      Phone: 'phones',
      City: 'city',
      'Job title': 'jobTitle',
      Country: 'country',
    }),
  };
  yield { type: 'file', fieldname: 'file', filename: 'people.csv', file: createReadStream(file) };
}

async function main() {
  if (!Number.isInteger(people) || people < 1) throw new Error('--people must be a positive whole number');
  mkdirSync(OUT, { recursive: true });
  const csv = `${OUT}import-${people}.csv`;
  generate(csv);
  if (DATABASE_URL.startsWith('sqlite:')) rmSync(DATABASE_URL.slice('sqlite:'.length), { force: true });
  const db = openDatabase(DATABASE_URL);
  await migrateToLatest(db);
  const workspace = await createWorkspace(db, {
    name: 'Import bench',
    ownerEmail: 'bench@example.com',
    ownerPassword: 'bench-password-1',
    withApiKey: true,
  });
  const actor = (await actorFromApiKey(db, workspace.apiKey!, '127.0.0.1'))!.actor;
  const filesDir = `${OUT}import-files`;
  rmSync(filesDir, { recursive: true, force: true });
  const store = localFileStore(filesDir);

  const uploadStart = performance.now();
  const { item } = await createImport(db, { store, maxBytes: 2 ** 40 }, actor, parts(csv));
  const uploadSeconds = (performance.now() - uploadStart) / 1000;

  const cpu = process.cpuUsage();
  const start = performance.now();
  await runImport(db, store, actor.workspaceId, item.id, new AbortController().signal);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const done = await getImport(db, actor, item.id);
  if (done.created !== people)
    throw new Error(`created ${done.created} of ${people}: ${JSON.stringify(done)}`);

  const result = {
    database: DATABASE_URL.startsWith('sqlite:') ? 'sqlite' : 'postgres',
    people,
    fileMegabytes: Math.round((done.fileSize / 1024 / 1024) * 10) / 10,
    uploadSeconds: Math.round(uploadSeconds * 100) / 100,
    importSeconds: Math.round(seconds * 100) / 100,
    importCpuSeconds: Math.round(((used.user + used.system) / 1e6) * 100) / 100,
    rowsPerSecond: Math.round(people / seconds),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 1024 ** 3)} GB`,
  };
  console.log(JSON.stringify(result, null, 2));
  await db.destroy();
}

await main();
