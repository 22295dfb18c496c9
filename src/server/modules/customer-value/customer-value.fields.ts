import type { FieldDecl } from '../../records/record-type.js';

/** RFM segments as stored on records and named in the API, best relationship first. */
export const SEGMENT_KEYS = [
  'champions',
  'loyal',
  'potential_loyalist',
  'new',
  'promising',
  'needs_attention',
  'about_to_sleep',
  'at_risk',
  'cant_lose',
  'hibernating',
  'lost',
] as const;

export const CHURN_RISKS = ['low', 'medium', 'high'] as const;
export type ChurnRisk = (typeof CHURN_RISKS)[number];

/**
 * Churn risk from P(alive): high below 0.3, medium below 0.7, low from there. The bands are round
 * figures people read easily; the probability itself is stored beside them for finer filters.
 */
export function churnRiskOf(probabilityAlive: number): ChurnRisk {
  if (probabilityAlive < 0.3) return 'high';
  if (probabilityAlive < 0.7) return 'medium';
  return 'low';
}

/**
 * A customer's value, on people and companies: read-only fields the RFM and CLV analyses write from
 * the workspace's orders (modules/customer-value), which lists, filters, sorting and reports read
 * like any other field.
 */
export function customerValueFields(): Record<string, FieldDecl> {
  const readOnly = { nullable: true, readOnly: true } as const;
  return {
    rfmSegment: {
      column: 'rfm_segment',
      type: 'text',
      sortable: true,
      ...readOnly,
      description: `RFM segment from the last RFM analysis: ${SEGMENT_KEYS.join(', ')}`,
    },
    rfmScore: {
      column: 'rfm_score',
      type: 'text',
      ...readOnly,
      description: 'Recency, frequency and monetary scores 1–5 as three digits (545), 5 the best',
    },
    expectedPurchases: {
      column: 'expected_purchases',
      type: 'number',
      ...readOnly,
      description: 'Purchases expected over the CLV analysis’s horizon',
    },
    probabilityAlive: {
      column: 'probability_alive',
      type: 'number',
      sortable: true,
      ...readOnly,
      description: 'Probability (0–1) that the customer is still buying, from the last CLV analysis',
    },
    churnRisk: {
      column: 'churn_risk',
      type: 'text',
      sortable: true,
      ...readOnly,
      description: 'low, medium or high: P(alive) from 0.7, from 0.3, or below',
    },
    lifetimeValue: {
      column: 'lifetime_value',
      currencyColumn: 'value_currency',
      type: 'money',
      sortable: true,
      ...readOnly,
      description: 'Discounted value of the purchases expected over the horizon, in the workspace currency',
    },
    valueUpdatedAt: {
      column: 'value_updated_at',
      type: 'date',
      ...readOnly,
      description: 'When an analysis last wrote these fields',
    },
  };
}
