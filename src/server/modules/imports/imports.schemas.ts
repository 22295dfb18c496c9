import { z } from 'zod';
import { RECORD_ENTITIES } from '../../records/registry.js';

export const IMPORT_STATUSES = ['draft', 'queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const IMPORT_MODES = ['create', 'update', 'upsert'] as const;

const mappingSchema = z
  .record(z.string(), z.string().nullable())
  .describe(
    'File column (header) → field (`firstName`, `emails`, `price.currency`, `custom.<key>`, `id`); null skips the column',
  );

export const importSchema = z
  .object({
    id: z.uuid(),
    object: z.enum(RECORD_ENTITIES).describe('The record type imported'),
    status: z
      .enum(IMPORT_STATUSES)
      .describe('`draft` until started; then `queued`, `running`, and `done`, `failed` or `cancelled`'),
    fileName: z.string(),
    fileSize: z.number().int(),
    format: z.enum(['csv', 'vcard']),
    encoding: z.enum(['utf-8', 'windows-1250', 'windows-1251']),
    delimiter: z.string(),
    headers: z.array(z.string()).describe("The file's columns"),
    mapping: mappingSchema,
    dedupeOn: z
      .array(z.string())
      .describe(
        'Fields a row is matched to an existing record by, tried in order (email, domain, sku, id, custom.<key>)',
      ),
    mode: z
      .enum(IMPORT_MODES)
      .describe(
        '`create` skips rows matching a record, `update` skips rows matching none, `upsert` does both',
      ),
    processed: z.number().int().describe('Rows read so far'),
    created: z.number().int(),
    updated: z.number().int(),
    skipped: z
      .number()
      .int()
      .describe('Rows matching (create) or not matching (update) a record, or changing nothing'),
    failed: z.number().int().describe('Rows with errors; `GET /imports/{id}/errors` lists them'),
    progress: z.number().min(0).max(1).describe('Share of the file read'),
    error: z.string().nullable().describe('Why a failed import stopped'),
    fields: z
      .array(z.object({ name: z.string(), kind: z.string() }))
      .describe('Fields the file columns may go to'),
    keys: z.array(z.string()).describe('Fields `dedupeOn` may name'),
    createdAt: z.string(),
    updatedAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Import' });
export type Import = z.infer<typeof importSchema>;

/** `dedupeOn` as a list, a JSON list or comma-separated text (a multipart field is text). */
const dedupeInput = z
  .union([z.array(z.string().max(100)).max(5), z.string().max(500)])
  .describe('A field name, several separated by commas, or a list');

export const importChangeBody = z.object({
  mapping: mappingSchema.optional(),
  dedupeOn: dedupeInput.optional(),
  mode: z.enum(IMPORT_MODES).optional(),
});
export type ImportChange = z.infer<typeof importChangeBody>;

export const importListQuery = z.object({
  object: z.enum(RECORD_ENTITIES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.uuid({ message: 'is not a cursor from this list' }).optional(),
});

export const importPage = z.object({ data: z.array(importSchema), nextCursor: z.string().nullable() });

export const previewQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const previewSchema = z
  .object({
    rows: z.array(
      z.object({
        row: z.number().int().describe('Row of the file, the header being row 1'),
        cells: z.array(z.string()).describe("The row's values as the file has them, one per header"),
        action: z.enum(['created', 'updated', 'skipped', 'failed']),
        reason: z.string().nullable(),
        record: z.record(z.string(), z.unknown()).nullable().describe('The record as it would be stored'),
        errors: z.array(z.object({ column: z.string().nullable(), message: z.string() })),
      }),
    ),
  })
  .meta({ id: 'ImportPreview' });

/** The multipart fields beside the file. */
export const uploadFieldsSchema = z.object({
  object: z.string({ message: 'is required: the record type, such as people' }),
  mapping: z.string().optional(),
  dedupeOn: z.string().optional(),
  mode: z.enum(IMPORT_MODES, { message: `must be one of: ${IMPORT_MODES.join(', ')}` }).optional(),
});

export const uploadBodyDocument = {
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: ['file', 'object'],
        properties: {
          file: {
            type: 'string',
            format: 'binary',
            description: 'A CSV with a header row (UTF-8, or Windows-1250/1251), or vCards',
          },
          object: { type: 'string', description: 'The record type: `people`, `companies`, `products`…' },
          mapping: {
            type: 'string',
            description:
              'A JSON object, header → field; with it the import starts at once (202), without it waits as a draft with a suggested mapping (201)',
          },
          dedupeOn: {
            type: 'string',
            description: 'Fields to match existing records by, separated by commas',
          },
          mode: { type: 'string', enum: [...IMPORT_MODES] },
        },
      },
    },
  },
} as const;
