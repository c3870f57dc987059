// The GIL record (_pyvm_gil): pyvm runs Python threads under a GIL and can record when
// each took and gave up the GIL, and why. These run programs under bin/pyvm and read the
// record they print as JSON.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, PYVM_BIN, requireBundle } from '../support/commandLine';

type Entry = [seconds: number, thread: string, event: 'acquire' | 'release', reason: string];

/** Runs `body` (which starts and joins threads named in `names`) with the GIL recorded: the record, threads by name. */
function record(body: string): Entry[] {
  const program = [
    'import _pyvm_gil, json, sys, threading, time',
    'names = {}',
    'def named(thread, name):',
    '    names[thread] = name',
    '    return thread',
    '_pyvm_gil.start()',
    body,
    'entries = _pyvm_gil.stop()',
    'idents = {t.ident: n for t, n in names.items()}',
    'idents[threading.main_thread().ident] = "main"',
    'print(json.dumps([[s, idents.get(i, str(i)), e, r] for s, i, e, r in entries]))',
  ].join('\n');
  const result = spawnSync(PYVM_BIN, ['-c', program], { encoding: 'utf8', timeout: CLI_TIMEOUT_MS });
  if (result.status !== 0) throw new Error(`pyvm failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as Entry[];
}

const CPU_BOUND = `
def spin():
    total = 0
    for i in range(1_500_000):
        total += i
a = named(threading.Thread(target=spin), 'a')
b = named(threading.Thread(target=spin), 'b')
a.start(); b.start(); a.join(); b.join()
`;

/** The turns the worker threads had: [thread, acquired at, released at, why it let go]. */
function turns(entries: Entry[]): [string, number, number, string][] {
  const result: [string, number, number, string][] = [];
  const since = new Map<string, number>();
  for (const [seconds, thread, event, reason] of entries) {
    if (event === 'acquire') since.set(thread, seconds);
    else if (since.has(thread)) result.push([thread, since.get(thread)!, seconds, reason]);
  }
  return result;
}

describe('the GIL record of two CPU-bound threads', () => {
  let entries: Entry[];
  beforeAll(() => {
    requireBundle();
    entries = record(CPU_BOUND);
  }, CLI_TIMEOUT_MS);

  it('has hand-offs between the threads at the switch interval', () => {
    const workerTurns = turns(entries).filter(([thread]) => thread !== 'main');
    expect(workerTurns.length).toBeGreaterThan(4);
    expect(workerTurns.filter(([, , , reason]) => reason === 'switch_interval').length).toBeGreaterThan(2);
  });

  it('alternates the two threads while both run', () => {
    const firstExit = entries.findIndex(([, , event, reason]) => event === 'release' && reason === 'exit');
    const acquires = entries.slice(0, firstExit).filter(([, thread, event]) => event === 'acquire' && thread !== 'main').map(([, thread]) => thread);
    const bStart = acquires.indexOf('b');
    expect(bStart).toBeGreaterThan(-1);
    const whileBoth = acquires.slice(bStart);
    expect(whileBoth.length).toBeGreaterThan(2);
    for (let i = 1; i < whileBoth.length; i++) expect(whileBoth[i]).not.toBe(whileBoth[i - 1]);
  });

  it('lets a thread run for the switch interval (5 ms) before it gives the GIL up', () => {
    for (const [, from, to, reason] of turns(entries)) {
      if (reason === 'switch_interval') expect(to - from).toBeGreaterThanOrEqual(0.0045);
    }
  });

  it('pairs every acquire with a release, in time order', () => {
    const times = entries.map(([seconds]) => seconds);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    for (const thread of ['a', 'b']) {
      const events = entries.filter(([, t]) => t === thread).map(([, , event]) => event);
      expect(events[0]).toBe('acquire');
      for (let i = 1; i < events.length; i++) expect(events[i]).not.toBe(events[i - 1]);
      expect(entries.filter(([, t]) => t === thread).at(-1)!.slice(2)).toEqual(['release', 'exit']);
    }
  });
});

describe('the reasons recorded', () => {
  it('tells start, sleep, lock, join and exit apart', () => {
    const entries = record(`
lock = threading.Lock()
lock.acquire()
def sleeper():
    time.sleep(0.01)
def locker():
    with lock:
        pass
s = named(threading.Thread(target=sleeper), 's')
l = named(threading.Thread(target=locker), 'l')
s.start(); l.start()
time.sleep(0.03)
lock.release()
s.join(); l.join()
`);
    const reasons = (thread: string, event: string) => entries.filter(([, t, e]) => t === thread && e === event).map(([, , , r]) => r);
    expect(reasons('s', 'acquire')[0]).toBe('start');
    expect(reasons('s', 'release')).toContain('sleep');
    expect(reasons('s', 'acquire')).toContain('sleep');
    expect(reasons('l', 'release')).toContain('lock');
    expect(reasons('main', 'release')).toContain('sleep');
    expect(reasons('main', 'release')).toContain('join');
    for (const thread of ['s', 'l']) expect(reasons(thread, 'release').at(-1)).toBe('exit');
  }, CLI_TIMEOUT_MS);

  it('follows sys.setswitchinterval', () => {
    const entries = record(`sys.setswitchinterval(0.02)\n${CPU_BOUND}`);
    const slices = turns(entries).filter(([, , , reason]) => reason === 'switch_interval');
    expect(slices.length).toBeGreaterThan(1);
    for (const [, from, to] of slices) expect(to - from).toBeGreaterThanOrEqual(0.019);
  }, CLI_TIMEOUT_MS);

  it('records nothing outside start() and stop(), and nothing with one thread', () => {
    const result = spawnSync(PYVM_BIN, ['-c', [
      'import _pyvm_gil, threading, time',
      't = threading.Thread(target=time.sleep, args=(0.01,)); t.start(); t.join()',
      '_pyvm_gil.start(); time.sleep(0.01); print(_pyvm_gil.stop())',
      'print(_pyvm_gil.stop())',
      'print(_pyvm_gil.__doc__.splitlines()[0])',
    ].join('\n')], { encoding: 'utf8', timeout: CLI_TIMEOUT_MS });
    expect(result.stdout).toBe('[]\n[]\nRecords the hand-offs of the GIL between Python threads (pyvm\'s own module).\n');
  }, CLI_TIMEOUT_MS);
});
