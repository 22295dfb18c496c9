import type { Db } from '../../db/database.js';
import type { Actor } from '../../lib/permissions.js';
import { listDataSets } from '../data-sets/data-sets.repository.js';
import { MEASURABLE } from './report-run.js';
import { reportSource } from './report-source.js';
import { MEASURE_OPS } from './reports.schemas.js';

/**
 * What the report builder offers for an object and the person building it: every field they may
 * read, what each can be grouped and measured by, and the data set values their records join to.
 */
export async function reportFields(db: Db, actor: Actor, object: string) {
  const source = await reportSource(db, actor, object);
  const names = source.object.startsWith('dataset:')
    ? ['key', ...source.custom.map((c) => c.key)]
    : [...Object.keys(source.fields), ...source.custom.map((c) => `custom.${c.key}`)];
  const dataSets = source.object.startsWith('dataset:') ? [] : await listDataSets(db, actor.workspaceId);
  const joined = dataSets.flatMap((set) =>
    set.columns.map((column) => ({ set, column, name: `data.${set.id}.${column.key}` })),
  );
  const fields = [];
  for (const name of [...names, ...joined.map((j) => j.name)]) {
    let type: string;
    try {
      type = source.resolve(name, 'object').type;
    } catch {
      continue; // a data set this object cannot join (no country on products)
    }
    const join = joined.find((j) => j.name === name);
    fields.push({
      name,
      type,
      groupable: !['tags', 'multiselect', 'money'].includes(type),
      measures: MEASURE_OPS.filter((op) => op !== 'count' && MEASURABLE[op]!.includes(type)),
      dataSet: join ? { id: join.set.id, name: join.set.name, column: join.column.label } : null,
    });
  }
  return { fields };
}
