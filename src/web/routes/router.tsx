import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { RouteError } from '../components/RouteError.js';
import { adminRoutes } from '../features/admin/admin-routes.js';
import { dealBoardRoute } from '../features/deals/deal-routes.js';
import { overdueRoute } from '../features/sales-documents/OverduePage.js';
import { exchangeRatesRoute, pipelinesRoute } from '../features/pipelines/pipeline-routes.js';
import {
  acceptInvitationRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  signInRoute,
  signUpRoute,
  verifySignUpRoute,
} from './auth.js';
import { myDayRoute } from '../features/my-day/my-day-routes.js';
import { reportRoutes } from '../features/reports/report-routes.js';
import { customerValueRoute } from '../features/customer-value/customer-value-routes.js';
import { recordRoutes } from './records.js';
import { appRoute, indexRoute, rootRoute } from './root.js';
import { customFieldsRoute, profileRoute, settingsIndexRoute, settingsRoute } from './settings.js';

const routeTree = rootRoute.addChildren([
  signInRoute,
  signUpRoute,
  verifySignUpRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  acceptInvitationRoute,
  appRoute.addChildren([
    indexRoute,
    myDayRoute,
    dealBoardRoute,
    overdueRoute,
    ...recordRoutes,
    ...reportRoutes,
    customerValueRoute,
    settingsRoute.addChildren([
      settingsIndexRoute,
      profileRoute,
      customFieldsRoute,
      pipelinesRoute,
      exchangeRatesRoute,
      ...adminRoutes,
    ]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
