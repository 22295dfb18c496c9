/**
 * API shapes the web app reads, all taken from the generated api-types.generated.ts (made from
 * docs/api/openapi.json by scripts/generate-api-types.ts), so they cannot drift from the server.
 */
import type { components, paths } from './api-types.generated.js';

export type {
  AuditEntry,
  Company,
  CustomField,
  Money,
  Note,
  Person,
  Product,
  SavedView,
  Session,
  TimelineEvent,
  ViewConfig,
} from './api-types.generated.js';
export { CUSTOM_FIELD_TYPES } from './api-types.generated.js';

type Schemas = components['schemas'];

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** A record type of the API, named as the API names it (`person`, `company`, `product`). */
export type RecordEntity = Schemas['CustomField']['object'];

/** An entity's schema name: `price_list` → `PriceList`, as the server names it. */
type PascalCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

/** The record of a type as the API answers it (`person` → `Person`, `price_list` → `PriceList`). */
export type RecordOf<E extends RecordEntity> = Schemas[PascalCase<E>];

/** What every record has; `version` is sent back as If-Match so a save never overwrites a newer change. */
export type RecordBase = Pick<
  RecordOf<RecordEntity>,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'ownerId' | 'tags' | 'custom' | 'deletedAt'
>;

export type PersonEmail = Schemas['Person']['emails'][number];
export type PersonPhone = Schemas['Person']['phones'][number];
export type CustomFieldType = Schemas['CustomField']['type'];
export type Choice = Schemas['CustomField']['choices'][number];

export type SearchHit =
  paths['/search']['get']['responses'][200]['content']['application/json']['data'][number];

/** The JSON body of a request (`RequestBody<'/products', 'post'>`). */
export type RequestBody<P extends keyof paths, M extends 'post' | 'patch'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;
