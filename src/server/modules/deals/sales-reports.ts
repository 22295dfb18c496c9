import { sumInCurrency } from '../exchange-rates/currency-conversion.js';

/**
 * Sales reports from aggregated deal rows, without I/O: pipeline by stage, the weighted forecast by
 * expected close month, and for deals closed in a period the win rate, average deal size and sales
 * cycle, overall, per owner and per team. Amounts are converted into the workspace currency.
 */

export interface OpenRow {
  stageId: string;
  currency: string;
  month: string | null;
  count: number;
  amount: number;
}

export interface ClosedRow {
  ownerId: string | null;
  teamId: string | null;
  status: 'won' | 'lost';
  currency: string;
  count: number;
  amount: number;
  /** Days from creation to close, summed over the rows' deals. */
  days: number;
}

export interface StageInfo {
  id: string;
  probability: number;
}

interface Money {
  convert: (rows: readonly { amount: number; currency: string }[]) => number;
}

function moneyIn(currency: string, rates: ReadonlyMap<string, string>, missing: Set<string>): Money {
  return {
    convert: (rows) => {
      const total = sumInCurrency(rows, currency, rates);
      for (const code of total.missingRates) missing.add(code);
      return total.amount;
    },
  };
}

export function pipelineByStage(rows: readonly OpenRow[], stages: readonly StageInfo[], money: Money) {
  return stages.map((stage) => {
    const mine = rows.filter((row) => row.stageId === stage.id);
    const amount = money.convert(mine);
    return {
      stageId: stage.id,
      count: mine.reduce((n, row) => n + row.count, 0),
      amount,
      weighted: Math.round((amount * stage.probability) / 100),
    };
  });
}

/** Open deals by expected close month: amount × the stage's probability; deals without a date left out. */
export function weightedForecast(rows: readonly OpenRow[], stages: readonly StageInfo[], money: Money) {
  const probability = new Map(stages.map((stage) => [stage.id, stage.probability]));
  const months = [...new Set(rows.map((row) => row.month).filter((m): m is string => m !== null))].sort();
  return months.map((month) => {
    const mine = rows.filter((row) => row.month === month);
    const weighted = mine.reduce(
      (sum, row) => sum + (money.convert([row]) * (probability.get(row.stageId) ?? 0)) / 100,
      0,
    );
    return {
      month,
      count: mine.reduce((n, row) => n + row.count, 0),
      amount: money.convert(mine),
      weighted: Math.round(weighted),
    };
  });
}

/** Win rate, average won deal and average days to close of a set of closed rows. */
export function closedSummary(rows: readonly ClosedRow[], money: Money) {
  const won = rows.filter((row) => row.status === 'won');
  const wonCount = won.reduce((n, row) => n + row.count, 0);
  const lostCount = rows.filter((row) => row.status === 'lost').reduce((n, row) => n + row.count, 0);
  const wonAmount = money.convert(won);
  const closedCount = wonCount + lostCount;
  return {
    won: wonCount,
    lost: lostCount,
    wonAmount,
    winRate: closedCount === 0 ? null : wonCount / closedCount,
    averageDealSize: wonCount === 0 ? null : Math.round(wonAmount / wonCount),
    averageCycleDays:
      wonCount === 0 ? null : Math.round((won.reduce((sum, row) => sum + row.days, 0) / wonCount) * 10) / 10,
  };
}

function groupedSummaries(rows: readonly ClosedRow[], key: 'ownerId' | 'teamId', money: Money) {
  const ids = [...new Set(rows.map((row) => row[key]))];
  return ids.map((id) => ({
    id,
    ...closedSummary(
      rows.filter((row) => row[key] === id),
      money,
    ),
  }));
}

export function salesReport(input: {
  currency: string;
  rates: ReadonlyMap<string, string>;
  stages: readonly StageInfo[];
  open: readonly OpenRow[];
  closed: readonly ClosedRow[];
}) {
  const missing = new Set<string>();
  const money = moneyIn(input.currency, input.rates, missing);
  const report = {
    currency: input.currency,
    byStage: pipelineByStage(input.open, input.stages, money),
    forecast: weightedForecast(input.open, input.stages, money),
    summary: closedSummary(input.closed, money),
    byOwner: groupedSummaries(input.closed, 'ownerId', money),
    byTeam: groupedSummaries(input.closed, 'teamId', money),
  };
  return { ...report, missingRates: [...missing].sort() };
}
