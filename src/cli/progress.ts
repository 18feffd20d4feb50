/**
 * The live progress line on a terminal: files done of total, MB/s, time left.
 *
 * Shown only where a person watches: stderr is a terminal, CI is not set, no
 * --quiet, and the run has lasted PROGRESS_DELAY_MS (a run of a few files
 * never flashes a line). Redrawn at most every PROGRESS_INTERVAL_MS, erased
 * before a warning is printed (and redrawn after) and at the end, so the
 * summary line stands alone.
 */
export const PROGRESS_DELAY_MS = 1000;
export const PROGRESS_INTERVAL_MS = 100;

/** Carriage return, then erase to the end of the line (ECMA-48 EL). */
const ERASE = "\r\x1b[K";

export interface ProgressState {
  done: number;
  total: number;
  bytes: number;
  elapsedMs: number;
}

export interface Terminal {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export function progressWanted(stream: Terminal, env: NodeJS.ProcessEnv, quiet: boolean): boolean {
  return Boolean(stream.isTTY) && !quiet && !isCi(env);
}

function isCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI?.toLowerCase();
  return ci !== undefined && ci !== "" && ci !== "0" && ci !== "false";
}

/** `0:42`, `12:05`, `1:02:03` */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const two = (n: number) => String(n).padStart(2, "0");
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** `extract: 1234/10000 files · 4.6 MB/s · 0:42 left` (time left from the pace of files so far) */
export function progressText({ done, total, bytes, elapsedMs }: ProgressState): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
  const left = done > 0 && done < total ? ` · ${clock((seconds / done) * (total - done))} left` : "";
  return `extract: ${done}/${total} files · ${rate.toFixed(1)} MB/s${left}`;
}

export class ProgressLine {
  private total = 0;
  private done = 0;
  private bytes = 0;
  private shown = false;
  private lastDraw = -Infinity;
  private readonly started: number;

  constructor(
    private readonly terminal: Terminal,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  setTotal(total: number): void {
    this.total = total;
  }

  /** One more input finished, with this many bytes read. */
  advance(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    const t = this.now();
    if (t - this.started < PROGRESS_DELAY_MS || t - this.lastDraw < PROGRESS_INTERVAL_MS) return;
    this.draw(t);
  }

  /** Print a whole line (a warning) without tearing the progress line: erase, print, redraw. */
  print(line: string): void {
    if (!this.shown) {
      this.terminal.write(line);
      return;
    }
    this.terminal.write(ERASE + line);
    this.draw(this.now());
  }

  /** Erase the line for good (before the summary). */
  clear(): void {
    if (this.shown) this.terminal.write(ERASE);
    this.shown = false;
  }

  private draw(t: number): void {
    let text = progressText({ done: this.done, total: this.total, bytes: this.bytes, elapsedMs: t - this.started });
    // a line wider than the terminal wraps, and \r then only returns to its last row
    const columns = this.terminal.columns;
    if (columns && text.length >= columns) text = text.slice(0, columns - 1);
    this.terminal.write(ERASE + text);
    this.shown = true;
    this.lastDraw = t;
  }
}
