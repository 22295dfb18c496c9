import { z } from 'zod';

/** Schemas shared by every resource's routes. */
export const idParams = z.object({ id: z.uuid({ message: 'must be a UUID' }) });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    retryAfter: z
      .number()
      .int()
      .optional()
      .describe('On 429 from sign-in and credential checks: seconds to wait, as in `Retry-After`'),
  })
  .meta({ id: 'Problem' });

export const listQuery = z.object({
  q: z
    .string()
    .max(200)
    .optional()
    .describe(
      'Full-text search over the record. Without `sort`, every match, best first (whole words of the name, then starts of name words, then other text); with `sort`, the 1,000 best matches in that order',
    ),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional().describe('`nextCursor` from the previous page'),
  sort: z
    .string()
    .max(200)
    .optional()
    .describe('Comma-separated fields; `-` in front sorts descending, e.g. `lastName,-createdAt`'),
  filter: z
    .record(
      z.string(),
      z.union([
        z.string(),
        z.array(z.string()),
        z.record(z.string(), z.union([z.string(), z.array(z.string())])),
      ]),
    )
    .optional()
    .describe(
      '`filter[field]=value` or `filter[field][op]=value`; ops: eq, ne, contains, gt, gte, lt, lte, in, empty',
    ),
  deleted: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('`true` lists records in the trash instead'),
});
export type ListQuery = z.infer<typeof listQuery>;

/** A response carrying a problem document, with the media type lib/problem.ts sends it as. */
export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

/** The errors any operation may answer, as RFC 9457 problem documents. */
export const errorResponses = {
  400: problemResponse('Invalid input; `errors` names each field at fault'),
  401: problemResponse('No valid credentials'),
  403: problemResponse('The caller may not do this'),
  404: problemResponse('Not found in this workspace'),
  409: problemResponse('Conflicts with the current state, such as a value that must be unique'),
  429: problemResponse('Too many requests; `Retry-After` says when to try again'),
} as const;

/** The answer of a route that honours `If-Match` (see lib/versions.ts), beside `errorResponses`. */
export const preconditionResponses = {
  412: problemResponse(
    'The record has changed since the version named in `If-Match`; read it again and reapply the change',
  ),
} as const;

export const timestamps = {
  id: z.uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

/** The version of a record: its `ETag`, raised by every change (see lib/versions.ts). */
export const versionField = z
  .number()
  .int()
  .describe(
    'Raised by every change; send it back as `If-Match: "<version>"` to refuse overwriting a newer change',
  );

/** `If-Match` on changes, documented for every route that honours it. */
export const ifMatchHeaders = z.object({
  'if-match': z
    .string()
    .optional()
    .describe(
      'The `ETag` of the version you read, e.g. `"3"`; a newer version answers 412 instead of being overwritten',
    ),
});

/**
 * A success answer with its own description, for the OpenAPI document; `etag` documents the `ETag`
 * header the route sends (`withVersionHeader` in lib/versions.ts). lib/openapi.ts carries the
 * headers into the document, which fastify-type-provider-zod would otherwise drop.
 */
export function described<T extends z.ZodType>(
  description: string,
  schema: T,
  options: { etag?: boolean } = {},
) {
  return {
    description,
    content: { 'application/json': { schema } },
    ...(options.etag && { headers: etagHeader }),
  };
}

const etagHeader = {
  ETag: {
    type: 'string',
    description: 'The record\'s version, e.g. `"3"`; send it back as `If-Match` to change only that version',
  },
} as const;

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable() });
