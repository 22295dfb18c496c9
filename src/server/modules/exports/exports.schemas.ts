import { z } from 'zod';
import { listQuery } from '../../lib/http-schemas.js';

export const exportQuery = z.object({
  format: z
    .enum(['csv', 'vcf'], { message: 'must be csv or vcf' })
    .default('csv')
    .describe('`csv` (UTF-8 with a byte order mark, for spreadsheets) or `vcf` (vCard 4.0, people only)'),
  q: listQuery.shape.q,
  sort: listQuery.shape.sort,
  filter: listQuery.shape.filter,
  deleted: listQuery.shape.deleted,
  columns: z
    .string()
    .max(4000)
    .optional()
    .describe(
      'Comma-separated columns, as the list and saved views name them (`lastName,email,companyName,custom.vip`); money adds its `<column>.currency`. Default: every column your role sees',
    ),
  ids: z
    .string()
    .max(40_000)
    .regex(/^[0-9a-f-]{36}(,[0-9a-f-]{36}){0,999}$/i, { message: 'must be up to 1,000 comma-separated ids' })
    .optional()
    .describe('Comma-separated ids: only these records (ticked rows), up to 1,000'),
  view: z
    .uuid({ message: 'must be a saved view id' })
    .optional()
    .describe("A saved view whose search, filter, sort and columns to use; the request's own override them"),
});
export type ExportQuery = z.infer<typeof exportQuery>;
