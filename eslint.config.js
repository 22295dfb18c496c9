import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * One `no-restricted-imports` block per group of files. The groups must not overlap: when two blocks
 * match a file, the later one's options replace the earlier one's instead of adding to them.
 */
const restrictImports = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'coverage', 'docs/api', 'bench/.out'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'bin/*.mjs', 'e2e/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Generated from the OpenAPI document: an input such as "an email address or empty" comes out as
  // `'' | string`, which is what the document says even where TypeScript cannot tell the two apart.
  {
    files: ['src/web/lib/api-types.generated.ts'],
    rules: {
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      '@typescript-eslint/no-duplicate-type-constituents': 'off',
    },
  },
  // A migration must do forever what it did the day it shipped, whatever later happens to the app's
  // code: it imports kysely and the frozen copies beside it (migrations/frozen/, never edited), nothing else.
  restrictImports(
    ['src/server/db/migrations/**'],
    [
      {
        regex: '^(?!kysely(/|$))(?!\\./(?!.*\\.\\./))',
        message:
          'Migrations import only kysely and files of their own folder; copy what they need into migrations/frozen/.',
      },
    ],
  ),
  // Boundaries between layers (docs/ARCHITECTURE.md, "Boundaries").
  restrictImports(
    ['src/server/modules/**/*.routes.ts'],
    [{ regex: '\\.repository(\\.js)?$', message: 'Routes call services; only services use repositories.' }],
  ),
  restrictImports(
    ['src/server/lib/**'],
    [
      {
        regex: '^\\.\\.?/(.*/)?modules(/|$)',
        message:
          'lib/ serves every module and depends on none: take what a module provides as a parameter (app.ts wires it), or move the code to jobs/.',
      },
    ],
  ),
  // A service never calls another module's service (its permission checks and transactions would run
  // inside the caller's). What every module needs from a platform module is a building block rather
  // than a command, so it lives outside the service file: audit/audit.writer.ts (recordAudit,
  // diffRecords), auth/actors.ts (the actor cache), auth/sessions.ts (the one credential check and
  // session start, reused by accepting an invitation), mail/mail.outbox.ts (queueEmail) and
  // workspaces/workspaces.setup.ts (createWorkspaceIn). Moving them reads better than a list of
  // allowed service-to-service imports.
  restrictImports(
    ['src/server/modules/*/*.service.ts'],
    [
      {
        regex: '^\\.\\./.*\\.service(\\.js)?$',
        message:
          "A service never imports another module's service; use that module's repository or a shared building block (*.writer.ts, *.outbox.ts, …).",
      },
    ],
  ),
  // The record kit works for every module's record types with their repositories and building
  // blocks; modules call the kit, never the other way round through a service.
  restrictImports(
    ['src/server/records/**'],
    [
      {
        regex: '\\.service(\\.js)?$',
        message: "The record kit uses modules' repositories and building blocks, never their services.",
      },
    ],
  ),
  restrictImports(
    ['src/web/**'],
    [{ regex: '^(\\.\\./)+server(/|$)', message: 'The web app talks to the server over HTTP only.' }],
  ),
);
