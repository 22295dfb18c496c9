import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localFileStore } from '../../files/local-file-store.js';
import { JobWorker } from '../../jobs/worker.js';
import { createTestApp, signUpOwner, type Client, type TestApp } from '../../testing/factories.js';
import { multipart } from '../../testing/multipart.js';
import { testDialects } from '../../testing/test-database.js';
import { eventually } from '../../testing/wait-for.js';
import { importJobDefinition } from '../imports/imports.runner.js';
import type { Import } from '../imports/imports.schemas.js';
import { createPipeline } from './deals.testing.js';

function upload(client: Client, mapping: Record<string, string>, file: string) {
  const { payload, headers } = multipart([
    { name: 'object', content: 'deals' },
    { name: 'mapping', content: JSON.stringify(mapping) },
    { name: 'file', filename: 'deals.csv', contentType: 'text/csv', content: file },
  ]);
  return client.post('/imports', payload, headers);
}

describe.each(testDialects())('importing and exporting deals on %s', (dialect) => {
  let t: TestApp;
  let worker: JobWorker;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    worker = new JobWorker(t.app.db, {
      definitions: [importJobDefinition(localFileStore(t.filesDir))],
      pollMs: 50,
    });
  });
  afterAll(async () => {
    await worker.stop();
    await t.close();
  });

  it('imports deals with their pipeline and stage by name, reports bad rows, and exports them', async () => {
    const owner = await signUpOwner(t.app);
    const pipeline = await createPipeline(owner, 'Nový obchod');
    const file = [
      'Názov,Suma,Mena,Pipeline,Fáza,Uzavretie',
      'Dodávka strojov,"12500.50",EUR,Nový obchod,negotiation,2027-03-31',
      'Лицензи,800,BGN,nový obchod,Lead,',
      'Bez fázy,100,EUR,Nový obchod,Closing,',
      'Cudzí,100,EUR,Iný,Lead,',
    ].join('\n');
    const mapping = {
      Názov: 'title',
      Suma: 'amount',
      Mena: 'amount.currency',
      Pipeline: 'pipelineId',
      Fáza: 'stageId',
      Uzavretie: 'expectedCloseDate',
    };
    const started = await upload(owner, mapping, file);
    expect(started.statusCode, started.body).toBe(202);
    const id = started.json<Import>().id;
    const done = await eventually(
      async () => (await owner.get(`/imports/${id}`)).json<Import>(),
      (item) => item.status === 'done' || item.status === 'failed',
      { timeoutMs: 60_000, what: 'the import to finish' },
    );
    const errors = (await owner.get(`/imports/${id}/errors`)).body;
    expect(done, errors).toMatchObject({ status: 'done', created: 2, failed: 2 });
    expect(errors).toContain('no stage of the pipeline');
    expect(errors).toContain('no pipeline is named');

    const [lead, , negotiation] = pipeline.stages;
    const list = await owner.get('/deals?sort=title');
    expect(list.json<{ data: unknown[] }>().data).toMatchObject([
      { title: 'Dodávka strojov', amount: { amount: 1_250_050, currency: 'EUR' }, stageId: negotiation!.id },
      { title: 'Лицензи', amount: { amount: 80_000, currency: 'BGN' }, stageId: lead!.id },
    ]);

    const exported = await owner.get(
      `/deals/export?sort=title&filter[pipelineId]=${pipeline.id}&columns=title,amount,pipelineId,stageId,expectedCloseDate`,
    );
    expect(exported.statusCode, exported.body).toBe(200);
    const rows = parse<Record<string, string>>(exported.body.replace(/^\uFEFF/, ''), { columns: true });
    expect(rows).toHaveLength(2);
    expect(Object.values(rows[0]!)).toEqual(
      expect.arrayContaining(['Dodávka strojov', pipeline.id, negotiation!.id, '2027-03-31']),
    );
    expect(Object.values(rows[1]!)).toEqual(expect.arrayContaining(['Лицензи', lead!.id]));
  });
});
