import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The main EN 16931 and Peppol BIS Billing 3.0 business rules that a schema cannot express, read
 * from an e-invoice's XML with xmllint's XPath: the sums of lines and tax categories, the codes a
 * receiver needs, and the mandatory business terms (BT-…). Returns the broken rules' names.
 */
const folder = mkdtempSync(join(tmpdir(), 'rapport-ubl-'));
let counter = 0;

/** `cac:TaxTotal/cbc:TaxAmount` → the same path by local names, so no namespaces need registering. */
const byLocalName = (path: string) => path.replace(/\b(cac|cbc):(\w+)/g, "*[local-name()='$2']");

/** `"712.5"` → 71250: an amount's cents read from its text exactly, never through a float. */
function decimalCents(text: string): number {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return Number.NaN;
  const cents = Number(match[2]! + (match[3] ?? '').padEnd(2, '0').slice(0, 2));
  return match[1] ? -cents : cents;
}

export function ublReader(xml: string) {
  counter += 1;
  const file = join(folder, `invoice-${counter}.xml`);
  writeFileSync(file, xml);
  const evaluate = (expression: string) => {
    try {
      return execFileSync('xmllint', ['--xpath', expression, file], {
        encoding: 'utf8',
        stdio: 'pipe',
      }).trim();
    } catch (error) {
      // xmllint exits with 10 when a node set is empty.
      if ((error as { status?: number }).status === 10) return '';
      throw error;
    }
  };
  const value = (path: string) => evaluate(`string(/*/${byLocalName(path)})`);
  /** Every matching element's text, one per line as xmllint prints them. */
  const values = (path: string) =>
    evaluate(`/*/${byLocalName(path)}/text()`)
      .split('\n')
      .filter(Boolean);
  return {
    root: evaluate('local-name(/*)'),
    value,
    count: (path: string) => Number(evaluate(`count(/*/${byLocalName(path)})`)),
    /** Cents of the amount at a path (0 when absent). */
    cents: (path: string) => {
      const text = value(path);
      return text === '' ? 0 : decimalCents(text);
    },
    sumCents: (path: string) => values(path).reduce((sum, text) => sum + decimalCents(text), 0),
  };
}

const MANDATORY_TERMS: [string, string][] = [
  ['BT-1 invoice number', 'cbc:ID'],
  ['BT-2 issue date', 'cbc:IssueDate'],
  ['BT-5 currency', 'cbc:DocumentCurrencyCode'],
  ['BT-24 specification identifier', 'cbc:CustomizationID'],
  ['BT-23 business process', 'cbc:ProfileID'],
  ['BT-27 seller name', 'cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName'],
  ['BT-34 seller electronic address', 'cac:AccountingSupplierParty/cac:Party/cbc:EndpointID'],
  [
    'BT-40 seller country',
    'cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode',
  ],
  ['BT-44 buyer name', 'cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName'],
  ['BT-49 buyer electronic address', 'cac:AccountingCustomerParty/cac:Party/cbc:EndpointID'],
  [
    'BT-55 buyer country',
    'cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode',
  ],
  ['BT-106 sum of line net amounts', 'cac:LegalMonetaryTotal/cbc:LineExtensionAmount'],
  ['BT-109 total without VAT', 'cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount'],
  ['BT-110 total VAT', 'cac:TaxTotal/cbc:TaxAmount'],
  ['BT-112 total with VAT', 'cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount'],
  ['BT-115 amount due', 'cac:LegalMonetaryTotal/cbc:PayableAmount'],
];

export function brokenUblRules(xml: string): string[] {
  const ubl = ublReader(xml);
  const broken: string[] = [];
  const check = (rule: string, holds: boolean) => {
    if (!holds) broken.push(rule);
  };
  const isCredit = ubl.root === 'CreditNote';
  const lineName = isCredit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine';

  check(
    'BT-3 type code',
    ubl.value(isCredit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode') === (isCredit ? '381' : '380'),
  );
  for (const [term, path] of MANDATORY_TERMS) check(term, ubl.value(path) !== '');
  check(
    'PEPPOL BIS 3.0 CustomizationID',
    ubl.value('cbc:CustomizationID') ===
      'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
  );
  check(
    'PEPPOL BIS 3.0 ProfileID',
    ubl.value('cbc:ProfileID') === 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
  );
  check(
    'PEPPOL-EN16931-R003 buyer or order reference',
    ubl.value('cbc:BuyerReference') !== '' || ubl.count('cac:OrderReference') > 0,
  );
  check('BR-16 at least one line', ubl.count(lineName) > 0);

  const lineSum = ubl.sumCents(`${lineName}/cbc:LineExtensionAmount`);
  check(
    'BR-CO-10 sum of lines = LineExtensionAmount',
    lineSum === ubl.cents('cac:LegalMonetaryTotal/cbc:LineExtensionAmount'),
  );
  const allowances = ubl.sumCents('cac:AllowanceCharge[cbc:ChargeIndicator="false"]/cbc:Amount');
  const charges = ubl.sumCents('cac:AllowanceCharge[cbc:ChargeIndicator="true"]/cbc:Amount');
  const taxExclusive = ubl.cents('cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount');
  check(
    'BR-CO-13 TaxExclusiveAmount = lines − allowances + charges',
    taxExclusive === lineSum - allowances + charges,
  );
  const taxTotal = ubl.cents('cac:TaxTotal/cbc:TaxAmount');
  check(
    'BR-CO-14 TaxAmount = sum of TaxSubtotal',
    taxTotal === ubl.sumCents('cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount'),
  );
  const taxInclusive = ubl.cents('cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount');
  check('BR-CO-15 TaxInclusiveAmount = TaxExclusiveAmount + VAT', taxInclusive === taxExclusive + taxTotal);
  const payable = ubl.cents('cac:LegalMonetaryTotal/cbc:PayableAmount');
  const prepaid = ubl.cents('cac:LegalMonetaryTotal/cbc:PrepaidAmount');
  const rounding = ubl.cents('cac:LegalMonetaryTotal/cbc:PayableRoundingAmount');
  check(
    'BR-CO-16 PayableAmount = TaxInclusiveAmount − PrepaidAmount + rounding',
    payable === taxInclusive - prepaid + rounding,
  );
  if (payable > 0)
    check(
      'BR-CO-25 due date or payment terms when an amount is due',
      ubl.value('cbc:DueDate') !== '' ||
        ubl.value('cac:PaymentTerms/cbc:Note') !== '' ||
        ubl.value('cac:PaymentMeans/cbc:PaymentDueDate') !== '',
    );
  checkCategories(ubl, lineName, check);
  checkLines(ubl, lineName, isCredit, check);
  return broken;
}

type Reader = ReturnType<typeof ublReader>;
type Check = (rule: string, holds: boolean) => void;

function checkCategories(ubl: Reader, lineName: string, check: Check) {
  const subtotals = ubl.count('cac:TaxTotal/cac:TaxSubtotal');
  for (let i = 1; i <= subtotals; i += 1) {
    const at = `cac:TaxTotal/cac:TaxSubtotal[${i}]`;
    const category = ubl.value(`${at}/cac:TaxCategory/cbc:ID`);
    const rate = ubl.value(`${at}/cac:TaxCategory/cbc:Percent`);
    const taxable = ubl.cents(`${at}/cbc:TaxableAmount`);
    const tax = ubl.cents(`${at}/cbc:TaxAmount`);
    check(
      `BR-CO-17 VAT of category ${category} ${rate} % = taxable × rate`,
      // EN 16931 (1.3.x) allows the rounding of a whole: one minor unit here, as when an invoice is
      // one part of an order billed in parts.
      Math.abs(tax - Math.round((taxable * Number(rate)) / 100)) <= 1,
    );
    const linesOfCategory = `${lineName}[cac:Item/cac:ClassifiedTaxCategory/cbc:ID="${category}" and number(cac:Item/cac:ClassifiedTaxCategory/cbc:Percent)=${Number(rate)}]/cbc:LineExtensionAmount`;
    check(
      `BR-${category}-08 taxable amount of ${category} ${rate} % = its lines`,
      taxable === ubl.sumCents(linesOfCategory),
    );
    if (category === 'S')
      check(
        'BR-S-02 seller VAT ID with standard-rated VAT',
        ubl.value('cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID') !== '',
      );
    if (['E', 'AE', 'K', 'G', 'O'].includes(category))
      check(
        `BR-${category}-10 exemption reason`,
        ubl.value(`${at}/cac:TaxCategory/cbc:TaxExemptionReason`) !== '' ||
          ubl.value(`${at}/cac:TaxCategory/cbc:TaxExemptionReasonCode`) !== '',
      );
  }
}

function checkLines(ubl: Reader, lineName: string, isCredit: boolean, check: Check) {
  const lines = ubl.count(lineName);
  for (let i = 1; i <= lines; i += 1) {
    const at = `${lineName}[${i}]`;
    const quantity = Number(ubl.value(`${at}/${isCredit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity'}`));
    const price = ubl.cents(`${at}/cac:Price/cbc:PriceAmount`);
    const allowance = ubl.sumCents(`${at}/cac:AllowanceCharge[cbc:ChargeIndicator="false"]/cbc:Amount`);
    const charge = ubl.sumCents(`${at}/cac:AllowanceCharge[cbc:ChargeIndicator="true"]/cbc:Amount`);
    const net = ubl.cents(`${at}/cbc:LineExtensionAmount`);
    check(`BT-126 line ${i} identifier`, ubl.value(`${at}/cbc:ID`) !== '');
    check(
      `BT-130 line ${i} unit code`,
      ubl.value(`${at}/${isCredit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity'}/@unitCode`) !== '',
    );
    check(`BT-153 line ${i} item name`, ubl.value(`${at}/cac:Item/cbc:Name`) !== '');
    check(
      `BT-151 line ${i} VAT category`,
      ubl.value(`${at}/cac:Item/cac:ClassifiedTaxCategory/cbc:ID`) !== '',
    );
    check(`BR-27 line ${i} price not negative`, price >= 0);
    // PEPPOL-EN16931-R120: net = quantity × price − allowances + charges (to the cent).
    check(
      `PEPPOL-EN16931-R120 line ${i} net amount`,
      net === Math.round(quantity * price) - allowance + charge,
    );
  }
}
