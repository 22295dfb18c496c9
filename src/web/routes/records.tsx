import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { parseListSearch } from '../features/records/list-state.js';
import type { RecordType } from '../records/record-type.js';
import { RECORD_TYPES } from '../records/registry.js';
import { appRoute } from './root.js';

const ImportPage = lazyRouteComponent(() => import('../features/imports/ImportPage.js'), 'ImportPage');

/** What a new-record page takes from its address: the type's `prefill` parameters, as strings. */
function prefillFrom(type: RecordType, search: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    type.prefill.flatMap((key) => (typeof search[key] === 'string' ? [[key, search[key]]] : [])),
  );
}

/**
 * A record type's pages: its list, a new record, an import and one record (`/people`, `/people/new`,
 * `/people/import`, `/people/$id`).
 */
function routesOf(type: RecordType) {
  const list = createRoute({
    getParentRoute: () => appRoute,
    path: type.routePath,
    validateSearch: parseListSearch,
    component: type.pages.List,
  });
  const create = createRoute({
    getParentRoute: () => appRoute,
    path: `${type.routePath}/new` as const,
    validateSearch: (search: Record<string, unknown>) => prefillFrom(type, search),
    loader: type.preloadRecordPages,
    component: function NewRecordRoute() {
      const search = create.useSearch();
      return <type.pages.New prefill={search} />;
    },
  });
  const importing = createRoute({
    getParentRoute: () => appRoute,
    path: `${type.routePath}/import` as const,
    validateSearch: (search: Record<string, unknown>): { id?: string } =>
      typeof search.id === 'string' ? { id: search.id } : {},
    component: function ImportRoute() {
      const { id } = importing.useSearch();
      return <ImportPage key={id ?? ''} type={type} importId={id ?? null} />;
    },
  });
  const record = createRoute({
    getParentRoute: () => appRoute,
    path: `${type.routePath}/$id` as const,
    loader: type.preloadRecordPages,
    component: function RecordRoute() {
      const { id } = record.useParams();
      return <type.pages.Record id={id} />;
    },
  });
  return [list, create, importing, record] as const;
}

/** The pages of every record type of the registry. */
export const recordRoutes = RECORD_TYPES.flatMap(routesOf);
