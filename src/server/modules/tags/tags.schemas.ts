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

const tagName = z.string().trim().min(1).max(100);

export const tagRenameBody = z.object({
  from: tagName.describe('The tag as records carry it now'),
  to: tagName.describe('Its new name; a tag already in use merges the two'),
});

export const tagRenameResult = z.object({
  changed: z.number().int().describe('Records whose tags changed'),
});
