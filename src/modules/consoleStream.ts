// sys.stdout and sys.stderr: text streams over file descriptors 1 and 2, buffered as
// CPython buffers them (stdout in blocks when it is not a terminal, by line when it is;
// stderr by line), written with synchronous writes so output order matches python3's.
import { readSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { PyObject, type Py } from '../objects/object';
import { nativeType } from '../objects/type';
import { defineGetSets, defineMethods, checkArgCount } from '../objects/native';
import { newException, StopIteration, typeError, ValueError } from '../objects/exceptions';
import { PyList } from '../objects/list';
import { typeOf } from '../objects/typeOf';
import { codePointLength } from '../objects/strCodePoints';
import { atProcessStart } from '../objects/processStart';
import { systemError } from './io/osErrors';

/** Linux's errno for a write to a pipe whose reader is gone. */
const EPIPE = 32;

export const textStreamType = nativeType('TextIOWrapper', undefined, { baseType: false });

/** Where an embedder sends a stream's text instead of its descriptor (the Jupyter kernel publishes it). */
export type StreamSink = (text: string) => void;

const BLOCK = 8192;
/** How long a redirected stream keeps text that waits for a newline. */
const SINK_LATENCY_MS = 100;

export class PyConsoleStream extends PyObject {
  private pending: string[] = [];
  private pendingLength = 0;
  lineBuffered: boolean;
  /** -u: every write goes straight out. */
  unbuffered = false;
  private sink: StreamSink | null = null;
  /** When the oldest text in `pending` was written. */
  private pendingSince = 0;
  /** Set by close() (`with sys.stdout:` ends so); the descriptor stays open, as closefd=False leaves it. */
  closed = false;
  /**
   * Set when a write found the reader gone (EPIPE): the text is dropped. The runtime's
   * own writes (tracebacks, the flush at exit) carry on silently; Python's calls raise
   * BrokenPipeError for it (raiseIfReaderGone), as CPython's write(2) fails.
   */
  private readerGone = false;

  constructor(
    readonly fd: number,
    readonly name: string,
    lineBuffered?: boolean,
  ) {
    super(textStreamType);
    this.lineBuffered = lineBuffered ?? isatty(fd);
  }

  /** Text read from the descriptor but not yet consumed. */
  private readAhead = '';
  private atEof = false;
  private readonly decoder = new TextDecoder('utf-8');

  /** One line with its newline ('' at end of input), reading synchronously as CPython's blocking read does. */
  readLine(): string {
    for (;;) {
      const newline = this.readAhead.indexOf('\n');
      if (newline >= 0) return this.take(newline + 1);
      if (!this.fill()) return this.take(this.readAhead.length);
    }
  }

  /** Everything up to the end of input. */
  readAll(): string {
    while (this.fill());
    return this.take(this.readAhead.length);
  }

  private take(count: number): string {
    const text = this.readAhead.slice(0, count);
    this.readAhead = this.readAhead.slice(count);
    return text.replace(/\r\n?/g, '\n');
  }

  private fill(): boolean {
    if (this.atEof) return false;
    const chunk = Buffer.alloc(65536);
    let count: number;
    for (;;) {
      try {
        count = readSync(this.fd, chunk, 0, chunk.length, null);
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue;
        if (code === 'EOF') {
          count = 0;
          break;
        }
        throw error;
      }
    }
    if (count === 0) {
      this.atEof = true;
      this.readAhead += this.decoder.decode();
      return false;
    }
    this.readAhead += this.decoder.decode(chunk.subarray(0, count), { stream: true });
    return true;
  }

  /** Sends flushed text to `sink` from now on, a line at a time, as an interactive console would show it. */
  redirect(sink: StreamSink): void {
    this.flush();
    this.sink = sink;
    this.lineBuffered = true;
  }

  get redirected(): boolean {
    return this.sink !== null;
  }

  /** write() for Python code (print, sys.stdout.write): a reader gone raises BrokenPipeError. */
  writeFromPython(text: string): void {
    this.write(text);
    this.raiseIfReaderGone();
  }

  /** Raises BrokenPipeError (once) if a write since the last call found the reader gone. */
  raiseIfReaderGone(): void {
    if (!this.readerGone) return;
    this.readerGone = false;
    throw systemError(EPIPE);
  }

  write(text: string): void {
    if (this.sink !== null && this.pending.length === 0) this.pendingSince = performance.now();
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.unbuffered || this.pendingLength >= BLOCK || (this.lineBuffered && text.includes('\n')) || this.overdue()) this.flush();
  }

  /** Redirected, a line still waiting for its end goes out after a while anyway (progress dots, prompts). */
  private overdue(): boolean {
    return this.sink !== null && performance.now() - this.pendingSince >= SINK_LATENCY_MS;
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    if (this.sink !== null) this.sink(text);
    else this.writeOut(text);
  }

  private writeOut(text: string): void {
    const data = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < data.length) {
      try {
        offset += writeSync(this.fd, data, offset);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
          this.readerGone = true;
          return;
        }
        throw error;
      }
    }
  }
}

/** What a closed stream's methods raise. */
function checkOpen(self: PyConsoleStream): void {
  if (self.closed) throw newException(ValueError, 'I/O operation on closed file.');
}

function closeStream(self: PyConsoleStream): null {
  if (self.closed) return null;
  self.flush();
  // Closed even when the flush fails, as CPython's close() closes the buffer in a finally.
  self.closed = true;
  self.raiseIfReaderGone();
  return null;
}

defineMethods(textStreamType, {
  write(self: PyConsoleStream, args) {
    checkArgCount('write', args, null, 1);
    checkOpen(self);
    const text = args[0];
    if (typeof text !== 'string') throw typeError(`write() argument must be str, not ${typeOf(text).name}`);
    self.writeFromPython(text);
    return codePointLength(text);
  },
  flush(self: PyConsoleStream) {
    checkOpen(self);
    self.flush();
    self.raiseIfReaderGone();
    return null;
  },
  close: closeStream,
  __enter__(self: PyConsoleStream) {
    checkOpen(self);
    return self;
  },
  __exit__: closeStream,
  isatty(self: PyConsoleStream) {
    return !self.redirected && isatty(self.fd);
  },
  fileno(self: PyConsoleStream) {
    return self.fd;
  },
  readline(self: PyConsoleStream, args) {
    checkArgCount('readline', args, null, 0, 1);
    checkOpen(self);
    return self.readLine();
  },
  read(self: PyConsoleStream, args) {
    checkArgCount('read', args, null, 0, 1);
    return self.readAll();
  },
  readlines(self: PyConsoleStream) {
    const lines: Py[] = [];
    for (let line = self.readLine(); line !== ''; line = self.readLine()) lines.push(line);
    return new PyList(lines);
  },
  __iter__: (self) => self,
  __next__(self: PyConsoleStream) {
    const line = self.readLine();
    if (line === '') throw newException(StopIteration);
    return line;
  },
  writable: (self: PyConsoleStream) => self.fd !== 0,
  readable: (self: PyConsoleStream) => self.fd === 0,
  seekable: () => false,
});

defineGetSets(textStreamType, {
  name: { get: (self: PyConsoleStream): Py => self.name },
  encoding: { get: (): Py => 'utf-8' },
  errors: { get: (self: PyConsoleStream): Py => (self.fd === 2 ? 'backslashreplace' : 'strict') },
  line_buffering: { get: (self: PyConsoleStream): Py => self.lineBuffered },
  closed: { get: (self: PyConsoleStream): Py => self.closed },
});

export const stdin = new PyConsoleStream(0, '<stdin>');
export const stdout = new PyConsoleStream(1, '<stdout>');
export const stderr = new PyConsoleStream(2, '<stderr>', true);
// Whether a descriptor is a terminal is the process's to say.
atProcessStart(() => {
  stdin.lineBuffered = isatty(0);
  stdout.lineBuffered = isatty(1);
});
