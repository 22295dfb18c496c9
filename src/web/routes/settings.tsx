import { createRoute, redirect } from '@tanstack/react-router';
import { CustomFieldsPage } from '../features/custom-fields/CustomFieldsPage.js';
import { ProfilePage } from '../features/profile/ProfilePage.js';
import { SettingsLayout } from '../features/settings/SettingsLayout.js';
import { appRoute } from './root.js';

/** Parent of every settings page; admin pages (features/admin) hang their routes here too. */
export const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  component: SettingsLayout,
});

export const settingsIndexRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/',
  beforeLoad: () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects by throwing
    throw redirect({ to: '/settings/profile' });
  },
});

export const profileRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/profile',
  component: ProfilePage,
});

export const customFieldsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/custom-fields',
  component: CustomFieldsPage,
});
