// sys.stdout and sys.stderr: text streams over file descriptors 1 and 2, buffered as
// CPython buffers them (stdout in blocks when it is not a terminal, by line when it is;
// stderr by line), written with synchronous writes so output order matches python3's.
import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { PyObject, type Py } from '../objects/object';
import { nativeType } from '../objects/type';
import { defineGetSets, defineMethods, checkArgCount } from '../objects/native';
import { typeError } from '../objects/exceptions';
import { typeOf } from '../objects/typeOf';
import { codePointLength } from '../objects/strCodePoints';

export const textStreamType = nativeType('TextIOWrapper', undefined, { baseType: false });

const BLOCK = 8192;

export class PyConsoleStream extends PyObject {
  private pending: string[] = [];
  private pendingLength = 0;
  readonly lineBuffered: boolean;

  constructor(
    readonly fd: number,
    readonly name: string,
    lineBuffered?: boolean,
  ) {
    super(textStreamType);
    this.lineBuffered = lineBuffered ?? isatty(fd);
  }

  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= BLOCK || (this.lineBuffered && text.includes('\n'))) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const data = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    let offset = 0;
    while (offset < data.length) {
      try {
        offset += writeSync(this.fd, data, offset);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') return;
        throw error;
      }
    }
  }
}

defineMethods(textStreamType, {
  write(self: PyConsoleStream, args) {
    checkArgCount('write', args, null, 1);
    const text = args[0];
    if (typeof text !== 'string') throw typeError(`write() argument must be str, not ${typeOf(text).name}`);
    self.write(text);
    return codePointLength(text);
  },
  flush(self: PyConsoleStream) {
    self.flush();
    return null;
  },
  isatty(self: PyConsoleStream) {
    return isatty(self.fd);
  },
  fileno(self: PyConsoleStream) {
    return self.fd;
  },
  writable: () => true,
  readable: () => false,
  seekable: () => false,
});

defineGetSets(textStreamType, {
  name: { get: (self: PyConsoleStream): Py => self.name },
  encoding: { get: (): Py => 'utf-8' },
  errors: { get: (self: PyConsoleStream): Py => (self.fd === 2 ? 'backslashreplace' : 'strict') },
  line_buffering: { get: (self: PyConsoleStream): Py => self.lineBuffered },
  closed: { get: (): Py => false },
});

export const stdout = new PyConsoleStream(1, '<stdout>');
export const stderr = new PyConsoleStream(2, '<stderr>', true);
