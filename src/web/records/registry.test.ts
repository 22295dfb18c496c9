import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_RECORD_PATHS, PERMISSION_MODULES } from '../lib/api-types.generated.js';
import { makeFormatters } from '../lib/format.js';
import en from '../locales/en.json' with { type: 'json' };
import { RECORD_TEXT_KEYS } from './record-type.js';
import { findRecordType, RECORD_TYPE_DECLARATIONS, RECORD_TYPES } from './registry.js';

type Tree = { [key: string]: string | Tree };
const has = (key: string) =>
  typeof key
    .split('.')
    .reduce<string | Tree | undefined>((node, part) => (node as Tree | undefined)?.[part], en) === 'string';
const document = JSON.parse(
  readFileSync(new URL('../../../docs/api/openapi.json', import.meta.url), 'utf8'),
) as {
  components: { schemas: Record<string, { properties: Record<string, unknown> }> };
};
const propertiesOf = (entity: string) =>
  Object.keys(
    document.components.schemas[entity.replace(/(?:^|_)([a-z])/g, (_, c: string) => c.toUpperCase())]!
      .properties,
  );

describe('the web registry of record types', () => {
  it('declares every record type of the API once, at the API’s path', () => {
    expect(RECORD_TYPES.map((type) => type.entity).sort()).toEqual(Object.keys(API_RECORD_PATHS).sort());
    for (const type of RECORD_TYPES) expect(type.apiPath).toBe(API_RECORD_PATHS[type.entity]);
  });

  it('gives each type its own address and a permission module the API knows', () => {
    expect(new Set(RECORD_TYPES.map((type) => type.routePath)).size).toBe(RECORD_TYPES.length);
    for (const type of RECORD_TYPES) expect(PERMISSION_MODULES).toContain(type.module);
  });

  it.each(RECORD_TYPES.map((type) => [type.entity, type] as const))('%s has all its texts', (_, type) => {
    expect(RECORD_TEXT_KEYS.map((key) => type.text(key)).filter((key) => !has(key))).toEqual([]);
  });

  it.each(RECORD_TYPE_DECLARATIONS.map((type) => [type.entity, type] as const))(
    '%s names records and refers to others by fields the API has',
    (_, type) => {
      const properties = propertiesOf(type.entity);
      expect(type.display.filter((field: string) => !properties.includes(field))).toEqual([]);
      for (const [field, entity] of Object.entries(type.refs)) {
        expect(properties).toContain(field);
        expect(findRecordType(entity!)).toBeDefined();
      }
    },
  );

  it.each(RECORD_TYPE_DECLARATIONS.map((type) => [type.entity, type] as const))(
    '%s shows columns it declares, with labels in en.json',
    (_, type) => {
      const fields: { id: string; labelKey?: string | undefined }[] = type.fields(makeFormatters('en'));
      const ids = fields.map((field) => field.id);
      expect(type.defaultColumns.filter((id) => !ids.includes(id))).toEqual([]);
      expect(
        fields.flatMap((field) => (field.labelKey && !has(field.labelKey) ? [field.labelKey] : [])),
      ).toEqual([]);
    },
  );

  it('finds a type by the entity the API names, and nothing for other entities', () => {
    expect(findRecordType('company')?.routePath).toBe('/companies');
    expect(findRecordType('note')).toBeUndefined();
    expect(findRecordType('constructor')).toBeUndefined();
  });
});
