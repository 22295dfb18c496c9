import { z } from 'zod';

export const tagListQuery = z.object({
  object: z.string().max(50).optional().describe('Only the tags of this record type (`person`, `company`…)'),
});

export const tagList = z.object({
  data: z.array(
    z.object({
      tag: z.string(),
      total: z.number().int().describe('Records carrying the tag, of every type the caller can read'),
      counts: z.record(z.string(), z.number().int()).describe('Records carrying the tag per record type'),
    }),
  ),
});
export type TagList = z.infer<typeof tagList>;
