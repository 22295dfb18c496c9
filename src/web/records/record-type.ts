import type { MantineColor } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ComponentType, JSX } from 'react';
import type { API_RECORD_PATHS, PERMISSION_MODULES } from '../lib/api-types.generated.js';
import type { Formatters } from '../lib/format.js';
import type { RecordEntity, RecordOf } from '../lib/types.js';
import type { FieldItem } from '../features/records/FieldList.js';
import type { FieldDef, RenderContext } from '../features/records/fields.js';
import type { RecordFormProps } from '../features/records/RecordForm.js';

/** A record type's collection path in the API (`/people`), which is also its address in the app. */
export type RecordPath = (typeof API_RECORD_PATHS)[RecordEntity];
export type PermissionModule = (typeof PERMISSION_MODULES)[number];

/**
 * The texts every record type has, under its locale namespace (`products.title`…); a test checks that
 * each type has them all in all six languages. They are the type's own, rather than one text with the
 * type's name put in, because the words around a noun agree with it in gender and case ("Nový
 * produkt", "Nová firma"; "Firma … bola presunutá", "Produkt … bol presunutý").
 */
export const RECORD_TEXT_KEYS = [
  'title',
  'singular',
  'new',
  'create',
  'created',
  'search',
  'empty',
  'emptyBody',
  'editTitle',
  'unnamed',
  'pick',
  'noneFound',
  'notFound',
  'deleteBody',
  'movedToTrash',
  'restored',
  'fields.name',
  'import',
] as const;
export type RecordTextKey = (typeof RECORD_TEXT_KEYS)[number];

/** What a record's form needs to start from: the workspace's currency, values from the address. */
export interface FormContext {
  defaultCurrency: string;
  /** Whether the role sees and may set the type's sensitive fields (see `seesSensitive`). */
  sensitive: boolean;
  /** Search parameters of the new-record page named in `prefill` (`/people/new?companyId=…`). */
  prefill: Record<string, string>;
}

/** How records of a type are created and edited: the form and the conversions to and from the API. */
export interface RecordFormSpec<T, Input> {
  Form: ComponentType<RecordFormProps<Input>>;
  /** The form's values for a record, or for a new one when there is none. */
  toInput: (context: FormContext, record?: T) => Input;
  /** The request body; `isNew` leaves out what the API fills in for a new record (the owner). */
  toBody: (input: Input, isNew: boolean) => object;
  /** Search parameters the new-record page passes to `toInput` (a person's `companyId`). */
  prefill?: string[];
}

/** Everything a record type declares: the web app's part of the server's record registry. */
export interface RecordTypeDecl<E extends RecordEntity, Input> {
  /** As the API names it: custom fields' `object`, notes' `entityType`, search hits, the audit log. */
  entity: E;
  /** Its module in roles' permissions (the API's table name). */
  module: PermissionModule;
  /** Its collection in the API, under /api/v1 (checked against the OpenAPI document). */
  apiPath: (typeof API_RECORD_PATHS)[E];
  /** Its list in the app; `…/new` and `…/$id` are its other pages. */
  routePath: RecordPath;
  /** One record (search results); `listIcon`, if different, stands for many (navigation, empty list). */
  icon: Icon;
  listIcon?: Icon;
  /** The colour of its badge in search results. */
  color: MantineColor;
  /** The locale namespace of its texts (see RECORD_TEXT_KEYS). */
  texts: string;
  /** The fields whose values, joined by spaces, make a record's name (as on the server). */
  display: (keyof RecordOf<E> & string)[];
  /** Fields holding the id of a record of another type, so that the audit log can name it. */
  refs?: Partial<Record<keyof RecordOf<E> & string, RecordEntity>>;
  /** List columns and filters, in the order the column chooser shows them. */
  fields: (fmt: Formatters) => FieldDef<RecordOf<E>>[];
  defaultColumns: string[];
  /** The line under a record's name on its page. */
  subtitle?: (record: RecordOf<E>) => string | null;
  /** The record's own fields on its page; owner, tags, custom fields and dates follow. */
  details: (record: RecordOf<E>, context: RenderContext) => FieldItem[];
  /**
   * Further cards on a record's page, under its details (a company's people); the record page shows
   * them in a Suspense boundary, so they can be lazy (`lazyRouteComponent`), off the list's script.
   */
  Related?: ComponentType<{ record: RecordOf<E> }>;
  /** Beside the list's title: a switch to another view of the same list (deals: table or board). */
  ListSwitch?: ComponentType;
  /** Further pages of the type in the navigation, under its list (deals: the board). */
  navigation?: NavigationLink[];
  form: RecordFormSpec<RecordOf<E>, Input>;
  /** Whether the API also exports the type as vCards (`format=vcf`). */
  vCard?: boolean;
  /** Whether the API finds records a form's values would duplicate (`POST …/duplicates`). */
  duplicates?: boolean;
}

/** A page of the navigation: its address (a route of the app), its text's locale key and icon. */
export interface NavigationLink {
  to: string;
  labelKey: string;
  icon: Icon;
}

/** A link to a record's page, for `<AnchorLink {...type.link(id)}>` and `navigate(type.link(id))`. */
export interface RecordLink {
  to: `${RecordPath}/$id`;
  params: { id: string };
}

/** A link to the new-record page, with values for its form (`prefill`). */
export interface NewRecordLink {
  to: `${RecordPath}/new`;
  search: Record<string, string>;
}

/** A link to the type's import page; `id` opens an import that exists (a draft, or its progress). */
export interface ImportLink {
  to: `${RecordPath}/import`;
  search: { id?: string };
}

/**
 * A record type as the rest of the app sees it, whatever its record and form: what lists of types
 * (navigation, search, custom fields, the audit log, permissions) and routes need.
 */
export interface RecordType {
  entity: RecordEntity;
  module: PermissionModule;
  apiPath: RecordPath;
  routePath: RecordPath;
  icon: Icon;
  listIcon: Icon;
  color: MantineColor;
  /** The locale key of one of the type's texts: `text('title')` → `products.title`. */
  text: (key: RecordTextKey) => string;
  /**
   * The locale keys of a field's label, for `t(…)`: the type's own (`products.fields.name`, "Názov"
   * where a person's is "Meno") when it has one, else the shared `fields.<field>`.
   */
  fieldLabel: (field: string) => string[];
  /** A record's name from its values (or its fields as an audit entry has them), '' when it has none. */
  displayName: (values: Record<string, unknown>) => string;
  refs: Partial<Record<string, RecordEntity>>;
  link: (id: string) => RecordLink;
  newLink: (prefill?: Record<string, string>) => NewRecordLink;
  importLink: (id?: string) => ImportLink;
  prefill: string[];
  vCard: boolean;
  navigation?: NavigationLink[];
  /** The request body for a form's values (`Input` of the type's form), for `…/duplicates`. */
  duplicatesBody: ((input: unknown) => object) | null;
  /** Fetches the chunks of the record and new-record pages, for their routes' loaders. */
  preloadRecordPages: () => Promise<void>;
  pages: {
    List: () => JSX.Element;
    Record: (props: { id: string }) => JSX.Element;
    New: (props: { prefill: Record<string, string> }) => JSX.Element;
  };
}

/** A declaration with what the pages derive from it. */
export type RecordTypeDef<E extends RecordEntity, Input> = RecordTypeDecl<E, Input> &
  Omit<RecordType, 'pages' | 'preloadRecordPages' | 'refs' | 'entity' | 'apiPath'>;

export function recordTypeHelpers<E extends RecordEntity, Input>(
  decl: RecordTypeDecl<E, Input>,
): RecordTypeDef<E, Input> {
  return {
    ...decl,
    listIcon: decl.listIcon ?? decl.icon,
    text: (key) => `${decl.texts}.${key}`,
    displayName: (values) =>
      decl.display
        .map((field) => values[field])
        .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
        .join(' '),
    fieldLabel: (field) => [`${decl.texts}.fields.${field}`, `fields.${field}`],
    link: (id) => ({ to: `${decl.routePath}/$id`, params: { id } }),
    newLink: (prefill = {}) => ({ to: `${decl.routePath}/new`, search: prefill }),
    importLink: (id) => ({ to: `${decl.routePath}/import`, search: id ? { id } : {} }),
    prefill: decl.form.prefill ?? [],
    vCard: decl.vCard ?? false,
    duplicatesBody: decl.duplicates ? (input) => decl.form.toBody(input as Input, false) : null,
  };
}
