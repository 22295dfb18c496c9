import { z } from 'zod';
import { listQuery, timestamps } from '../../lib/http-schemas.js';
import { RECORD_ENTITIES } from '../../records/registry.js';

/** Every record type's list can be saved as a view. */
export const VIEW_OBJECTS = RECORD_ENTITIES;
export type ViewObject = string;
const objectMessage = { message: `must be one of: ${VIEW_OBJECTS.join(', ')}` };

export const viewConfigSchema = z
  .object({
    columns: z.array(z.string().min(1).max(100)).min(1, { message: 'needs at least one column' }).max(100),
    sort: listQuery.shape.sort,
    filter: listQuery.shape.filter,
    q: z.string().max(200).optional(),
  })
  .describe('Columns, sort, filter and search of a list, in the same terms as the list query')
  .meta({ id: 'ViewConfig' });
export type ViewConfig = z.infer<typeof viewConfigSchema>;

export const viewSchema = z
  .object({
    ...timestamps,
    object: z.enum(VIEW_OBJECTS),
    name: z.string(),
    shared: z.boolean().describe('Shared views are listed for everyone in the workspace'),
    ownerId: z.uuid().describe('The person who created the view'),
    config: viewConfigSchema,
  })
  .meta({ id: 'SavedView' });
export type SavedView = z.infer<typeof viewSchema>;

const nameSchema = z.string().trim().min(1, { message: 'is required' }).max(100);

export const viewCreateBody = z.object({
  object: z.enum(VIEW_OBJECTS, objectMessage),
  name: nameSchema,
  shared: z.boolean().default(false),
  config: viewConfigSchema,
});
export type ViewInput = z.infer<typeof viewCreateBody>;

export const viewUpdateBody = z.object({
  name: nameSchema.optional(),
  shared: z.boolean().optional(),
  config: viewConfigSchema.optional(),
});
export type ViewPatch = z.infer<typeof viewUpdateBody>;

export const viewListQuery = z.object({
  object: z.enum(VIEW_OBJECTS, objectMessage).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  cursor: z.string().max(2000).optional().describe('`nextCursor` from the previous page'),
});
export type ViewListQuery = z.infer<typeof viewListQuery>;

export const viewPage = z.object({ data: z.array(viewSchema), nextCursor: z.string().nullable() });
