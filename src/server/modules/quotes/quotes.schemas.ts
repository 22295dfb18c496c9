import { z } from 'zod';
import { customValuesSchema, tagsInput } from '../../records/record-type.js';
import { dayInput, documentInputFields } from '../sales/sales-document.js';

const fields = {
  ...documentInputFields,
  dealId: z.uuid({ message: 'must be a deal id' }).nullable().describe('The deal the quote is made for'),
  priceListId: z
    .uuid({ message: 'must be a price list id' })
    .nullable()
    .describe('Where lines naming a product without a price take it from'),
  validUntil: dayInput.nullable(),
  tags: tagsInput,
  custom: customValuesSchema,
};

/** A new quote; with a `dealId` and no lines, it starts from the deal's products, customer and currency. */
export const quoteCreateBody = z.object({
  ...fields,
  companyId: fields.companyId.optional(),
  personId: fields.personId.optional(),
  currency: fields.currency.optional().describe('ISO 4217 code; the deal’s currency when made from a deal'),
  lines: fields.lines.optional(),
  documentDiscountPercent: fields.documentDiscountPercent.optional(),
  issueDate: fields.issueDate.optional(),
  notes: fields.notes.optional(),
  ownerId: fields.ownerId.optional(),
  dealId: fields.dealId.optional(),
  priceListId: fields.priceListId.optional(),
  validUntil: fields.validUntil.optional(),
  tags: fields.tags.optional(),
  custom: fields.custom.optional(),
});

/** A change; a sent quote whose lines, discount or currency change becomes its next revision. */
export const quoteUpdateBody = z.object(fields).omit({ issueDate: true, dealId: true }).partial();

export const convertQuoteBody = z.object({
  promisedDate: dayInput.nullable().optional().describe('When the order is promised to be delivered'),
});
