import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const PREFIX = 'beacon-test-pg-';
const OWNER_FILE = 'owner.pid';
/** A folder younger than this may belong to a run that has not yet written its owner file. */
const CLAIM_GRACE_MS = 60_000;
const SHUTDOWN_WAIT_MS = 10_000;

/**
 * A fresh folder under the OS temp dir for this run's Postgres, marked with our pid so a later
 * run can tell it was abandoned: a run killed by a signal never reaches its teardown.
 */
export async function claimRunFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), PREFIX));
  // mkdtemp makes the folder 0700; Postgres runs as another OS user when we are root.
  await chmod(folder, 0o711);
  await writeFile(path.join(folder, OWNER_FILE), `${process.pid}\n`);
  return folder;
}

/** Removes run folders whose owner has died, first stopping any Postgres still running in one. */
export async function sweepAbandonedRunFolders(): Promise<void> {
  const entries = await readdir(os.tmpdir()).catch(() => []);
  for (const entry of entries.filter((name) => name.startsWith(PREFIX))) {
    const folder = path.join(os.tmpdir(), entry);
    const owner = await readPid(path.join(folder, OWNER_FILE));
    if (owner !== undefined && isAlive(owner)) continue;
    const postmaster = await readPid(path.join(folder, 'data', 'postmaster.pid'));
    const running = postmaster !== undefined && isAlive(postmaster) && commandOf(postmaster).includes(folder);
    // Without an owner file we cannot prove the run is over, so only clear what is clearly dead.
    if (owner === undefined && (running || (await isYoung(folder)))) continue;
    if (running) {
      process.kill(postmaster, 'SIGQUIT');
      await waitUntilGone(postmaster);
    }
    await rm(folder, { recursive: true, force: true });
  }
}

async function readPid(file: string): Promise<number | undefined> {
  const first = (await readFile(file, 'utf8').catch(() => '')).split('\n')[0] ?? '';
  const pid = Number.parseInt(first, 10);
  return pid > 0 ? pid : undefined;
}

async function isYoung(folder: string): Promise<boolean> {
  const info = await stat(folder).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs < CLAIM_GRACE_MS;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM';
  }
  // A zombie answers signals but is gone for our purposes.
  const state = readProc(pid, 'stat').replace(/^.*\)\s*/, '');
  return !state.startsWith('Z');
}

function commandOf(pid: number): string {
  return readProc(pid, 'cmdline').replaceAll('\0', ' ');
}

function readProc(pid: number, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}

async function waitUntilGone(pid: number): Promise<void> {
  const deadline = Date.now() + SHUTDOWN_WAIT_MS;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}
