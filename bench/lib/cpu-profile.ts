import { readFileSync } from 'node:fs';
import { ROOT } from './setup.js';

/** The parts of a V8 `.cpuprofile` (written by `node --cpu-prof`) that a self-time summary needs. */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

/** Where code lives, short: `src/server/app.ts`, `fastify`, `zod`, `node:internal/…`, `(gc)`. */
function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [scope = '', name = ''] = path.slice(modules + '/node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  return path.startsWith(ROOT) ? path.slice(ROOT.length) : path;
}

function top(totals: Map<string, number>, all: number, count: number): SelfTime[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms, share: ms / all }));
}

const nameOf = (frame: CpuProfile['nodes'][number]['callFrame']) =>
  `${frame.functionName || '(anonymous)'} ${placeOf(frame.url, frame.functionName)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;

/**
 * Self time (time on top of the stack) summed per function and per file or package, and total time
 * (anywhere on the stack, counted once per sample) per function; idle time left out. The sample at
 * position i ran for the delta recorded with the sample after it.
 */
export function summarizeProfile(file: string, count = 25) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  for (const [i, id] of profile.samples.entries()) {
    const frame = byId.get(id)?.callFrame;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!frame || frame.functionName === '(idle)') continue;
    busy += ms;
    const place = placeOf(frame.url, frame.functionName);
    const name = nameOf(frame);
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const caller = byId.get(at)!.callFrame;
      if (caller.functionName !== '(root)') onStack.add(nameOf(caller));
    }
    for (const caller of onStack) total.set(caller, (total.get(caller) ?? 0) + ms);
  }
  return {
    busyMs: busy,
    functions: top(byFunction, busy, count),
    places: top(byPlace, busy, count),
    inclusive: top(total, busy, count),
  };
}

export function formatSummary(summary: ReturnType<typeof summarizeProfile>): string {
  const line = ({ name, ms, share }: SelfTime) =>
    `${(share * 100).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(7)} ms  ${name}`;
  return [
    `busy ${(summary.busyMs / 1000).toFixed(1)} s (idle left out); self time by file or package:`,
    ...summary.places.map(line),
    '',
    'self time by function:',
    ...summary.functions.map(line),
    '',
    'total time (self and callees) by function:',
    ...summary.inclusive.map(line),
  ].join('\n');
}
