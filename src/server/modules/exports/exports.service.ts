import type { Db } from '../../db/database.js';
import { AppError, invalid, notFound } from '../../lib/errors.js';
import type { ListQuery } from '../../lib/http-schemas.js';
import { authorize, type Actor } from '../../lib/permissions.js';
import { isVisibleSetting } from '../../lib/personal-settings.js';
import { getRecord, hiddenFields, listRecords } from '../../records/record-service.js';
import { columnValue, formatCell, recordColumns, type Column } from '../../records/record-text.js';
import type { RecordType, RecordValues } from '../../records/record-type.js';
import { listCustomFields } from '../custom-fields/custom-fields.repository.js';
import { personToVCard, type VCardPerson } from '../people/person-vcard.js';
import { findView } from '../views/views.repository.js';
import { csvLine, UTF8_BOM } from './csv-writer.js';
import type { ExportQuery } from './exports.schemas.js';

/**
 * Exports of any record list: the list query (search, filter, sort, trash) or a saved view, read a
 * page at a time by cursor and written out as the pages arrive, so an export of a million records
 * never sits in memory. The list's own permission rules apply: the role's record scope, and sensitive
 * fields left out for roles that may not see them.
 */

const PAGE = 500;

export interface ExportStream {
  fileName: string;
  contentType: string;
  chunks: AsyncIterable<string>;
}

/** The list query and columns an export reads: a saved view's, with the request's own on top. */
async function exportList(db: Db, actor: Actor, type: RecordType, query: ExportQuery) {
  let base: { q?: string; sort?: string; filter?: ListQuery['filter']; columns?: string[] } = {};
  if (query.view) {
    const view = await findView(db, actor.workspaceId, query.view);
    if (!isVisibleSetting(actor, view) || view.object !== type.entity) throw notFound('View');
    base = view.config;
  }
  const columns = query.columns ? query.columns.split(',').map((c) => c.trim()) : base.columns;
  const list: ListQuery = {
    q: query.q ?? base.q,
    sort: query.sort ?? base.sort,
    filter: query.filter ?? base.filter,
    deleted: query.deleted,
    limit: PAGE,
  };
  return { list, columns };
}

/** The columns to write: those asked for (money with its currency), else every column the role sees. */
function chooseColumns(all: Column[], hidden: Set<string>, asked: string[] | undefined): Column[] {
  if (!asked) return all.filter((column) => !hidden.has(column.field) || column.custom);
  const chosen: Column[] = [];
  asked.forEach((name, i) => {
    const column = all.find((c) => c.name === name);
    if (!column) throw invalid(`columns.${i}`, `unknown field "${name}"`);
    if (!column.custom && hidden.has(column.field))
      throw new AppError('forbidden', `Your role may not read ${name}`, [
        { field: `columns.${i}`, message: 'only roles that may read and change every record see it' },
      ]);
    chosen.push(column);
    const currency = all.find((c) => c.name === `${name}.currency`);
    if (column.kind === 'money' && currency && !asked.includes(currency.name)) chosen.push(currency);
  });
  return chosen;
}

/** Pages of the list, one after another, the first read before anything is sent (its errors are 4xx). */
async function pages(db: Db, actor: Actor, type: RecordType, list: ListQuery, ids?: string[]) {
  const first = await listRecords(db, actor, type, list, ids);
  async function* all() {
    let page = first;
    for (;;) {
      yield page.data;
      if (!page.nextCursor) return;
      page = await listRecords(db, actor, type, { ...list, cursor: page.nextCursor }, ids);
    }
  }
  return all();
}

const today = () => new Date().toISOString().slice(0, 10);

export async function exportRecords(
  db: Db,
  actor: Actor,
  type: RecordType,
  query: ExportQuery,
): Promise<ExportStream> {
  authorize(actor, type.table, 'read');
  const { list, columns: asked } = await exportList(db, actor, type, query);
  if (query.format === 'vcf') {
    if (type.entity !== 'person') throw invalid('format', 'vCard is available for people only');
    const records = await pages(db, actor, type, list, query.ids?.split(','));
    return {
      fileName: `${type.table}-${today()}.vcf`,
      contentType: 'text/vcard; charset=utf-8',
      chunks: (async function* () {
        for await (const page of records) yield page.map((record) => personToVCard(asVCard(record))).join('');
      })(),
    };
  }
  const customFields = await listCustomFields(db, actor.workspaceId, type.entity);
  const columns = chooseColumns(recordColumns(type, customFields), hiddenFields(actor, type), asked);
  const records = await pages(db, actor, type, list, query.ids?.split(','));
  return {
    fileName: `${type.table}-${today()}.csv`,
    contentType: 'text/csv; charset=utf-8',
    chunks: (async function* () {
      yield UTF8_BOM + csvLine(columns.map((column) => column.name));
      for await (const page of records) {
        let text = '';
        for (const record of page)
          text += csvLine(columns.map((column) => formatCell(column, columnValue(type, column, record))));
        yield text;
      }
    })(),
  };
}

const asVCard = (record: RecordValues) => record as unknown as VCardPerson;

/** One person as a vCard. */
export async function exportVCard(db: Db, actor: Actor, type: RecordType, id: string) {
  const record = await getRecord(db, actor, type, id);
  return {
    fileName: `${String(record.id)}.vcf`,
    text: personToVCard(asVCard(record)),
  };
}
