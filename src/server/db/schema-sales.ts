import type { ColumnType } from 'kysely';

type Json = ColumnType<unknown, string, string>;

/**
 * Row types of the sales documents' tables (migration 20261130120000_sales_documents): price lists,
 * quotes, orders with their deliveries and status changes, invoices with payments and credit notes,
 * and the counters of their numbers. Quotes, orders, invoices and price lists are record tables;
 * the record kit reads and writes them from their declarations, the sales repositories read them here.
 */
interface RecordColumns {
  workspace_id: string;
  id: string;
  owner_id: string | null;
  tags: Json;
  custom: Json;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface DocumentColumns extends RecordColumns {
  number: string;
  status: string;
  company_id: string | null;
  person_id: string | null;
  currency: string;
  lines: Json;
  document_discount_percent: string | null;
  totals: Json;
  gross_minor: number | string;
  tax_breakdown: Json;
  issue_date: string;
  notes: string | null;
}

export interface PriceListTable extends RecordColumns {
  name: string;
  name_key: string;
  currency: string;
  description: string | null;
  active: number | boolean;
  company_ids: Json;
}

export interface PriceListPriceTable {
  workspace_id: string;
  price_list_id: string;
  product_id: string;
  unit_price_minor: number | string;
}

export interface QuoteTable extends DocumentColumns {
  deal_id: string | null;
  price_list_id: string | null;
  revision: number;
  valid_until: string | null;
  sent_at: string | null;
  accepted_at: string | null;
  order_id: string | null;
}

export interface QuoteRevisionTable {
  workspace_id: string;
  quote_id: string;
  revision: number;
  snapshot: Json;
  created_at: string;
}

export interface OrderTable extends DocumentColumns {
  quote_id: string | null;
  promised_date: string | null;
  delivered_date: string | null;
  completed_at: string | null;
  delivered_quantities: Json;
  invoiced_quantities: Json;
}

export interface OrderDeliveryTable {
  workspace_id: string;
  id: string;
  order_id: string;
  number: string;
  delivered_date: string;
  lines: Json;
  note: string | null;
  created_by: string | null;
  created_at: string;
}

export interface OrderStatusChangeTable {
  workspace_id: string;
  id: string;
  order_id: string;
  from_status: string | null;
  to_status: string;
  note: string | null;
  changed_by: string | null;
  changed_at: string;
}

export interface InvoiceTable extends DocumentColumns {
  order_id: string | null;
  due_date: string | null;
  paid_minor: number | string;
  credited_minor: number | string;
  balance_minor: number | string;
  credited_quantities: Json;
  paid_at: string | null;
}

export interface InvoicePaymentTable {
  workspace_id: string;
  id: string;
  invoice_id: string;
  amount_minor: number | string;
  paid_date: string;
  method: string | null;
  reference: string | null;
  created_by: string | null;
  created_at: string;
}

export interface CreditNoteTable {
  workspace_id: string;
  id: string;
  invoice_id: string;
  number: string;
  issue_date: string;
  reason: string | null;
  lines: Json;
  net_minor: number | string;
  tax_minor: number | string;
  gross_minor: number | string;
  tax_breakdown: Json;
  created_by: string | null;
  created_at: string;
}

export interface DocumentCounterTable {
  workspace_id: string;
  kind: string;
  year: number;
  last_value: number;
}

export interface DocumentNumberPrefixTable {
  workspace_id: string;
  kind: string;
  prefix: string;
}

export interface SalesSchema {
  price_lists: PriceListTable;
  price_list_prices: PriceListPriceTable;
  quotes: QuoteTable;
  quote_revisions: QuoteRevisionTable;
  orders: OrderTable;
  order_deliveries: OrderDeliveryTable;
  order_status_changes: OrderStatusChangeTable;
  invoices: InvoiceTable;
  invoice_payments: InvoicePaymentTable;
  credit_notes: CreditNoteTable;
  document_counters: DocumentCounterTable;
  document_number_prefixes: DocumentNumberPrefixTable;
}
