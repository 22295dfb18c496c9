/**
 * Renders a BasketAnalysis as the JSON document of the CLI contract or as a readable table. Pure:
 * it returns text, the caller writes it. JSON comes in chunks so that a run with a million rules
 * never builds one giant string.
 */
import type { BasketAnalysis, Rule } from './basket-analysis.js';

export interface ReportOptions {
  /** How many rules to list; the counts always cover all of them. */
  top: number;
  /** Long-format rows left out because their transaction or item was empty (absent: basket format). */
  skippedRows?: number;
  /** Whether recommendations were asked for (the key is present only then). */
  recommend: boolean;
}

/** The contract's rule object, plus leverage and conviction (null stands for an infinite conviction). */
export function ruleJson(rule: Rule): Record<string, unknown> {
  return {
    antecedent: rule.antecedent,
    consequent: rule.consequent,
    support: rule.support,
    confidence: rule.confidence,
    lift: rule.lift,
    count: rule.count,
    leverage: rule.leverage,
    conviction: Number.isFinite(rule.conviction) ? rule.conviction : null,
  };
}

export function* reportJson(analysis: BasketAnalysis, options: ReportOptions): Generator<string> {
  const head = {
    transactions: analysis.transactions,
    items: analysis.items,
    frequentItemsets: analysis.frequentItemsets,
    ruleCount: analysis.ruleCount,
    minCount: analysis.minCount,
    ...(options.skippedRows === undefined ? {} : { skippedRows: options.skippedRows }),
  };
  yield `${JSON.stringify(head).slice(0, -1)},"rules":[`;
  const shown = Math.min(options.top, analysis.ruleCount);
  for (let start = 0; start < shown; start += 1000) {
    const batch: string[] = [];
    for (let i = start; i < Math.min(shown, start + 1000); i++)
      batch.push(JSON.stringify(ruleJson(analysis.rule(i))));
    yield (start > 0 ? ',' : '') + batch.join(',');
  }
  yield ']';
  if (options.recommend) {
    const items = analysis.recommendations
      .slice(0, options.top)
      .map(({ item, rule }) => ({ item, ...ruleJson(rule) }));
    yield `,"recommendations":${JSON.stringify(items)}`;
  }
  yield '}\n';
}

const number = (value: number, digits: number): string =>
  Number.isFinite(value) ? value.toFixed(digits) : value > 0 ? 'inf' : '-inf';

function table(header: string[], rows: string[][], rightAligned: Set<number>): string {
  const widths = header.map((cell, c) => Math.max(cell.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (rightAligned.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function ruleRow(rank: number, rule: Rule): string[] {
  return [
    String(rank),
    `{${rule.antecedent.join(', ')}}`,
    `=> {${rule.consequent.join(', ')}}`,
    number(rule.support, 4),
    number(rule.confidence, 4),
    number(rule.lift, 3),
    number(rule.leverage, 4),
    number(rule.conviction, 3),
    String(rule.count),
  ];
}

const RULE_HEADER = [
  '#',
  'antecedent',
  'consequent',
  'support',
  'confidence',
  'lift',
  'leverage',
  'conviction',
  'count',
];
const NUMERIC = new Set([0, 3, 4, 5, 6, 7, 8]);

export function reportTable(analysis: BasketAnalysis, options: ReportOptions): string {
  const shown = Math.min(options.top, analysis.ruleCount);
  const skipped = options.skippedRows
    ? ` (${options.skippedRows} rows without transaction or item skipped)`
    : '';
  const lines = [
    `${analysis.transactions} transactions, ${analysis.items} items${skipped}; ` +
      `frequent means in at least ${analysis.minCount} transactions`,
    `${analysis.frequentItemsets} frequent itemsets, ${analysis.ruleCount} rules` +
      (shown < analysis.ruleCount ? ` (showing the first ${shown})` : ''),
  ];
  if (shown > 0) {
    const rows = Array.from({ length: shown }, (_, i) => ruleRow(i + 1, analysis.rule(i)));
    lines.push('', table(RULE_HEADER, rows, NUMERIC));
  }
  if (options.recommend) {
    const picks = analysis.recommendations.slice(0, options.top);
    lines.push(
      '',
      picks.length > 0 ? 'Recommendations:' : 'No recommendation: no rule applies to this basket.',
    );
    const rows = picks.map(({ item, rule }, i) => {
      const [, antecedent, , ...metrics] = ruleRow(i + 1, rule);
      return [String(i + 1), item, `because of ${antecedent}`, ...metrics];
    });
    if (rows.length > 0) lines.push(table(['#', 'item', 'rule', ...RULE_HEADER.slice(3)], rows, NUMERIC));
  }
  return lines.join('\n');
}
