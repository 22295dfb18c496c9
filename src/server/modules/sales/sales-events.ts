import type { RecordContext, RecordValues } from '../../records/record-type.js';
import type { SalesDocumentAction } from '../timeline/timeline.schemas.js';
import { recordTimelineEvent, type RecordRef } from '../timeline/timeline.writer.js';
import type { Totals } from './sales-document.js';
import { findDocumentDealId } from './sales-events.repository.js';

/**
 * The steps of a quote, an order or an invoice (created, each status it reaches, payments and credit
 * notes) on its own timeline and on those of its customer (company and person) and its deal, in the
 * transaction of the command that took them. The actions are also published as the type's webhook
 * events (`order.confirmed`, `invoice.payment_recorded`…).
 */

export type SalesKind = 'quote' | 'order' | 'invoice';

interface Step {
  action: SalesDocumentAction;
  amountMinor: number | null;
}

const step = (action: SalesDocumentAction, amountMinor: number | null = null): Step => ({
  action,
  amountMinor,
});

/** Webhook event actions of each type beyond the record lifecycle (its `events` declaration). */
export const SALES_EVENTS = {
  quote: ['sent', 'accepted', 'declined', 'converted', 'revised', 'document_sent'],
  order: [
    'status_changed',
    'confirmed',
    'in_fulfilment',
    'partially_delivered',
    'delivered',
    'completed',
    'cancelled',
    'document_sent',
  ],
  invoice: ['payment_recorded', 'paid', 'credit_note_issued', 'credited', 'document_sent'],
} as const satisfies Record<SalesKind, readonly string[]>;

/** What a change of a document did, from its values before and after (pure). */
export function salesSteps(kind: SalesKind, record: RecordValues, before: RecordValues | null): Step[] {
  if (!before) return [step('created')];
  const steps: Step[] = [];
  const statusChanged = record.status !== before.status;
  if (kind === 'quote' && record.revision !== before.revision) steps.push(step('revised'));
  if (kind === 'invoice') {
    const paid = (record.paidMinor as number) - (before.paidMinor as number);
    const credited = (record.creditedMinor as number) - (before.creditedMinor as number);
    if (paid > 0) steps.push(step('payment_recorded', paid));
    if (credited > 0) steps.push(step('credit_note_issued', credited));
    if (statusChanged && (record.status === 'paid' || record.status === 'credited'))
      steps.push(step(record.status));
    return steps;
  }
  // A revised quote going back to draft is its revision, not a step of its own.
  if (statusChanged && record.status !== 'draft') steps.push(step(record.status as SalesDocumentAction));
  return steps;
}

async function dealOf(context: RecordContext, kind: SalesKind, record: RecordValues) {
  if (kind === 'quote') return (record.dealId as string | null) ?? null;
  const from =
    kind === 'order'
      ? { quoteId: record.quoteId as string | null }
      : { orderId: record.orderId as string | null };
  return findDocumentDealId(context.trx, context.actor.workspaceId, from);
}

/** The records whose timelines show a document's steps besides its own: its customer and deal. */
export async function salesTimelineRecords(context: RecordContext, kind: SalesKind, record: RecordValues) {
  const dealId = await dealOf(context, kind, record);
  const refs: [string, unknown][] = [
    ['company', record.companyId],
    ['person', record.personId],
    ['deal', dealId],
  ];
  return refs.flatMap(([type, id]): RecordRef[] => (typeof id === 'string' ? [{ type, id }] : []));
}

/**
 * Writes a saved document's steps on the timelines and returns their webhook actions (the record
 * kit publishes `created` itself). Trashing and restoring are the kit's own events.
 */
export async function recordSalesSteps(
  context: RecordContext,
  kind: SalesKind,
  record: RecordValues,
  before: RecordValues | null,
): Promise<string[]> {
  if (before && record.deletedAt !== before.deletedAt) return [];
  const steps = salesSteps(kind, record, before);
  if (steps.length === 0) return [];
  const alsoOn = await salesTimelineRecords(context, kind, record);
  const id = record.id as string;
  for (const { action, amountMinor } of steps)
    await recordTimelineEvent(context.trx, context.actor, {
      record: { type: kind, id },
      ref: { type: kind, id, ownerId: (record.ownerId as string | null) ?? null },
      alsoOn,
      kind: 'sales_document',
      data: {
        documentKind: kind,
        number: record.number as string,
        action,
        status: record.status as string,
        currency: record.currency as string,
        grossMinor: (record.totals as Totals).grossMinor,
        amountMinor,
      },
    });
  return steps.map(({ action }) => action).filter((action) => action !== 'created');
}
