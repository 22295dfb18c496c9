/** API shapes of the admin endpoints, from the generated API types (docs/api/openapi.json). */
import { PERMISSION_MODULES } from '../../lib/api-types.generated.js';

export type {
  ApiKey,
  CreatedApiKey,
  CreatedInvitation,
  Invitation,
  Job,
  JobCounts,
  Member as AdminMember,
  Role,
  Team,
  Workspace,
} from '../../lib/api-types.generated.js';

/** The modules of a role's permissions, as the API lists them (one per record type, then the rest). */
export const MODULES = PERMISSION_MODULES;
export type Module = (typeof MODULES)[number];
/** Mirror ACTIONS and SCOPES in src/server/lib/permissions.ts. */
export const ACTIONS = ['create', 'read', 'update', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];
export const SCOPES = ['none', 'own', 'team', 'all'] as const;
export type Scope = (typeof SCOPES)[number];
export type Permissions = Record<Module, Record<Action, Scope>>;

/** Modules without owned records accept only none/all (the server rejects own/team there). */
export const RECORDLESS_MODULES: readonly Module[] = ['admin', 'audit'];
