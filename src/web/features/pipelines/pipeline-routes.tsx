import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { settingsRoute } from '../../routes/settings.js';

/** Settings → Pipelines and Settings → Exchange rates, each a chunk of its own. */
export const pipelinesRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/pipelines',
  component: lazyRouteComponent(() => import('./PipelinesPage.js'), 'PipelinesPage'),
});

export const exchangeRatesRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/exchange-rates',
  component: lazyRouteComponent(() => import('./ExchangeRatesPage.js'), 'ExchangeRatesPage'),
});
