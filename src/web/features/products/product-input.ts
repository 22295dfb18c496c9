import { toMajorUnits, toMinorUnits } from '../../lib/format.js';
import type { Product, RequestBody } from '../../lib/types.js';
import type { PriceDraft, ProductLocale } from './product-more-inputs.js';

/**
 * A product form's values and the request body made from them: apart from the form, so that a list
 * (inline editing) has them without the form's script.
 */

export interface ProductInput {
  sku: string;
  name: string;
  description: string;
  unit: string;
  /** In major units as typed; converted to minor units on submit. */
  price: number | '';
  currency: string;
  /** The purchase cost, for roles that see it (`withCost`); others neither see nor send it. */
  withCost: boolean;
  cost: number | '';
  costCurrency: string;
  /** In percent, as typed ("20", "9,5"); the API takes it as a decimal string. */
  taxRate: string;
  /** The name per language, as typed; blank ones are left out. */
  names: Partial<Record<ProductLocale, string>>;
  /** Prices in further currencies. */
  prices: PriceDraft[];
  active: boolean;
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
}

export function productInput(defaultCurrency: string, withCost: boolean, product?: Product): ProductInput {
  const price = product?.price;
  const cost = product?.cost;
  return {
    sku: product?.sku ?? '',
    name: product?.name ?? '',
    description: product?.description ?? '',
    unit: product?.unit ?? '',
    price: price ? toMajorUnits(price.amount, price.currency) : '',
    currency: price?.currency ?? defaultCurrency,
    withCost,
    cost: cost ? toMajorUnits(cost.amount, cost.currency) : '',
    costCurrency: cost?.currency ?? price?.currency ?? defaultCurrency,
    taxRate: product?.taxRate ?? '',
    names: { ...product?.names },
    prices: (product?.prices ?? []).map((p) => ({
      amount: toMajorUnits(p.amount, p.currency),
      currency: p.currency,
    })),
    active: product?.active ?? true,
    ownerId: product?.ownerId ?? null,
    tags: product?.tags ?? [],
    custom: product?.custom ?? {},
  };
}

const money = (amount: number | '', currency: string) =>
  amount === '' ? null : { amount: toMinorUnits(amount, currency), currency };

/** The request body: blank texts as null, money in minor units of its currency. */
export function productBody(input: ProductInput, isNew: boolean): RequestBody<'/products', 'post'> {
  return {
    sku: input.sku,
    name: input.name,
    description: input.description.trim() || null,
    unit: input.unit.trim() || null,
    price: money(input.price, input.currency),
    // The API refuses a cost from roles that may not see it, even an empty one.
    ...(input.withCost && { cost: money(input.cost, input.costCurrency) }),
    taxRate: input.taxRate.trim() === '' ? null : input.taxRate.trim().replace(',', '.'),
    names: Object.fromEntries(
      Object.entries(input.names).flatMap(([locale, name]): [string, string][] =>
        name.trim() ? [[locale, name.trim()]] : [],
      ),
    ),
    prices: input.prices.flatMap((p) => money(p.amount, p.currency) ?? []),
    active: input.active,
    // A new product without a chosen owner belongs to its creator (the API's default).
    ...(isNew && !input.ownerId ? {} : { ownerId: input.ownerId }),
    tags: input.tags,
    custom: input.custom,
  };
}
