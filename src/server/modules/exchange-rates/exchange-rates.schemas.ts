import { z } from 'zod';
import { RATE_PATTERN } from './currency-conversion.js';

export const exchangeRateSchema = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as USD' }),
    rate: z
      .string()
      .regex(RATE_PATTERN, {
        message: 'must be a positive decimal with at most 10 decimals, such as 1.95583',
      })
      .describe('What one unit of the currency is worth in the workspace currency'),
  })
  .meta({ id: 'ExchangeRate' });

export const exchangeRatesSchema = z.object({
  currency: z.string().describe('The workspace currency, which every rate converts to'),
  data: z.array(exchangeRateSchema.extend({ updatedAt: z.string() })),
});

export const exchangeRatesBody = z.object({
  rates: z
    .array(exchangeRateSchema)
    .max(200)
    .describe('Every rate of the workspace; ones left out are removed'),
});
export type ExchangeRatesBody = z.infer<typeof exchangeRatesBody>;
