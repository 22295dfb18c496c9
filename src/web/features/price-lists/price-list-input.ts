import type { PriceList } from '../../lib/api-types.generated.js';

/**
 * A price list form's values and the request body made from them: apart from the form, so that a
 * list (inline editing) has them without the form's script.
 */

export interface PriceListInput {
  name: string;
  currency: string;
  description: string;
  active: boolean;
  /** The customers, one picker each; an empty picker is left out. */
  companyIds: (string | null)[];
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
}

export function priceListInput(defaultCurrency: string, list?: PriceList): PriceListInput {
  return {
    name: list?.name ?? '',
    currency: list?.currency ?? defaultCurrency,
    description: list?.description ?? '',
    active: list?.active ?? true,
    companyIds: list?.companyIds ?? [],
    ownerId: list?.ownerId ?? null,
    tags: list?.tags ?? [],
    custom: list?.custom ?? {},
  };
}

export function priceListBody(input: PriceListInput, isNew: boolean) {
  return {
    name: input.name,
    // A list's currency is fixed once it has prices in it.
    ...(isNew && { currency: input.currency }),
    description: input.description.trim() || null,
    active: input.active,
    companyIds: [...new Set(input.companyIds.filter((id): id is string => id !== null))],
    ...(isNew && !input.ownerId ? {} : { ownerId: input.ownerId }),
    tags: input.tags,
    custom: input.custom,
  };
}
