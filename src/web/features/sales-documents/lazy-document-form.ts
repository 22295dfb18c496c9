import { lazyRouteComponent } from '@tanstack/react-router';
import type { DocumentDateField, SalesDocumentEntity } from './sales-document-input.js';

/**
 * The form of a quote, order or invoice for its record type's declaration: a chunk of its own, fetched
 * with the record's pages (a list does not show it).
 */
export const lazySalesDocumentForm = (entity: SalesDocumentEntity, dateField: DocumentDateField) =>
  lazyRouteComponent(
    () =>
      import('./SalesDocumentForm.js').then((module) => ({
        Form: module.salesDocumentForm(entity, dateField),
      })),
    'Form',
  );
