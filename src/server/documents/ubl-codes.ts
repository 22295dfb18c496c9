import type { DocumentLine, DocumentParty, SalesDocument, VatCategory } from './document-model.js';

/** Units people type, in the six languages, and their UN/ECE Recommendation 20 codes. */
const UNIT_CODES: [RegExp, string][] = [
  [
    /^(h|hr|hrs|hour|hours|ч|час|часа|часов|hod\.?|hodina|hodiny|hodín|godz\.?|godzina|godzin|hora|horas)$/i,
    'HUR',
  ],
  [/^(d|day|days|ден|дни|день|дней|deň|dni|dzień|dia|dias)$/i, 'DAY'],
  [/^(month|months|месец|месеца|месяц|mesiac|mesiace|miesiąc|miesięcy|mês|meses)$/i, 'MON'],
  [/^(kg|кг)$/i, 'KGM'],
  [/^(g|г)$/i, 'GRM'],
  [/^(t|тон|тонна)$/i, 'TNE'],
  [/^(m|м)$/i, 'MTR'],
  [/^(m2|m²|м2|м²)$/i, 'MTK'],
  [/^(l|л|litre|liter|литр)$/i, 'LTR'],
  [/^(km|км)$/i, 'KMT'],
  [/^(set|sets|комплект|súprava|zestaw|conjunto)$/i, 'SET'],
];

export function unitCode(line: DocumentLine): string {
  if (line.unitCode) return line.unitCode;
  const unit = line.unit?.trim();
  if (!unit) return 'C62';
  return UNIT_CODES.find(([pattern]) => pattern.test(unit))?.[1] ?? 'C62';
}

export const lineCategory = (line: { taxRate: number; taxCategory?: VatCategory }): VatCategory =>
  line.taxCategory ?? (line.taxRate > 0 ? 'S' : 'Z');

/** Categories whose breakdown must say why no VAT is charged (BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10). */
export const NEEDS_EXEMPTION_REASON: ReadonlySet<VatCategory> = new Set(['E', 'AE', 'K', 'G', 'O']);

/** Peppol's EAS scheme for an email address, used when the party has no Peppol participant id. */
export function endpoint(party: DocumentParty): { scheme: string; id: string } | null {
  if (party.electronicAddress) return party.electronicAddress;
  return party.email ? { scheme: 'EM', id: party.email } : null;
}

export const PEPPOL_CUSTOMIZATION_ID =
  'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const PEPPOL_PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

/** UNCL 1001: 380 commercial invoice, 381 credit note. */
export const typeCode = (doc: SalesDocument) => (doc.kind === 'credit-note' ? '381' : '380');
