// The asyncio trace hook (_pyvm_asyncio_trace) on a small program run by bin/pyvm: a
// gather of three fetches, a TaskGroup, a cancelled task and a failing one. The program
// prints what python3 prints for it (the hook changes nothing), then the events as JSON:
// who created whom and where, how many steps each task took, what each awaited, how each
// ended, in time order; and nothing is recorded while the hook is off.
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT_MS, PYVM_BIN, requireBundle, runInStdlib } from '../support/commandLine';
import { pythonExecutable } from '../support/python';

const PROGRAM = `
import asyncio, json
try:
    import _pyvm_asyncio_trace as trace
except ImportError:
    trace = None

async def fetch(url, delay):
    print("start", url)
    await asyncio.sleep(delay)
    print("done", url)
    return f"data from {url}"

async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("bad thing")

async def forever():
    await asyncio.sleep(10)

async def main():
    print(await asyncio.gather(fetch("a", 0.01), fetch("b", 0.02), fetch("c", 0.03)))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch("g1", 0.01), name="g1")
        tg.create_task(fetch("g2", 0.02), name="g2")
    sleeper = asyncio.create_task(forever(), name="sleeper")
    await asyncio.sleep(0)
    sleeper.cancel("enough")
    try:
        await sleeper
    except asyncio.CancelledError:
        print("cancelled")
    try:
        await asyncio.create_task(boom(), name="boom")
    except ValueError as e:
        print("failed", e)

asyncio.run(main())
if trace is not None:
    untraced = trace.events()
    trace.start()
    active = trace.is_active()
    asyncio.run(main())
    events = trace.stop()
    print("EVENTS", json.dumps({"untraced": untraced, "active": [active, trace.is_active()], "events": events}))
`;

type Event = [string, number, number, ...unknown[]];

describe('the asyncio trace hook', () => {
  let printed: string;
  let expectedOutput: string;
  let record: { untraced: Event[]; active: boolean[]; events: Event[] };

  beforeAll(() => {
    requireBundle();
    const pyvm = runInStdlib(PYVM_BIN, ['-c', PROGRAM]);
    expect(pyvm.stderr).toBe('');
    const [output, json] = pyvm.stdout.split('EVENTS ');
    printed = output;
    record = JSON.parse(json);
    expectedOutput = runInStdlib(pythonExecutable(), ['-c', PROGRAM]).stdout;
  }, CLI_TIMEOUT_MS);

  const tasks = () => new Map(record.events.filter((e) => e[0] === 'create').map((e) => [e[2], { name: e[3] as string, coroutine: e[4], parent: e[5], line: e[7] }]));
  /** The task's name as its last step saw it (TaskGroup.create_task names a task after making it). */
  const nameOf = (number: number) => record.events.filter((e) => e[0] === 'step' && e[2] === number).at(-1)![3];
  // Tasks by their number in the record: 1 main, 2-4 gather's, 5-6 the group's, 7 the sleeper, 8 boom.
  const ofTask = (number: number, kind: string) => record.events.filter((e) => e[0] === kind && e[2] === number);

  it('leaves the output as python3 prints it, twice over', () => {
    expect(printed).toBe(expectedOutput + expectedOutput);
  });

  it('records nothing while off; start() and stop() turn it on and off', () => {
    expect(record.untraced).toEqual([]);
    expect(record.active).toEqual([true, false]);
  });

  it('records each task created, with its parent and the line that created it', () => {
    const created = [...tasks().values()].map(({ coroutine, parent, line }) => [coroutine, parent, line]);
    // Task-1 is main (made by asyncio.run, at the program's last asyncio.run line); then
    // gather's three, the group's two, the sleeper and boom, all made by main; then
    // asyncio.run's own clean-up tasks.
    expect(created.slice(0, 8)).toEqual([
      ['main', null, 43],
      ['fetch', 1, 22], ['fetch', 1, 22], ['fetch', 1, 22],
      ['fetch', 1, 24], ['fetch', 1, 25],
      ['forever', 1, 26],
      ['boom', 1, 34],
    ]);
    expect([5, 6, 7, 8].map(nameOf)).toEqual(['g1', 'g2', 'sleeper', 'boom']);
  });

  it('counts steps and says what each step ended waiting for', () => {
    for (const number of [2, 3, 4, 5, 6, 7, 8]) expect(ofTask(number, 'step')).toHaveLength(2);
    expect(ofTask(1, 'step')).toHaveLength(6);
    const fetchEnds = ofTask(3, 'end').map((e) => e.slice(3));
    expect(fetchEnds).toEqual([['sleep', 'sleep(0.02)', null, '<string>', 10], ['done', null, null, null, null]]);
    const gather = `gather(${[2, 3, 4].map(nameOf).join(', ')})`;
    const mainEnds = ofTask(1, 'end').map((e) => e.slice(3, 6));
    expect(mainEnds).toEqual([
      ['await', gather, [2, 3, 4]],
      ['await', 'TaskGroup.__aexit__', [5, 6]],
      ['ready', 'yield', null],
      ['await', 'sleeper', [7]],
      ['await', 'boom', [8]],
      ['done', null, null],
    ]);
    expect(ofTask(1, 'wakeup').map((e) => e.slice(3))).toEqual([
      [null, gather], [null, 'Future'], [7, 'sleeper'], [8, 'boom'],
    ]);
  });

  it('records how each task ended', () => {
    expect(ofTask(2, 'done').map((e) => e[3])).toEqual(["'data from a'"]);
    expect(ofTask(1, 'done').map((e) => e[3])).toEqual(['None']);
    expect(ofTask(7, 'cancelled').map((e) => e[3])).toEqual(['enough']);
    expect(ofTask(8, 'failed').map((e) => e.slice(3))).toEqual([['ValueError', 'bad thing']]);
  });

  it('puts steps between their start and end, in time order', () => {
    const times = record.events.map((e) => e[1]);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const open = new Set<number>();
    for (const [kind, , task] of record.events) {
      if (kind === 'step') {
        expect(open.size).toBe(0);
        open.add(task);
      } else if (kind === 'end') {
        expect(open.has(task)).toBe(true);
        open.delete(task);
      }
    }
    // fetch("c", 0.03)'s first step schedules its wake-up 0.03 s after a time read inside
    // the step: after the step's start, but maybe well before its end on a busy machine.
    const sleeps = ofTask(4, 'step')[0][1] as number;
    const wakes = ofTask(4, 'wakeup')[0][1] as number;
    expect(wakes - sleeps).toBeGreaterThanOrEqual(0.029);
  });
});
