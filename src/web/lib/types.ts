/** API shapes the web app reads. They mirror the server's zod schemas (see src/server/modules). */
export interface Money {
  amount: number;
  currency: string;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export interface RecordBase {
  id: string;
  /** Raised by every change; sent back as If-Match so a save never overwrites a newer change. */
  version: number;
  createdAt: string;
  updatedAt: string;
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
  deletedAt: string | null;
}

export interface Company extends RecordBase {
  name: string;
  domain: string | null;
  country: string | null;
  industry: string | null;
  annualRevenue: Money | null;
}

export interface PersonEmail {
  email: string;
  label: string | null;
  primary: boolean;
}

export interface PersonPhone {
  number: string;
  label: string | null;
}

export interface Person extends RecordBase {
  firstName: string;
  lastName: string;
  emails: PersonEmail[];
  phones: PersonPhone[];
  companyId: string | null;
  companyName: string | null;
  jobTitle: string | null;
  city: string | null;
  country: string | null;
}

export const CUSTOM_FIELD_TYPES = [
  'text',
  'number',
  'money',
  'date',
  'select',
  'multiselect',
  'boolean',
  'url',
  'email',
  'phone',
] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];
export type RecordObject = 'person' | 'company';

export interface Choice {
  value: string;
  label: string;
}

export interface CustomField {
  id: string;
  object: RecordObject;
  key: string;
  label: string;
  type: CustomFieldType;
  choices: Choice[];
  required: boolean;
  position: number;
}

export interface AuditEntry {
  id: string;
  entityType: string;
  entityId: string;
  action: string;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
  createdAt: string;
}

export interface SearchHit {
  entityType: string;
  entityId: string;
  title: string;
  subtitle: string | null;
  rank: number;
}

export interface Session {
  user: {
    id: string;
    email: string;
    name: string;
    locale: string;
    timeZone: string | null;
    totpEnabled: boolean;
  };
  workspace: { id: string; name: string; defaultCurrency: string; defaultLocale: string };
  role: { key: string | null };
  permissions: Record<string, Record<string, string>>;
  csrfToken: string;
}
