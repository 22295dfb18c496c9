import { createRoute } from '@tanstack/react-router';
import { settingsRoute } from '../../routes/settings.js';
import { ApiKeysPage } from './ApiKeysPage.js';
import { AuditLogPage } from './AuditLogPage.js';
import { JobsPage } from './JobsPage.js';
import { MembersPage } from './MembersPage.js';
import { RolesPage } from './RolesPage.js';
import { TeamsPage } from './TeamsPage.js';
import { WorkspacePage } from './WorkspacePage.js';
import { WebhooksPage } from '../webhooks/WebhooksPage.js';
import { EmailSettingsPage } from '../email/EmailSettingsPage.js';
import { MailboxesPage } from '../email/MailboxesPage.js';
import { TagsPage } from '../tags/TagsPage.js';

/** The admin pages, children of the settings route; their links are in admin-nav.ts. */
const child = (path: string, component: () => React.JSX.Element) =>
  createRoute({ getParentRoute: () => settingsRoute, path, component });

export const workspaceRoute = child('/workspace', WorkspacePage);
export const membersRoute = child('/members', MembersPage);
export const teamsRoute = child('/teams', TeamsPage);
export const rolesRoute = child('/roles', RolesPage);
export const apiKeysRoute = child('/api-keys', ApiKeysPage);
export const auditLogRoute = child('/audit-log', AuditLogPage);
export const jobsRoute = child('/jobs', JobsPage);
export const webhooksRoute = child('/webhooks', WebhooksPage);
export const emailRoute = child('/email', EmailSettingsPage);
export const mailboxesRoute = child('/mailboxes', MailboxesPage);
export const tagsRoute = child('/tags', TagsPage);

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
