import { lazyRouteComponent } from '@tanstack/react-router';
import { Suspense } from 'react';
import type { NewRecordPage as NewRecordPageOf } from '../features/records/NewRecordPage.js';
import type { RecordDetailPage as RecordDetailPageOf } from '../features/records/RecordDetailPage.js';
import { RecordListPage } from '../features/records/RecordListPage.js';
import type { RecordEntity } from '../lib/types.js';
import {
  recordTypeHelpers,
  type RecordType,
  type RecordTypeDecl,
  type RecordTypeDef,
} from './record-type.js';

/**
 * A record's page and the new-record page are not on the first screen (a list is): chunks of their
 * own, fetched when first opened, or when a link to one is hovered (routes/records.tsx preloads them).
 */
const lazyDetail = lazyRouteComponent(
  () => import('../features/records/RecordDetailPage.js'),
  'RecordDetailPage',
);
const lazyNew = lazyRouteComponent(() => import('../features/records/NewRecordPage.js'), 'NewRecordPage');
// The lazy components render the same generic pages; lazyRouteComponent does not keep their generics.
const RecordDetailPage = lazyDetail as unknown as typeof RecordDetailPageOf;
const NewRecordPage = lazyNew as unknown as typeof NewRecordPageOf;

/** A component that may be a lazy one (`lazyRouteComponent`), whose chunk can be fetched ahead. */
const preloadOf = async (component: unknown): Promise<void> =>
  (component as { preload?: () => Promise<void> } | undefined)?.preload?.();

/**
 * Declares a record type for the web app: its list, record and new-record pages come from the
 * declaration, and the registry (registry.ts) lists it for routes, navigation, search and the rest.
 */
export function defineRecordType<E extends RecordEntity, Input>(
  decl: RecordTypeDecl<E, Input>,
): RecordTypeDef<E, Input> & RecordType & { entity: E } {
  const type = recordTypeHelpers(decl);
  return {
    ...type,
    refs: decl.refs ?? {},
    // The record and new-record pages with the type's form and related cards: none is on a list.
    preloadRecordPages: async () => {
      await Promise.all([lazyDetail, lazyNew, decl.form.Form, decl.Related].map(preloadOf));
    },
    pages: {
      List: function RecordList() {
        return <RecordListPage type={type} />;
      },
      Record: function RecordDetail({ id }) {
        return (
          <Suspense fallback={null}>
            <RecordDetailPage key={id} type={type} id={id} />
          </Suspense>
        );
      },
      New: function NewRecord({ prefill }) {
        return (
          <Suspense fallback={null}>
            <NewRecordPage type={type} prefill={prefill} />
          </Suspense>
        );
      },
    },
  };
}
