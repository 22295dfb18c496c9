import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/rapport.mjs', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;
const rapport = (...args: string[]): Promise<Run> =>
  new Promise((resolve) => {
    const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'cli.db')}` };
    execFile(process.execPath, [bin, ...args], { env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapport-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rapport CLI', () => {
  it('migrates, creates a workspace and seeds it', async () => {
    const migrated = await rapport('migrate', '--json');
    expect(migrated.code, migrated.stderr).toBe(0);
    expect((JSON.parse(migrated.stdout) as { applied: string[] }).applied.length).toBeGreaterThan(0);
    expect(JSON.parse((await rapport('migrate', '--json')).stdout)).toEqual({ applied: [] });

    const created = await rapport(
      'workspace',
      'create',
      '--name',
      'Mlékárna',
      '--owner-email',
      'owner@example.com',
      '--owner-password',
      'a-long-password-1',
      '--json',
    );
    expect(created.code, created.stderr).toBe(0);
    const workspace = JSON.parse(created.stdout) as { workspaceId: string; userId: string; apiKey: string };
    expect(workspace.apiKey).toMatch(/^rpk_/);

    const seeded = await rapport('seed', '--workspace', workspace.workspaceId, '--people', '40', '--json');
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(JSON.parse(seeded.stdout)).toMatchObject({ workspaceId: workspace.workspaceId, people: 40 });
  });

  it('answers bad input with a clear message and the usage, not a stack trace', async () => {
    for (const args of [
      ['workspace', 'create', '--name', 'X', '--email', 'x@example.com'],
      ['seed', '--workspace'],
      ['frobnicate'],
      ['seed', '--workspace', '0190f0f0-0000-7000-8000-000000000000', '--people', 'many'],
    ]) {
      const run = await rapport(...args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^rapport: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    const weak = await rapport(
      'workspace',
      'create',
      '--name',
      'X',
      '--owner-email',
      'x@example.com',
      '--owner-password',
      'password12',
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/^rapport: --owner-password is too easy to guess/);
    const help = await rapport('seed', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: rapport/);
  });
});
