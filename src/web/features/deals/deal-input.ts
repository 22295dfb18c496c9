import type { Deal } from '../../lib/api-types.generated.js';
import { toMajorUnits, toMinorUnits } from '../../lib/format.js';

/**
 * A deal form's values and the request body made from them: apart from the form, so that a list
 * (inline editing) has them without the form's script.
 */

export interface DealInput {
  title: string;
  amount: number | '';
  currency: string;
  pipelineId: string | null;
  stageId: string | null;
  companyId: string | null;
  expectedCloseDate: string;
  status: string;
  lostReason: string;
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
  /** The deal has products: its amount is their net total, set by the server. */
  fromLines: boolean;
}

export function dealInput(defaultCurrency: string, prefill: Record<string, string>, deal?: Deal): DealInput {
  return {
    title: deal?.title ?? '',
    amount: deal ? toMajorUnits(deal.amount.amount, deal.amount.currency) : '',
    currency: deal?.amount.currency ?? defaultCurrency,
    pipelineId: deal?.pipelineId ?? prefill.pipelineId ?? null,
    stageId: deal?.stageId ?? prefill.stageId ?? null,
    companyId: deal?.companyId ?? prefill.companyId ?? null,
    expectedCloseDate: deal?.expectedCloseDate ?? '',
    status: deal?.status ?? 'open',
    lostReason: deal?.lostReason ?? '',
    ownerId: deal?.ownerId ?? null,
    tags: deal?.tags ?? [],
    custom: deal?.custom ?? {},
    fromLines: (deal?.lines.length ?? 0) > 0,
  };
}

export function dealBody(input: DealInput, isNew: boolean) {
  return {
    title: input.title,
    amount: {
      amount: input.amount === '' ? 0 : toMinorUnits(input.amount, input.currency),
      currency: input.currency,
    },
    pipelineId: input.pipelineId ?? '',
    ...(input.stageId && { stageId: input.stageId }),
    companyId: input.companyId,
    expectedCloseDate: input.expectedCloseDate.trim() || null,
    status: input.status,
    lostReason: input.status === 'lost' ? input.lostReason.trim() || null : null,
    ...(isNew && !input.ownerId ? {} : { ownerId: input.ownerId }),
    tags: input.tags,
    custom: input.custom,
  };
}
