import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { settingsRoute } from '../../routes/settings.js';

/**
 * The admin pages, children of the settings route; their links are in admin-nav.ts. Each page is a
 * chunk of its own, fetched when it is opened (or hovered: the router preloads on intent).
 */
const child = (path: string, load: () => Promise<Record<string, () => React.JSX.Element>>, name: string) =>
  createRoute({ getParentRoute: () => settingsRoute, path, component: lazyRouteComponent(load, name) });

export const workspaceRoute = child('/workspace', () => import('./WorkspacePage.js'), 'WorkspacePage');
export const membersRoute = child('/members', () => import('./MembersPage.js'), 'MembersPage');
export const teamsRoute = child('/teams', () => import('./TeamsPage.js'), 'TeamsPage');
export const rolesRoute = child('/roles', () => import('./RolesPage.js'), 'RolesPage');
export const apiKeysRoute = child('/api-keys', () => import('./ApiKeysPage.js'), 'ApiKeysPage');
export const auditLogRoute = child('/audit-log', () => import('./AuditLogPage.js'), 'AuditLogPage');
export const jobsRoute = child('/jobs', () => import('./JobsPage.js'), 'JobsPage');
export const webhooksRoute = child('/webhooks', () => import('../webhooks/WebhooksPage.js'), 'WebhooksPage');
export const emailRoute = child('/email', () => import('../email/EmailSettingsPage.js'), 'EmailSettingsPage');
export const mailboxesRoute = child('/mailboxes', () => import('../email/MailboxesPage.js'), 'MailboxesPage');
export const tagsRoute = child('/tags', () => import('../tags/TagsPage.js'), 'TagsPage');

export const adminRoutes = [
  workspaceRoute,
  membersRoute,
  teamsRoute,
  rolesRoute,
  apiKeysRoute,
  auditLogRoute,
  jobsRoute,
  webhooksRoute,
  emailRoute,
  mailboxesRoute,
  tagsRoute,
] as const;
