import { apiDecimal, lineDrafts, linesBody, type LineDraft, type SalesLine } from './line-drafts.js';

/**
 * A quote's, order's or invoice's form values and the request body made from them: apart from the
 * form, so that a list (inline editing) has them without the form's script.
 */

/** The date a type of document adds to the issue date: a quote's validity, an order's promise, a due date. */
export type DocumentDateField = 'validUntil' | 'promisedDate' | 'dueDate';
export type SalesDocumentEntity = 'quote' | 'order' | 'invoice';

export interface SalesDocumentInput {
  companyId: string | null;
  personId: string | null;
  currency: string;
  issueDate: string;
  /** The type's own date (see DocumentDateField). */
  date: string;
  priceListId: string | null;
  dealId: string | null;
  documentDiscountPercent: string;
  notes: string;
  lines: LineDraft[];
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
}

interface SalesDocumentRecord {
  companyId: string | null;
  personId: string | null;
  currency: string;
  issueDate: string;
  documentDiscountPercent: string | null;
  notes: string | null;
  lines: SalesLine[];
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
  priceListId?: string | null;
  dealId?: string | null;
}

export function salesDocumentInput(
  dateField: DocumentDateField,
  defaultCurrency: string,
  prefill: Record<string, string>,
  record?: SalesDocumentRecord & Partial<Record<DocumentDateField, string | null>>,
): SalesDocumentInput {
  const currency = record?.currency ?? defaultCurrency;
  return {
    companyId: record?.companyId ?? prefill.companyId ?? null,
    personId: record?.personId ?? prefill.personId ?? null,
    currency,
    issueDate: record?.issueDate ?? '',
    date: record?.[dateField] ?? '',
    priceListId: record?.priceListId ?? null,
    dealId: record?.dealId ?? prefill.dealId ?? null,
    documentDiscountPercent: record?.documentDiscountPercent ?? '',
    notes: record?.notes ?? '',
    lines: record ? lineDrafts(record.lines, currency) : [],
    ownerId: record?.ownerId ?? null,
    tags: record?.tags ?? [],
    custom: record?.custom ?? {},
  };
}

/** The request body of a quote, order or invoice; `isNew` leaves out what the server fills in. */
export function salesDocumentBody(entity: SalesDocumentEntity, dateField: DocumentDateField) {
  return (input: SalesDocumentInput, isNew: boolean) => ({
    companyId: input.companyId,
    personId: input.personId,
    currency: input.currency,
    lines: linesBody(input.lines, input.currency),
    documentDiscountPercent: apiDecimal(input.documentDiscountPercent) || null,
    notes: input.notes.trim() || null,
    [dateField]: input.date.trim() || null,
    ...(isNew && input.issueDate.trim() && { issueDate: input.issueDate.trim() }),
    ...(entity === 'quote' && { priceListId: input.priceListId }),
    ...(entity === 'quote' && isNew && input.dealId && { dealId: input.dealId }),
    ...(isNew && !input.ownerId ? {} : { ownerId: input.ownerId }),
    tags: input.tags,
    custom: input.custom,
  });
}
