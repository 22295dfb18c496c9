import { productType, type Product } from '../modules/products/products.record.js';
import { insertRow } from '../records/record-store.js';
import { insertMany, type BulkTable } from './bulk-insert.js';
import type { DbOrTrx } from '../db/database.js';
import { uuidv7At } from './seed-ids.js';
import { searchTable } from './seed-tables.js';

/**
 * The products a workspace without any gets: what a small B2B supplier sells (licences, hardware,
 * services), named in the six interface languages, priced in the workspace's currency. Deals, quotes,
 * orders and invoices of the seed are made of these.
 */
type Entry = [
  sku: string,
  names: [string, string, string, string, string, string],
  unit: string,
  major: number,
  tax: string,
];

const CATALOGUE: Entry[] = [
  [
    'LIC-STD',
    [
      'Standard licence',
      'Стандартен лиценз',
      'Стандартная лицензия',
      'Štandardná licencia',
      'Licença padrão',
      'Licencja standardowa',
    ],
    'seat',
    240,
    '20',
  ],
  [
    'LIC-PRO',
    [
      'Professional licence',
      'Професионален лиценз',
      'Профессиональная лицензия',
      'Profesionálna licencia',
      'Licença profissional',
      'Licencja profesjonalna',
    ],
    'seat',
    480,
    '20',
  ],
  [
    'SUP-YEAR',
    [
      'Support, one year',
      'Поддръжка, една година',
      'Поддержка, один год',
      'Podpora, jeden rok',
      'Suporte, um ano',
      'Wsparcie, jeden rok',
    ],
    'year',
    1200,
    '20',
  ],
  [
    'TRAIN-DAY',
    ['Training day', 'Ден обучение', 'День обучения', 'Deň školenia', 'Dia de formação', 'Dzień szkolenia'],
    'day',
    900,
    '20',
  ],
  [
    'CONS-HOUR',
    [
      'Consulting hour',
      'Час консултация',
      'Час консультации',
      'Hodina konzultácie',
      'Hora de consultoria',
      'Godzina konsultacji',
    ],
    'hour',
    95,
    '20',
  ],
  [
    'INST',
    ['Installation', 'Инсталация', 'Установка', 'Inštalácia', 'Instalação', 'Instalacja'],
    'pc',
    350,
    '20',
  ],
  [
    'SCAN-200',
    [
      'Barcode scanner',
      'Баркод скенер',
      'Сканер штрихкодов',
      'Skener čiarových kódov',
      'Leitor de código de barras',
      'Skaner kodów kreskowych',
    ],
    'pc',
    180,
    '20',
  ],
  [
    'PRN-LBL',
    [
      'Label printer',
      'Принтер за етикети',
      'Принтер этикеток',
      'Tlačiareň etikiet',
      'Impressora de etiquetas',
      'Drukarka etykiet',
    ],
    'pc',
    420,
    '20',
  ],
  [
    'TAB-10',
    [
      'Rugged tablet',
      'Защитен таблет',
      'Защищённый планшет',
      'Odolný tablet',
      'Tablet robusto',
      'Tablet wzmocniony',
    ],
    'pc',
    760,
    '20',
  ],
  [
    'LBL-ROLL',
    ['Label roll', 'Ролка етикети', 'Рулон этикеток', 'Rolka etikiet', 'Rolo de etiquetas', 'Rolka etykiet'],
    'roll',
    12,
    '20',
  ],
  [
    'CABLE-USB',
    ['USB cable', 'USB кабел', 'USB-кабель', 'USB kábel', 'Cabo USB', 'Kabel USB'],
    'pc',
    9,
    '20',
  ],
  [
    'BOOK-GUIDE',
    [
      'User guide (printed)',
      'Ръководство (печатно)',
      'Руководство (печатное)',
      'Príručka (tlačená)',
      'Guia do utilizador (impresso)',
      'Podręcznik (drukowany)',
    ],
    'pc',
    25,
    '9',
  ],
];
const LOCALES = ['en', 'bg', 'ru', 'sk', 'pt', 'pl'] as const;

export function catalogueProducts(now: number, currency: string, bits: () => number): Product[] {
  const created = new Date(now - 3 * 365 * 24 * 60 * 60_000).toISOString();
  // A millisecond apart, so that their ids sort in the catalogue's order (the seed reads them by id).
  return CATALOGUE.map(([sku, names, unit, major, taxRate], i) => ({
    id: uuidv7At(Date.parse(created) + i, bits),
    sku,
    name: names[0],
    description: null,
    unit,
    price: { amount: major * 100, currency },
    cost: { amount: major * 55, currency },
    taxRate,
    names: Object.fromEntries(LOCALES.map((locale, i) => [locale, names[i]!])),
    prices: [],
    active: true,
    ownerId: null,
    tags: [],
    custom: {},
    version: 1,
    createdAt: created,
    updatedAt: created,
    deletedAt: null,
  }));
}

function productTable(workspaceId: string, sample: Product): BulkTable<Product> {
  return {
    table: 'products',
    columns: Object.keys(insertRow(productType, workspaceId, sample)),
    values: (product) => Object.values(insertRow(productType, workspaceId, product)),
  };
}

/** Writes the catalogue with its search documents; returns how many products were written. */
export async function writeCatalogue(db: DbOrTrx, workspaceId: string, products: Product[]) {
  if (products.length === 0) return 0;
  await insertMany(db, productTable(workspaceId, products[0]!), products);
  await insertMany(
    db,
    searchTable(workspaceId),
    products.map((product) => ({
      entityType: productType.entity,
      entityId: product.id,
      doc: productType.search(product, {}),
    })),
  );
  return products.length;
}
