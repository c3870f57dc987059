// Universal newlines (CPython's IncrementalNewlineDecoder in Modules/_io/textio.c): the
// decoded text with \r\n and \r turned into \n (when translating), a \r at the end of a
// chunk held back until the next shows whether a \n follows, and a record of the kinds
// of newline seen (the newlines attribute). Used inside TextIOWrapper, and as the
// _io.IncrementalNewlineDecoder type over a Python decoder object (or none, for str).
import type { Py } from '../../objects/object';
import { PyObject } from '../../objects/object';
import { objectType, type PyType } from '../../objects/type';
import { newTuple, PyTuple } from '../../objects/tuple';
import { PyBytes } from '../../objects/bytes';
import { intValue } from '../../objects/int';
import { typeName } from '../../objects/typeOf';
import { bindArguments, checkArgCount, defineGetSets, defineMethods } from '../../objects/native';
import { newException, typeError, ValueError } from '../../objects/exceptions';
import { indexAsNumber } from '../../objects/protocols';
import { callMethod, ioType } from './ioBase';
import { checkDecoded, type IncrementalDecoder } from './textCodecs';

const SEEN_CR = 1;
const SEEN_LF = 2;
const SEEN_CRLF = 4;

export class NewlineTranslator implements IncrementalDecoder {
  pendingCR = false;
  seen = 0;

  constructor(
    /** The decoder giving the text; null when the input is text already. */
    readonly decoder: IncrementalDecoder | null,
    readonly translate: boolean,
  ) {}

  decode(input: Uint8Array, final: boolean): string {
    return this.translateText(this.decoder === null ? '' : this.decoder.decode(input, final), final);
  }

  /** Translates decoded text, keeping a final \r back unless this is the end. */
  translateText(decoded: string, final: boolean): string {
    let output = decoded;
    if (this.pendingCR && (final || output.length > 0)) {
      output = `\r${output}`;
      this.pendingCR = false;
    }
    if (!final && output.endsWith('\r')) {
      output = output.slice(0, -1);
      this.pendingCR = true;
    }
    if (output.length === 0) return output;
    const hasCR = output.includes('\r');
    if (!hasCR) {
      if (output.includes('\n')) this.seen |= SEEN_LF;
      return output;
    }
    for (let i = 0; i < output.length; i++) {
      const char = output.charCodeAt(i);
      if (char === 0x0a) this.seen |= SEEN_LF;
      else if (char === 0x0d) {
        if (output.charCodeAt(i + 1) === 0x0a) {
          this.seen |= SEEN_CRLF;
          i++;
        } else {
          this.seen |= SEEN_CR;
        }
      }
    }
    return this.translate ? output.replace(/\r\n?/g, '\n') : output;
  }

  getstate(): [Uint8Array, number] {
    const [buffer, flags] = this.decoder === null ? [new Uint8Array(0), 0] : this.decoder.getstate();
    return [buffer, flags * 2 + (this.pendingCR ? 1 : 0)];
  }

  setstate(buffer: Uint8Array, flags: number): void {
    this.pendingCR = (flags & 1) === 1;
    this.decoder?.setstate(buffer, Math.floor(flags / 2));
  }

  reset(): void {
    this.seen = 0;
    this.pendingCR = false;
    this.decoder?.reset();
  }

  /** The newlines attribute: None, one kind, or a tuple of the kinds seen. */
  newlines(): Py {
    const kinds: string[] = [];
    if (this.seen & SEEN_CR) kinds.push('\r');
    if (this.seen & SEEN_LF) kinds.push('\n');
    if (this.seen & SEEN_CRLF) kinds.push('\r\n');
    if (kinds.length === 0) return null;
    return kinds.length === 1 ? kinds[0] : newTuple(kinds);
  }
}

// ---------------------------------------------------------------- _io.IncrementalNewlineDecoder

class PyNewlineDecoder extends PyObject {
  translator: NewlineTranslator | undefined = undefined;
  /** The decoder object given: None when the input is text already. */
  decoder: Py = null;
  errors: Py = 'strict';
}

export const incrementalNewlineDecoderType = ioType('IncrementalNewlineDecoder', objectType, (cls: PyType) => new PyNewlineDecoder(cls), false);

function translatorOf(self: PyNewlineDecoder): NewlineTranslator {
  if (self.translator === undefined) throw newException(ValueError, 'IncrementalNewlineDecoder.__init__() not called');
  return self.translator;
}

/** A decoder state, PyArg_ParseTuple(state, "OK"): any buffer object and an int. */
function parseState(state: Py, message: string): [Py, number] {
  if (!(state instanceof PyTuple) || state.items.length !== 2) throw typeError(message);
  const flags = intValue(state.items[1]);
  if (flags === undefined) throw typeError(`'${typeName(state.items[1])}' object cannot be interpreted as an integer`);
  return [state.items[0], Number(flags)];
}

defineMethods(incrementalNewlineDecoderType, {
  __init__(self: PyNewlineDecoder, args, kwnames) {
    const [decoder, translate, errors] = bindArguments(
      { name: 'IncrementalNewlineDecoder', names: ['decoder', 'translate', 'errors'], required: 2, positionalOnly: 0 },
      args,
      kwnames,
    );
    self.decoder = decoder!;
    self.errors = errors ?? 'strict';
    // The Python decoder is called directly (with whatever input it is given): the translator only translates.
    self.translator = new NewlineTranslator(null, indexAsNumber(translate!) !== 0);
    return null;
  },
  decode(self: PyNewlineDecoder, args, kwnames) {
    const [input, final] = bindArguments({ name: 'decode', names: ['input', 'final'], required: 1, positionalOnly: 0 }, args, kwnames);
    const translator = translatorOf(self);
    const isFinal = final !== undefined && indexAsNumber(final) !== 0;
    const decoded = self.decoder === null ? input! : callMethod(self.decoder, 'decode', [input!, isFinal]);
    return translator.translateText(checkDecoded(decoded), isFinal);
  },
  getstate(self: PyNewlineDecoder, args, kwnames) {
    checkArgCount('IncrementalNewlineDecoder.getstate', args, kwnames, 0);
    const translator = translatorOf(self);
    let [buffer, flags]: [Py, number] = [new PyBytes(new Uint8Array(0)), 0];
    if (self.decoder !== null) [buffer, flags] = parseState(callMethod(self.decoder, 'getstate'), 'illegal decoder state');
    return newTuple([buffer, flags * 2 + (translator.pendingCR ? 1 : 0)]);
  },
  setstate(self: PyNewlineDecoder, args, kwnames) {
    checkArgCount('IncrementalNewlineDecoder.setstate', args, kwnames, 1);
    const translator = translatorOf(self);
    if (!(args[0] instanceof PyTuple)) throw typeError('state argument must be a tuple');
    const [buffer, flags] = parseState(args[0], 'setstate(): illegal state argument');
    translator.pendingCR = (flags & 1) === 1;
    if (self.decoder !== null) callMethod(self.decoder, 'setstate', [newTuple([buffer, Math.floor(flags / 2)])]);
    return null;
  },
  reset(self: PyNewlineDecoder, args, kwnames) {
    checkArgCount('IncrementalNewlineDecoder.reset', args, kwnames, 0);
    const translator = translatorOf(self);
    translator.reset();
    if (self.decoder !== null) callMethod(self.decoder, 'reset');
    return null;
  },
});

defineGetSets(incrementalNewlineDecoderType, {
  newlines: { get: (self: PyNewlineDecoder): Py => translatorOf(self).newlines() },
});
