import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDocumentNumber } from './document-number.js';
import {
  ORDER_STATUSES,
  acceptsDeliveries,
  canMoveOrder,
  invoiceStatusFor,
  statusAfterDelivery,
  type OrderStatus,
} from './order-status.js';

describe('order status flow', () => {
  it.each([
    ['new', 'confirmed', true],
    ['new', 'in_fulfilment', true],
    ['confirmed', 'in_fulfilment', true],
    ['confirmed', 'cancelled', true],
    ['delivered', 'completed', true],
    ['new', 'completed', false],
    ['new', 'delivered', false],
    ['partially_delivered', 'cancelled', false],
    ['completed', 'new', false],
    ['cancelled', 'confirmed', false],
    ['in_fulfilment', 'confirmed', false],
  ] as const)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canMoveOrder(from, to)).toBe(allowed);
  });

  it('never moves by hand to where deliveries take an order, nor back to new', () => {
    for (const from of ORDER_STATUSES)
      for (const to of ['new', 'partially_delivered', 'delivered'] as OrderStatus[])
        expect(canMoveOrder(from, to)).toBe(false);
  });

  it('has no way out of completed or cancelled', () => {
    for (const to of ORDER_STATUSES) {
      expect(canMoveOrder('completed', to)).toBe(false);
      expect(canMoveOrder('cancelled', to)).toBe(false);
    }
  });

  it('accepts deliveries only until everything is delivered or the order is closed', () => {
    expect(ORDER_STATUSES.filter(acceptsDeliveries)).toEqual([
      'new',
      'confirmed',
      'in_fulfilment',
      'partially_delivered',
    ]);
  });

  it('is delivered exactly when every line is', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            orderedMilli: fc.integer({ min: 1, max: 1e6 }),
            deliveredMilli: fc.integer({ min: 0, max: 1e6 }),
          }),
          {
            minLength: 1,
          },
        ),
        (lines) => {
          const done = lines.every((line) => line.deliveredMilli >= line.orderedMilli);
          expect(statusAfterDelivery(lines)).toBe(done ? 'delivered' : 'partially_delivered');
        },
      ),
    );
  });
});

describe('invoice status', () => {
  it('follows payments and credit notes', () => {
    expect(invoiceStatusFor({ grossMinor: 1000, paidMinor: 0, creditedMinor: 0 })).toBe('issued');
    expect(invoiceStatusFor({ grossMinor: 1000, paidMinor: 400, creditedMinor: 0 })).toBe('partially_paid');
    expect(invoiceStatusFor({ grossMinor: 1000, paidMinor: 600, creditedMinor: 400 })).toBe('paid');
    expect(invoiceStatusFor({ grossMinor: 1000, paidMinor: 0, creditedMinor: 1000 })).toBe('credited');
  });
});

describe('document numbers', () => {
  it('pads the sequence to five digits and grows beyond', () => {
    expect(formatDocumentNumber('INV', 2026, 7)).toBe('INV-2026-00007');
    expect(formatDocumentNumber('Q', 2026, 123456)).toBe('Q-2026-123456');
    expect(() => formatDocumentNumber('Q', 2026, 0)).toThrow(RangeError);
  });
});
