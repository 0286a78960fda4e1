import { readdir, readFile } from 'node:fs/promises';

/** Linux's clock ticks per second (`getconf CLK_TCK`), the unit of `/proc/<pid>/stat`'s CPU times. */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU time so far, in ms, of the Postgres backends serving databases named `<prefix>_…`: the
 * bench's share of a server other work may use too (Postgres titles each backend
 * `postgres: <cluster>: <user> <database> <client> <state>`, which `/proc/<pid>/cmdline` shows).
 * Backends that exited take their time with them; the subgraphs' pools keep theirs open, so over
 * a measured window the difference of two readings is the queries' cost. `undefined` where there
 * is no `/proc` (not Linux).
 */
export async function postgresBackendsCpuMs(databasePrefix: string): Promise<number | undefined> {
  let pids: string[];
  try {
    pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const marker = ` ${databasePrefix}_`;
  let ticks = 0;
  for (const pid of pids) {
    // A process can exit between the listing and the read: it is then simply not counted.
    const title = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (!title.startsWith('postgres: ') || !title.includes(marker)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
    // Fields after the command name (in parentheses, which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields?.[11] ?? 0) + Number(fields?.[12] ?? 0);
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}
