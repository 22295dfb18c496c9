import { NewRecordPage } from '../features/records/NewRecordPage.js';
import { RecordDetailPage } from '../features/records/RecordDetailPage.js';
import { RecordListPage } from '../features/records/RecordListPage.js';
import type { RecordEntity } from '../lib/types.js';
import {
  recordTypeHelpers,
  type RecordType,
  type RecordTypeDecl,
  type RecordTypeDef,
} from './record-type.js';

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
    pages: {
      List: function RecordList() {
        return <RecordListPage type={type} />;
      },
      Record: function RecordDetail({ id }) {
        return <RecordDetailPage key={id} type={type} id={id} />;
      },
      New: function NewRecord({ prefill }) {
        return <NewRecordPage type={type} prefill={prefill} />;
      },
    },
  };
}
