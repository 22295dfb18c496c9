/** API shapes of the admin endpoints; they mirror src/server/modules/admin/*.schemas.ts. */

/** Mirrors MODULES, ACTIONS and SCOPES in src/server/lib/permissions.ts. */
export const MODULES = ['people', 'companies', 'notes', 'views', 'admin', 'audit'] as const;
export type Module = (typeof MODULES)[number];
export const ACTIONS = ['create', 'read', 'update', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];
export const SCOPES = ['none', 'own', 'team', 'all'] as const;
export type Scope = (typeof SCOPES)[number];
export type Permissions = Record<Module, Record<Action, Scope>>;

/** Modules without owned records accept only none/all (the server rejects own/team there). */
export const RECORDLESS_MODULES: readonly Module[] = ['admin', 'audit'];

export interface Role {
  id: string;
  key: string | null;
  name: string;
  permissions: Permissions;
  builtIn: boolean;
  memberCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface AdminMember {
  id: string;
  userId: string;
  email: string;
  name: string;
  roleId: string;
  roleKey: string | null;
  roleName: string;
  active: boolean;
  teams: { id: string; name: string }[];
  createdAt: string;
  updatedAt: string;
}

export interface Team {
  id: string;
  name: string;
  memberIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  roleId: string;
  createdBy: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export interface CreatedApiKey extends ApiKey {
  key: string;
}

export interface Invitation {
  id: string;
  email: string;
  roleId: string;
  invitedBy: string;
  expiresAt: string;
  acceptedAt: string | null;
  createdAt: string;
}

export interface CreatedInvitation {
  id: string;
  email: string;
  roleId: string;
  expiresAt: string;
  token: string;
  path: string;
}

export interface Workspace {
  id: string;
  name: string;
  defaultCurrency: string;
  defaultLocale: string;
  createdAt: string;
  updatedAt: string;
}
