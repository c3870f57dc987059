// The interactive loop: `>>> ` and `... ` prompts, each complete statement compiled in
// 'single' mode (so expression values are echoed through sys.displayhook) and run in
// __main__; an exception prints its traceback and the loop goes on. EOF (Ctrl-D) ends it.
import { readSync } from 'node:fs';
import { compile } from '../compiler/compile';
import { PySyntaxError } from '../tokenizer/syntaxError';
import type { PyModule } from '../objects/module';
import { SystemExit } from '../objects/exceptions';
import { toPyException } from '../objects/pyErrorConversion';
import { stderr, stdout } from '../modules/consoleStream';
import { runModuleCode, reportUncaught } from './interpreter';

const BANNER = 'Python 3.11.7 (pyvm) on linux\nType "help", "copyright", "credits" or "license" for more information.\n';

export function runRepl(main: PyModule): number {
  stderr.write(BANNER);
  stderr.flush();
  for (;;) {
    const source = readStatement();
    if (source === null) {
      stdout.write('\n');
      stdout.flush();
      return 0;
    }
    if (source.trim() === '') continue;
    try {
      runModuleCode(compile(source, '<stdin>', 'single'), main);
    } catch (caught) {
      const exc = caught instanceof PySyntaxError ? caught : toPyException(caught);
      if (!(exc instanceof PySyntaxError) && exc.cls.isSubtypeOf(SystemExit)) return reportUncaught(exc);
      reportUncaught(exc);
    }
    stdout.flush();
    stderr.flush();
  }
}

/** Lines up to a complete statement, or null at end of input. */
function readStatement(): string | null {
  let source = '';
  let prompt = '>>> ';
  for (;;) {
    const line = readLine(prompt);
    if (line === null) return source === '' ? null : source;
    source += line;
    const compound = /:\s*(#.*)?$/.test(source.split('\n')[0]) || source.split('\n')[0].trimEnd().endsWith('\\');
    if (compound) {
      if (line.trim() === '' && source.trim() !== '') return source;
    } else if (!needsMoreInput(source)) {
      return source;
    }
    prompt = '... ';
  }
}

function needsMoreInput(source: string): boolean {
  try {
    compile(source, '<stdin>', 'single');
    return false;
  } catch (error) {
    if (!(error instanceof PySyntaxError)) return false;
    return /unexpected EOF|was never closed|unterminated triple-quoted|expected an indented block|incomplete input/.test(error.msg);
  }
}

const pendingInput: string[] = [];

function readLine(prompt: string): string | null {
  process.stdout.write(prompt);
  const chunk = Buffer.alloc(4096);
  let text = pendingInput.join('');
  pendingInput.length = 0;
  while (!text.includes('\n')) {
    let count: number;
    try {
      count = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') return null;
      throw error;
    }
    if (count === 0) return text === '' ? null : text;
    text += chunk.subarray(0, count).toString('utf8');
  }
  const end = text.indexOf('\n') + 1;
  if (end < text.length) pendingInput.push(text.slice(end));
  return text.slice(0, end);
}
