import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { appRoute } from './root.js';

// Settings are not on the first screen: their pages are chunks of their own, fetched when opened.
const SettingsLayout = lazyRouteComponent(
  () => import('../features/settings/SettingsLayout.js'),
  'SettingsLayout',
);
const ProfilePage = lazyRouteComponent(() => import('../features/profile/ProfilePage.js'), 'ProfilePage');
const CustomFieldsPage = lazyRouteComponent(
  () => import('../features/custom-fields/CustomFieldsPage.js'),
  'CustomFieldsPage',
);

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
