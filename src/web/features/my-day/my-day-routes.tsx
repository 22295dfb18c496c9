import { createRoute } from '@tanstack/react-router';
import { appRoute } from '../../routes/root.js';
import { MyDayPage } from './MyDayPage.js';

/** `/my-day`: the member's open tasks, calls and meetings; where the app opens after sign-in. */
export const myDayRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/my-day',
  component: MyDayPage,
});
