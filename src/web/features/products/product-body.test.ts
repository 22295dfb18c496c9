import { describe, expect, it } from 'vitest';
import type { Product } from '../../lib/types.js';
import { productBody, productInput } from './product-input.js';

const product: Product = {
  id: '0190e6a8-0000-7000-8000-000000000001',
  version: 3,
  createdAt: '2026-11-24T10:00:00.000Z',
  updatedAt: '2026-11-24T10:00:00.000Z',
  deletedAt: null,
  sku: 'SUP-Y',
  name: 'Annual support',
  description: null,
  unit: 'year',
  price: { amount: 126_000, currency: 'EUR' },
  cost: { amount: 1_500, currency: 'JPY' },
  taxRate: '9.5',
  names: { bg: 'Годишна поддръжка' },
  prices: [{ amount: 250_000, currency: 'BGN' }],
  active: false,
  ownerId: null,
  tags: ['catalogue'],
  custom: {},
};

describe('the product form and the API', () => {
  it('shows money in major units of its own currency and sends it back in minor units', () => {
    const input = productInput('EUR', true, product);
    expect(input).toMatchObject({ price: 1260, currency: 'EUR', cost: 1500, costCurrency: 'JPY' });
    expect(productBody(input, false)).toMatchObject({
      price: { amount: 126_000, currency: 'EUR' },
      cost: { amount: 1_500, currency: 'JPY' },
      taxRate: '9.5',
      names: { bg: 'Годишна поддръжка' },
      prices: [{ amount: 250_000, currency: 'BGN' }],
      active: false,
      unit: 'year',
      description: null,
    });
  });

  it('reads a tax rate typed with a decimal comma and leaves out blank names and prices', () => {
    const input = productInput('EUR', false, product);
    const body = productBody(
      {
        ...input,
        taxRate: ' 7,25 ',
        names: { ...input.names, pl: '  ', sk: 'Ročná podpora' },
        prices: [...input.prices, { amount: '', currency: 'PLN' }],
      },
      false,
    );
    expect(body).toMatchObject({
      taxRate: '7.25',
      names: { bg: 'Годишна поддръжка', sk: 'Ročná podpora' },
      prices: [{ amount: 250_000, currency: 'BGN' }],
    });
  });

  it('never sends a cost for roles that do not see it, not even an empty one', () => {
    expect(productBody(productInput('EUR', false, product), false)).not.toHaveProperty('cost');
    expect(productBody(productInput('EUR', true), true)).toMatchObject({ cost: null, price: null });
  });

  it('leaves the owner of a new product to the API and starts it active in the workspace currency', () => {
    const input = productInput('PLN', true);
    expect(input).toMatchObject({ active: true, currency: 'PLN', costCurrency: 'PLN', taxRate: '' });
    expect(productBody({ ...input, sku: 'A', name: 'B', unit: '  ' }, true)).not.toHaveProperty('ownerId');
    expect(productBody({ ...input, sku: 'A', name: 'B', unit: '  ' }, true)).toMatchObject({
      unit: null,
      taxRate: null,
    });
  });
});
