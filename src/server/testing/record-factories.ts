import type { Client } from './factories.js';

/**
 * A valid create body per record type, the n-th of a series: varied enough that each sortable field
 * takes several values (and nulls where it may), so paging through every sort crosses ties and gaps.
 * `refs` holds ids of records of other types, created first by `createReferences`.
 */
export type RecordFactory = (n: number, refs: Record<string, string>) => Record<string, unknown>;

const NAMES = ['Émile', 'zoë', 'Łukasz', 'Anna', 'Иван', 'Ödön', 'anna', 'Bea'];
const pick = <T>(values: readonly T[], n: number) => values[n % values.length]!;
const maybe = <T>(value: T, n: number) => (n % 3 === 2 ? null : value);

export const recordFactories: Record<string, RecordFactory> = {
  company: (n) => ({
    name: `${pick(NAMES, n)} ${n % 4}`,
    domain: maybe(`c${n % 5}.example`, n),
    country: maybe(pick(['SK', 'BG', 'PL'], n), n),
    industry: maybe(pick(['Dairy', 'banking', 'Čaj'], n), n),
    annualRevenue: maybe({ amount: (n % 4) * 1000, currency: 'EUR' }, n),
    tags: n % 2 ? ['vip'] : [],
  }),
  person: (n, refs) => ({
    firstName: pick(NAMES, n),
    lastName: pick(NAMES, n + 3),
    emails: n % 3 === 2 ? [] : [{ email: `p${n % 4}@x${n}.example` }],
    companyId: n % 2 && refs.company ? refs.company : null,
    jobTitle: maybe(pick(['Chef', 'analyst', 'Šéf'], n), n),
    city: maybe(pick(['Žilina', 'Sofia', 'kraków'], n), n),
    country: maybe(pick(['SK', 'BG', 'PL'], n), n),
  }),
  product: (n) => ({
    sku: `SKU-${n}-${Math.random().toString(36).slice(2, 8)}`,
    name: `${pick(NAMES, n)} ${n % 3}`,
    unit: maybe('pcs', n),
    price: maybe({ amount: (n % 4) * 250, currency: 'EUR' }, n),
    cost: maybe({ amount: (n % 4) * 100, currency: 'EUR' }, n),
    taxRate: maybe(20, n),
    active: n % 4 !== 3,
  }),
};

/** One record of each type others refer to (a company for people), keyed by entity. */
export async function createReferences(client: Client): Promise<Record<string, string>> {
  const company = await client.post('/companies', { name: 'Referenced Ltd' });
  return { company: company.json<{ id: string }>().id };
}
