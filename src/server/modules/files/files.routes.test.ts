import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_TYPES } from '../../records/registry.js';
import {
  addMember,
  addWithRole,
  apiKeyClient,
  createTestApp,
  signUpOwner,
  type Client,
  type TestApp,
} from '../../testing/factories.js';
import { fileUpload, multipart, SAMPLE_FILES } from '../../testing/multipart.js';
import { createReferences, recordFactories } from '../../testing/record-factories.js';
import { testDialects } from '../../testing/test-database.js';
import { cleanUpFiles } from './files.cleanup.js';

interface FileBody {
  id: string;
  recordType: string;
  recordId: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  createdBy: string | null;
  createdByName: string | null;
}
type Page = { data: FileBody[]; nextCursor: string | null };
type Problem = { status: number; errors: { field: string; message: string }[] };

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

async function personOf(client: Client, body: Record<string, unknown> = { firstName: 'Mária' }) {
  const response = await client.post('/people', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

async function upload(client: Client, path: string, ...args: Parameters<typeof fileUpload>) {
  const { payload, headers } = fileUpload(...args);
  return client.post(path, payload, headers);
}

async function uploaded(client: Client, path: string, ...args: Parameters<typeof fileUpload>) {
  const response = await upload(client, path, ...args);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<FileBody>();
}

function expectProblem(
  response: { statusCode: number; body: string; headers: Record<string, unknown> },
  status: number,
  field: string,
) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(JSON.parse(response.body) as Problem).toMatchObject({ status, errors: [{ field }] });
}

/** Every file under the store's folder (stored content and partial writes), as paths relative to it. */
function storedFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1));
}

describe.each(testDialects())('files API on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { maxFileBytes: 100_000 });
  });
  afterAll(async () => t.close());

  it('uploads, lists, describes, downloads and deletes a file, with an audit trail', async () => {
    const owner = await signUpOwner(t.app);
    const personId = await personOf(owner);
    const file = await uploaded(
      owner,
      `/people/${personId}/files`,
      'Отчёт "Q1".pdf',
      SAMPLE_FILES.pdf,
      'application/pdf',
    );
    expect(file).toMatchObject({
      recordType: 'person',
      recordId: personId,
      name: 'Отчёт "Q1".pdf',
      contentType: 'application/pdf',
      size: SAMPLE_FILES.pdf.length,
      sha256: sha256(SAMPLE_FILES.pdf),
      createdBy: owner.info.userId,
      createdByName: 'Olga Owner',
    });
    const second = await uploaded(
      owner,
      `/people/${personId}/files`,
      'pixel.png',
      SAMPLE_FILES.png,
      'image/png',
    );

    const first = (await owner.get(`/people/${personId}/files?limit=1`)).json<Page>();
    expect(first.data.map((f) => f.id)).toEqual([second.id]);
    const rest = (
      await owner.get(`/people/${personId}/files?limit=1&cursor=${first.nextCursor}`)
    ).json<Page>();
    expect(rest).toEqual({ data: [file], nextCursor: null });
    expect((await owner.get(`/files/${file.id}`)).json()).toEqual(file);

    const download = await owner.get(`/files/${file.id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(SAMPLE_FILES.pdf)).toBe(true);
    expect(download.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(SAMPLE_FILES.pdf.length),
      'x-content-type-options': 'nosniff',
      'content-disposition': `attachment; filename="_____ _Q1_.pdf"; filename*=UTF-8''${encodeURIComponent('Отчёт "Q1".pdf')}`,
    });
    expect(download.headers['content-security-policy']).toContain('sandbox');

    expect((await owner.delete(`/files/${file.id}`)).statusCode).toBe(204);
    expect((await owner.get(`/people/${personId}/files`)).json<Page>().data.map((f) => f.id)).toEqual([
      second.id,
    ]);
    expect((await owner.get(`/files/${file.id}`)).statusCode).toBe(404);
    expect((await owner.get(`/files/${file.id}/content`)).statusCode).toBe(404);
    expect((await owner.delete(`/files/${file.id}`)).statusCode).toBe(404);

    const audit = (await owner.get(`/audit-log?entityType=file&entityId=${file.id}`)).json<{
      data: { action: string; changes: Record<string, { before: unknown; after: unknown }> }[];
    }>().data;
    expect(audit.map((entry) => entry.action)).toEqual(['delete', 'create']);
    expect(audit[1]!.changes).toMatchObject({
      name: { before: null, after: 'Отчёт "Q1".pdf' },
      recordId: { before: null, after: personId },
      contentType: { before: null, after: 'application/pdf' },
    });
  });

  it('gives every record type of the registry its files', async () => {
    const owner = await signUpOwner(t.app);
    const refs = await createReferences(owner);
    for (const type of RECORD_TYPES) {
      const record = await owner.post(`/${type.table}`, recordFactories[type.entity]!(1, refs));
      expect(record.statusCode, record.body).toBe(201);
      const id = record.json<{ id: string }>().id;
      const file = await uploaded(
        owner,
        `/${type.table}/${id}/files`,
        'list.csv',
        SAMPLE_FILES.csv,
        'text/csv',
      );
      expect(file).toMatchObject({ recordType: type.entity, recordId: id, contentType: 'text/csv' });
      expect((await owner.get(`/${type.table}/${id}/files`)).json<Page>().data).toEqual([file]);
    }
  });

  it('refuses a file over the size limit with 413 and leaves nothing stored', async () => {
    const owner = await signUpOwner(t.app);
    const personId = await personOf(owner);
    const before = storedFiles(t.filesDir);
    const tooBig = Buffer.concat([Buffer.from('name\n'), Buffer.alloc(100_000 - 4, 'a')]);
    expectProblem(
      await upload(owner, `/people/${personId}/files`, 'big.csv', tooBig, 'text/csv'),
      413,
      'file',
    );
    expect(storedFiles(t.filesDir)).toEqual(before);
    expect((await owner.get(`/people/${personId}/files`)).json<Page>().data).toEqual([]);

    const justFits = tooBig.subarray(0, 100_000);
    expect((await uploaded(owner, `/people/${personId}/files`, 'big.csv', justFits, 'text/csv')).size).toBe(
      100_000,
    );
  });

  it('reads the type from the content and refuses programs, active markup and contradictions', async () => {
    const owner = await signUpOwner(t.app);
    const path = `/people/${await personOf(owner)}/files`;
    const before = storedFiles(t.filesDir);
    const refusals: [string, Buffer | string, string, RegExp][] = [
      ['setup.pdf', SAMPLE_FILES.exe, 'application/pdf', /program/],
      ['run.sh', 'echo hello\n', 'text/plain', /program/],
      ['script.txt', '#!/bin/sh\nrm -rf ~\n', 'text/plain', /program/],
      ['page.txt', '<!DOCTYPE html><script>alert(1)</script>', 'text/plain', /HTML or SVG/],
      ['logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml', /HTML or SVG/],
      [
        'photo.png',
        SAMPLE_FILES.pdf,
        'image/png',
        /declared as image\/png but its content is application\/pdf/,
      ],
      ['data.bin', Buffer.from([0, 1, 2, 3, 255, 254]), 'application/octet-stream', /not accepted/],
      ['empty.txt', '', 'text/plain', /empty/],
      ['mail.eml', 'just some words', 'message/rfc822', /email headers/],
    ];
    for (const [name, content, type, message] of refusals) {
      const response = await upload(owner, path, name, content, type);
      expectProblem(response, 400, 'file');
      expect(response.json<Problem>().errors[0]!.message, name).toMatch(message);
    }
    expect(storedFiles(t.filesDir)).toEqual(before);

    // The content decides, whatever the name says; a vague declared type is fine.
    const pdfNamedTxt = await uploaded(
      owner,
      path,
      'notes.txt',
      SAMPLE_FILES.pdf,
      'application/octet-stream',
    );
    expect(pdfNamedTxt.contentType).toBe('application/pdf');
    const email = await uploaded(
      owner,
      path,
      'reply.eml',
      'From: a@example.com\r\nSubject: Hi\r\n\r\nHello',
      'message/rfc822',
    );
    expect(email.contentType).toBe('message/rfc822');
    const windowsCsv = await uploaded(
      owner,
      path,
      'export.csv',
      SAMPLE_FILES.csv,
      'application/vnd.ms-excel',
    );
    expect(windowsCsv.contentType).toBe('text/csv');
  });

  it('answers a request without a proper file part with a 400 naming the file', async () => {
    const owner = await signUpOwner(t.app);
    const path = `/people/${await personOf(owner)}/files`;
    expectProblem(await owner.post(path, { file: 'not a file' }), 400, 'file');
    const fieldOnly = multipart([{ name: 'note', content: 'hello' }]);
    expectProblem(await owner.post(path, fieldOnly.payload, fieldOnly.headers), 400, 'file');
    const wrongName = multipart([{ name: 'attachment', filename: 'a.csv', content: SAMPLE_FILES.csv }]);
    expectProblem(await owner.post(path, wrongName.payload, wrongName.headers), 400, 'file');
    const broken = await owner.post(path, Buffer.from('--x\r\ngarbage'), {
      'content-type': 'multipart/form-data; boundary=y',
    });
    expectProblem(broken, 400, 'file');
    expectProblem(
      await owner.post('/people/not-an-id/files', fieldOnly.payload, fieldOnly.headers),
      400,
      'id',
    );
    expect((await owner.get(path)).json<Page>().data).toEqual([]);
  });

  it('keeps folders out of file names, and stored content inside the store', async () => {
    const owner = await signUpOwner(t.app);
    const path = `/people/${await personOf(owner)}/files`;
    const names: [string, string][] = [
      ['../../../etc/passwd.txt', 'passwd.txt'],
      ['..\\..\\windows\\win.csv', 'win.csv'],
      ['/tmp/abs.txt', 'abs.txt'],
      ['invoice\u202Efdp.txt', 'invoicefdp.txt'],
    ];
    for (const [raw, clean] of names) {
      const file = await uploaded(owner, path, raw, 'plain words\n', 'text/plain');
      expect(file.name).toBe(clean);
    }
    for (const raw of ['..', '../..', ''])
      expectProblem(await upload(owner, path, raw, 'words', 'text/plain'), 400, 'file');
    // Everything sits in the workspace's own folder under the store's root.
    const stored = storedFiles(t.filesDir).filter((file) => file.startsWith(owner.info.workspaceId));
    expect(stored).toHaveLength(names.length);
    for (const file of stored) expect(file).toMatch(/^[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
  });

  it("lets the record's permissions decide who reads, uploads and deletes its files", async () => {
    const owner = await signUpOwner(t.app);
    const member = await addMember(owner, 'member');
    const viewer = await addMember(owner, 'viewer');
    const ownersPerson = await personOf(owner);
    const membersPerson = await personOf(member);
    const file = await uploaded(owner, `/people/${ownersPerson}/files`, 'a.csv', SAMPLE_FILES.csv);

    // Viewers read every person: they list and download, but change nothing.
    expect((await viewer.get(`/people/${ownersPerson}/files`)).statusCode).toBe(200);
    expect((await viewer.get(`/files/${file.id}/content`)).statusCode).toBe(200);
    expect(
      (await upload(viewer, `/people/${ownersPerson}/files`, 'b.csv', SAMPLE_FILES.csv)).statusCode,
    ).toBe(403);
    expect((await viewer.delete(`/files/${file.id}`)).statusCode).toBe(403);

    // Members change only their own people.
    expect(
      (await upload(member, `/people/${ownersPerson}/files`, 'b.csv', SAMPLE_FILES.csv)).statusCode,
    ).toBe(403);
    expect((await member.delete(`/files/${file.id}`)).statusCode).toBe(403);
    const own = await uploaded(member, `/people/${membersPerson}/files`, 'b.csv', SAMPLE_FILES.csv);
    expect((await member.delete(`/files/${own.id}`)).statusCode).toBe(204);

    // A role that may not read people sees none of their files; one that reads only its own, only those.
    const roles = await owner.post('/roles', {
      name: 'No people',
      permissions: { companies: { read: 'all' } },
    });
    const blind = await addWithRole(owner, roles.json<{ id: string }>().id, 'blind');
    for (const response of [
      await blind.get(`/people/${ownersPerson}/files`),
      await blind.get(`/files/${file.id}`),
      await blind.get(`/files/${file.id}/content`),
    ])
      expect(response.statusCode).toBe(403);
    const ownRole = await owner.post('/roles', {
      name: 'Own people',
      permissions: { people: { read: 'own', update: 'own', create: 'all' } },
    });
    const scoped = await addWithRole(owner, ownRole.json<{ id: string }>().id, 'scoped');
    expect((await scoped.get(`/files/${file.id}/content`)).statusCode).toBe(403);
    const scopedPerson = await personOf(scoped);
    const mine = await uploaded(scoped, `/people/${scopedPerson}/files`, 'c.csv', SAMPLE_FILES.csv);
    expect((await scoped.get(`/files/${mine.id}/content`)).statusCode).toBe(200);

    // An API key acts with its role; its uploads name no user.
    const key = await apiKeyClient(owner);
    expect(
      (await uploaded(key, `/people/${ownersPerson}/files`, 'd.csv', SAMPLE_FILES.csv)).createdBy,
    ).toBeNull();
  });

  it("keeps workspaces apart: another workspace's files and records are not there", async () => {
    const owner = await signUpOwner(t.app);
    const stranger = await signUpOwner(t.app);
    const personId = await personOf(owner);
    const file = await uploaded(owner, `/people/${personId}/files`, 'a.csv', SAMPLE_FILES.csv);
    for (const response of [
      await stranger.get(`/files/${file.id}`),
      await stranger.get(`/files/${file.id}/content`),
      await stranger.delete(`/files/${file.id}`),
      await stranger.get(`/people/${personId}/files`),
      await upload(stranger, `/people/${personId}/files`, 'b.csv', SAMPLE_FILES.csv),
    ])
      expect(response.statusCode, response.body).toBe(404);
    expect((await owner.get(`/files/${file.id}/content`)).statusCode).toBe(200);
  });

  it('keeps files through the trash, and removes them with their record once it is purged', async () => {
    const owner = await signUpOwner(t.app);
    const personId = await personOf(owner);
    const file = await uploaded(owner, `/people/${personId}/files`, 'a.csv', SAMPLE_FILES.csv);
    expect((await owner.delete(`/people/${personId}`)).statusCode).toBe(204);

    // In the trash: still readable, not changeable.
    expect((await owner.get(`/people/${personId}/files`)).json<Page>().data).toEqual([file]);
    expect((await owner.get(`/files/${file.id}/content`)).statusCode).toBe(200);
    expectProblem(await upload(owner, `/people/${personId}/files`, 'b.csv', SAMPLE_FILES.csv), 400, 'id');
    expectProblem(await owner.delete(`/files/${file.id}`), 400, 'id');

    expect((await owner.post(`/people/${personId}/restore`)).statusCode).toBe(200);
    expect((await owner.get(`/people/${personId}/files`)).json<Page>().data).toEqual([file]);
    await uploaded(owner, `/people/${personId}/files`, 'b.csv', SAMPLE_FILES.csv);

    // Purged from the trash: the record's row is gone, and with it every way to its files.
    expect((await owner.delete(`/people/${personId}`)).statusCode).toBe(204);
    await t.app.db
      .deleteFrom('people')
      .where('workspace_id', '=', owner.info.workspaceId)
      .where('id', '=', personId)
      .execute();
    expect((await owner.get(`/files/${file.id}/content`)).statusCode).toBe(404);
    const keysBefore = storedFiles(t.filesDir).filter((key) => key.startsWith(owner.info.workspaceId));
    expect(keysBefore).toHaveLength(2);
    const cleaned = await cleanUpFiles(t.app.db, t.app.files.store);
    expect(cleaned.filesOfPurgedRecords).toBeGreaterThanOrEqual(2);
    expect(storedFiles(t.filesDir).filter((key) => key.startsWith(owner.info.workspaceId))).toEqual([]);
    const rows = await t.app.db
      .selectFrom('files')
      .select('id')
      .where('workspace_id', '=', owner.info.workspaceId)
      .execute();
    expect(rows).toEqual([]);
  });
});
