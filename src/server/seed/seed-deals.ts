// The registry first: a deal's rules reach the timeline writer, which reads the registry.
import '../records/registry.js';
import { sql } from 'kysely';
import type { DbOrTrx } from '../db/database.js';
import { priceDeal, type DealLine } from '../modules/deals/deal-lines.js';
import { dealType, type Deal } from '../modules/deals/deals.record.js';
import { findPipelines, insertPipeline } from '../modules/pipelines/pipelines.repository.js';
import type { Pipeline, Stage } from '../modules/pipelines/pipelines.schemas.js';
import { insertRow } from '../records/record-store.js';
import type { BulkTable } from './bulk-insert.js';
import type { SearchRow } from './seed-tables.js';
import { Prng } from './prng.js';
import type { Person } from '../modules/people/people.record.js';
import { cryptoBits, uuidv7At } from './seed-ids.js';

/**
 * Deals for seeded people: about one per five people, in the person's company, owned by the person's
 * owner. Most are closed (won or lost) at some time in the past; the rest are open, spread over the
 * stages with fewer in each later stage, entered weeks to months ago and expected to close from
 * last month to half a year ahead. With products in the workspace, many deals are made of product
 * lines priced by the sales line rules, as the deals module prices them. Each deal's stage history
 * holds its entry and, when closed, its closing. Drawn from a random stream of its own.
 */

const DAY = 24 * 60 * 60_000;
/** Deals per person, on average. */
export const DEALS_PER_PERSON = 0.2;
/** Shares of deals won, lost and open. */
const WON = 0.35;
const LOST = 0.4;
const LOST_REASONS = ['Price too high', 'Chose a competitor', 'No budget', 'No decision', 'Timing'];
const TITLES = ['Licences', 'Renewal', 'Expansion', 'Pilot', 'Framework agreement', 'Support contract'];

/** The pipelines a workspace without any gets: a new-business funnel and a renewals one. */
const SEED_PIPELINES: { name: string; stages: [string, number, number | null][] }[] = [
  {
    name: 'New business',
    stages: [
      ['Qualified', 10, 30],
      ['Needs analysis', 25, 30],
      ['Proposal', 50, 21],
      ['Negotiation', 75, 14],
      ['Contract sent', 90, 10],
    ],
  },
  {
    name: 'Renewals',
    stages: [
      ['Up for renewal', 40, 45],
      ['Offer sent', 70, 21],
      ['Agreed', 95, 10],
    ],
  },
];
/** Share of the deals in each seeded pipeline, in order. */
const PIPELINE_WEIGHTS = [0.8, 1];

export interface SeedProduct {
  id: string;
  name: string;
  priceMinor: number;
  currency: string;
  taxRate: string;
}

export interface SeededStageChange {
  id: string;
  dealId: string;
  pipelineId: string;
  fromStageId: string | null;
  toStageId: string;
  fromStatus: string | null;
  toStatus: string;
  changedAt: string;
  actorId: string | null;
}

/** The workspace's pipelines, the seed's two written first when it has none. */
export async function seedPipelines(db: DbOrTrx, workspaceId: string, now: number, bits: () => number) {
  const existing = await findPipelines(db, workspaceId);
  if (existing.length > 0) return existing;
  const created = new Date(now).toISOString();
  const pipelines: Pipeline[] = SEED_PIPELINES.map((plan, position) => ({
    id: uuidv7At(now, bits),
    name: plan.name,
    position,
    stages: plan.stages.map(([name, probability, rottingDays]) => ({
      id: uuidv7At(now, bits),
      name,
      probability,
      rottingDays,
      requiredFields: [],
    })),
    version: 1,
    createdAt: created,
    updatedAt: created,
  }));
  for (const pipeline of pipelines) await insertPipeline(db, workspaceId, pipeline);
  return pipelines;
}

/** Active products with a price, for deal lines (none yet: deals get amounts of their own). */
export async function seedProducts(db: DbOrTrx, workspaceId: string): Promise<SeedProduct[]> {
  // Products are a record type, outside the typed schema; its columns are the record kit's.
  const { rows } = await sql<ProductRow>`
    select id, name, price, currency, tax_rate_percent, active from products
    where workspace_id = ${workspaceId} and deleted_at is null and price is not null
    order by id limit 500`.execute(db);
  // `active` is a boolean on PostgreSQL and 0 or 1 on SQLite.
  return rows
    .filter((row) => Boolean(row.active))
    .map((row) => ({
      id: row.id,
      name: row.name,
      priceMinor: Number(row.price),
      currency: row.currency,
      taxRate: row.tax_rate_percent ?? '0',
    }));
}

interface ProductRow {
  id: string;
  name: string;
  price: number | string;
  currency: string;
  tax_rate_percent: string | null;
  active: boolean | number;
}

export interface DealSeederOptions {
  seed: string;
  now: number;
  pipelines: Pipeline[];
  products: SeedProduct[];
  currency: string;
  idBits?: () => number;
  /** Deals per person on average; DEALS_PER_PERSON unless given. */
  perPerson?: number;
  /** Every deal open (a board at scale, for benchmarks); in proportion otherwise. */
  openOnly?: boolean;
}

/** What a deal takes from its person. */
export type DealParty = Pick<Person, 'id' | 'companyId' | 'ownerId' | 'createdAt' | 'lastName'>;

export class DealSeeder {
  private readonly rng: Prng;
  private readonly idBits: () => number;
  private readonly pipelineWeights: number[];

  constructor(private readonly options: DealSeederOptions) {
    this.rng = new Prng(`${options.seed}:deals`);
    this.idBits = options.idBits ?? cryptoBits();
    // The seed's own pipelines get their shares; a workspace's own ones share alike.
    this.pipelineWeights = options.pipelines.map((_, i) =>
      options.pipelines.length === PIPELINE_WEIGHTS.length ? PIPELINE_WEIGHTS[i]! : i + 1,
    );
  }

  /** The deals of a batch of people, their search documents and their stage histories. */
  forPeople(people: { person: DealParty; companyName: string | null }[]) {
    const deals: Deal[] = [];
    const search: SearchRow[] = [];
    const changes: SeededStageChange[] = [];
    const perPerson = this.options.perPerson ?? DEALS_PER_PERSON;
    for (const { person, companyName } of people) {
      // A whole number of deals averaging `perPerson`: the integer part, plus one by chance.
      const count = Math.floor(perPerson) + (this.rng.chance(perPerson % 1) ? 1 : 0);
      for (let i = 0; i < count; i++) {
        const deal = this.deal(person);
        deals.push(deal);
        search.push({
          entityType: dealType.entity,
          entityId: deal.id,
          doc: dealType.search(deal, { companyName }),
        });
        changes.push(...this.historyOf(deal));
      }
    }
    return { deals, search, changes };
  }

  private deal(person: DealParty): Deal {
    const pipeline = this.options.pipelines[this.rng.weightedIndex(this.pipelineWeights)]!;
    const roll = this.options.openOnly ? 1 : this.rng.next();
    const status = roll < WON ? 'won' : roll < WON + LOST ? 'lost' : 'open';
    const { now } = this.options;
    const bornMs = Date.parse(person.createdAt);
    // Open deals were entered in the last year at most; closed ones any time after the person.
    const createdMs =
      status === 'open'
        ? this.rng.int(Math.max(bornMs, now - 365 * DAY), now - 1000)
        : this.rng.int(bornMs, Math.max(bornMs, now - 14 * DAY));
    const closedMs = status === 'open' ? null : Math.min(now - 1000, createdMs + this.rng.int(7, 120) * DAY);
    const stage = this.stageOf(pipeline, status);
    // An open deal entered its stage between its creation and now, mostly in the last months.
    const enteredMs = closedMs ?? this.rng.int(Math.max(createdMs, now - 150 * DAY), now - 1000);
    const closeDateMs = closedMs ?? now + this.rng.int(-30, 180) * DAY;
    const created = new Date(createdMs).toISOString();
    const updated = new Date(closedMs ?? enteredMs).toISOString();
    const priced = priceDeal({ amount: this.amount(), lines: this.lines() });
    return {
      id: uuidv7At(createdMs, this.idBits),
      title: `${this.rng.pick(TITLES)} – ${person.lastName}`,
      amount: priced.amount as Deal['amount'],
      pipelineId: pipeline.id,
      stageId: stage.id,
      companyId: person.companyId,
      personIds: [person.id],
      teamId: null,
      expectedCloseDate: new Date(closeDateMs).toISOString().slice(0, 10),
      status,
      lostReason: status === 'lost' ? this.rng.pick(LOST_REASONS) : null,
      lines: priced.lines as DealLine[],
      stageEnteredAt: new Date(enteredMs).toISOString(),
      closedAt: closedMs === null ? null : new Date(closedMs).toISOString(),
      ownerId: person.ownerId,
      tags: [],
      custom: {},
      version: 1,
      createdAt: created,
      updatedAt: updated,
      deletedAt: null,
    };
  }

  /** Won deals close from the last stage; lost and open ones sit in earlier stages more often. */
  private stageOf(pipeline: Pipeline, status: string): Stage {
    const { stages } = pipeline;
    if (status === 'won') return stages[stages.length - 1]!;
    // Weights n, n-1, … 1: each stage holds fewer deals than the one before it.
    const cumulative = stages.map((_, i) => ((i + 1) * (2 * stages.length - i)) / 2);
    return stages[this.rng.weightedIndex(cumulative)]!;
  }

  /** An amount of 500 to 50,000 in the workspace currency, more small deals than large. */
  private amount() {
    const major = Math.round((500 * Math.pow(100, this.rng.next())) / 10) * 10;
    return { amount: major * 100, currency: this.options.currency };
  }

  /** One to three products of the workspace's currency, or none (the amount then stands). */
  private lines() {
    const products = this.options.products.filter((p) => p.currency === this.options.currency);
    if (products.length === 0 || this.rng.chance(0.4)) return [];
    const count = this.rng.int(1, Math.min(3, products.length));
    return Array.from({ length: count }, () => {
      const product = this.rng.pick(products);
      return {
        productId: product.id,
        description: product.name,
        quantity: String(this.rng.pick([1, 1, 2, 3, 5, 10, 25])),
        unitPriceMinor: product.priceMinor,
        discountPercent: this.rng.chance(0.3) ? this.rng.pick(['5', '10', '15']) : null,
        taxRate: product.taxRate,
      };
    });
  }

  private historyOf(deal: Deal): SeededStageChange[] {
    const entry: SeededStageChange = {
      id: uuidv7At(Date.parse(deal.createdAt), this.idBits),
      dealId: deal.id,
      pipelineId: deal.pipelineId,
      fromStageId: null,
      toStageId: deal.stageId,
      fromStatus: null,
      toStatus: 'open',
      changedAt: deal.createdAt,
      actorId: deal.ownerId,
    };
    if (!deal.closedAt) return [entry];
    const closing = { ...entry, fromStageId: deal.stageId, fromStatus: 'open', toStatus: deal.status };
    return [
      entry,
      { ...closing, id: uuidv7At(Date.parse(deal.closedAt), this.idBits), changedAt: deal.closedAt },
    ];
  }
}

/** Deals as the record kit stores them. */
export function dealTable(workspaceId: string): BulkTable<Deal> {
  return {
    table: 'deals',
    columns: Object.keys(insertRow(dealType, workspaceId, SAMPLE_DEAL)),
    values: (deal) => Object.values(insertRow(dealType, workspaceId, deal)),
  };
}

/** Stage history rows as the deals module writes them; the seed acts as the deal's owner. */
export function stageChangeTable(workspaceId: string): BulkTable<SeededStageChange> {
  return {
    table: 'deal_stage_changes',
    columns: [
      'workspace_id',
      'id',
      'deal_id',
      'pipeline_id',
      'from_stage_id',
      'to_stage_id',
      'from_status',
      'to_status',
      'changed_at',
      'actor_type',
      'actor_id',
    ],
    values: (c) => [
      workspaceId,
      c.id,
      c.dealId,
      c.pipelineId,
      c.fromStageId,
      c.toStageId,
      c.fromStatus,
      c.toStatus,
      c.changedAt,
      c.actorId ? 'user' : 'system',
      c.actorId,
    ],
  };
}

// Only its keys are read: the column order of an insert row does not depend on its values.
const SAMPLE_DEAL: Deal = {
  id: '',
  title: '',
  amount: { amount: 0, currency: 'EUR' },
  pipelineId: '',
  stageId: '',
  companyId: null,
  personIds: [],
  teamId: null,
  expectedCloseDate: null,
  status: 'open',
  lostReason: null,
  lines: [],
  stageEnteredAt: '',
  closedAt: null,
  ownerId: null,
  tags: [],
  custom: {},
  version: 1,
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
};
