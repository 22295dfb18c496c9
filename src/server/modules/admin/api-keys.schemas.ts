import { z } from 'zod';

export const apiKeySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().describe('The first characters of the key, to recognise it'),
    roleId: z.uuid(),
    createdBy: z.uuid().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKey = z.infer<typeof apiKeySchema>;

export const createdApiKeySchema = apiKeySchema
  .extend({ key: z.string().describe('The secret key; shown only in this response') })
  .meta({ id: 'CreatedApiKey' });

export const apiKeyList = z.object({ data: z.array(apiKeySchema) });

export const apiKeyCreateBody = z.object({
  name: z.string().trim().min(1, { message: 'is required' }).max(100),
  roleId: z.uuid({ message: 'must be a role id' }),
});
