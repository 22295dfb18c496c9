import { computeDocumentAmounts } from '../sales/line-totals.js';
import type {
  DocumentKind,
  DocumentLine,
  DocumentLocale,
  DocumentSeller,
  SalesDocument,
} from './document-model.js';

/**
 * Sales documents for tests and benchmarks, with the amounts computed by the sales module's own
 * rule, and parties whose names use each language's letters (Cyrillic, ł, ż, č, ľ…).
 */
interface SampleParties {
  seller: Omit<DocumentSeller, 'logo' | 'iban' | 'bic' | 'website'>;
  buyer: SalesDocument['buyer'];
  items: string[];
  unit: string;
  notes: string;
  terms: string;
}

const PARTIES: Record<DocumentLocale, SampleParties> = {
  en: {
    seller: party('Northwind Trading Ltd', ['12 Harbour Street', 'Bristol BS1 4RN'], 'GB', 'GB123456789'),
    buyer: party('Contoso Retail plc', ['1 King’s Road', 'London SW3 4ND'], 'GB', 'GB987654321'),
    items: ['Consulting, on site', 'Espresso machine “Barista Pro”', 'Installation and training'],
    unit: 'h',
    notes: 'Thank you for your business.',
    terms: '14 days net',
  },
  bg: {
    seller: party('Северен вятър ООД', ['ул. „Граф Игнатиев“ 15', '1000 София'], 'BG', 'BG204567890'),
    buyer: party(
      'Търговска къща „Житен клас“ ЕАД',
      ['бул. „Цар Освободител“ 33', '9000 Варна'],
      'BG',
      'BG131234567',
    ),
    items: ['Консултантски услуги на място', 'Кафемашина „Бариста Про“', 'Инсталиране и обучение'],
    unit: 'ч',
    notes: 'Благодарим ви за доверието.',
    terms: 'Плащане до 14 дни',
  },
  ru: {
    seller: party('ООО «Северный ветер»', ['ул. Тверская, 7', '125009 Москва'], 'RU', null),
    buyer: party('АО «Жёлтый щит»', ['Невский пр., 28', '191186 Санкт-Петербург'], 'RU', null),
    items: ['Консультации на объекте', 'Кофемашина «Бариста Про»', 'Установка и обучение'],
    unit: 'ч',
    notes: 'Спасибо за сотрудничество.',
    terms: 'Оплата в течение 14 дней',
  },
  sk: {
    seller: party('Severný vietor s.r.o.', ['Štúrova 27', '811 02 Bratislava'], 'SK', 'SK2021234567'),
    buyer: party('Ľubovnianska čokoláda a.s.', ['Hlavná 112', '040 01 Košice'], 'SK', 'SK2029876543'),
    items: ['Poradenstvo na mieste', 'Kávovar „Barista Pro“ – čierny', 'Inštalácia a školenie'],
    unit: 'hod.',
    notes: 'Ďakujeme za spoluprácu.',
    terms: 'Splatnosť 14 dní',
  },
  pt: {
    seller: party('Vento Norte, Lda.', ['Rua Augusta 120', '1100-053 Lisboa'], 'PT', 'PT509876543'),
    buyer: party(
      'Conceição & Irmãos, S.A.',
      ['Avenida da Boavista 1837', '4100-133 Porto'],
      'PT',
      'PT501234567',
    ),
    items: ['Consultoria no local', 'Máquina de café «Barista Pro»', 'Instalação e formação'],
    unit: 'h',
    notes: 'Obrigado pela preferência.',
    terms: '14 dias',
  },
  pl: {
    seller: party('Północny Wiatr Sp. z o.o.', ['ul. Złota 44', '00-120 Warszawa'], 'PL', 'PL5252812345'),
    buyer: party(
      'Łódzka Żegluga Śródlądowa S.A.',
      ['ul. Piotrkowska 104', '90-926 Łódź'],
      'PL',
      'PL7251234567',
    ),
    items: ['Doradztwo na miejscu', 'Ekspres do kawy „Barista Pro”', 'Instalacja i szkolenie'],
    unit: 'godz.',
    notes: 'Dziękujemy za współpracę.',
    terms: '14 dni',
  },
};

function party(name: string, addressLines: string[], countryCode: string, vatId: string | null) {
  return { name, addressLines, countryCode, vatId, email: 'office@example.com', phone: '+359 2 123 4567' };
}

const TAX_RATES = [20, 20, 9];
const PRICES = [9500, 189_900, 45_000];

export interface SampleOptions {
  kind?: DocumentKind;
  locale?: DocumentLocale;
  currency?: string;
  lineCount?: number;
  logo?: DocumentSeller['logo'];
  documentDiscountPercent?: number | null;
  paidMinor?: number;
  creditedMinor?: number;
}

export function sampleDocument(options: SampleOptions = {}): SalesDocument {
  const locale = options.locale ?? 'en';
  const kind = options.kind ?? 'invoice';
  const sample = PARTIES[locale];
  const count = options.lineCount ?? 3;
  const inputs = Array.from({ length: count }, (_, i) => ({
    quantityMilli: i % 3 === 0 ? 7500 : 1000 * ((i % 4) + 1),
    unitPriceMinor: PRICES[i % 3]! + i,
    discountBasisPoints: i % 5 === 1 ? 1000 : 0,
    taxRateBasisPoints: TAX_RATES[i % 3]! * 100,
  }));
  const discount = options.documentDiscountPercent ?? null;
  const amounts = computeDocumentAmounts(inputs, discount ? discount * 100 : 0);
  const lines: DocumentLine[] = inputs.map((input, i) => ({
    position: i + 1,
    sku: `SKU-${String(1001 + i)}`,
    description: sample.items[i % 3]! + (i >= 3 ? ` (${i + 1})` : ''),
    quantity: input.quantityMilli / 1000,
    unit: i % 3 === 0 ? sample.unit : null,
    unitPriceMinor: input.unitPriceMinor,
    discountPercent: input.discountBasisPoints ? input.discountBasisPoints / 100 : null,
    taxRate: input.taxRateBasisPoints / 100,
    ...amounts.lines[i]!,
  }));
  const paid = options.paidMinor ?? 0;
  const credited = options.creditedMinor ?? 0;
  const invoiceLike = kind === 'invoice' || kind === 'credit-note';
  return {
    kind,
    number: `${{ quote: 'Q', order: 'SO', delivery: 'DN', invoice: 'INV', 'credit-note': 'CN' }[kind]}-2026-00042`,
    issueDate: '2026-11-24',
    dueDate: kind === 'delivery' ? null : '2026-12-08',
    deliveryDate: kind === 'quote' ? null : '2026-11-20',
    reference: kind === 'quote' ? null : kind === 'credit-note' ? 'INV-2026-00041' : 'SO-2026-00017',
    locale,
    currency: options.currency ?? 'EUR',
    seller: {
      ...sample.seller,
      logo: options.logo ?? null,
      iban: 'BG80BNBG96611020345678',
      bic: 'BNBGBGSF',
      website: 'northwind.example',
    },
    buyer: sample.buyer,
    lines,
    documentDiscountPercent: discount,
    totals: amounts.totals,
    taxBreakdown: amounts.taxBreakdown.map((entry) => ({
      taxRate: entry.taxRateBasisPoints / 100,
      taxableMinor: entry.taxableMinor,
      taxMinor: entry.taxMinor,
    })),
    paidMinor: invoiceLike ? paid : null,
    creditedMinor: invoiceLike ? credited : null,
    balanceMinor: invoiceLike ? amounts.totals.grossMinor - paid - credited : null,
    notes: sample.notes,
    paymentTerms: sample.terms,
  };
}
