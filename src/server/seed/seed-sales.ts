import type { Deal } from '../modules/deals/deals.record.js';
import { addDays, DEFAULT_PAYMENT_DAYS } from '../modules/invoices/invoice-rules.js';
import { enteredLines, priceLines, type DocumentLine, type Totals } from '../modules/sales/sales-document.js';
import { Prng } from './prng.js';
import type { DealParty, SeedProduct } from './seed-deals.js';
import { cryptoBits, uuidv7At } from './seed-ids.js';

/**
 * Quotes, orders (with their deliveries and status history), invoices and payments for seeded
 * people, priced by the sales line rules as the services price them. Every won deal became an
 * accepted quote converted into an order; open deals in later stages have a quote sent or drafted,
 * some lost ones a declined quote; most orders are repeat business without a deal (about half an
 * order per person in all). An order's age decides how far it got: recent ones are new or being
 * fulfilled, older ones delivered (a third of them in two parts) and invoiced, and most invoices of
 * completed orders paid. Numbers are given later, in the batch's transaction (seed-numbers.ts).
 * Drawn from a random stream of its own.
 */

const DAY = 24 * 60 * 60_000;
/** Orders per person without a deal (won deals, about 0.07 per person, add theirs). */
export const REPEAT_ORDERS_PER_PERSON = 0.43;
const QUOTED_REPEAT_ORDERS = 0.2;
const LOST_DEALS_QUOTED = 0.5;
const CANCELLED = 0.04;
const TWO_DELIVERIES = 0.33;

/** What every sales document stores (the record types declare these fields in sales-document.ts). */
interface SeededDocument {
  id: string;
  number: string;
  status: string;
  companyId: string | null;
  personId: string | null;
  currency: string;
  lines: DocumentLine[];
  documentDiscountPercent: string | null;
  totals: Totals;
  taxBreakdown: { taxRate: string; taxableMinor: number; taxMinor: number }[];
  issueDate: string;
  notes: string | null;
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface Quote extends SeededDocument {
  dealId: string | null;
  priceListId: string | null;
  revision: number;
  validUntil: string | null;
  sentAt: string | null;
  acceptedAt: string | null;
  orderId: string | null;
}

export interface Order extends SeededDocument {
  quoteId: string | null;
  promisedDate: string | null;
  deliveredDate: string | null;
  completedAt: string | null;
  deliveredQuantities: string[];
  invoicedQuantities: string[];
}

export interface Invoice extends SeededDocument {
  orderId: string | null;
  dueDate: string | null;
  paidMinor: number;
  creditedMinor: number;
  balanceMinor: number;
  creditedQuantities: string[];
  paidAt: string | null;
}

export interface SeededDelivery {
  id: string;
  orderId: string;
  number: string;
  deliveredDate: string;
  lines: { line: number; description: string; quantity: string }[];
  createdAt: string;
  by: string | null;
}

export interface SeededStatusChange {
  id: string;
  orderId: string;
  from: string | null;
  to: string;
  at: string;
  by: string | null;
}

export interface SeededPayment {
  id: string;
  invoiceId: string;
  amountMinor: number;
  paidDate: string;
  createdAt: string;
  by: string | null;
}

export interface SalesBatch {
  quotes: Quote[];
  orders: Order[];
  deliveries: SeededDelivery[];
  statusChanges: SeededStatusChange[];
  invoices: Invoice[];
  payments: SeededPayment[];
}

type EnteredLine = ReturnType<typeof enteredLines>[number];

export interface SalesSeederOptions {
  seed: string;
  now: number;
  products: SeedProduct[];
  currency: string;
  idBits?: () => number;
}

const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

export class SalesSeeder {
  private readonly rng: Prng;
  private readonly bits: () => number;
  private readonly products: SeedProduct[];

  constructor(private readonly options: SalesSeederOptions) {
    this.rng = new Prng(`${options.seed}:sales`);
    this.bits = options.idBits ?? cryptoBits();
    this.products = options.products.filter((p) => p.currency === options.currency);
  }

  /** The documents of a batch of people, given the deals the batch made. */
  forPeople(people: readonly { person: DealParty }[], deals: readonly Deal[]): SalesBatch {
    const batch: SalesBatch = {
      quotes: [],
      orders: [],
      deliveries: [],
      statusChanges: [],
      invoices: [],
      payments: [],
    };
    const byId = new Map(people.map(({ person }) => [person.id, person]));
    for (const deal of deals) {
      const person = byId.get(deal.personIds[0] ?? '');
      if (person) this.forDeal(batch, person, deal);
    }
    const { now } = this.options;
    for (const { person } of people) {
      const count =
        Math.floor(REPEAT_ORDERS_PER_PERSON) + (this.rng.chance(REPEAT_ORDERS_PER_PERSON % 1) ? 1 : 0);
      for (let i = 0; i < count; i++) {
        const born = Math.max(Date.parse(person.createdAt), now - 3 * 365 * DAY);
        const at = this.rng.int(born, now - 1000);
        const lines = this.lines();
        const quote = this.rng.chance(QUOTED_REPEAT_ORDERS)
          ? this.quote(person, null, lines, at - this.rng.int(2, 20) * DAY, 'converted')
          : null;
        if (quote) batch.quotes.push(quote);
        this.order(batch, person, lines, at, quote);
      }
    }
    return batch;
  }

  private forDeal(batch: SalesBatch, person: DealParty, deal: Deal) {
    const lines = deal.lines.length > 0 ? enteredLines(deal.lines) : this.lines();
    const created = Date.parse(deal.createdAt);
    if (deal.status === 'won') {
      const closed = Date.parse(deal.closedAt!);
      const quote = this.quote(person, deal, lines, this.rng.int(created, closed), 'converted');
      batch.quotes.push(quote);
      this.order(batch, person, lines, closed, quote);
    } else if (deal.status === 'lost' && this.rng.chance(LOST_DEALS_QUOTED)) {
      batch.quotes.push(
        this.quote(person, deal, lines, this.rng.int(created, Date.parse(deal.closedAt!)), 'declined'),
      );
    } else if (deal.status === 'open' && this.rng.chance(0.5)) {
      const at = this.rng.int(Date.parse(deal.stageEnteredAt), this.options.now - 1000);
      batch.quotes.push(this.quote(person, deal, lines, at, this.rng.chance(0.7) ? 'sent' : 'draft'));
    }
  }

  /** One to four lines of the catalogue, or a service line when it has nothing in the currency. */
  private lines(): EnteredLine[] {
    if (this.products.length === 0)
      return [
        {
          productId: null,
          description: 'Services',
          quantity: String(this.rng.int(1, 20)),
          unitPriceMinor: this.rng.int(50, 500) * 100,
          discountPercent: null,
          taxRate: '20',
        },
      ];
    const count = this.rng.int(1, Math.min(4, this.products.length));
    return Array.from({ length: count }, () => {
      const product = this.rng.pick(this.products);
      return {
        productId: product.id,
        description: product.name,
        quantity: String(this.rng.pick([1, 1, 2, 3, 5, 10, 20])),
        unitPriceMinor: product.priceMinor,
        discountPercent: this.rng.chance(0.25) ? this.rng.pick(['5', '10']) : null,
        taxRate: product.taxRate,
      };
    });
  }

  /** Lines, totals and tax breakdown; a few documents get a discount on the whole. */
  private priced(lines: EnteredLine[]) {
    const documentDiscountPercent = this.rng.chance(0.1) ? '5' : null;
    return { documentDiscountPercent, ...priceLines(lines, documentDiscountPercent) };
  }

  private common(person: DealParty, at: number) {
    return {
      number: '',
      companyId: person.companyId,
      personId: person.id,
      currency: this.options.currency,
      issueDate: day(at),
      notes: null,
      ownerId: person.ownerId,
      tags: [],
      custom: {},
      version: 1,
      createdAt: iso(at),
      deletedAt: null,
    };
  }

  private quote(
    person: DealParty,
    deal: Deal | null,
    lines: EnteredLine[],
    at: number,
    status: 'draft' | 'sent' | 'converted' | 'declined',
  ): Quote {
    const sent = status === 'draft' ? null : Math.min(at + DAY, this.options.now - 1000);
    const answered =
      sent === null || status === 'sent'
        ? null
        : Math.min(sent + this.rng.int(1, 10) * DAY, this.options.now - 1000);
    return {
      ...this.common(person, at),
      ...this.priced(lines),
      id: uuidv7At(at, this.bits),
      status,
      dealId: deal?.id ?? null,
      priceListId: null,
      revision: 1,
      validUntil: day(at + 30 * DAY),
      sentAt: sent === null ? null : day(sent),
      acceptedAt: status === 'converted' ? day(answered!) : null,
      orderId: null,
      updatedAt: iso(answered ?? sent ?? at),
    };
  }

  /** An order from `at`, as far along as its age allows, with its deliveries, invoice and payment. */
  private order(batch: SalesBatch, person: DealParty, lines: EnteredLine[], at: number, quote: Quote | null) {
    const { now } = this.options;
    const priced = quote
      ? {
          lines: quote.lines,
          totals: quote.totals,
          taxBreakdown: quote.taxBreakdown,
          documentDiscountPercent: quote.documentDiscountPercent,
        }
      : this.priced(lines);
    const id = uuidv7At(at, this.bits);
    if (quote) quote.orderId = id;
    const ageDays = (now - at) / DAY;
    const cancelled = this.rng.chance(CANCELLED);
    const quantities = priced.lines.map((line) => Number(line.quantity));
    // Deliveries: a first part, and the rest later; or all at once.
    const split = quantities.map((q) => Math.floor(q / 2));
    const twoParts = this.rng.chance(TWO_DELIVERIES) && split.some((q) => q > 0);
    const parts = twoParts ? [split, quantities.map((q, i) => q - split[i]!)] : [quantities];
    const firstAt = at + this.rng.int(2, 10) * DAY;
    const partTimes = parts.map((_, i) => firstAt + i * this.rng.int(3, 14) * DAY);
    const due = (ms: number) => !cancelled && ms < now - 1000;
    const deliveredParts = parts.filter((_, i) => due(partTimes[i]!)).length;
    const delivered = deliveredParts === parts.length;
    const completedAt = delivered ? partTimes[parts.length - 1]! + this.rng.int(1, 20) * DAY : null;
    const completed = completedAt !== null && completedAt < now - 1000;
    const confirmedAt = at + this.rng.int(1, 48) * 3_600_000;
    const history: [string, number][] = [['new', at]];
    if (due(confirmedAt)) history.push(['confirmed', confirmedAt]);
    if (deliveredParts > 0) {
      if (!delivered) history.push(['partially_delivered', partTimes[0]!]);
      else if (parts.length === 2)
        history.push(['partially_delivered', partTimes[0]!], ['delivered', partTimes[1]!]);
      else history.push(['delivered', partTimes[0]!]);
    } else if (due(confirmedAt + 2 * DAY) && ageDays > 3)
      history.push(['in_fulfilment', confirmedAt + 2 * DAY]);
    if (completed) history.push(['completed', completedAt]);
    if (cancelled) history.push(['cancelled', Math.min(at + this.rng.int(1, 5) * DAY, now - 1000)]);
    const deliveredQuantities = quantities.map((_, line) =>
      String(parts.slice(0, deliveredParts).reduce((sum, part) => sum + part[line]!, 0)),
    );
    const [status, lastAt] = history[history.length - 1]!;
    const order: Order = {
      ...this.common(person, at),
      ...priced,
      id,
      status,
      quoteId: quote?.id ?? null,
      promisedDate: day(at + 14 * DAY),
      deliveredDate: delivered ? day(partTimes[parts.length - 1]!) : null,
      completedAt: completed ? iso(completedAt) : null,
      deliveredQuantities,
      invoicedQuantities: delivered ? quantities.map(String) : quantities.map(() => '0'),
      updatedAt: iso(lastAt),
    };
    batch.orders.push(order);
    history.forEach(([to, when], i) =>
      batch.statusChanges.push({
        id: uuidv7At(when, this.bits),
        orderId: id,
        from: i === 0 ? null : history[i - 1]![0],
        to,
        at: iso(when),
        by: person.ownerId,
      }),
    );
    for (let i = 0; i < deliveredParts; i++) {
      batch.deliveries.push({
        id: uuidv7At(partTimes[i]!, this.bits),
        orderId: id,
        number: '',
        deliveredDate: day(partTimes[i]!),
        lines: parts[i]!.flatMap((quantity, line) =>
          quantity > 0
            ? [{ line, description: priced.lines[line]!.description, quantity: String(quantity) }]
            : [],
        ),
        createdAt: iso(partTimes[i]!),
        by: person.ownerId,
      });
    }
    if (delivered) this.invoice(batch, person, order, partTimes[parts.length - 1]!, completed);
  }

  /** The invoice of a delivered order; most of those of completed orders paid, some in two parts. */
  private invoice(batch: SalesBatch, person: DealParty, order: Order, at: number, completed: boolean) {
    const { now } = this.options;
    const issueDate = day(at);
    const gross = order.totals.grossMinor;
    const id = uuidv7At(at, this.bits);
    const paidShare = completed ? (this.rng.chance(0.92) ? 1 : 0) : this.rng.pick([0, 0, 0.5, 1]);
    const payments: SeededPayment[] = [];
    const amounts =
      paidShare === 1 && this.rng.chance(0.15)
        ? [Math.floor(gross / 2), gross - Math.floor(gross / 2)]
        : paidShare === 0
          ? []
          : [Math.floor(gross * paidShare)];
    let when = at;
    for (const amountMinor of amounts) {
      when = Math.min(when + this.rng.int(2, 25) * DAY, now - 1000);
      payments.push({
        id: uuidv7At(when, this.bits),
        invoiceId: id,
        amountMinor,
        paidDate: day(when),
        createdAt: iso(when),
        by: person.ownerId,
      });
    }
    const paid = amounts.reduce((sum, amount) => sum + amount, 0);
    batch.payments.push(...payments);
    batch.invoices.push({
      ...this.common(person, at),
      lines: order.lines,
      totals: order.totals,
      taxBreakdown: order.taxBreakdown,
      documentDiscountPercent: order.documentDiscountPercent,
      id,
      status: paid === 0 ? 'issued' : paid >= gross ? 'paid' : 'partially_paid',
      orderId: order.id,
      dueDate: addDays(issueDate, DEFAULT_PAYMENT_DAYS),
      paidMinor: paid,
      creditedMinor: 0,
      balanceMinor: gross - paid,
      creditedQuantities: order.lines.map(() => '0'),
      paidAt: paid >= gross && payments.length > 0 ? iso(when) : null,
      updatedAt: iso(when),
    });
  }
}
