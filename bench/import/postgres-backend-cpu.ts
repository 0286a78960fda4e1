import { readdir, readFile } from 'node:fs/promises';

/** Linux's clock ticks per second (`getconf CLK_TCK`), the unit of `/proc/<pid>/stat`'s CPU times. */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU time so far, in ms, of each Postgres backend serving exactly `database`, by pid (Postgres
 * titles a backend `postgres: <cluster>: <user> <database> <client> <state>`, which
 * `/proc/<pid>/cmdline` shows); undefined where there is no `/proc` (not Linux). By pid, not summed
 * (as `bench/support/postgres-cpu.ts` sums by database prefix): a pool's idle connection that
 * closes during a measured window would otherwise take its earlier CPU out of the difference.
 */
export async function backendCpuMs(database: string): Promise<Map<string, number> | undefined> {
  let pids: string[];
  try {
    pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const byPid = new Map<string, number>();
  for (const pid of pids) {
    // A process can exit between the listing and the read: it is then simply not counted.
    const title = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (!title.startsWith('postgres: ') || !title.includes(` ${database} `)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
    // Fields after the command name (in parentheses, which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields) byPid.set(pid, ((Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 1000) / CLOCK_TICKS_PER_SECOND);
  }
  return byPid;
}

/** CPU the backends of `before`'s database spent since it was read: new backends whole, the others' growth. */
export function backendCpuSince(before: ReadonlyMap<string, number> | undefined, after: ReadonlyMap<string, number> | undefined): number | undefined {
  if (!before || !after) return undefined;
  let ms = 0;
  for (const [pid, total] of after) ms += total - (before.get(pid) ?? 0);
  return ms;
}
