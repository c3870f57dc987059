// pipe() and pipe2(): real kernel pipes without pipe(2), which node:fs lacks. A FIFO is
// a pipe with a name: opened once for reading and once for writing and then unlinked,
// it is a pipe like any other, whose ends children inherit (../posixSubprocess) and
// whose reads block until data comes or every writer has closed. Making a FIFO takes
// mkfifo(1) (node:fs cannot mknod), a process costing some 5 ms, so they are made a
// batch at a time (batches growing from 4 to 64) in a private directory and handed out
// one per pipe; what is left of the batch goes when the process exits (a process killed
// by SIGKILL leaves its directory, pyvm-pipes-*, in the temporary directory).
import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newTuple } from '../../objects/tuple';
import { cIntArgument } from '../../objects/bytesArguments';
import { closeDescriptor, openDescriptor } from '../io/fileDescriptors';
import { checkPosixArgCount, definePosix, errnoError } from './posixModule';
import { markInheritable } from './descriptors';
import { O_CLOEXEC, O_NONBLOCK, O_RDONLY, O_WRONLY } from './constants';

const EINVAL = 22;
/** FIFOs made per mkfifo call: a few at first, more as a program keeps asking. */
const FIRST_BATCH = 4;
const LARGEST_BATCH = 64;
let batchSize = FIRST_BATCH;

let fifoDirectory: string | null = null;
let fifoCount = 0;
const unusedFifos: string[] = [];

function takeFifo(): string {
  if (unusedFifos.length === 0) {
    if (fifoDirectory === null) {
      const directory = mkdtempSync(join(tmpdir(), 'pyvm-pipes-'));
      fifoDirectory = directory;
      process.on('exit', () => rmSync(directory, { recursive: true, force: true }));
    }
    const batch = Array.from({ length: batchSize }, () => join(fifoDirectory!, String(fifoCount++)));
    batchSize = Math.min(batchSize * 2, LARGEST_BATCH);
    const made = spawnSync('mkfifo', ['-m', '600', ...batch]);
    if (made.status !== 0) throw errnoError(EINVAL);
    unusedFifos.push(...batch);
  }
  return unusedFifos.pop()!;
}

/** A new pipe: its read and write descriptors (O_CLOEXEC, and O_NONBLOCK if `flags` has it). */
function makePipe(flags: number): [number, number] {
  const fifo = takeFifo();
  try {
    const nonBlocking = flags & O_NONBLOCK;
    // A FIFO's read end opened non-blocking does not wait for a writer, and a write end
    // opened then does not wait for a reader; the read end the caller gets is opened
    // last, once there is a writer, so as not to wait either, in the first one's place.
    const opener = openDescriptor(fifo, O_RDONLY | O_NONBLOCK, 0, null);
    const writeEnd = openDescriptor(fifo, O_WRONLY | nonBlocking, 0, null);
    closeDescriptor(opener);
    const readEnd = openDescriptor(fifo, O_RDONLY | nonBlocking, 0, null);
    return [readEnd, writeEnd];
  } finally {
    unlinkSync(fifo);
  }
}

definePosix('pipe', (args, kwnames) => {
  checkPosixArgCount('pipe', args, kwnames, 0);
  return newTuple(makePipe(0));
});

// node:fs opens every file O_CLOEXEC; a pipe2() without it gets ends marked inheritable.
definePosix('pipe2', (args, kwnames) => {
  checkPosixArgCount('pipe2', args, kwnames, 1);
  const flags = cIntArgument(args[0]);
  const ends = makePipe(flags);
  if ((flags & O_CLOEXEC) === 0) ends.forEach(markInheritable);
  return newTuple(ends);
});
