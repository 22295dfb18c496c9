import { z } from 'zod';

export const userIdParams = z.object({ userId: z.uuid({ message: 'must be a UUID' }) });

export const memberSchema = z
  .object({
    id: z.uuid().describe("The member's user id"),
    userId: z.uuid(),
    email: z.string(),
    name: z.string(),
    roleId: z.uuid(),
    roleKey: z.string().nullable(),
    roleName: z.string(),
    active: z.boolean().describe('Deactivated members cannot sign in to this workspace'),
    teams: z.array(z.object({ id: z.uuid(), name: z.string() })),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof memberSchema>;

export const memberList = z.object({ data: z.array(memberSchema) });

export const memberUpdateBody = z.object({
  roleId: z.uuid({ message: 'must be a role id' }).optional(),
  active: z.boolean().optional().describe('false deactivates the member, true lets them back in'),
});
export type MemberUpdate = z.infer<typeof memberUpdateBody>;
