import { readFileSync } from 'node:fs';
import type { Db } from '../../db/database.js';
import { AppError, notFound } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { readDataSetCsv } from './data-sets.csv.js';
import {
  removeDataSet,
  findDataSet,
  findDataSetByName,
  insertDataSet,
  insertDataSetRows,
  listDataSetRows,
  listDataSets,
} from './data-sets.repository.js';
import type { DataSet, DataSetMapping } from './data-sets.schemas.js';

/**
 * External data sets belong to the workspace: everyone signed in reads them (reports join them),
 * admins import and delete them. A set is written whole in one transaction or not at all.
 */
const ENTITY = 'data_set';

export async function listWorkspaceDataSets(db: Db, actor: Actor) {
  return { data: await listDataSets(db, actor.workspaceId) };
}

export async function getDataSet(db: Db, actor: Actor, id: string) {
  const set = await findDataSet(db, actor.workspaceId, id);
  if (!set) throw notFound('Data set');
  return set;
}

export async function getDataSetRows(db: Db, actor: Actor, id: string, limit: number) {
  await getDataSet(db, actor, id);
  return { data: await listDataSetRows(db, actor.workspaceId, id, limit) };
}

export async function importDataSet(db: Db, actor: Actor, mapping: DataSetMapping, csv: string) {
  authorize(actor, 'admin', 'update');
  const rows = readDataSetCsv(csv, mapping);
  const now = nowIso();
  const set: DataSet = {
    id: uuidv7(),
    name: mapping.name,
    keyKind: mapping.keyKind,
    columns: mapping.columns.map(({ key, label, type }) => ({ key, label, type })),
    source: mapping.source ?? null,
    rowCount: rows.length,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction().execute(async (trx) => {
    if (await findDataSetByName(trx, actor.workspaceId, set.name))
      throw new AppError('conflict', `A data set named "${set.name}" exists`, [
        { field: 'name', message: 'is already used by another data set' },
      ]);
    await insertDataSet(trx, actor.workspaceId, set);
    await insertDataSetRows(trx, actor.workspaceId, set.id, rows);
    await recordAudit(trx, actor, ENTITY, set.id, 'create', diffRecords(null, set));
  });
  return set;
}

export async function deleteDataSet(db: Db, actor: Actor, id: string) {
  authorize(actor, 'admin', 'delete');
  await db.transaction().execute(async (trx) => {
    const before = await findDataSet(trx, actor.workspaceId, id);
    if (!before) throw notFound('Data set');
    await removeDataSet(trx, actor.workspaceId, id);
    await recordAudit(trx, actor, ENTITY, id, 'delete', diffRecords(before, null));
  });
}

const EXAMPLE = new URL('./examples/world-bank-countries.csv', import.meta.url);

/** The shipped World Bank extract as a data set of the workspace. */
export async function importWorldBankExample(db: Db, actor: Actor) {
  const number = (key: string, label: string) => ({ key, label, type: 'number' as const, header: key });
  return importDataSet(
    db,
    actor,
    {
      name: 'World Bank: population and GDP',
      keyColumn: 'country',
      keyKind: 'country',
      columns: [
        number('year', 'Year'),
        number('population', 'Population'),
        number('gdp_usd', 'GDP (US$)'),
        number('gdp_per_capita_usd', 'GDP per capita (US$)'),
      ],
      source: 'World Bank, World Development Indicators (SP.POP.TOTL, NY.GDP.MKTP.CD), CC BY 4.0',
    },
    readFileSync(EXAMPLE, 'utf8'),
  );
}
