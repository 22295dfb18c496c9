import { z } from 'zod';
import { timestamps } from '../../lib/http-schemas.js';
import { localeSchema } from '../auth/auth.schemas.js';

export const workspaceSchema = z
  .object({ ...timestamps, name: z.string(), defaultCurrency: z.string(), defaultLocale: localeSchema })
  .meta({ id: 'Workspace' });
export type Workspace = z.infer<typeof workspaceSchema>;

export const workspaceUpdateBody = z.object({
  name: z.string().trim().min(1, { message: 'is required' }).max(120).optional(),
  defaultCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as EUR' })
    .optional(),
  defaultLocale: localeSchema.optional(),
});
export type WorkspaceUpdate = z.infer<typeof workspaceUpdateBody>;
