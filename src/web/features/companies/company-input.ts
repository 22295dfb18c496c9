import { isLocale, type Locale } from '../../lib/i18n.js';
import { toMajorUnits, toMinorUnits } from '../../lib/format.js';
import type { Company, RequestBody } from '../../lib/types.js';

/**
 * A company form's values and the request body made from them: apart from the form, so that a list
 * (inline editing) has them without the form's script.
 */

export interface CompanyInput {
  name: string;
  domain: string;
  country: string | null;
  language: Locale | null;
  industry: string;
  /** In major units as typed; converted to minor units on submit. */
  revenue: number | '';
  currency: string;
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
}

export function companyInput(defaultCurrency: string, company?: Company): CompanyInput {
  const revenue = company?.annualRevenue;
  return {
    name: company?.name ?? '',
    domain: company?.domain ?? '',
    country: company?.country ?? null,
    language: isLocale(company?.language) ? company.language : null,
    industry: company?.industry ?? '',
    revenue: revenue ? toMajorUnits(revenue.amount, revenue.currency) : '',
    currency: revenue?.currency ?? defaultCurrency,
    ownerId: company?.ownerId ?? null,
    tags: company?.tags ?? [],
    custom: company?.custom ?? {},
  };
}

export function companyBody(input: CompanyInput, isNew: boolean): RequestBody<'/companies', 'post'> {
  return {
    name: input.name,
    domain: input.domain.trim() || null,
    country: input.country,
    language: input.language,
    industry: input.industry.trim() || null,
    annualRevenue:
      input.revenue === ''
        ? null
        : { amount: toMinorUnits(input.revenue, input.currency), currency: input.currency },
    ...(isNew && !input.ownerId ? {} : { ownerId: input.ownerId }),
    tags: input.tags,
    custom: input.custom,
  };
}
