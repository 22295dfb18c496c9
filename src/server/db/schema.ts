import type { ColumnType, Generated } from 'kysely';
import type { CustomerValueColumns, CustomerValueSchema } from './schema-customer-value.js';
import type { ReportsSchema } from './schema-reports.js';
import type { SalesSchema } from './schema-sales.js';

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
  /** The id shown in the API; `id` is the token's SHA-256 and never leaves the server. */
  public_id: string;
  user_agent: string | null;
  ip: string | null;
  last_seen_at: string | null;
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

export interface CompanyTable extends CustomerValueColumns {
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
  /** The language documents and emails to the company are written in (en, bg, ru, sk, pt, pl). */
  language: string | null;
  owner_id: string | null;
  tags: Json;
  custom: Json;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** What a workspace prints on its sales documents (modules/documents); one row per workspace. */
export interface WorkspaceDocumentDetailsTable {
  workspace_id: string;
  legal_name: string | null;
  street: string | null;
  additional_street: string | null;
  postal_code: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  vat_id: string | null;
  registration_id: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  iban: string | null;
  bic: string | null;
  payment_terms: string | null;
  payment_days: number | null;
  peppol_scheme: string | null;
  peppol_id: string | null;
  /** The logo: a row of `files` (record type `workspace`), PNG or JPEG. */
  logo_file_id: string | null;
  version: Generated<number>;
  updated_at: string;
}

export interface PersonTable extends CustomerValueColumns {
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
  /** The language documents and emails to the person are written in (en, bg, ru, sk, pt, pl). */
  language: string | null;
  owner_id: string | null;
  tags: Json;
  custom: Json;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** Notes, calls, meetings, logged emails and tasks (modules/activities; notes are activities too). */
export interface ActivityTable {
  workspace_id: string;
  id: string;
  type: string;
  subject: string | null;
  body: string | null;
  due_at: string | null;
  end_at: string | null;
  completed_at: string | null;
  person_id: string | null;
  company_id: string | null;
  deal_id: string | null;
  record_type: string | null;
  record_id: string | null;
  priority: string | null;
  direction: string | null;
  duration_minutes: number | null;
  outcome: string | null;
  location: string | null;
  attendees: Json;
  recurrence: Json | null;
  remind_at: string | null;
  reminded_at: string | null;
  owner_id: string | null;
  tags: Json;
  custom: Json;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** The hash of each member's secret iCalendar address. */
export interface CalendarFeedTable {
  workspace_id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
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
  /**
   * queued (its delivery job waits or runs), sent, failed (gave up), dev (no SMTP: kept in the
   * development outbox), bounced (sent, then a delivery-status report said it did not arrive).
   */
  status: 'queued' | 'sent' | 'failed' | 'dev' | 'bounced';
  attempts: Generated<number>;
  last_error: string | null;
  next_attempt_at: string | null;
  created_at: string;
  sent_at: string | null;
  /** The Message-ID header, without angle brackets; replies name it in In-Reply-To. */
  message_id: string | null;
  thread_id: string | null;
  bounced_at: string | null;
}

/** A file an outgoing email carries: a row of `files` of the same workspace, in order. */
export interface OutboundEmailAttachmentTable {
  email_id: string;
  position: number;
  workspace_id: string;
  file_id: string;
}

/** A workspace's own SMTP server (modules/mail); secrets sealed by lib/secrets.ts. */
export interface SmtpSettingsTable {
  workspace_id: string;
  host: string;
  port: number;
  security: 'tls' | 'starttls' | 'none';
  username: string | null;
  password_secret: string | null;
  from_address: string;
  dkim_domain: string | null;
  dkim_selector: string | null;
  dkim_key_secret: string | null;
  updated_at: string;
}

/** A conversation of emails; `token` (R-XXXXXX) goes in outgoing subjects. */
export interface EmailThreadTable {
  workspace_id: string;
  id: string;
  token: string;
  subject: string;
  created_at: string;
}

/** An IMAP folder polled for incoming email. */
export interface MailboxTable {
  workspace_id: string;
  id: string;
  name: string;
  host: string;
  port: number;
  tls: Bool;
  username: string;
  password_secret: string;
  folder: string;
  enabled: Bool;
  /** The folder's UIDVALIDITY when `last_uid` was read; a new value means UIDs start over. */
  uid_validity: string | null;
  last_uid: ColumnType<number | string, number | undefined, number>;
  last_polled_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  imported_count: ColumnType<number | string, number | undefined, number>;
  created_at: string;
  updated_at: string;
}

export interface ReceivedEmailTable {
  workspace_id: string;
  id: string;
  mailbox_id: string;
  /** Without angle brackets; unique per workspace. */
  message_id: string;
  thread_id: string;
  in_reply_to: string | null;
  from_address: string;
  from_name: string | null;
  to_addresses: Json;
  cc_addresses: Json;
  subject: string;
  text: string;
  sent_at: string | null;
  received_at: string;
  /** For a delivery-status report: the outgoing message it reports on. */
  bounce_of: string | null;
}

export interface EmailAttachmentTable {
  workspace_id: string;
  id: string;
  email_id: string;
  name: string;
  content_type: string;
  size: ColumnType<number | string, number, number>;
  sha256: string;
  storage_key: string;
}

export interface EmailLinkTable {
  workspace_id: string;
  email_id: string;
  record_type: string;
  record_id: string;
}

export interface BouncedAddressTable {
  workspace_id: string;
  address: string;
  reason: string;
  outbound_email_id: string | null;
  bounced_at: string;
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

/** A password reset request (modules/auth); the user and token only when the address has an account. */
export interface PasswordResetTable {
  id: string;
  email: string;
  ip: string;
  user_id: string | null;
  token_hash: string | null;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

/** One record's timeline (modules/timeline): what happened to it, newest first. */
export interface TimelineEventTable {
  workspace_id: string;
  id: string;
  record_type: string;
  record_id: string;
  kind: string;
  occurred_at: string;
  actor_type: string;
  actor_id: string | null;
  /** Another record the event is about, when it shows on this one's timeline too. */
  subject_type: string | null;
  subject_id: string | null;
  /** The row the event came from (a note) and that row's owner (its author). */
  ref_type: string | null;
  ref_id: string | null;
  ref_owner_id: string | null;
  data: Json;
}

/** Files attached to records (modules/files); the content is in the file store under `storage_key`. */
export interface FileTable {
  workspace_id: string;
  id: string;
  record_type: string;
  record_id: string;
  name: string;
  content_type: string;
  size: number;
  sha256: string;
  storage_key: string;
  created_by: string | null;
  created_at: string;
  deleted_at: string | null;
}

/** Imports of records from a file (modules/imports); the file is a `files` row of type `import`. */
export interface ImportTable {
  workspace_id: string;
  id: string;
  record_type: string;
  file_id: string;
  file_name: string;
  file_size: number | string;
  format: string;
  encoding: string;
  delimiter: string;
  headers: Json;
  /** Where the rows start: after the header line (and a byte order mark). */
  data_offset: number | string;
  status: string;
  mapping: Json;
  dedupe_on: Json;
  mode: string;
  /** The byte after the last row of the last committed batch; rows resume from here. */
  position: number | string;
  row_number: number;
  created_count: number;
  updated_count: number;
  skipped_count: number;
  failed_count: number;
  error: string | null;
  job_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface ImportErrorTable {
  workspace_id: string;
  import_id: string;
  row_number: number;
  seq: number;
  column_name: string | null;
  message: string;
}

/** A bulk action on records (records/record-bulk.ts): tag, assign, change a field, delete, undo. */
export interface BulkActionTable {
  workspace_id: string;
  id: string;
  record_type: string;
  action: string;
  values: Json;
  record_ids: Json;
  /** running, done, failed. */
  status: string;
  total: number;
  changed_count: Generated<number>;
  skipped_count: Generated<number>;
  failed_count: Generated<number>;
  /** For an undo: the bulk action it reverts. */
  undo_of: string | null;
  job_id: Generated<string | null>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  finished_at: Generated<string | null>;
}

/** One record a bulk action handled: changed (with its values before), skipped or failed. */
export interface BulkActionItemTable {
  workspace_id: string;
  bulk_id: string;
  record_id: string;
  outcome: string;
  before: Json | null;
  message: string | null;
}

/** A record merged into another (records/record-merge.ts); the merged one stays in the trash. */
export interface RecordMergeTable {
  workspace_id: string;
  record_type: string;
  merged_id: string;
  survivor_id: string;
  merged_by: string | null;
  merged_at: string;
}

export interface InstanceFlagTable {
  name: string;
  created_at: string;
}

export type JobStatus = 'waiting' | 'running' | 'done' | 'dead' | 'cancelled';

/** Durable jobs (jobs/). `workspace_id` is null for jobs of the whole instance (housekeeping). */
export interface JobTable {
  id: string;
  workspace_id: string | null;
  type: string;
  payload: Json;
  /** waiting (due at `run_at`), running (held by `locked_by` until `locked_until`), done, dead, cancelled. */
  status: JobStatus;
  /** Unique per type among waiting and running jobs. */
  dedupe_key: string | null;
  run_at: string;
  attempts: Generated<number>;
  max_attempts: number;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

/** The next run of each recurring job type. */
export interface JobScheduleTable {
  type: string;
  next_run_at: string;
}

/**
 * The outbox of record changes (modules/events): numbered per workspace without gaps in commit
 * order, read by the live event stream (and webhooks).
 */
export interface RecordEventTable {
  workspace_id: string;
  seq: number;
  id: string;
  /** `<entity>.<created|updated|deleted|restored>`: `person.updated`. */
  type: string;
  record_type: string;
  record_id: string;
  record_version: number;
  owner_id: string | null;
  previous_owner_id: string | null;
  changed_fields: Json;
  /** The record after the change, without its sensitive fields. */
  record: Json;
  occurred_at: string;
}

/** The last `seq` given to each workspace's record events. */
export interface RecordEventCounterTable {
  workspace_id: string;
  last_seq: number;
}

/** Where a workspace's record events are sent (modules/webhooks). */
export interface WebhookEndpointTable {
  workspace_id: string;
  id: string;
  url: string;
  description: string;
  /** JSON list of event types, or `["*"]` for every one. */
  events: Json;
  enabled: Bool;
  disabled_reason: string | null;
  disabled_at: string | null;
  /** `whsec_…`; `previous_secret` signs too until `previous_secret_expires_at` (a rotation). */
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: string | null;
  created_at: string;
  updated_at: string;
}

export type WebhookDeliveryStatus = 'pending' | 'retrying' | 'succeeded' | 'failed';

/** One message to one endpoint, with its latest attempt (modules/webhooks). */
export interface WebhookDeliveryTable {
  workspace_id: string;
  id: string;
  endpoint_id: string;
  /** The message's `webhook-id`, the same for every attempt and replay. */
  event_id: string;
  event_type: string;
  /** The exact JSON that is signed and sent. */
  body: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  job_id: string | null;
  replay_of: string | null;
  response_status: number | null;
  response_excerpt: string | null;
  duration_ms: number | null;
  error: string | null;
  last_attempt_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Requests counted per credential and fixed window, shared by every node (PostgreSQL). */
export interface RateLimitHitTable {
  key: string;
  window_start: number;
  hits: number;
}

/** Sales pipelines (modules/pipelines): each has ordered stages. */
export interface PipelineTable {
  workspace_id: string;
  id: string;
  name: string;
  position: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PipelineStageTable {
  workspace_id: string;
  id: string;
  pipeline_id: string;
  name: string;
  position: number;
  /** Win probability in percent, 0–100. */
  probability: number;
  /** Days without a change after which an open deal in the stage is rotting; null: never. */
  rotting_days: number | null;
  /** Deal fields that must have a value for a deal to enter the stage. */
  required_fields: Json;
}

/** Deals (modules/deals), a record type: the columns its own queries (board, reports) read. */
export interface DealTable {
  workspace_id: string;
  id: string;
  title: string;
  amount: number | string;
  currency: string;
  pipeline_id: string;
  stage_id: string;
  company_id: string | null;
  person_ids: Json;
  team_id: string | null;
  expected_close_date: string | null;
  status: string;
  lost_reason: string | null;
  stage_entered_at: string;
  closed_at: string | null;
  owner_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** Each stage or status change of a deal: the sales-cycle report reads them. */
export interface DealStageChangeTable {
  workspace_id: string;
  id: string;
  deal_id: string;
  pipeline_id: string;
  from_stage_id: string | null;
  to_stage_id: string;
  from_status: string | null;
  to_status: string;
  changed_at: string;
  actor_type: string;
  actor_id: string | null;
}

/** What one unit of a currency is worth in the workspace's currency (a decimal string). */
export interface ExchangeRateTable {
  workspace_id: string;
  currency: string;
  rate: string;
  updated_at: string;
}

export interface Schema extends SalesSchema, ReportsSchema, CustomerValueSchema {
  workspaces: WorkspaceTable;
  workspace_document_details: WorkspaceDocumentDetailsTable;
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
  activities: ActivityTable;
  calendar_feeds: CalendarFeedTable;
  custom_fields: CustomFieldTable;
  saved_views: SavedViewTable;
  search_documents: SearchDocumentTable;
  outbound_emails: OutboundEmailTable;
  outbound_email_attachments: OutboundEmailAttachmentTable;
  smtp_settings: SmtpSettingsTable;
  email_threads: EmailThreadTable;
  mailboxes: MailboxTable;
  received_emails: ReceivedEmailTable;
  email_attachments: EmailAttachmentTable;
  email_links: EmailLinkTable;
  bounced_addresses: BouncedAddressTable;
  sign_up_requests: SignUpRequestTable;
  password_resets: PasswordResetTable;
  instance_flags: InstanceFlagTable;
  rate_limit_hits: RateLimitHitTable;
  files: FileTable;
  imports: ImportTable;
  import_errors: ImportErrorTable;
  record_merges: RecordMergeTable;
  bulk_actions: BulkActionTable;
  bulk_action_items: BulkActionItemTable;
  record_events: RecordEventTable;
  record_event_counters: RecordEventCounterTable;
  timeline_events: TimelineEventTable;
  jobs: JobTable;
  job_schedules: JobScheduleTable;
  webhook_endpoints: WebhookEndpointTable;
  webhook_deliveries: WebhookDeliveryTable;
  pipelines: PipelineTable;
  pipeline_stages: PipelineStageTable;
  deals: DealTable;
  deal_stage_changes: DealStageChangeTable;
  exchange_rates: ExchangeRateTable;
}
