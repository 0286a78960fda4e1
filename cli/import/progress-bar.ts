import type { ImportProgress } from '../../shared/import/index.js';

/** A terminal redraws this often at most; more is flicker, not information. */
export const TTY_REDRAW_MS = 100;
/** Without a terminal (a log, CI), one plain line this often. */
export const PLAIN_LINE_MS = 5_000;
const BAR_WIDTH = 24;

/**
 * Import progress on stderr: a bar redrawn in place with rows/s and ETA on a terminal, a plain
 * line every few seconds anywhere else. ETA comes from bytes read against the file's size, the
 * only measure known before the end.
 */
export class ImportProgressBar {
  private lastDrawn = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
    private readonly totalBytes: number | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  update(progress: ImportProgress): void {
    const tty = this.stream.isTTY === true;
    const time = this.now();
    if (time - this.lastDrawn < (tty ? TTY_REDRAW_MS : PLAIN_LINE_MS)) return;
    this.lastDrawn = time;
    if (tty) {
      const line = `${this.bar(progress)} ${describe(progress, this.totalBytes)}`;
      this.stream.write(`\r\u001b[2K${line.slice(0, (this.stream.columns ?? 120) - 1)}`);
      this.drawn = true;
    } else {
      const share = shareOf(progress, this.totalBytes);
      const percent = share === undefined ? '' : `${Math.floor(share * 100)}%, `;
      this.stream.write(`import: ${percent}${describe(progress, this.totalBytes)}\n`);
    }
  }

  /** Clears the bar before the summary is printed. */
  done(): void {
    if (this.drawn) this.stream.write('\r\u001b[2K');
    this.drawn = false;
  }

  private bar(progress: ImportProgress): string {
    const share = shareOf(progress, this.totalBytes);
    if (share === undefined) return '';
    const filled = Math.round(share * BAR_WIDTH);
    return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%`;
  }
}

/** `1,234,567 rows, 45,678 rows/s, ETA 0:12, 12 rejected`. */
export function describe(progress: ImportProgress, totalBytes: number | undefined): string {
  const seconds = progress.elapsedMs / 1000;
  const rate = seconds > 0 ? progress.rowsRead / seconds : 0;
  const parts = [`${progress.rowsRead.toLocaleString('en')} rows`, `${Math.round(rate).toLocaleString('en')} rows/s`];
  const share = shareOf(progress, totalBytes);
  if (share !== undefined && share > 0 && totalBytes !== undefined) {
    const remaining = (seconds / progress.bytesRead) * (totalBytes - progress.bytesRead);
    parts.push(`ETA ${clock(remaining)}`);
  }
  if (progress.rejected > 0) parts.push(`${progress.rejected.toLocaleString('en')} rejected`);
  return parts.join(', ');
}

function shareOf(progress: ImportProgress, totalBytes: number | undefined): number | undefined {
  if (!totalBytes) return undefined;
  return Math.min(1, progress.bytesRead / totalBytes);
}

function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
