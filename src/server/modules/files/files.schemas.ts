import { z } from 'zod';
import { RECORD_ENTITIES } from '../../records/registry.js';

export const fileSchema = z
  .object({
    id: z.uuid(),
    recordType: z.enum(RECORD_ENTITIES).describe('The type of the record the file belongs to'),
    recordId: z.uuid().describe('The record the file belongs to; its permissions decide who sees the file'),
    name: z.string().describe('The file name as uploaded, without any folder'),
    contentType: z.string().describe('The type read from the content itself, not the one declared'),
    size: z.number().int().describe('In bytes'),
    sha256: z.string().describe('Hex SHA-256 of the content'),
    createdBy: z.uuid().nullable().describe('Who uploaded it (null for an API key)'),
    createdByName: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'RecordFile' });
export type FileInfo = z.infer<typeof fileSchema>;

export const fileListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .uuid({ message: 'is not a cursor from this list' })
    .optional()
    .describe('`nextCursor` from the previous page'),
});
export type FileListQuery = z.infer<typeof fileListQuery>;

export const filePage = z.object({ data: z.array(fileSchema), nextCursor: z.string().nullable() });

/** The multipart body of an upload, for the OpenAPI document (the route reads the stream itself). */
export const uploadBodyDocument = {
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: {
            type: 'string',
            format: 'binary',
            description:
              'The file, with its name; its type is read from its content. Images, PDF, office documents, text, CSV, email (.eml) and ZIP files are accepted; programs, HTML and SVG are not',
          },
        },
      },
    },
  },
};
