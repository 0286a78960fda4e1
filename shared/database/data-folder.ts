import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DatabaseStartupError } from './database-startup-error.js';

const isRoot = process.getuid?.() === 0;

/**
 * Readies an embedded Postgres data folder for a start: reports whether it is initialised,
 * clears what a killed run left behind, and returns the superuser password kept beside it
 * (generated on first use; the folder itself is useless without it).
 */
export async function prepareDataFolder(dataDir: string): Promise<{ initialised: boolean; password: string }> {
  await makeParentTraversable(dataDir);
  const initialised = await isInitialised(dataDir);
  if (initialised) await removeStalePidFile(dataDir);
  return { initialised, password: await passwordFor(dataDir, initialised) };
}

/** Postgres runs as another OS user when we are root; it must be able to reach its folder. */
async function makeParentTraversable(dataDir: string): Promise<void> {
  const parent = path.dirname(dataDir);
  await mkdir(parent, { recursive: true });
  if (!isRoot) return;
  const { mode } = await stat(parent);
  if ((mode & 0o011) !== 0o011) await chmod(parent, (mode & 0o7777) | 0o011);
  // Folders above ours are the user's, not ours to loosen (e.g. /root is 0700): say which one
  // blocks Postgres and how to get around it, instead of letting initdb fail obscurely.
  for (let folder = path.dirname(parent); ; folder = path.dirname(folder)) {
    const { mode: ancestorMode } = await stat(folder);
    if ((ancestorMode & 0o001) === 0) {
      throw new DatabaseStartupError(
        'UNREACHABLE_DATA_DIR',
        `Beacon runs as root, so the embedded Postgres runs as the "postgres" user, which cannot enter ${folder}; ` +
          `run \`chmod o+x ${folder}\`, or set BEACON_HOME to a folder it can reach (e.g. /var/tmp/beacon), or set DATABASE_URL.`,
      );
    }
    if (folder === path.dirname(folder)) break;
  }
}

async function isInitialised(dataDir: string): Promise<boolean> {
  let entries: string[];
  try {
    entries = await readdir(dataDir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw corruptDataDir(dataDir, 'it cannot be read as a folder', error);
  }
  if (entries.includes('PG_VERSION')) return true;
  if (entries.length === 0) return false;
  throw corruptDataDir(dataDir, 'it is not empty but has no PG_VERSION');
}

/** A postmaster.pid left by a killed run would make Postgres refuse to start if its pid was reused. */
async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let content: string;
  try {
    content = await readFile(pidFile, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  if (pid > 0 && isPostgresProcess(pid)) {
    throw new DatabaseStartupError(
      'ALREADY_RUNNING',
      `A Postgres (pid ${pid}) is already running on data folder ${dataDir}; stop it first, or delete ${pidFile} if you are sure it is not running.`,
    );
  }
  await rm(pidFile, { force: true });
}

function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (errorCode(error) !== 'EPERM') return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return true; // No /proc (macOS): the pid is alive and that is all we can tell.
  }
}

async function passwordFor(dataDir: string, initialised: boolean): Promise<string> {
  const passwordFile = `${dataDir}.password`;
  try {
    const saved = (await readFile(passwordFile, 'utf8')).trim();
    if (saved) return saved;
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  if (initialised) {
    throw new DatabaseStartupError(
      'PASSWORD_MISSING',
      `Data folder ${dataDir} has no password file ${passwordFile}; restore that file, or delete the folder to start afresh (its data would be lost).`,
    );
  }
  const password = randomBytes(24).toString('base64url');
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

export function corruptDataDir(dataDir: string, why: string, cause?: unknown): DatabaseStartupError {
  return new DatabaseStartupError(
    'CORRUPT_DATA_DIR',
    `Data folder ${dataDir} is unusable (${why}); fix it, or delete it to start afresh (its data would be lost).`,
    { cause },
  );
}

function errorCode(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}
