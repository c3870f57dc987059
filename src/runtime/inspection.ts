// Jupyter's inspect_request and IPython's `obj?` / `obj??`: the object a name stands for,
// described by pylib's pyvm_kernel.inspector (signature, docstring, type, source...) in
// the layout IPython's object inspector gives it. Which name the cursor is on follows
// IPython's token_at_cursor: the dotted name under the cursor, or else the function
// whose call the cursor is inside, or else the last name before the cursor.
import type { PyModule } from '../objects/module';
import { call, getAttr, pyStr } from '../objects/protocols';
import { TokenType } from '../tokenizer/token';
import { importModule } from './importSystem';
import { codePointToIndex, cursorLine, type PlacedToken } from './cursorLine';
import { resolveDottedName } from './namespaceLookup';

export type InspectReply = {
  status: 'ok';
  found: boolean;
  data: { 'text/plain'?: string };
  metadata: Record<string, never>;
};

export function inspect(code: string, cursorPos: number, detailLevel: number, main: PyModule): InspectReply {
  const name = nameAtCursor(code, codePointToIndex(code, cursorPos));
  const text = name === null ? null : describe(main, name, detailLevel);
  return text === null
    ? { status: 'ok', found: false, data: {}, metadata: {} }
    : { status: 'ok', found: true, data: { 'text/plain': text }, metadata: {} };
}

/** The inspector's text for the object `name` stands for in __main__, or null when it stands for nothing. */
export function describe(main: PyModule, name: string, detailLevel: number): string | null {
  const value = resolveDottedName(main.dict, name.split('.'));
  if (value === undefined) return null;
  const inspector = importModule('pyvm_kernel.inspector');
  return pyStr(call(getAttr(inspector, 'page_text'), [value, name, detailLevel]));
}

function nameAtCursor(code: string, cursor: number): string | null {
  const line = cursorLine(code, cursor, true);
  const column = cursor - line.offset;
  const tokens = line.tokens;
  const calls: string[] = [];
  let lastName: string | null = null;
  for (let index = 0; index < tokens.length && tokens[index].start <= column; index++) {
    const token = tokens[index];
    if (token.type === TokenType.NAME) {
      lastName = dottedNameEndingAt(tokens, index);
      if (column <= token.end) return lastName;
    } else if (token.text === '(') {
      calls.push(tokens[index - 1]?.type === TokenType.NAME ? dottedNameEndingAt(tokens, index - 1) : '');
    } else if (token.text === ')') {
      calls.pop();
    }
  }
  const callee = calls[calls.length - 1];
  return callee || lastName;
}

/** `a.b.c` for the token `c` preceded by `a.b.`. */
function dottedNameEndingAt(tokens: PlacedToken[], index: number): string {
  let first = index;
  while (first >= 2 && tokens[first - 1].text === '.' && tokens[first - 2].type === TokenType.NAME) first -= 2;
  return tokens.slice(first, index + 1).map((token) => token.text).join('');
}
