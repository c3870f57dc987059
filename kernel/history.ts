// The input history behind history_request, kept across restarts as IPython keeps its
// history.sqlite: one file a kernel name, in pyvm's own simple format (a JSON line a
// cell: its session, line number, source and the text/plain of its result). Each
// start of the kernel is a new session, numbered after the last one in the file.
// Requests are answered as IPython's HistoryManager answers them for ipykernel: `tail`
// (the last n cells of all sessions), `range` (lines of one session; 0 is the current
// one and -1 the one before it), and `search` (a glob on the source; `unique` keeps a
// source's latest run, `n` the last n matches).
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { JsonValue } from '../src/runtime/jsonValues';
import type { JsonObject } from './wireMessage';
import { log } from './log';

interface Entry {
  session: number;
  line: number;
  source: string;
  output: string | null;
}

/** The file for a kernel name: under $JUPYTER_DATA_DIR/pyvm when Jupyter's data directory is set, else ~/.local/share/pyvm. */
export function historyFile(kernelName: string): string {
  const dataDirectory = process.env.JUPYTER_DATA_DIR
    ? join(process.env.JUPYTER_DATA_DIR, 'pyvm')
    : join(process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'pyvm');
  return join(dataDirectory, `history-${kernelName.replace(/[^\w.-]/g, '_')}.jsonl`);
}

export class History {
  private readonly entries: Entry[];
  readonly session: number;

  constructor(private readonly file: string) {
    this.entries = readEntries(file);
    this.session = this.entries.reduce((latest, entry) => Math.max(latest, entry.session), 0) + 1;
  }

  /** Keeps a counted cell; a file that cannot be written costs only persistence. */
  record(line: number, source: string, output: string | null): void {
    const entry = { session: this.session, line, source, output };
    this.entries.push(entry);
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
    } catch (error) {
      log(`history not saved: ${(error as Error).message}`);
    }
  }

  /** history_reply's content for a history_request's. */
  answer(request: JsonObject): JsonObject {
    const output = request.output === true;
    const shown = (entries: Entry[], session?: number) => entries.map((entry) => [
      session ?? entry.session, entry.line, output ? [entry.source, entry.output] : entry.source,
    ] as JsonValue);
    switch (request.hist_access_type) {
      case 'tail':
        return { status: 'ok', history: shown(lastOf(this.entries, count(request.n) ?? 10)) };
      case 'range':
        return { status: 'ok', history: this.range(request) };
      case 'search':
        return { status: 'ok', history: shown(this.search(request)) };
      default:
        return { status: 'ok', history: [] };
    }

    function count(value: unknown): number | null {
      return typeof value === 'number' && value >= 0 ? value : null;
    }
  }

  private range(request: JsonObject): JsonValue[] {
    const output = request.output === true;
    const asked = typeof request.session === 'number' ? request.session : 0;
    const session = asked <= 0 ? this.session + asked : asked;
    const lines = this.entries.filter((entry) => entry.session === session);
    const last = lines.reduce((highest, entry) => Math.max(highest, entry.line), 0);
    const relative = (value: unknown, fallback: number) =>
      typeof value === 'number' ? (value < 0 ? value + last + 1 : value) : fallback;
    const start = relative(request.start, 1);
    const stop = request.stop === null || request.stop === undefined || request.stop === 0 ? Infinity : relative(request.stop, Infinity);
    // Asked for relative to the current session, the current one is 0 (as IPython answers); else as asked.
    const shownSession = asked <= 0 && session === this.session ? 0 : session;
    return lines
      .filter((entry) => entry.line >= start && entry.line < stop)
      .map((entry) => [shownSession, entry.line, output ? [entry.source, entry.output] : entry.source]);
  }

  private search(request: JsonObject): Entry[] {
    const pattern = globPattern(typeof request.pattern === 'string' && request.pattern !== '' ? request.pattern : '*');
    let found = this.entries.filter((entry) => pattern.test(entry.source));
    if (request.unique === true) {
      const latest = new Map(found.map((entry) => [entry.source, entry]));
      found = found.filter((entry) => latest.get(entry.source) === entry);
    }
    return typeof request.n === 'number' && request.n >= 0 ? lastOf(found, request.n) : found;
  }
}

function lastOf<T>(items: T[], n: number): T[] {
  return n === 0 ? [] : items.slice(-n);
}

/** SQLite's GLOB, which IPython's search uses: `*`, `?` and `[...]`, case-sensitive, over the whole text. */
function globPattern(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*') source += '[^]*';
    else if (char === '?') source += '[^]';
    else if (char === '[' && glob.indexOf(']', i + 2) > 0) {
      const end = glob.indexOf(']', i + 2);
      const body = glob.slice(i + 1, end);
      source += body.startsWith('^') ? `[^${escapeClass(body.slice(1))}]` : `[${escapeClass(body)}]`;
      i = end;
    } else source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}

function escapeClass(body: string): string {
  return body.replace(/[\\\]]/g, '\\$&');
}

function readEntries(file: string): Entry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const entries: Entry[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    try {
      const entry = JSON.parse(line) as Entry;
      if (Number.isInteger(entry.session) && Number.isInteger(entry.line) && typeof entry.source === 'string') entries.push(entry);
    } catch {
      log(`skipped a damaged line in ${file}`);
    }
  }
  return entries;
}
