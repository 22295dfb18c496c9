import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { appRoute } from '../../routes/root.js';
import { ANALYSIS_PAGES, type AnalysisPage } from './customer-value-queries.js';

// ECharts is a chunk of its own (decision 0012): only these pages load it.
const CustomerValuePage = lazyRouteComponent(() => import('./CustomerValuePage.js'), 'CustomerValuePage');

/** `/customer-value/$analysis`: RFM segments, CLV, churn risk or cohorts of the workspace's customers. */
export const customerValueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customer-value/$analysis',
  beforeLoad: ({ params }) => {
    if (!(ANALYSIS_PAGES as readonly string[]).includes(params.analysis))
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects by throwing
      throw redirect({ to: '/customer-value/$analysis', params: { analysis: 'clv' } });
  },
  component: function CustomerValueRoute() {
    const { analysis } = customerValueRoute.useParams();
    return <CustomerValuePage page={analysis as AnalysisPage} />;
  },
});
