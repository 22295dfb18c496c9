/**
 * Builds the example external data set shipped with Rapport: population, GDP and GDP per capita of
 * the countries of the six languages and a few neighbours and trading partners, for the latest year
 * the World Bank publishes both figures for each country.
 *
 *   npx tsx scripts/extract-world-bank.ts [../shared/refdata]
 *
 * Reads world_population.csv.gz and world_gdp.csv.gz (World Bank, World Development Indicators,
 * SP.POP.TOTL and NY.GDP.MKTP.CD, via the Datahub data packages) and writes
 * src/server/modules/data-sets/examples/world-bank-countries.csv. Run it again when the source files
 * are updated; the output is committed with its attribution (README.md beside it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

/** ISO 3166-1 alpha-3 (the World Bank's codes) → alpha-2 (what people and companies store). */
const COUNTRIES: Record<string, string> = {
  GBR: 'GB',
  USA: 'US',
  BGR: 'BG',
  RUS: 'RU',
  SVK: 'SK',
  PRT: 'PT',
  BRA: 'BR',
  POL: 'PL',
  CZE: 'CZ',
  UKR: 'UA',
  DEU: 'DE',
  AUT: 'AT',
  FRA: 'FR',
  ESP: 'ES',
  ITA: 'IT',
  ROU: 'RO',
  GRC: 'GR',
  HUN: 'HU',
  IRL: 'IE',
  AGO: 'AO',
  MOZ: 'MZ',
  KAZ: 'KZ',
};

const source = process.argv[2] ?? '../shared/refdata';
const out = 'src/server/modules/data-sets/examples/world-bank-countries.csv';

type Row = { 'Country Name': string; 'Country Code': string; Year: string; Value: string };
function read(file: string): Map<string, Map<number, number>> {
  const rows = parse<Row>(gunzipSync(readFileSync(join(source, file))), { columns: true });
  const byCountry = new Map<string, Map<number, number>>();
  for (const row of rows) {
    if (!(row['Country Code'] in COUNTRIES) || row.Value === '') continue;
    const years = byCountry.get(row['Country Code']) ?? new Map<number, number>();
    years.set(Number(row.Year), Number(row.Value));
    byCountry.set(row['Country Code'], years);
  }
  return byCountry;
}

const population = read('world_population.csv.gz');
const gdp = read('world_gdp.csv.gz');
const lines = ['country,year,population,gdp_usd,gdp_per_capita_usd'];
for (const [alpha3, alpha2] of Object.entries(COUNTRIES).sort(([, a], [, b]) => a.localeCompare(b))) {
  const people = population.get(alpha3);
  const output = gdp.get(alpha3);
  const years = [...(output?.keys() ?? [])].filter((year) => people?.has(year));
  if (!people || !output || years.length === 0) throw new Error(`no common year for ${alpha3}`);
  const year = Math.max(...years);
  const p = people.get(year)!;
  const g = output.get(year)!;
  lines.push([alpha2, year, Math.round(p), Math.round(g), (g / p).toFixed(2)].join(','));
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${out}: ${lines.length - 1} countries`);
