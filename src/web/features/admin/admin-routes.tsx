/**
 * Slot for the admin pages (members, roles, teams, API keys, audit log). Each is a child of the
 * settings route, e.g.
 *
 *   export const membersRoute = createRoute({
 *     getParentRoute: () => settingsRoute, // from routes/settings.tsx
 *     path: '/members',
 *     component: MembersPage,
 *   });
 *
 * and is listed here; add its link to `adminSettingsLinks` in admin-nav.ts.
 */
export const adminRoutes = [] as const;
