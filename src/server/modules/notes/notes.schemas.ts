import { z } from 'zod';
import { timestamps } from '../../lib/http-schemas.js';
import { RECORD_ENTITIES } from '../../records/registry.js';

/** Notes attach to a record of any type but activities (a note is an activity itself). */
export const NOTE_PARENTS = RECORD_ENTITIES.filter((entity) => entity !== 'activity') as [
  string,
  ...string[],
];
export type NoteParentType = string;

const parentType = z.enum(NOTE_PARENTS, { message: `must be one of: ${NOTE_PARENTS.join(', ')}` });
const noteBody = z
  .string()
  .min(1, { message: 'is required' })
  .max(20_000, { message: 'must be at most 20000 characters' })
  .refine((value) => value.trim().length > 0, { message: 'is required' })
  .describe('Markdown text');

export const noteSchema = z
  .object({
    ...timestamps,
    entityType: z.enum(NOTE_PARENTS),
    entityId: z.uuid(),
    body: z.string(),
    authorId: z.uuid().nullable(),
    authorName: z.string().nullable(),
  })
  .meta({ id: 'Note' });
export type Note = z.infer<typeof noteSchema>;

export const noteListQuery = z.object({
  entityType: parentType,
  entityId: z.uuid({ message: 'must be a UUID' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .uuid({ message: 'is not a cursor from this list' })
    .optional()
    .describe('`nextCursor` from the previous page'),
});
export type NoteListQuery = z.infer<typeof noteListQuery>;

export const noteCreateBody = z.object({
  entityType: parentType,
  entityId: z.uuid({ message: 'must be a UUID' }),
  body: noteBody,
});
export type NoteInput = z.infer<typeof noteCreateBody>;

export const noteUpdateBody = z.object({ body: noteBody });

export const notePage = z.object({ data: z.array(noteSchema), nextCursor: z.string().nullable() });
