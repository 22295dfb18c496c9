import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api } from '../../lib/api.js';
import type { AdminMember, ApiKey, Invitation, Role, Team, Workspace } from './admin-types.js';
import { roleWithin, type Holder } from './grants.js';

/** Same key as `useMembers` in lib/queries.ts: one cache for the member list across the app. */
export const MEMBERS_KEY = ['members'] as const;
export const ROLES_KEY = ['roles'] as const;
export const TEAMS_KEY = ['teams'] as const;
export const API_KEYS_KEY = ['api-keys'] as const;
export const INVITATIONS_KEY = ['invitations'] as const;
export const WORKSPACE_KEY = ['workspace'] as const;

const list =
  <T>(path: string) =>
  async () =>
    (await api<{ data: T[] }>(path)).data;

export const useAdminMembers = () =>
  useQuery({ queryKey: MEMBERS_KEY, queryFn: list<AdminMember>('/members'), staleTime: 5 * 60_000 });

export const useRoles = () => useQuery({ queryKey: ROLES_KEY, queryFn: list<Role>('/roles') });

export const useTeams = () => useQuery({ queryKey: TEAMS_KEY, queryFn: list<Team>('/teams') });

export const useApiKeys = (enabled = true) =>
  useQuery({ queryKey: API_KEYS_KEY, queryFn: list<ApiKey>('/api-keys'), enabled });

export const useInvitations = () =>
  useQuery({ queryKey: INVITATIONS_KEY, queryFn: list<Invitation>('/invitations') });

export const useWorkspace = () =>
  useQuery({ queryKey: WORKSPACE_KEY, queryFn: () => api<Workspace>('/workspace') });

const BUILT_IN_KEYS = ['owner', 'admin', 'manager', 'member', 'viewer'];

/** Built-in roles are named in the reader's language; custom roles keep the name their admin chose. */
export function roleLabel(t: TFunction, role: Pick<Role, 'key' | 'name'>): string {
  if (role.key && BUILT_IN_KEYS.includes(role.key)) return t(`admin.roles.builtInNames.${role.key}`);
  return role.name;
}

/** `roleId → label`, for tables that show a role by id. */
export function useRoleLabels(t: TFunction) {
  const roles = useRoles();
  const byId = new Map((roles.data ?? []).map((role) => [role.id, roleLabel(t, role)]));
  return (roleId: string) => byId.get(roleId) ?? '—';
}

/**
 * Role choices for a select. Roles beyond the signed-in person's own rights stay listed but cannot be
 * chosen: the server refuses them (see grants.ts).
 */
export function roleOptions(t: TFunction, roles: Role[] | undefined, holder: Holder) {
  return (roles ?? []).map((role) => ({
    value: role.id,
    label: roleLabel(t, role),
    disabled: !roleWithin(role, holder),
  }));
}

/** The note under a role select when some roles cannot be chosen. */
export const limitedRolesHint = (t: TFunction, options: { disabled: boolean }[]) =>
  options.some((option) => option.disabled) ? t('admin.grants.rolesLimited') : undefined;

/** The role the signed-in person acts under, from the member list (undefined while it loads). */
export function useOwnRoleId(userId: string): string | undefined {
  const members = useAdminMembers();
  return members.data?.find((member) => member.userId === userId)?.roleId;
}
