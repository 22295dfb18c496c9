import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  apiTypesSource,
  DOCUMENT_PATH,
  OUTPUT_PATH,
  recordPaths,
} from '../../../scripts/generate-api-types.js';

describe('the web app’s API types', () => {
  it('are what scripts/generate-api-types.ts makes of docs/api/openapi.json (npm run api-types)', async () => {
    const expected = (await apiTypesSource(readFileSync(DOCUMENT_PATH, 'utf8'))).split('\n');
    const committed = readFileSync(OUTPUT_PATH, 'utf8').split('\n');
    // The first line that differs, rather than a diff of thousands of lines.
    const length = Math.max(committed.length, expected.length);
    const line = Array.from({ length }, (_, i) => i).find((i) => committed[i] !== expected[i]);
    const first = line === undefined ? null : line + 1;
    expect(first, `api-types.generated.ts differs from line ${first}: run npm run api-types`).toBeNull();
  });

  it('find each record type’s collection path by the schema its GET answers', () => {
    const document = JSON.parse(readFileSync(DOCUMENT_PATH, 'utf8')) as Parameters<typeof recordPaths>[0];
    expect(recordPaths(document)).toMatchObject({ person: '/people', company: '/companies' });
  });
});
