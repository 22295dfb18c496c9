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

/** A quote, order or invoice with a line or two (priced by the server), dated across a year. */
function salesDocument(n: number, refs: Record<string, string>, own: Record<string, unknown>) {
  const line = {
    description: `${pick(NAMES, n)} work`,
    quantity: String((n % 4) + 1),
    unitPriceMinor: (n % 5) * 1_250,
    taxRate: '20',
  };
  return {
    currency: 'EUR',
    companyId: n % 2 && refs.company ? refs.company : null,
    issueDate: `2026-0${(n % 9) + 1}-1${n % 10}`,
    lines: n % 3 === 0 ? [line, { ...line, description: 'Travel', taxRate: '9' }] : [line],
    notes: maybe('Net 14', n),
    ...own,
  };
}

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
    taxRate: maybe(pick(['20', '9.5'], n), n),
    active: n % 4 !== 3,
  }),
  deal: (n, refs) => ({
    title: `${pick(NAMES, n)} deal ${n % 4}`,
    amount: { amount: (n % 5) * 10_000, currency: pick(['EUR', 'EUR', 'BGN', 'PLN'], n) },
    pipelineId: refs.pipeline,
    stageId: n % 2 ? refs.stage : undefined,
    companyId: n % 2 && refs.company ? refs.company : null,
    expectedCloseDate: maybe(`2027-0${(n % 9) + 1}-1${n % 10}`, n),
  }),
  price_list: (n) => ({
    name: `${pick(NAMES, n)} prices ${n % 3}`,
    currency: pick(['EUR', 'BGN', 'PLN'], n),
    description: maybe('Resellers', n),
  }),
  quote: (n, refs) => salesDocument(n, refs, { validUntil: maybe(`2027-01-1${n % 10}`, n) }),
  order: (n, refs) => salesDocument(n, refs, { promisedDate: maybe(`2027-02-1${n % 10}`, n) }),
  invoice: (n, refs) => salesDocument(n, refs, { dueDate: maybe(`2027-03-1${n % 10}`, n) }),
  activity: (n, refs) => ({
    type: 'task',
    subject: `${pick(NAMES, n)} follow-up ${n % 4}`,
    dueAt: maybe(`2026-12-0${(n % 9) + 1}T0${n % 10}:30:00Z`, n),
    completedAt: n % 4 === 1 ? `2026-11-2${n % 10}T10:00:00Z` : null,
    priority: maybe(pick(['low', 'normal', 'high'], n), n),
    companyId: n % 2 && refs.company ? refs.company : null,
  }),
};

/** One record of each type others refer to (a company for people), keyed by entity. */
export async function createReferences(client: Client): Promise<Record<string, string>> {
  const company = await client.post('/companies', { name: 'Referenced Ltd' });
  const pipeline = await client.post('/pipelines', {
    name: 'Referenced pipeline',
    stages: [
      { name: 'Lead', probability: 10 },
      { name: 'Proposal', probability: 50 },
    ],
  });
  const { id, stages } = pipeline.json<{ id: string; stages: { id: string }[] }>();
  return { company: company.json<{ id: string }>().id, pipeline: id, stage: stages[1]!.id };
}
