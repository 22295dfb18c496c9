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
    import: z
      .object({ id: z.uuid(), row: z.number().int().nullable() })
      .optional()
      .describe(
        'In a record’s history, its creation by an import (`GET /imports/{id}`) and the row of the file it came from',
      ),
  })
  .meta({ id: 'AuditEntry' });

export const historyResponse = z.object({ data: z.array(auditEntrySchema) });
