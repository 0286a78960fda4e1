import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The parts of V8's `.cpuprofile` format (Profiler.Profile) read here. */
interface CpuProfile {
  readonly nodes: ReadonlyArray<{
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  }>;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface SelfTime {
  /** Where the time went: an npm package, a file of this repository, a Node module, or V8's own (`(garbage collector)`). */
  readonly where: string;
  readonly ms: number;
}

/** What V8 reports for a thread with nothing to run; kept apart from the time spent working. */
const IDLE = '(idle)';
const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A profile's self time summed by where the code lives, busiest first, idle time left out: one
 * line per package answers "which library costs what" where a flame graph answers "which call".
 * Each sample's time is the gap to the next one, as DevTools counts it.
 */
export async function selfTimeByPlace(path: string): Promise<{ busyMs: number; idleMs: number; places: SelfTime[] }> {
  const profile = JSON.parse(await readFile(path, 'utf8')) as CpuProfile;
  const placeOf = new Map(profile.nodes.map((node) => [node.id, placeOfFrame(node.callFrame)]));
  const totals = new Map<string, number>();
  for (let index = 0; index < profile.samples.length; index++) {
    const place = placeOf.get(profile.samples[index] ?? -1) ?? '(unknown)';
    const micros = profile.timeDeltas[index + 1] ?? 0;
    totals.set(place, (totals.get(place) ?? 0) + micros);
  }
  const idleMs = (totals.get(IDLE) ?? 0) / 1000;
  totals.delete(IDLE);
  const places = [...totals].map(([where, micros]) => ({ where, ms: micros / 1000 })).sort((a, b) => b.ms - a.ms);
  return { busyMs: places.reduce((sum, place) => sum + place.ms, 0), idleMs, places };
}

function placeOfFrame(frame: { functionName: string; url: string }): string {
  const { url } = frame;
  // Native code and V8's own work: `(garbage collector)`, `(program)`, `writev`…
  if (url === '') return frame.functionName.startsWith('(') ? frame.functionName : `(native ${frame.functionName || 'anonymous'})`;
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage?.[1]) return inPackage[1];
  if (url.startsWith('node:')) return url;
  const path = url.startsWith('file:') ? fileURLToPath(url) : url;
  return path.startsWith(REPOSITORY_ROOT) ? path.slice(REPOSITORY_ROOT.length) : path;
}

/**
 * The busiest places, each as its share of the busy samples and that share of the CPU time the
 * process used per request. The samples are wall-clock: on a machine busier than its cores, a
 * thread that waits for a core is sampled as if it ran, so the profile's own milliseconds
 * overstate CPU time; its shares, applied to the measured CPU time, do not (as long as the
 * waiting falls evenly on the code that runs).
 */
export function formatSelfTimes(summary: { busyMs: number; places: readonly SelfTime[] }, cpuMsPerRequest: number, top: number): string {
  const busy = Math.max(1e-9, summary.busyMs);
  const lines = summary.places
    .slice(0, top)
    .map(
      (place) =>
        `    ${((place.ms / busy) * cpuMsPerRequest).toFixed(3).padStart(7)} ms/req ${((100 * place.ms) / busy).toFixed(1).padStart(5)}%  ${place.where}`,
    );
  return [`    of ${cpuMsPerRequest.toFixed(3)} ms CPU/req, by self time on the main thread:`, ...lines].join('\n');
}
