import type { ColumnType, Generated } from 'kysely';

/**
 * Row types as the database returns them. Timestamps are ISO-8601 UTC strings, JSON columns arrive as
 * text (SQLite) or parsed values (PostgreSQL) and go through `readJson`; booleans are 0/1 or true/false.
 */
type Json = ColumnType<unknown, string, string>;
type Bool = ColumnType<number | boolean, number, number>;

export interface WorkspaceTable {
  id: string;
  name: string;
  default_currency: string;
  default_locale: string;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  locale: string;
  time_zone: string | null;
  /** The active secret; null while two-factor sign-in is off. */
  totp_secret: string | null;
  /** A secret being set up; it replaces `totp_secret` only once a code from it is confirmed. */
  totp_pending_secret: string | null;
  totp_enabled: Bool;
  /** The last accepted TOTP time step: a code is accepted once. */
  totp_last_step: number | null;
  created_at: string;
  updated_at: string;
}

export interface MembershipTable {
  workspace_id: string;
  user_id: string;
  role_id: string;
  active: Bool;
  created_at: string;
  updated_at: string;
}

export interface RoleTable {
  workspace_id: string;
  id: string;
  key: string | null;
  name: string;
  permissions: Json;
  created_at: string;
  updated_at: string;
}

export interface TeamTable {
  workspace_id: string;
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface TeamMemberTable {
  workspace_id: string;
  team_id: string;
  user_id: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  workspace_id: string;
  csrf_token: string;
  expires_at: string;
  created_at: string;
}

export interface InvitationTable {
  workspace_id: string;
  id: string;
  email: string;
  role_id: string;
  token_hash: string;
  invited_by: string;
  expires_at: string;
  accepted_at: string | null;
  created_at: string;
}

export interface ApiKeyTable {
  workspace_id: string;
  id: string;
  name: string;
  prefix: string;
  key_hash: string;
  role_id: string;
  created_by: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  created_at: string;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  /** sign_in, confirmation (a password or code given while signed in), api_key or session. */
  kind: ColumnType<string, string | undefined, string>;
  /** The email the attempt named, lower-cased; empty for API keys and session cookies. */
  email: string;
  ip: string;
  succeeded: Bool;
  created_at: string;
}

export interface RecoveryCodeTable {
  user_id: string;
  code_hash: string;
  used_at: string | null;
  created_at: string;
}

export interface IdempotencyKeyTable {
  workspace_id: string;
  principal_id: string;
  key: string;
  request_hash: string;
  status_code: number;
  response_body: string;
  created_at: string;
}

export interface AuditLogTable {
  workspace_id: string;
  id: string;
  entity_type: string;
  entity_id: string;
  action: string;
  actor_type: string;
  actor_id: string | null;
  changes: Json;
  created_at: string;
}

export interface CompanyTable {
  workspace_id: string;
  id: string;
  name: string;
  /** `*_key`: the column's sort key (lib/text-fold.ts `sortKey`); lists sort and compare by it. */
  name_key: string;
  domain: string | null;
  country: string | null;
  industry: string | null;
  industry_key: string | null;
  annual_revenue: number | null;
  currency: string | null;
  owner_id: string | null;
  tags: Json;
  custom: Json;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface PersonTable {
  workspace_id: string;
  id: string;
  first_name: string;
  first_name_key: string;
  last_name: string;
  last_name_key: string;
  primary_email: string | null;
  emails: Json;
  phones: Json;
  company_id: string | null;
  job_title: string | null;
  job_title_key: string | null;
  city: string | null;
  city_key: string | null;
  country: string | null;
  owner_id: string | null;
  tags: Json;
  custom: Json;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface NoteTable {
  workspace_id: string;
  id: string;
  entity_type: string;
  entity_id: string;
  body: string;
  author_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface CustomFieldTable {
  workspace_id: string;
  id: string;
  object: string;
  key: string;
  label: string;
  type: string;
  options: Json;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface SavedViewTable {
  workspace_id: string;
  id: string;
  object: string;
  name: string;
  user_id: string;
  shared: Bool;
  config: Json;
  created_at: string;
  updated_at: string;
}

export interface SearchDocumentTable {
  doc_id: Generated<number>;
  workspace_id: string;
  entity_type: string;
  entity_id: string;
  title: string;
  subtitle: string | null;
  /** The folded title, which search ranks first. */
  name: string;
  body: string;
  /** The record is in the trash: only the trash list's search finds it. */
  trashed: ColumnType<number | boolean, number | undefined, number>;
}

/** The durable outbox of outgoing email (modules/mail). `workspace_id` is null before a workspace exists. */
export interface OutboundEmailTable {
  id: string;
  workspace_id: string | null;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  locale: string;
  /** queued (due at `next_attempt_at`), sent, failed (gave up), dev (no SMTP: kept and logged). */
  status: 'queued' | 'sent' | 'failed' | 'dev';
  attempts: Generated<number>;
  last_error: string | null;
  next_attempt_at: string | null;
  created_at: string;
  sent_at: string | null;
}

/** What was entered at sign-up, until the address is confirmed. No password hash: nothing to create. */
export interface SignUpRequestTable {
  id: string;
  token_hash: string;
  email: string;
  name: string;
  workspace_name: string;
  password_hash: string | null;
  locale: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface InstanceFlagTable {
  name: string;
  created_at: string;
}

/** Requests counted per credential and window, shared by every node (PostgreSQL). */
export interface RateLimitHitTable {
  key: string;
  window_start: number;
  hits: number;
}

export interface Schema {
  workspaces: WorkspaceTable;
  users: UserTable;
  memberships: MembershipTable;
  roles: RoleTable;
  teams: TeamTable;
  team_members: TeamMemberTable;
  sessions: SessionTable;
  invitations: InvitationTable;
  api_keys: ApiKeyTable;
  login_attempts: LoginAttemptTable;
  recovery_codes: RecoveryCodeTable;
  idempotency_keys: IdempotencyKeyTable;
  audit_log: AuditLogTable;
  companies: CompanyTable;
  people: PersonTable;
  notes: NoteTable;
  custom_fields: CustomFieldTable;
  saved_views: SavedViewTable;
  search_documents: SearchDocumentTable;
  outbound_emails: OutboundEmailTable;
  sign_up_requests: SignUpRequestTable;
  instance_flags: InstanceFlagTable;
  rate_limit_hits: RateLimitHitTable;
}
