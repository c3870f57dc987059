// What compiling one source gives — a code object or an error — by python3's
// compile(source_bytes, filename, mode) and by pyvm's compile(), and how the two differ.
// An error is compared by its class, message and start (line and offset).
import { CompileFlag, compile } from '../../src/compiler/compile';
import type { CompileMode } from '../../src/compiler/compile';
import { errorFacts, requestsAsJson } from '../support/parseOutcome';
import type { ErrorFacts, ParseRequest } from '../support/parseOutcome';
import { pythonJsonLines } from '../support/python';

/** What compile() is given: as for parsing, but only in compile()'s modes. */
export interface CompileRequest extends ParseRequest {
  mode: CompileMode;
}

export type CompileErrorFacts = Pick<ErrorFacts, 'kind' | 'msg' | 'lineno' | 'offset'>;

export type CompileOutcome = { compiled: true } | { error: CompileErrorFacts };

const ORACLE_SCRIPT = `
import ast, base64, json, sys, warnings

warnings.simplefilter('ignore')  # SyntaxWarnings are not errors; pyvm's compiler issues none

for request in json.load(sys.stdin):
    source = base64.b64decode(request['base64'])
    flags = ast.PyCF_TYPE_COMMENTS if request['typeComments'] else 0
    try:
        compile(source, request['filename'], request['mode'], flags)
        outcome = {'compiled': True}
    except SyntaxError as error:
        outcome = {'error': {'kind': type(error).__name__, 'msg': error.msg, 'lineno': error.lineno, 'offset': error.offset}}
    except Exception as error:  # RecursionError, MemoryError, even UnicodeDecodeError
        outcome = {'error': {'kind': type(error).__name__, 'msg': str(error), 'lineno': None, 'offset': None}}
    sys.stdout.write(json.dumps(outcome) + '\\n')
`;

/** python3's outcome for each request, in order, from one python3 process; streams. */
export async function* pythonCompileOutcomes(requests: readonly CompileRequest[]): AsyncGenerator<CompileOutcome> {
  for await (const outcome of pythonJsonLines(['-c', ORACLE_SCRIPT], requestsAsJson(requests))) yield outcome as CompileOutcome;
}

/** pyvm's outcome; exceptions other than PySyntaxError and PyFrontEndError propagate (they are bugs). */
export function pyvmCompileOutcome({ bytes, filename, mode, typeComments }: CompileRequest): CompileOutcome {
  try {
    compile(bytes, filename, mode, { flags: typeComments ? CompileFlag.TYPE_COMMENTS : 0 });
    return { compiled: true };
  } catch (error) {
    const { kind, msg, lineno, offset } = errorFacts(error);
    return { error: { kind, msg, lineno, offset } };
  }
}

/** null when the outcomes are the same; otherwise what each side did. */
export function describeCompileDifference(python: CompileOutcome, pyvm: CompileOutcome): string | null {
  if ('compiled' in python && 'compiled' in pyvm) return null;
  if ('error' in python && 'error' in pyvm) {
    const fields = Object.keys(python.error) as (keyof CompileErrorFacts)[];
    if (fields.every((field) => python.error[field] === pyvm.error[field])) return null;
    return `python3 raises ${describeCompileError(python.error)}\nbut pyvm raises ${describeCompileError(pyvm.error)}`;
  }
  if ('error' in python) return `python3 raises ${describeCompileError(python.error)}\nbut pyvm compiles it`;
  if ('error' in pyvm) return `python3 compiles it\nbut pyvm raises ${describeCompileError(pyvm.error)}`;
  throw new Error('unreachable: every outcome is a code object or an error');
}

function describeCompileError({ kind, msg, lineno, offset }: CompileErrorFacts): string {
  return `${kind}: ${msg} (line ${lineno}, offset ${offset})`;
}
