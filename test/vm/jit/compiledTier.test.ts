// The compiled tier from the command line: it compiles what has warmed up (and everything
// at PYVM_JIT_WARMUP=0), `-X jit=off` turns it off, and what compiled code raises shows
// the traceback python3 shows. (The program corpus runs compiled too: programs.test.ts.)
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, PYVM_BIN, requireBundle, runInStdlib } from '../../support/commandLine';
import { pythonExecutable } from '../../support/python';

const HOT_LOOP = `
def total(n):
    t = 0
    for i in range(n):
        t += i
    return t

def cold():
    return 1

print(total(1000), cold())
`;

// Each call raises from a different compiled instruction: a subscript, an attribute, a
// call of a builtin, a name, a local not yet bound, and through a generator's frame.
const RAISING = `
import sys

class Box:
    def __init__(self, value):
        self.value = value

def index(items, i):
    return items[i] + 1

def attribute(box):
    return box.missing

def builtin(x):
    return len(x) * 2

def name():
    return undefined_name

def unbound(flag):
    if flag:
        local = 1
    return local

def numbers(n):
    for i in range(n):
        yield 10 // (n - i - 1)

def deep(n):
    return deep(n - 1) if n else index([], 3)

for run in (lambda: index([1], 5), lambda: attribute(Box(1)), lambda: builtin(3), name,
            lambda: unbound(False), lambda: list(numbers(3)), lambda: deep(3)):
    for warm in range(3):
        try:
            run()
        except Exception as error:
            print(type(error).__name__, error, error.__traceback__.tb_next.tb_lineno)
deep(2)
`;

// Compiled callers run compiled callees nested (a JS call deeper): callees that handle
// their own exceptions, stop for the loop (a with block, a blocking call in a thread),
// recurse past the nesting bound, run as __init__ (returning None or not), look at their
// callers' frames, or raise through their callers.
const NESTED_CALLS = `
import sys, threading, time, contextlib

class Point:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

class Odd:
    def __init__(self):
        return 3

def caller_name(n):
    if n == 0:
        return sys._getframe().f_back.f_code.co_name
    return caller_name(n - 1)

def handles(i):
    try:
        return [][i]
    except IndexError:
        return -i

@contextlib.contextmanager
def managed():
    yield 5

def with_block(i):
    with managed() as m:
        return m + i

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)

def fails(n):
    if n == 3:
        raise ValueError("boom")
    return fails(n + 1)

total = 0
for i in range(400):
    total += Point(i).get() + handles(i) + with_block(i) + len(caller_name(3))
    try:
        Odd()
    except TypeError as error:
        odd = str(error)
    try:
        fails(0)
    except ValueError as error:
        tb, depth = error.__traceback__, 0
        while tb:
            depth, tb = depth + 1, tb.tb_next
print(total, odd, depth, deep(900))
sys.setrecursionlimit(20000)
print(deep(15000))

def worker(k, out):
    s = 0
    for i in range(3000):
        s += handles(i) + (caller_name(2) == 'caller_name')
        if i % 1000 == 0:
            time.sleep(0.001)
    out.append(s + k)
out = []
threads = [threading.Thread(target=worker, args=(k, out)) for k in range(3)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(out))
fails(0)
`;

// Control flow of every shape, for the structured form of compiled code (loops as JS
// loops, forward jumps as breaks): loops nested, left by break, return and exceptions,
// else clauses, short-circuits and chained comparisons leaving values on the stack,
// match, with and try inside loops, and loops at module level, entered at their headers
// once the module's code warms up (two in a row, and one inside another).
const CONTROL_FLOW = `
def loops(n):
    found = []
    for i in range(n):
        if i % 3 == 0:
            continue
        for j in range(i):
            if j * j > i:
                break
            if (i + j) % 7 == 0:
                found.append((i, j))
        else:
            found.append(-i)
        if len(found) > 40:
            break
    else:
        found.append('done')
    k = 0
    while k < n:
        k += 3
        if k == 10:
            break
    else:
        k = -k
    return found, k

def values(items):
    out = []
    for x in items:
        small = 0 < x < 10
        label = 'a' if x and x % 2 else 'b' if x > 5 or x == 0 else 'c'
        out.append((small, label, x in (1, 2, 3) and not x == 2, x or None))
    return out

def shapes(points):
    kinds = []
    for point in points:
        match point:
            case (0, 0):
                kinds.append('origin')
            case (x, 0) if x > 0:
                kinds.append('east')
            case (x, y):
                kinds.append(x + y)
            case _:
                kinds.append('other')
    return kinds

class Managed:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def guarded(items):
    total = 0
    for item in items:
        try:
            total += 10 // item
        except ZeroDivisionError:
            total -= 1
            continue
        finally:
            total += 100
        with Managed():
            if item > 4:
                return total
    return total

def searched(grid, wanted):
    for row in grid:
        for cell in row:
            if cell == wanted:
                return cell
    raise LookupError(wanted)

results = []
for step in range(60):
    results.append((loops(30 + step % 5), values([0, 1, 2, 5, 6, 12]), shapes([(0, 0), (2, 0), (1, 2), 'x']),
                    guarded([1, 0, 2, 0, 5]), searched([[1, 2], [3, 4]], 4)))
    try:
        searched([[1]], step)
    except LookupError as error:
        results.append(error.args)
print(results[-3:], len(results))

total = 0
for i in range(5000):
    total += i % 7
count = 0
while count < 3000:
    for j in range(3):
        total ^= j + count
    count += 1
print(total, count)
`;

function scriptFile(source: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'pyvm-jit-'));
  const path = join(directory, 'program.py');
  writeFileSync(path, source);
  return path;
}

describe('the compiled tier', () => {
  it('compiles the code objects that warm up, and only those', () => {
    requireBundle();
    const program = scriptFile(HOT_LOOP);
    const log = join(program, '..', 'compiled.txt');
    const result = runInStdlib(PYVM_BIN, [program], '', { PYVM_JIT_LOG: log });
    expect(result.stdout).toBe('499500 1\n');
    const compiled = readFileSync(log, 'utf8').split('\n');
    expect(compiled).toContain(`total ${program}:2`);
    expect(compiled.filter((line) => line.startsWith('cold '))).toEqual([]);
  }, CLI_TIMEOUT_MS);

  it('compiles every code object at PYVM_JIT_WARMUP=0, and none with -X jit=off', () => {
    const program = scriptFile(HOT_LOOP);
    const log = join(program, '..', 'compiled.txt');
    runInStdlib(PYVM_BIN, [program], '', { PYVM_JIT_WARMUP: '0', PYVM_JIT_LOG: log });
    expect(readFileSync(log, 'utf8').split('\n')).toContain(`cold ${program}:8`);
    const off = join(program, '..', 'off.txt');
    const result = runInStdlib(PYVM_BIN, ['-X', 'jit=off', program], '', { PYVM_JIT_WARMUP: '0', PYVM_JIT_LOG: off });
    expect(result.stdout).toBe('499500 1\n');
    expect(existsSync(off)).toBe(false);
  }, CLI_TIMEOUT_MS);

  it('says what is wrong with a bad -X jit value, and runs on', () => {
    const result = runInStdlib(PYVM_BIN, ['-X', 'jit=maybe', '-c', 'print(1)']);
    expect(result.stderr).toBe("pyvm: -X jit: expected 'on' or 'off', not 'maybe'\n");
    expect(result.stdout).toBe('1\n');
  }, CLI_TIMEOUT_MS);

  it('runs compiled callees nested in their callers as python3 runs the calls', () => {
    const program = scriptFile(NESTED_CALLS);
    const expected = runInStdlib(pythonExecutable(), [program]);
    expect(expected.stderr).toContain('ValueError: boom');
    for (const warmUp of ['0', '1', '200']) {
      const result = runInStdlib(PYVM_BIN, [program], '', { PYVM_JIT_WARMUP: warmUp });
      expect({ warmUp, ...result }).toEqual({ warmUp, ...expected });
    }
  }, CLI_TIMEOUT_MS);

  it('runs every shape of control flow as python3 does, whenever the code compiles', () => {
    const program = scriptFile(CONTROL_FLOW);
    const expected = runInStdlib(pythonExecutable(), [program]);
    expect(expected.stderr).toBe('');
    for (const warmUp of ['0', '1', '3', '50', '200']) {
      const result = runInStdlib(PYVM_BIN, [program], '', { PYVM_JIT_WARMUP: warmUp });
      expect({ warmUp, ...result }).toEqual({ warmUp, ...expected });
    }
  }, CLI_TIMEOUT_MS);

  it('raises from compiled code with the traceback python3 prints', () => {
    const program = scriptFile(RAISING);
    const expected = runInStdlib(pythonExecutable(), [program]);
    for (const warmUp of ['0', '1', '200']) {
      const result = runInStdlib(PYVM_BIN, [program], '', { PYVM_JIT_WARMUP: warmUp });
      expect({ warmUp, ...result }).toEqual({ warmUp, ...expected });
    }
  }, CLI_TIMEOUT_MS);
});
