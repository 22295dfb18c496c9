/**
 * Customers with the same (x, t_x, T) contribute identical likelihood terms. With day-level dates
 * they repeat a lot (every one-time buyer of a given first day is the same point), so the fits
 * evaluate each distinct triple once and weight it by its count (the 2,357 CDNOW sample customers
 * make about 1,000 distinct triples).
 */

/** The calibration facts a BTYD model needs about one customer (time in periods). */
export interface RfPoint {
  readonly frequency: number;
  readonly recency: number;
  readonly age: number;
}

export interface RfGroups {
  readonly frequency: Float64Array;
  readonly recency: Float64Array;
  readonly age: Float64Array;
  readonly weight: Float64Array;
  /** The distinct frequencies, and for each group the position of its frequency among them:
   * terms such as ln Γ(r + x) are then computed once per distinct x rather than once per group. */
  readonly distinctFrequencies: Float64Array;
  readonly frequencyIndex: Int32Array;
  /**
   * The distinct (x, t) pairs among all (x, t_x) and (x, T), with each group's positions for its t_x
   * and its T: the Pareto/NBD's ₂F₁ terms depend on (x, t) only, and there are far fewer such pairs
   * than groups (2,164 pairs for the 8,685 groups of the CDNOW master file).
   */
  readonly pointFrequency: Float64Array;
  readonly pointTime: Float64Array;
  readonly recencyPoint: Int32Array;
  readonly agePoint: Int32Array;
  /** Number of customers (the sum of the weights). */
  readonly customers: number;
}

interface TimePoints {
  pointFrequency: Float64Array;
  pointTime: Float64Array;
  recencyPoint: Int32Array;
  agePoint: Int32Array;
}

function indexTimePoints(frequency: number[], recency: number[], age: number[]): TimePoints {
  const index = new Map<string, number>();
  const pointFrequency: number[] = [];
  const pointTime: number[] = [];
  const positionOf = (x: number, t: number): number => {
    const key = `${x}|${t}`;
    let at = index.get(key);
    if (at === undefined) {
      at = pointTime.length;
      index.set(key, at);
      pointFrequency.push(x);
      pointTime.push(t);
    }
    return at;
  };
  const recencyPoint = Int32Array.from(frequency, (x, i) => positionOf(x, recency[i]!));
  const agePoint = Int32Array.from(frequency, (x, i) => positionOf(x, age[i]!));
  return {
    pointFrequency: Float64Array.from(pointFrequency),
    pointTime: Float64Array.from(pointTime),
    recencyPoint,
    agePoint,
  };
}

export function groupRf(points: Iterable<RfPoint>): RfGroups {
  const index = new Map<string, number>();
  const frequency: number[] = [];
  const recency: number[] = [];
  const age: number[] = [];
  const weight: number[] = [];
  let customers = 0;
  for (const point of points) {
    customers++;
    const key = `${point.frequency}|${point.recency}|${point.age}`;
    const at = index.get(key);
    if (at !== undefined) {
      weight[at]!++;
      continue;
    }
    index.set(key, weight.length);
    frequency.push(point.frequency);
    recency.push(point.recency);
    age.push(point.age);
    weight.push(1);
  }
  const distinct = [...new Set(frequency)].sort((p, q) => p - q);
  const position = new Map(distinct.map((x, i) => [x, i]));
  return {
    ...indexTimePoints(frequency, recency, age),
    distinctFrequencies: Float64Array.from(distinct),
    frequencyIndex: Int32Array.from(frequency, (x) => position.get(x)!),
    frequency: Float64Array.from(frequency),
    recency: Float64Array.from(recency),
    age: Float64Array.from(age),
    weight: Float64Array.from(weight),
    customers,
  };
}

/** Mean purchase rate per period (Σx / ΣT), used to put starting values on the data's time scale. */
export function meanPurchaseRate(groups: RfGroups): number {
  let purchases = 0;
  let exposure = 0;
  for (let i = 0; i < groups.weight.length; i++) {
    purchases += groups.weight[i]! * groups.frequency[i]!;
    exposure += groups.weight[i]! * groups.age[i]!;
  }
  return exposure > 0 && purchases > 0 ? purchases / exposure : 1 / Math.max(exposure / groups.customers, 1);
}
