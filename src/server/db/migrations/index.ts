import type { Migration } from 'kysely';
import * as core from './20261123090000_core.js';
import * as peopleDefaultSortIndex from './20261123140000_people_default_sort_index.js';
import * as searchNames from './20261124090000_search_names.js';
import * as sortKeys from './20261124100000_sort_keys.js';
import * as searchTrash from './20261124110000_search_trash.js';
import * as authHardening from './20261125090000_auth_hardening.js';
import * as outboundEmail from './20261125093000_outbound_email.js';
import * as recordVersions from './20261125100000_record_versions.js';
import * as products from './20261126090000_products.js';
import * as productCost from './20261126100000_product_cost.js';
import * as jobs from './20261127090000_jobs.js';
import * as files from './20261127100000_files.js';
import * as timeline from './20261127110000_timeline.js';
import * as recordEvents from './20261127120000_record_events.js';
import * as rateLimits from './20261127130000_rate_limits.js';
import * as webhooks from './20261127140000_webhooks.js';
import * as imports from './20261127150000_imports.js';
import * as mailboxes from './20261127160000_mailboxes.js';
import * as passwordReset from './20261128093000_password_reset.js';
import * as bulkActions from './20261128120000_bulk_actions.js';
import * as deals from './20261130100000_deals.js';
import * as dealsLiveTotalsIndex from './20261130100100_deals_live_totals_index.js';
import * as activities from './20261130110000_activities.js';
import * as salesDocuments from './20261130120000_sales_documents.js';
import * as documentDetails from './20261130130000_document_details.js';
import * as emailAttachments from './20261130130100_email_attachments.js';
import * as reports from './20261130140000_reports.js';
import * as billingDetails from './20261201090000_billing_details.js';
import * as customerValue from './20261201130000_customer_value.js';
import * as dealStageTotals from './20261201160000_deal_stage_totals.js';

/** Every migration, in order. A migration is never edited after it lands; add a new file instead. */
export const migrations: Record<string, Migration> = {
  '20261123090000_core': core,
  '20261123140000_people_default_sort_index': peopleDefaultSortIndex,
  '20261124090000_search_names': searchNames,
  '20261124100000_sort_keys': sortKeys,
  '20261124110000_search_trash': searchTrash,
  '20261125090000_auth_hardening': authHardening,
  '20261125093000_outbound_email': outboundEmail,
  '20261125100000_record_versions': recordVersions,
  '20261126090000_products': products,
  '20261126100000_product_cost': productCost,
  '20261127090000_jobs': jobs,
  '20261127100000_files': files,
  '20261127110000_timeline': timeline,
  '20261127120000_record_events': recordEvents,
  '20261127130000_rate_limits': rateLimits,
  '20261127140000_webhooks': webhooks,
  '20261127150000_imports': imports,
  '20261127160000_mailboxes': mailboxes,
  '20261128093000_password_reset': passwordReset,
  '20261128120000_bulk_actions': bulkActions,
  '20261130100000_deals': deals,
  '20261130100100_deals_live_totals_index': dealsLiveTotalsIndex,
  '20261130110000_activities': activities,
  '20261130120000_sales_documents': salesDocuments,
  '20261130130000_document_details': documentDetails,
  '20261130130100_email_attachments': emailAttachments,
  '20261130140000_reports': reports,
  '20261201090000_billing_details': billingDetails,
  '20261201130000_customer_value': customerValue,
  '20261201160000_deal_stage_totals': dealStageTotals,
};

/**
 * Tables a migration rewrote row by row. PostgreSQL keeps the old row versions, and the index
 * entries built beside them, until a VACUUM, which cannot run inside the migration's transaction;
 * without it a list read the million dead entries of a new index first. Both databases also need
 * fresh statistics for new columns and indexes.
 */
export const rewrittenTables: Record<string, string[]> = {
  '20261124100000_sort_keys': ['people', 'companies'],
};
