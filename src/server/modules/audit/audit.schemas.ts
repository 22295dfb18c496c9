import { z } from 'zod';

export const auditEntrySchema = z
  .object({
    id: z.uuid(),
    entityType: z.string(),
    entityId: z.uuid(),
    action: z.string(),
    actorType: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
    createdAt: z.string(),
  })
  .meta({ id: 'AuditEntry' });

export const historyResponse = z.object({ data: z.array(auditEntrySchema) });
