import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from './api.js';
import { setDisplayTimeZone } from './format.js';
import { applyLocale, isLocale } from './i18n.js';
import type { Session } from './types.js';

/** Everything the app needs to know about who is signed in comes with the session. */
export async function adoptSession(session: Session) {
  setCsrfToken(session.csrfToken);
  setDisplayTimeZone(session.user.timeZone);
  if (isLocale(session.user.locale)) await applyLocale(session.user.locale);
  return session;
}

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async () => adoptSession(await api<Session>('/auth/session')),
  retry: false,
  staleTime: 5 * 60_000,
});

/** The signed-in session; only used below the authenticated layout, which loads it first. */
export function useSession(): Session {
  const { data } = useQuery(sessionQuery);
  if (!data) throw new Error('useSession used outside the signed-in area');
  return data;
}

export function useSetSession() {
  const queryClient = useQueryClient();
  return async (session: Session) => {
    await adoptSession(session);
    queryClient.setQueryData(sessionQuery.queryKey, session);
  };
}

/**
 * Whether the role sees a module's sensitive fields (a product's cost): as on the server, roles that
 * may read and change every record of the type.
 */
export function seesSensitive(session: Session, module: string): boolean {
  const scopes = session.permissions[module];
  return scopes?.read === 'all' && scopes.update === 'all';
}

/** Whether the role grants an action on a module at all ("none" or missing means no). */
export function can(session: Session, module: string, action: string): boolean {
  const scope = session.permissions[module]?.[action];
  return scope === 'own' || scope === 'team' || scope === 'all';
}

/**
 * Whether the member may do an action on one record, read as the server reads it (`inScope` in
 * server/lib/permissions.ts): `all` reaches every record, `own` those the member owns, `team` those
 * owned by anyone sharing a team with them; a record without an owner only with `all`. For a new
 * record, the owner is the member.
 */
export function canOnRecord(
  session: Session,
  module: string,
  action: string,
  ownerId: string | null,
): boolean {
  const scope = session.permissions[module]?.[action];
  if (scope === 'all') return true;
  if (ownerId === null) return false;
  if (scope === 'own') return ownerId === session.user.id;
  if (scope === 'team') return session.teamUserIds.includes(ownerId);
  return false;
}
