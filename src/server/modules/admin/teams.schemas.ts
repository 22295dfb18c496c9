import { z } from 'zod';
import { timestamps } from '../../lib/http-schemas.js';

const teamName = z.string().trim().min(1, { message: 'is required' }).max(100);
const userIds = z
  .array(z.uuid({ message: 'must be a user id' }))
  .max(1000)
  .describe('User ids of workspace members');

export const teamSchema = z
  .object({ ...timestamps, name: z.string(), memberIds: z.array(z.uuid()) })
  .meta({ id: 'Team' });
export type Team = z.infer<typeof teamSchema>;

export const teamList = z.object({ data: z.array(teamSchema) });
export const teamCreateBody = z.object({ name: teamName, memberIds: userIds.optional() });
export const teamUpdateBody = z.object({ name: teamName });
export const teamMembersBody = z.object({ userIds });
export type TeamCreate = z.infer<typeof teamCreateBody>;
