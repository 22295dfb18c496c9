import { notFound } from './errors.js';
import { authorize, authorizeRecord, type Actor } from './permissions.js';

/**
 * Saved views, reports and dashboards: settings of the person who made them, seen by others only
 * when shared. They all fall under the `views` permission module.
 */
export interface PersonalSetting {
  shared: boolean;
  ownerId: string | null;
}

/** Someone else's personal setting does not exist as far as the actor can tell. */
export const isVisibleSetting = <T extends PersonalSetting>(
  actor: Actor,
  setting: T | null | undefined,
): setting is T => !!setting && (setting.shared || setting.ownerId === actor.userId);

/** A setting the actor may act on: 404 naming `what` when they cannot see it, 403 past their scope. */
export async function loadPersonalSetting<T extends PersonalSetting>(
  actor: Actor,
  action: 'read' | 'update' | 'delete',
  what: string,
  find: () => Promise<T | null | undefined>,
): Promise<T> {
  authorize(actor, 'views', action);
  const setting = await find();
  if (!setting || !isVisibleSetting(actor, setting)) throw notFound(what);
  authorizeRecord(actor, 'views', action, setting.ownerId);
  return setting;
}
