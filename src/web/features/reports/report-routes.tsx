import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes/root.js';

// Charts are a chunk of their own (decision 0012): these pages load ECharts, the lists never do.
const ReportsPage = lazyRouteComponent(() => import('./ReportsPage.js'), 'ReportsPage');
const ReportBuilderPage = lazyRouteComponent(() => import('./ReportBuilderPage.js'), 'ReportBuilderPage');
const DashboardPage = lazyRouteComponent(() => import('./DashboardPage.js'), 'DashboardPage');

/** `/reports`: dashboards and saved reports. */
export const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports',
  component: ReportsPage,
});

/** `/reports/new`: the report builder. */
export const newReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports/new',
  component: function NewReportRoute() {
    return <ReportBuilderPage reportId={null} />;
  },
});

/** `/reports/$id`: a saved report in the builder. */
export const reportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports/$id',
  component: function ReportRoute() {
    const { id } = reportRoute.useParams();
    return <ReportBuilderPage reportId={id} />;
  },
});

/** `/dashboards/$id`: one dashboard (the reports page lists them). */
export const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/dashboards/$id',
  component: function DashboardRoute() {
    const { id } = dashboardRoute.useParams();
    return <DashboardPage id={id} />;
  },
});

export const reportRoutes = [reportsRoute, newReportRoute, reportRoute, dashboardRoute];
