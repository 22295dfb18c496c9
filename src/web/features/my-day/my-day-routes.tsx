import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes/root.js';

// A chunk of its own, fetched when opened (or when its link is hovered), like the other pages.
const MyDayPage = lazyRouteComponent(() => import('./MyDayPage.js'), 'MyDayPage');

/** `/my-day`: the member's open tasks, calls and meetings; where the app opens after sign-in. */
export const myDayRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/my-day',
  component: MyDayPage,
});
