import { createRoute } from '@tanstack/react-router';
import { CompaniesPage } from '../features/companies/CompaniesPage.js';
import { CompanyPage } from '../features/companies/CompanyPage.js';
import { NewCompanyPage } from '../features/companies/NewCompanyPage.js';
import { NewPersonPage } from '../features/people/NewPersonPage.js';
import { PeoplePage } from '../features/people/PeoplePage.js';
import { PersonPage } from '../features/people/PersonPage.js';
import { appRoute } from './root.js';

export const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people',
  component: PeoplePage,
});

export const newPersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/new',
  validateSearch: (search: Record<string, unknown>): { companyId?: string | undefined } => ({
    companyId: typeof search.companyId === 'string' ? search.companyId : undefined,
  }),
  component: NewPersonPage,
});

export const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/$personId',
  component: function PersonRoute() {
    const { personId } = personRoute.useParams();
    return <PersonPage id={personId} />;
  },
});

export const companiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/companies',
  component: CompaniesPage,
});

export const newCompanyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/companies/new',
  component: NewCompanyPage,
});

export const companyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/companies/$companyId',
  component: function CompanyRoute() {
    const { companyId } = companyRoute.useParams();
    return <CompanyPage id={companyId} />;
  },
});
