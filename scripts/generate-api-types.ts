// Writes the web app's API types from the committed OpenAPI document, so that the web app never copies
// a server shape by hand: `npm run api-types` (also run by `npm run openapi`). A test
// (src/web/lib/api-types.test.ts) fails when the committed file differs from what this produces.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

export const DOCUMENT_PATH = fileURLToPath(new URL('../docs/api/openapi.json', import.meta.url));
export const OUTPUT_PATH = fileURLToPath(new URL('../src/web/lib/api-types.generated.ts', import.meta.url));

const HEADER = `// Generated from docs/api/openapi.json by scripts/generate-api-types.ts; do not edit.
// Run \`npm run api-types\` after the API changes (\`npm run openapi\` does both).
`;

interface Schema {
  $ref?: string;
  enum?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
}
interface Document {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>
  >;
  components: { schemas: Record<string, Schema> };
}

function schemaOf(document: Document, name: string): Schema {
  const schema = document.components.schemas[name];
  if (!schema) throw new Error(`the OpenAPI document has no component schema ${name}`);
  return schema;
}

/** A record type's schema name, as the server names it: `price_list` → `PriceList`. */
const pascalCase = (entity: string) =>
  entity.replace(/(?:^|_)([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * The record types the API serves (the `object` of a custom field) with their collection path: the
 * path whose `GET <path>/{id}` answers the type's component schema (`person` → `Person` → `/people`).
 * Paths are relative to the document's server (`/api/v1`).
 */
export function recordPaths(document: Document): Record<string, string> {
  const entities = schemaOf(document, 'CustomField').properties?.object?.enum;
  if (!entities?.length) throw new Error('CustomField.object names no record types');
  return Object.fromEntries(
    entities.map((entity) => {
      const ref = `#/components/schemas/${pascalCase(entity)}`;
      const path = Object.keys(document.paths).find(
        (p) =>
          /^\/[a-z_-]+\/\{id\}$/.test(p) &&
          document.paths[p]?.get?.responses?.['200']?.content?.['application/json']?.schema?.$ref === ref,
      );
      if (!path) throw new Error(`no GET /…/{id} answers ${ref}`);
      return [entity, path.slice(0, -'/{id}'.length)];
    }),
  );
}

/** Values the web app needs at run time as well as in types, taken from the same document. */
function runtimeConstants(document: Document): string {
  const permissions = Object.keys(schemaOf(document, 'Permissions').properties ?? {});
  const fieldTypes = schemaOf(document, 'CustomField').properties?.type?.enum ?? [];
  const literal = (value: unknown) => JSON.stringify(value);
  const paths = recordPaths(document);
  const mergeable = Object.keys(paths).filter(
    (entity) => document.paths[`${paths[entity]}/{id}/merge`]?.post,
  );
  return `
/** Every record type of the API (its \`entity\`) and its collection path (under /api/v1). */
export const API_RECORD_PATHS = ${literal(paths)} as const;
/** The record types whose duplicates merge (\`POST <path>/{id}/merge\`). */
export const MERGEABLE_RECORD_TYPES = ${literal(mergeable)} as const;
/** The permission modules of a role, in the API's order. */
export const PERMISSION_MODULES = ${literal(permissions)} as const;
/** The types a custom field can have. */
export const CUSTOM_FIELD_TYPES = ${literal(fieldTypes)} as const;
`;
}

/** The TypeScript source for a document, formatted as the repository formats code. */
export async function apiTypesSource(documentText: string): Promise<string> {
  const document = JSON.parse(documentText) as Document;
  const ast = await openapiTS(document as unknown as OpenAPI3, {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
  });
  const source = HEADER + astToString(ast) + runtimeConstants(document);
  const config = await resolveConfig(OUTPUT_PATH);
  return format(source, { ...config, filepath: OUTPUT_PATH });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = await apiTypesSource(readFileSync(DOCUMENT_PATH, 'utf8'));
  if (process.argv.includes('--check')) {
    if (readFileSync(OUTPUT_PATH, 'utf8') !== source) {
      console.error('src/web/lib/api-types.generated.ts is out of date; run npm run api-types');
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT_PATH, source);
    console.log('wrote src/web/lib/api-types.generated.ts');
  }
}
