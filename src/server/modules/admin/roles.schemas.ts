import { z } from 'zod';
import { ACTIONS, MODULES, SCOPES } from '../../lib/permissions.js';
import { timestamps } from '../../lib/http-schemas.js';

/** One zod field per key, so the matrix follows MODULES and ACTIONS when modules are added. */
function shapeOf<K extends string, V extends z.ZodType>(keys: readonly K[], value: V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value])) as Record<K, V>;
}

const scopeSchema = z.enum(SCOPES);
const actionScopes = z.object(shapeOf(ACTIONS, scopeSchema));

export const permissionsSchema = z.object(shapeOf(MODULES, actionScopes)).meta({
  id: 'Permissions',
  description: 'For each module and action, the records allowed: none, own, team or all',
});

/** Input matrix: unknown modules or actions are rejected, missing ones mean `none`. */
const permissionsInput = z
  .strictObject(shapeOf(MODULES, z.strictObject(shapeOf(ACTIONS, scopeSchema.optional())).optional()))
  .describe('Scopes by module and action; anything left out is `none`');
export type PermissionsInput = z.infer<typeof permissionsInput>;

const roleName = z.string().trim().min(1, { message: 'is required' }).max(60);

export const roleSchema = z
  .object({
    ...timestamps,
    key: z.string().nullable().describe('Set for the built-in roles (owner, admin, manager, member, viewer)'),
    name: z.string(),
    permissions: permissionsSchema,
    builtIn: z.boolean(),
    memberCount: z.number().int().describe('Active members with this role'),
  })
  .meta({ id: 'Role' });
export type Role = z.infer<typeof roleSchema>;

export const roleCreateBody = z.object({ name: roleName, permissions: permissionsInput });
export const roleUpdateBody = z.object({
  name: roleName.optional(),
  permissions: permissionsInput.optional(),
});
export type RoleCreate = z.infer<typeof roleCreateBody>;
export type RoleUpdate = z.infer<typeof roleUpdateBody>;

export const roleList = z.object({ data: z.array(roleSchema) });
