import { AppError, type FieldError } from '../lib/errors.js';
import type { DocumentLine, DocumentParty, DocumentSeller, SalesDocument } from './document-model.js';
import { minorToDecimal } from './document-format.js';
import { documentTexts, fillIn } from './document-texts.js';
import {
  NEEDS_EXEMPTION_REASON,
  PEPPOL_CUSTOMIZATION_ID,
  PEPPOL_PROFILE_ID,
  endpoint,
  lineCategory,
  typeCode,
  unitCode,
} from './ubl-codes.js';
import { element, text, xmlDocument, type XmlNode } from './xml-writer.js';

/**
 * An invoice or credit note as an EN 16931 e-invoice in UBL 2.1, following Peppol BIS Billing 3.0.
 * Elements are written in the order the UBL schema's sequences require. Amounts come from the
 * document as they are; nothing is recalculated but the line allowance, which is what the line's
 * discounts took off its quantity × price.
 */
const NAMESPACES = {
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

type Amount = (name: string, minor: number) => string | null;

/** What an e-invoice needs and a printed document can do without; the workspace or customer must add it. */
export function missingForEInvoice(doc: SalesDocument): FieldError[] {
  const errors: FieldError[] = [];
  if (doc.kind !== 'invoice' && doc.kind !== 'credit-note')
    errors.push({ field: 'kind', message: 'Only invoices and credit notes have an e-invoice' });
  for (const [role, party] of [
    ['seller', doc.seller],
    ['buyer', doc.buyer],
  ] as const) {
    if (!party.countryCode) errors.push({ field: `${role}.countryCode`, message: 'A country is required' });
    if (!endpoint(party))
      errors.push({
        field: `${role}.email`,
        message: 'An email address or Peppol participant id is required',
      });
  }
  const standardRated = doc.lines.some((line) => lineCategory(line) === 'S');
  if (standardRated && !doc.seller.vatId)
    errors.push({ field: 'seller.vatId', message: 'A VAT ID is required to charge VAT' });
  // BR-AE-02, BR-IC-02: reverse charge and intra-community supply name the buyer's VAT ID.
  const buyerAccountsForVat = doc.lines.some((line) => ['AE', 'K'].includes(lineCategory(line)));
  if (buyerAccountsForVat && !vatIdentifier(doc.buyer))
    errors.push({
      field: 'buyer.vatId',
      message: "The buyer's VAT ID, starting with its country code, is required for reverse charge",
    });
  // BR-CO-09: a VAT ID starts with its country's two letters (EL for Greece).
  if (doc.seller.vatId && !vatIdentifier(doc.seller))
    errors.push({ field: 'seller.vatId', message: 'A VAT ID must start with its country code, such as BG' });
  if (!doc.seller.vatId && !doc.seller.legalRegistrationId)
    errors.push({ field: 'seller.vatId', message: 'A VAT ID or company registration number is required' });
  if (doc.lines.length === 0) errors.push({ field: 'lines', message: 'At least one line is required' });
  for (const entry of doc.taxBreakdown) {
    if (entry.taxCategory && NEEDS_EXEMPTION_REASON.has(entry.taxCategory) && !entry.exemptionReason)
      errors.push({
        field: 'taxBreakdown',
        message: `VAT category ${entry.taxCategory} needs an exemption reason`,
      });
  }
  return errors;
}

function address(party: DocumentParty): XmlNode {
  const parts = party.postalAddress;
  const lines = party.addressLines;
  return element(
    'cac:PostalAddress',
    {},
    text('cbc:StreetName', parts ? parts.street : lines[0]),
    text('cbc:AdditionalStreetName', parts ? parts.additionalStreet : lines[1]),
    text('cbc:CityName', parts?.city),
    text('cbc:PostalZone', parts?.postalCode),
    text('cbc:CountrySubentity', parts?.region),
    !parts && lines.length > 2
      ? element('cac:AddressLine', {}, text('cbc:Line', lines.slice(2).join(', ')))
      : null,
    element('cac:Country', {}, text('cbc:IdentificationCode', party.countryCode?.toUpperCase())),
  );
}

/**
 * A party's VAT identifier (BT-31, BT-48): its VAT or tax ID when that starts with a country code
 * (BR-CO-09). A buyer's tax ID without one (a national tax number) goes as its legal registration
 * identifier instead.
 */
const vatIdentifier = (party: DocumentParty) =>
  party.vatId && /^[A-Z]{2}/.test(party.vatId) ? party.vatId : null;

function party(wrapper: string, party: DocumentParty | DocumentSeller): XmlNode {
  const electronic = endpoint(party)!;
  const vatId = vatIdentifier(party);
  const legalId = party.legalRegistrationId ?? (vatId ? null : party.vatId);
  return element(
    wrapper,
    {},
    element(
      'cac:Party',
      {},
      text('cbc:EndpointID', electronic.id, { schemeID: electronic.scheme }),
      element('cac:PartyName', {}, text('cbc:Name', party.name)),
      address(party),
      vatId ? element('cac:PartyTaxScheme', {}, text('cbc:CompanyID', vatId), taxScheme()) : null,
      element(
        'cac:PartyLegalEntity',
        {},
        text('cbc:RegistrationName', party.name),
        text('cbc:CompanyID', legalId),
      ),
      element('cac:Contact', {}, text('cbc:Telephone', party.phone), text('cbc:ElectronicMail', party.email)),
    ),
  );
}

const taxScheme = () => element('cac:TaxScheme', {}, text('cbc:ID', 'VAT'));
const percent = (value: number) => String(Number(value.toFixed(2)));

function paymentMeans(doc: SalesDocument): XmlNode {
  const { iban, bic } = doc.seller;
  if (!iban) return null;
  return element(
    'cac:PaymentMeans',
    {},
    // UNCL 4461: 58 is a SEPA credit transfer, 30 any other credit transfer.
    text('cbc:PaymentMeansCode', /^[A-Z]{2}\d{2}/.test(iban) ? '58' : '30'),
    doc.kind === 'credit-note' ? text('cbc:PaymentDueDate', doc.dueDate) : null,
    text('cbc:PaymentID', doc.number),
    element(
      'cac:PayeeFinancialAccount',
      {},
      text('cbc:ID', iban.replace(/\s+/g, '')),
      text('cbc:Name', doc.seller.name),
      bic ? element('cac:FinancialInstitutionBranch', {}, text('cbc:ID', bic)) : null,
    ),
  );
}

function taxTotal(doc: SalesDocument, amount: Amount): XmlNode {
  return element(
    'cac:TaxTotal',
    {},
    amount('cbc:TaxAmount', doc.totals.taxMinor),
    doc.taxBreakdown.map((entry) =>
      element(
        'cac:TaxSubtotal',
        {},
        amount('cbc:TaxableAmount', entry.taxableMinor),
        amount('cbc:TaxAmount', entry.taxMinor),
        element(
          'cac:TaxCategory',
          {},
          text('cbc:ID', lineCategory(entry)),
          text('cbc:Percent', percent(entry.taxRate)),
          text('cbc:TaxExemptionReason', entry.exemptionReason),
          taxScheme(),
        ),
      ),
    ),
  );
}

function monetaryTotal(doc: SalesDocument, amount: Amount): XmlNode {
  const paid = doc.paidMinor ?? 0;
  return element(
    'cac:LegalMonetaryTotal',
    {},
    // No allowances or charges on the whole document (a document discount is in the lines), so
    // the lines' sum is the total without VAT.
    amount('cbc:LineExtensionAmount', doc.totals.netMinor),
    amount('cbc:TaxExclusiveAmount', doc.totals.netMinor),
    amount('cbc:TaxInclusiveAmount', doc.totals.grossMinor),
    paid !== 0 ? amount('cbc:PrepaidAmount', paid) : null,
    // What this invoice asks for: its total less what was paid on it. A credit note is a document
    // of its own, so an invoice's balance after credit notes is not its payable amount.
    amount('cbc:PayableAmount', doc.totals.grossMinor - paid),
  );
}

/** Quantity × unit price, rounded to minor units: what the line would cost without its discounts. */
export function lineGrossBeforeDiscountMinor(line: DocumentLine): number {
  return Math.round(line.quantity * line.unitPriceMinor);
}

function line(doc: SalesDocument, item: DocumentLine, amount: Amount): XmlNode {
  const isCredit = doc.kind === 'credit-note';
  // A discount is an allowance. A line that is part of a larger one billed in parts may be a minor
  // unit above its quantity × price (it takes the rounding the earlier parts left): a charge. More
  // than that is no rounding, and stays visible as a broken line amount.
  const allowance = lineGrossBeforeDiscountMinor(item) - item.netMinor;
  return element(
    isCredit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine',
    {},
    text('cbc:ID', item.position),
    text(isCredit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity', String(item.quantity), {
      unitCode: unitCode(item),
    }),
    amount('cbc:LineExtensionAmount', item.netMinor),
    allowance > 0
      ? element(
          'cac:AllowanceCharge',
          {},
          text('cbc:ChargeIndicator', 'false'),
          // UNCL 5189: 95 is a discount.
          text('cbc:AllowanceChargeReasonCode', '95'),
          amount('cbc:Amount', allowance),
        )
      : allowance === -1
        ? element(
            'cac:AllowanceCharge',
            {},
            text('cbc:ChargeIndicator', 'true'),
            text('cbc:AllowanceChargeReason', 'Rounding'),
            amount('cbc:Amount', -allowance),
          )
        : null,
    element(
      'cac:Item',
      {},
      text('cbc:Name', item.description.slice(0, 200)),
      item.sku ? element('cac:SellersItemIdentification', {}, text('cbc:ID', item.sku)) : null,
      element(
        'cac:ClassifiedTaxCategory',
        {},
        text('cbc:ID', lineCategory(item)),
        text('cbc:Percent', percent(item.taxRate)),
        taxScheme(),
      ),
    ),
    element('cac:Price', {}, amount('cbc:PriceAmount', item.unitPriceMinor)),
  );
}

function header(doc: SalesDocument): XmlNode[] {
  const isCredit = doc.kind === 'credit-note';
  return [
    text('cbc:CustomizationID', PEPPOL_CUSTOMIZATION_ID),
    text('cbc:ProfileID', PEPPOL_PROFILE_ID),
    text('cbc:ID', doc.number),
    text('cbc:IssueDate', doc.issueDate),
    isCredit ? null : text('cbc:DueDate', doc.dueDate),
    text(isCredit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', typeCode(doc)),
    text('cbc:Note', doc.notes),
    text('cbc:DocumentCurrencyCode', doc.currency),
    // Peppol asks for the buyer's reference or an order reference (PEPPOL-EN16931-R003).
    text('cbc:BuyerReference', doc.buyerReference ?? doc.reference ?? doc.number),
    isCredit && doc.reference
      ? element(
          'cac:BillingReference',
          {},
          element('cac:InvoiceDocumentReference', {}, text('cbc:ID', doc.reference)),
        )
      : null,
  ];
}

/**
 * Payment terms (BT-20). A credit note's amount is owed to the buyer and has no due date of its
 * own, so it says how it is settled (BR-CO-25 asks for terms or a due date when an amount is due).
 */
function paymentTermsNote(doc: SalesDocument): string | null {
  if (doc.paymentTerms) return doc.paymentTerms;
  if (doc.kind === 'credit-note' && !doc.dueDate)
    return fillIn(documentTexts(doc.locale).payment.creditTerms, { invoice: doc.reference ?? '' });
  return null;
}

/** The UBL 2.1 XML of an invoice or credit note; a 409 naming what is missing when it cannot be made. */
export function renderUblInvoice(doc: SalesDocument): string {
  const missing = missingForEInvoice(doc);
  if (missing.length > 0)
    throw new AppError(
      'conflict',
      `The e-invoice cannot be made: ${missing.map((e) => e.field).join(', ')}`,
      missing,
    );
  const amount: Amount = (name, minor) =>
    text(name, minorToDecimal(minor, doc.currency), { currencyID: doc.currency });
  const isCredit = doc.kind === 'credit-note';
  const root = isCredit ? 'CreditNote' : 'Invoice';
  return xmlDocument(
    element(
      root,
      {
        xmlns: `urn:oasis:names:specification:ubl:schema:xsd:${root}-2`,
        'xmlns:cac': NAMESPACES.cac,
        'xmlns:cbc': NAMESPACES.cbc,
      },
      header(doc),
      party('cac:AccountingSupplierParty', doc.seller),
      party('cac:AccountingCustomerParty', doc.buyer),
      doc.deliveryDate ? element('cac:Delivery', {}, text('cbc:ActualDeliveryDate', doc.deliveryDate)) : null,
      paymentMeans(doc),
      element('cac:PaymentTerms', {}, text('cbc:Note', paymentTermsNote(doc))),
      taxTotal(doc, amount),
      monetaryTotal(doc, amount),
      doc.lines.map((item) => line(doc, item, amount)),
    ),
  );
}
