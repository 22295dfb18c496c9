import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  described,
  errorResponses,
  idParams,
  ifMatchHeaders,
  listQuery,
  page,
  preconditionResponses,
} from '../lib/http-schemas.js';
import { requireActor } from '../lib/request-context.js';
import { requestedVersion, withVersionHeader } from '../lib/versions.js';
import { historyResponse } from '../modules/audit/audit.schemas.js';
import {
  createRecord,
  deleteRecord,
  getRecord,
  getRecordHistory,
  COUNT_BOUND,
  countListRecords,
  listRecords,
  listReferring,
  restoreRecord,
  updateRecord,
} from './record-service.js';
import { findDuplicates } from './record-duplicates.js';
import { mergeRecords } from './record-merge.js';
import {
  BULK_ACTIONS,
  BULK_INLINE_LIMIT,
  BULK_MAX_RECORDS,
  getBulk,
  startBulk,
  undoBulk,
} from './record-bulk.js';
import type { RecordType, RecordValues } from './record-type.js';
import { recordTypeOf } from './registry.js';

export const pascal = (words: string) =>
  words.replace(/(?:^|[\s_-])(\p{L})/gu, (_, letter: string) => letter.toUpperCase());

const mergeBody = z.object({
  otherId: z.uuid({ message: 'must be a UUID' }).describe('The duplicate to merge into this record'),
  values: z
    .record(z.string().max(200), z.enum(['this', 'other'], { message: "must be 'this' or 'other'" }))
    .default({})
    .describe(
      'Whose value each field keeps, by field name (`custom.<key>` for custom fields): `this` record or the `other`',
    ),
});

const bulkBody = z.object({
  action: z
    .enum(BULK_ACTIONS, { message: `must be one of ${BULK_ACTIONS.join(', ')}` })
    .describe(
      '`tag` and `untag` take `values.tags`; `assign` takes `values.ownerId`; `update` takes fields as in a change; `delete` moves to the trash',
    ),
  selection: z
    .object({
      ids: z
        .array(z.uuid({ message: 'must be a UUID' }))
        .min(1)
        .max(BULK_MAX_RECORDS)
        .optional()
        .describe('The records, by id'),
      q: listQuery.shape.q,
      filter: listQuery.shape.filter,
    })
    .describe('Either `ids`, or every record matching `q` and `filter` as in the list'),
  values: z.record(z.string(), z.unknown()).default({}).describe('What the action sets'),
});

const listCount = z.object({
  count: z.number().int().describe('Records matching, or the bound when there are more'),
  exact: z
    .boolean()
    .describe('False when there are more than `count` (or a search has more matches than it counts)'),
});

const bulkView = z.object({
  id: z.uuid(),
  action: z.enum([...BULK_ACTIONS, 'undo']),
  status: z.enum(['running', 'done', 'failed']),
  total: z.number().int().describe('Records selected'),
  processed: z.number().int(),
  changed: z.number().int(),
  skipped: z.number().int().describe('Records the caller may not change, gone, or needing no change'),
  failed: z.number().int(),
  failures: z
    .array(z.object({ id: z.uuid(), message: z.string() }))
    .describe('Up to 100 records that failed'),
  undoOf: z.uuid().nullable().describe('For an undo: the bulk action it reverts'),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

/** The standard routes of a record type, with their OpenAPI text: list, CRUD, trash, history. */
const duplicatesResponse = z.object({
  data: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      matches: z.array(z.string()).describe('The keys both share: `email:…`, `phone:<digits>`, `domain:…`'),
    }),
  ),
});

export function recordRoutes(type: RecordType): FastifyPluginAsyncZod {
  const { singular, plural } = type.names;
  const [One, Many] = [pascal(singular), pascal(plural)];
  const base = `/${type.table}`;
  const tags = [type.table];
  const record = type.schema as z.ZodObject<Record<string, z.ZodType>>;
  const recordPage = described(
    `One page of ${plural}; pass \`nextCursor\` as \`cursor\` for the next page (null on the last)`,
    page(record),
  );
  /** The record as it now stands, with its version as `ETag`. */
  const current = (description: string) => described(description, record, { etag: true });
  const sortable = Object.entries(type.listFields).map(([name]) => name);
  const version = (value: RecordValues) => value as { version: number };

  return async (app) => {
    const { db } = app;

    app.get(
      base,
      {
        schema: {
          tags,
          operationId: `list${Many}`,
          summary: `List ${plural}`,
          description: `Sort and filter by ${sortable.join(', ')} and \`custom.<key>\`.`,
          querystring: listQuery,
          response: { 200: recordPage, ...errorResponses },
        },
      },
      async (request) => listRecords(db, requireActor(request), type, request.query),
    );

    app.get(
      `${base}/count`,
      {
        schema: {
          tags,
          operationId: `count${Many}`,
          summary: `Count ${plural}`,
          description: `How many ${plural} the list with the same \`q\`, \`filter\` and \`deleted\` holds, exact up to ${COUNT_BOUND.toLocaleString('en')}.`,
          querystring: listQuery.omit({ limit: true, cursor: true, sort: true }),
          response: { 200: listCount, ...errorResponses },
        },
      },
      async (request) => countListRecords(db, requireActor(request), type, { ...request.query, limit: 1 }),
    );

    if (type.relatedList) {
      const { field, summary } = type.relatedList;
      const parent = recordTypeOf(type.fields[field]!.ref!);
      app.get(
        `/${parent.table}/:id/${type.table}`,
        {
          schema: {
            tags: [...tags, parent.table],
            operationId: `list${pascal(parent.names.singular)}${Many}`,
            summary,
            params: idParams,
            querystring: listQuery,
            response: { 200: recordPage, ...errorResponses },
          },
        },
        async (request) =>
          listReferring(db, requireActor(request), type, field, request.params.id, request.query),
      );
    }

    app.post(
      base,
      {
        schema: {
          tags,
          operationId: `create${One}`,
          summary: `Create a ${singular}`,
          body: type.input.create,
          response: { 201: current(`The new ${singular}`), ...errorResponses },
        },
      },
      async (request, reply) => {
        const created = await createRecord(db, requireActor(request), type, request.body);
        return reply.status(201).send(withVersionHeader(reply, version(created)));
      },
    );

    app.get(
      `${base}/:id`,
      {
        schema: {
          tags,
          operationId: `get${One}`,
          summary: `Get a ${singular}`,
          params: idParams,
          response: { 200: current(`The ${singular}`), ...errorResponses },
        },
      },
      async (request, reply) =>
        withVersionHeader(
          reply,
          version(await getRecord(db, requireActor(request), type, request.params.id)),
        ),
    );

    app.patch(
      `${base}/:id`,
      {
        schema: {
          tags,
          operationId: `update${One}`,
          summary: `Change a ${singular}`,
          params: idParams,
          headers: ifMatchHeaders,
          body: type.input.update,
          response: {
            200: current(`The ${singular} as changed`),
            ...errorResponses,
            ...preconditionResponses,
          },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const changed = await updateRecord(
          db,
          actor,
          type,
          request.params.id,
          request.body,
          requestedVersion(request),
        );
        return withVersionHeader(reply, version(changed));
      },
    );

    app.delete(
      `${base}/:id`,
      {
        schema: {
          tags,
          operationId: `delete${One}`,
          summary: `Move a ${singular} to the trash`,
          params: idParams,
          headers: ifMatchHeaders,
          response: {
            204: z.null().describe(`The ${singular} is in the trash`),
            ...errorResponses,
            ...preconditionResponses,
          },
        },
      },
      async (request, reply) => {
        await deleteRecord(db, requireActor(request), type, request.params.id, requestedVersion(request));
        return reply.status(204).send(null);
      },
    );

    app.post(
      `${base}/:id/restore`,
      {
        schema: {
          tags,
          operationId: `restore${One}`,
          summary: `Restore a ${singular} from the trash`,
          params: idParams,
          response: { 200: current(`The ${singular}, out of the trash`), ...errorResponses },
        },
      },
      async (request, reply) =>
        withVersionHeader(
          reply,
          version(await restoreRecord(db, requireActor(request), type, request.params.id)),
        ),
    );

    if (type.mergeable)
      app.post(
        `${base}/:id/merge`,
        {
          schema: {
            tags,
            operationId: `merge${Many}`,
            summary: `Merge a duplicate into this ${singular}`,
            description:
              `This ${singular} keeps the chosen values and takes the other's notes, files, timeline, ` +
              `received emails and every record referring to it; the other goes to the trash, and its id ` +
              `then answers 404 naming this one. Fields not in \`values\` keep this ${singular}'s value, ` +
              `or take the other's where this one has none; lists (emails, phones, tags) keep both.`,
            params: idParams,
            headers: ifMatchHeaders,
            body: mergeBody,
            response: {
              200: current(`The ${singular} with the other merged into it`),
              ...errorResponses,
              ...preconditionResponses,
            },
          },
        },
        async (request, reply) => {
          const merged = await mergeRecords(
            db,
            requireActor(request),
            type,
            request.params.id,
            request.body,
            requestedVersion(request),
          );
          return withVersionHeader(reply, version(merged));
        },
      );

    if (type.duplicates)
      app.post(
        `${base}/duplicates`,
        {
          schema: {
            tags,
            operationId: `find${One}Duplicates`,
            summary: `Find ${plural} a ${singular} with these values would duplicate`,
            description:
              `The ${plural} the caller can read that share an email address, phone number or domain ` +
              `with \`values\` (as a form has them before saving), with the keys they share; ` +
              `\`excludeId\` leaves out the ${singular} being edited.`,
            body: z.object({
              values: z.object(
                Object.fromEntries(
                  type.duplicates.fields.map((field) => [
                    field,
                    (type.input.create.shape[field] as z.ZodType).optional(),
                  ]),
                ),
              ),
              excludeId: z.uuid().optional(),
            }),
            response: { 200: duplicatesResponse, ...errorResponses },
          },
        },
        async (request) => ({
          data: await findDuplicates(
            db,
            requireActor(request),
            type,
            request.body.values,
            request.body.excludeId,
          ),
        }),
      );

    app.post(
      `${base}/bulk`,
      {
        schema: {
          tags,
          operationId: `bulk${Many}`,
          summary: `Tag, assign, change or trash many ${plural}`,
          description:
            `Up to ${BULK_INLINE_LIMIT} ${plural} are changed before the answer (200); more run as a job ` +
            `(202) whose progress \`GET ${base}/bulk/{id}\` reads. Each ${singular} is changed as by a ` +
            `single change, with its own history entry; those the caller may not change are skipped.`,
          body: bulkBody,
          response: {
            200: described('The finished bulk action', bulkView),
            202: described('The bulk action, running', bulkView),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const bulk = await startBulk(db, requireActor(request), type, request.body);
        return reply.status(bulk.status === 'running' ? 202 : 200).send(bulk);
      },
    );

    app.get(
      `${base}/bulk/:id`,
      {
        schema: {
          tags,
          operationId: `getBulk${One}Action`,
          summary: `Progress of a bulk action on ${plural}`,
          params: idParams,
          response: { 200: described('The bulk action', bulkView), ...errorResponses },
        },
      },
      async (request) => getBulk(db, requireActor(request), request.params.id, type),
    );

    app.post(
      `${base}/bulk/:id/undo`,
      {
        schema: {
          tags,
          operationId: `undoBulk${One}Action`,
          summary: `Undo a bulk action on ${plural}`,
          description:
            'Restores trashed records, or sets the values the changed records had before. Answers like the bulk action.',
          params: idParams,
          response: {
            200: described('The finished undo', bulkView),
            202: described('The undo, running', bulkView),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const bulk = await undoBulk(db, requireActor(request), type, request.params.id);
        return reply.status(bulk.status === 'running' ? 202 : 200).send(bulk);
      },
    );

    app.get(
      `${base}/:id/history`,
      {
        schema: {
          tags,
          operationId: `get${One}History`,
          summary: `Field-level change history of a ${singular}`,
          params: idParams,
          response: {
            200: described(`The ${singular}'s last 100 changes, newest first`, historyResponse),
            ...errorResponses,
          },
        },
      },
      async (request) => ({
        data: await getRecordHistory(db, requireActor(request), type, request.params.id),
      }),
    );
  };
}
