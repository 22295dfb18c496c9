/**
 * A sales document as it is printed or exported: everything a PDF or an e-invoice needs, already
 * computed (totals, tax breakdown, balances) by the module that owns the document, so rendering
 * never recalculates money. Amounts are integer minor units of `currency`.
 */
export type DocumentKind = 'quote' | 'order' | 'delivery' | 'invoice' | 'credit-note';

export type DocumentLocale = 'en' | 'bg' | 'ru' | 'sk' | 'pt' | 'pl';

/**
 * VAT category (UNCL 5305, as EN 16931 uses it): S standard rate, Z zero rated, E exempt, AE reverse
 * charge, K intra-community supply, G export outside the EU, O outside the scope of VAT.
 */
export type VatCategory = 'S' | 'Z' | 'E' | 'AE' | 'K' | 'G' | 'O';

/** An address in parts, as an e-invoice sends it (BG-5, BG-8). */
export interface DocumentPostalAddress {
  street: string | null;
  additionalStreet: string | null;
  city: string | null;
  postalCode: string | null;
  region: string | null;
}

export interface DocumentParty {
  name: string;
  /** Street, postcode and city, … as they are printed, one per line. */
  addressLines: string[];
  /** ISO 3166-1 alpha-2. */
  countryCode: string | null;
  vatId: string | null;
  email: string | null;
  phone: string | null;
  /**
   * E-invoice fields, optional: where e-invoices reach the party (a Peppol participant: EAS scheme
   * code such as `0088` or `9930`, and the identifier; without it the e-invoice uses the email
   * address, scheme `EM`), a company registration number (BT-30, BT-47), and the address in parts
   * (without it the address lines go out as street lines).
   */
  electronicAddress?: { scheme: string; id: string } | null;
  legalRegistrationId?: string | null;
  postalAddress?: DocumentPostalAddress | null;
}

export interface DocumentSeller extends DocumentParty {
  logo: { bytes: Uint8Array; mediaType: 'image/png' | 'image/jpeg' } | null;
  iban: string | null;
  bic: string | null;
  website: string | null;
}

export interface DocumentLine {
  position: number;
  sku: string | null;
  description: string;
  /** Up to three decimals (1.5 hours). */
  quantity: number;
  unit: string | null;
  /** UN/ECE Recommendation 20 code for the e-invoice (`HUR`, `C62`…); guessed from `unit` when absent. */
  unitCode?: string | null;
  unitPriceMinor: number;
  /** Percent, up to two decimals; null when there is none. */
  discountPercent: number | null;
  /** Percent, up to two decimals. */
  taxRate: number;
  /** When absent: S for a rate above zero, Z for zero. */
  taxCategory?: VatCategory;
  netMinor: number;
  taxMinor: number;
  grossMinor: number;
}

export interface SalesDocument {
  kind: DocumentKind;
  /** The number the server assigned, as printed (`INV-2026-00042`). */
  number: string;
  /** YYYY-MM-DD. */
  issueDate: string;
  dueDate: string | null;
  deliveryDate: string | null;
  /** The document this one follows from, as printed (an invoice's order, a credit note's invoice). */
  reference: string | null;
  locale: DocumentLocale;
  currency: string;
  seller: DocumentSeller;
  buyer: DocumentParty;
  lines: DocumentLine[];
  /** A discount on the whole document, already spread into the lines' amounts and the totals. */
  documentDiscountPercent: number | null;
  totals: { netMinor: number; taxMinor: number; grossMinor: number };
  /** Per rate (and VAT category when lines carry one); exempt categories give their reason. */
  taxBreakdown: {
    taxRate: number;
    taxableMinor: number;
    taxMinor: number;
    taxCategory?: VatCategory;
    exemptionReason?: string | null;
  }[];
  /** Invoices: paid so far, credited by credit notes so far, and what is still owed. */
  paidMinor: number | null;
  creditedMinor: number | null;
  balanceMinor: number | null;
  notes: string | null;
  paymentTerms: string | null;
  /** The buyer's own reference for the purchase (BT-10), when they gave one. */
  buyerReference?: string | null;
}
