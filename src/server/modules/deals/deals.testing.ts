import { expect } from 'vitest';
import type { Client } from '../../testing/factories.js';

/** Test helpers for deals: a pipeline of three stages, the second requiring an expected close date. */

export interface Pipeline {
  id: string;
  name: string;
  stages: { id: string; name: string; probability: number }[];
}

export async function createPipeline(client: Client, name = 'Sales', extra: Record<string, unknown>[] = []) {
  const response = await client.post('/pipelines', {
    name,
    stages: [
      { name: 'Lead', probability: 10 },
      { name: 'Proposal', probability: 50, requiredFields: ['expectedCloseDate'] },
      { name: 'Negotiation', probability: 80, rottingDays: 14 },
      ...extra,
    ],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Pipeline>();
}
