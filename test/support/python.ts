// The oracle: CPython 3.11 on this machine. Tests ask it questions in bulk — one
// process per question set, JSON in on stdin, one JSON value per stdout line out —
// because each python3 start costs tens of milliseconds (more through the pyenv shim).
import { execFileSync, spawn } from 'node:child_process';

/** How much of a failing python3's stderr an error quotes: its end, where the exception is. */
const STDERR_SHOWN = 2_000;

let cachedExecutable: string | undefined;
let cachedStdlibRoot: string | undefined;

/** The real python3 binary (resolved once, so later runs skip the pyenv shim). */
export function pythonExecutable(): string {
  cachedExecutable ??= execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  return cachedExecutable;
}

/** The directory holding python3's standard library sources. */
export function stdlibRoot(): string {
  cachedStdlibRoot ??= execFileSync(pythonExecutable(), ['-c', 'import sysconfig; print(sysconfig.get_path("stdlib"))'], {
    encoding: 'utf8',
  }).trim();
  return cachedStdlibRoot;
}

/**
 * Runs python3 with `args` (e.g. ['-c', code] or [scriptPath]), writes `input` as JSON
 * to its stdin and yields each stdout line parsed as JSON. Lines are yielded as they
 * arrive, so outputs too big to hold at once (hundreds of MB of AST dumps) can stream.
 */
export async function* pythonJsonLines(args: string[], input: unknown, env: NodeJS.ProcessEnv = process.env): AsyncGenerator<unknown> {
  const child = spawn(pythonExecutable(), args, { stdio: ['pipe', 'pipe', 'pipe'], env });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exitCode = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  child.stdin.end(JSON.stringify(input));
  try {
    // A line can span many chunks (one AST dump reaches 12 MB): gather the pieces
    // and join them once, instead of re-scanning a growing string.
    let pieces: Buffer[] = [];
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let lineStart = 0;
      for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, lineStart)) {
        pieces.push(chunk.subarray(lineStart, newline));
        yield JSON.parse(Buffer.concat(pieces).toString('utf8'));
        pieces = [];
        lineStart = newline + 1;
      }
      pieces.push(chunk.subarray(lineStart));
    }
    const code = await exitCode;
    if (code !== 0) {
      const command = args[0] === '-c' ? '-c <script>' : args.join(' ');
      throw new Error(`python3 ${command} exited with ${code}; the end of its stderr:\n${stderr.slice(-STDERR_SHOWN)}`);
    }
  } finally {
    if (child.exitCode === null) child.kill();
  }
}

/** Collects every line `pythonJsonLines` yields. */
export async function pythonJson(args: string[], input: unknown, env?: NodeJS.ProcessEnv): Promise<unknown[]> {
  const values: unknown[] = [];
  for await (const value of pythonJsonLines(args, input, env)) values.push(value);
  return values;
}
