import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestApp, signUpOwner, type Client, type TestApp } from '../../testing/factories.js';
import { fileUpload, SAMPLE_FILES } from '../../testing/multipart.js';
import { sampleDocument } from '../../documents/document-samples.js';
import { renderDocumentPdf } from '../../documents/pdf-renderer.js';
import { pdfFirstPageJpeg } from '../../testing/pdf-tools.js';
import { sampleLogoPng } from '../../testing/png.js';
import { testDialects } from '../../testing/test-database.js';

type Problem = { status: number; errors?: { field: string; message: string }[] };
type Details = Record<string, unknown> & {
  version: number;
  logo: { contentType: string; sha256: string } | null;
};

const DETAILS = {
  legalName: 'Северен вятър ООД',
  street: 'ул. „Граф Игнатиев“ 15',
  postalCode: '1000',
  city: 'София',
  country: 'BG',
  vatId: 'BG204567890',
  email: 'office@severen.example',
  phone: '+359 2 123 4567',
  website: 'severen.example',
  iban: 'BG80 BNBG 9661 1020 3456 78',
  bic: 'bnbgbgsf',
  paymentTerms: 'Плащане до 14 дни',
  paymentDays: 14,
};

const uploadLogo = (client: Client, name: string, content: Buffer, type = 'image/png') => {
  const { payload, headers } = fileUpload(name, content, type);
  return client.request('PUT', '/workspace/document-details/logo', payload, headers);
};

describe.each(testDialects())('document details API on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('starts empty, is changed by admins with its audit entry, and read by every member', async () => {
    const owner = await signUpOwner(t.app);
    const empty = (await owner.get('/workspace/document-details')).json<Details>();
    expect(empty).toMatchObject({ legalName: null, iban: null, logo: null, version: 0 });

    const saved = await owner.patch('/workspace/document-details', DETAILS);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.headers.etag).toBe('"1"');
    expect(saved.json()).toMatchObject({
      ...DETAILS,
      iban: 'BG80BNBG96611020345678',
      bic: 'BNBGBGSF',
      version: 1,
    });

    const member = await addMember(owner, 'member');
    expect((await member.get('/workspace/document-details')).json()).toMatchObject({
      legalName: DETAILS.legalName,
    });
    for (const roleKey of ['manager', 'member', 'viewer']) {
      const other = roleKey === 'member' ? member : await addMember(owner, roleKey);
      expect((await other.patch('/workspace/document-details', { city: 'Варна' })).statusCode).toBe(403);
      expect((await uploadLogo(other, 'logo.png', sampleLogoPng())).statusCode).toBe(403);
    }

    const cleared = await owner.patch('/workspace/document-details', { website: '', phone: null });
    expect(cleared.json()).toMatchObject({ website: null, phone: null, city: 'София', version: 2 });
    const log = (await owner.get('/audit-log')).json<{
      data: { entityType: string; changes: Record<string, { before: unknown; after: unknown }> }[];
    }>().data;
    const entries = log.filter((entry) => entry.entityType === 'document_details');
    expect(entries).toHaveLength(2);
    expect(entries.some((entry) => entry.changes.website?.after === null)).toBe(true);
  });

  it('refuses bad values naming the field, and writes nothing', async () => {
    const owner = await signUpOwner(t.app);
    for (const [body, field] of [
      [{ iban: 'BG80 BNBG 9661 1020 3456 79' }, 'iban'],
      [{ bic: 'NOPE' }, 'bic'],
      [{ country: 'Bulgaria' }, 'country'],
      [{ email: 'not-an-email' }, 'email'],
      [{ paymentDays: -1 }, 'paymentDays'],
      [{ peppolScheme: 'VAT' }, 'peppolScheme'],
    ] as const) {
      const response = await owner.patch('/workspace/document-details', { legalName: 'Half', ...body });
      expect(response.statusCode).toBe(400);
      expect(response.json<Problem>().errors?.map((e) => e.field)).toEqual([field]);
    }
    expect((await owner.get('/workspace/document-details')).json()).toMatchObject({
      legalName: null,
      version: 0,
    });
  });

  it('refuses to overwrite a change it has not seen (If-Match)', async () => {
    const owner = await signUpOwner(t.app);
    await owner.patch('/workspace/document-details', { city: 'Košice' });
    const stale = await owner.request(
      'PATCH',
      '/workspace/document-details',
      { city: 'Prešov' },
      { 'if-match': '"0"' },
    );
    expect(stale.statusCode).toBe(412);
    const current = await owner.request(
      'PATCH',
      '/workspace/document-details',
      { city: 'Prešov' },
      { 'if-match': '"1"' },
    );
    expect(current.json()).toMatchObject({ city: 'Prešov', version: 2 });
  });

  it('keeps a PNG or JPEG logo, replaces and removes it', async () => {
    const owner = await signUpOwner(t.app);
    const png = sampleLogoPng();
    const uploaded = await uploadLogo(owner, 'logo.png', png);
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    expect(uploaded.json<Details>().logo).toMatchObject({ contentType: 'image/png' });
    const read = await owner.get('/workspace/document-details/logo');
    expect(read.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(read.rawPayload, png)).toBe(0);

    const jpegBytes = pdfFirstPageJpeg(await renderDocumentPdf(sampleDocument()));
    const jpeg = await uploadLogo(owner, 'logo.jpg', jpegBytes, 'image/jpeg');
    expect(jpeg.json<Details>().logo).toMatchObject({ contentType: 'image/jpeg' });
    expect((await owner.get('/workspace/document-details/logo')).headers['content-type']).toBe('image/jpeg');

    const removed = await owner.delete('/workspace/document-details/logo');
    expect(removed.json<Details>().logo).toBeNull();
    expect((await owner.get('/workspace/document-details/logo')).statusCode).toBe(404);
  });

  it('refuses a logo that is not a PNG or JPEG, or too large', async () => {
    const owner = await signUpOwner(t.app);
    const pdf = await uploadLogo(owner, 'logo.pdf', SAMPLE_FILES.pdf, 'application/pdf');
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json<Problem>().errors?.[0]?.field).toBe('file');
    const svg = await uploadLogo(
      owner,
      'logo.svg',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'image/svg+xml',
    );
    expect(svg.statusCode).toBe(400);
    const huge = Buffer.concat([sampleLogoPng(), Buffer.alloc(1024 * 1024 + 10)]);
    const tooLarge = await uploadLogo(owner, 'logo.png', huge);
    expect(tooLarge.statusCode).toBe(413);
    expect((await owner.get('/workspace/document-details')).json<Details>().logo).toBeNull();
  });

  it('keeps workspaces apart', async () => {
    const a = await signUpOwner(t.app);
    const b = await signUpOwner(t.app);
    await a.patch('/workspace/document-details', { legalName: 'A s.r.o.' });
    await uploadLogo(a, 'logo.png', sampleLogoPng());
    expect((await b.get('/workspace/document-details')).json()).toMatchObject({
      legalName: null,
      logo: null,
    });
    expect((await b.get('/workspace/document-details/logo')).statusCode).toBe(404);
  });
});
