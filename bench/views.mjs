// What pyvm's views cost, on the real kernel (issue 8's goals):
//   node bench/views.mjs [--rounds N]   default 5 rounds   (npm run bench:views)
// - tracing: a workload run plainly and under its tracing magic, timed inside the cell
//   (time.perf_counter around the same code): two CPU-bound threads under %%trace_gil,
//   and an asyncio program of 500 tasks awaiting 20 times each under %%trace_tasks. The
//   ratio is traced / untraced (goal: at most 2).
// - %timeit: `x = 1` timed by `%timeit -o -q` (its average per loop) and by a hand-written
//   loop in a function (as timeit runs its statement: `x` a local) of as many iterations,
//   repeated as often (goal: within 20%).
// Each round runs every cell once, alternating which of a pair goes first; the figures are
// medians over rounds. The cells' own values come back as user_expressions.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, positiveWholeNumber, table } from './benchSupport.mjs';
import { connectionFile } from './kernelConnection.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'usage: node bench/views.mjs [--rounds N]';
const TRACE_GOAL = 2;
const TIMEIT_WITHIN = 0.2;

const SETUP = `import asyncio, threading, time, timeit
timings = {}

def count(n):
    while n:
        n -= 1

def threaded():
    workers = [threading.Thread(target=count, args=(2_000_000,)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

async def hop(times):
    for _ in range(times):
        await asyncio.sleep(0)

async def many_tasks():
    await asyncio.gather(*(hop(20) for _ in range(500)))

def hand_loop(loops):
    start = timeit.default_timer()
    for _ in range(loops):
        x = 1
    return (timeit.default_timer() - start) / loops
`;

/** The cells timed, each leaving its seconds in timings[name]. */
const CELLS = {
  threads: 'start = time.perf_counter()\nthreaded()\ntimings["threads"] = time.perf_counter() - start',
  threads_traced: '%%trace_gil\nstart = time.perf_counter()\nthreaded()\ntimings["threads_traced"] = time.perf_counter() - start',
  tasks: 'start = time.perf_counter()\nawait many_tasks()\ntimings["tasks"] = time.perf_counter() - start',
  tasks_traced: '%%trace_tasks\nstart = time.perf_counter()\nawait many_tasks()\ntimings["tasks_traced"] = time.perf_counter() - start',
  timeit: 'result = %timeit -o -q x = 1\ntimings["timeit"] = result.average\ntimings["loops"] = result.loops',
  hand: 'runs = [hand_loop(timings["loops"]) for _ in range(7)]\ntimings["hand"] = sum(runs) / len(runs)',
};
const PAIRS = [['threads', 'threads_traced'], ['tasks', 'tasks_traced'], ['timeit', 'hand']];

function parseArgs(argv) {
  const options = { rounds: 5 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rounds') options.rounds = positiveWholeNumber('--rounds', argv[++i], USAGE);
    else throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
  }
  return options;
}

/** Runs `code` on the kernel; the value of `expression` after it, evaluated there. */
async function run(shell, code, expression = 'None') {
  const id = await shell.send('execute_request', {
    code, silent: false, store_history: false, user_expressions: { value: expression }, allow_stdin: false, stop_on_error: true,
  });
  const { content } = await shell.replyTo(id);
  if (content.status !== 'ok') throw new Error(`the kernel failed on:\n${code}\n${content.ename}: ${content.evalue}`);
  return content.user_expressions.value.data['text/plain'];
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const { file, shell } = await connectionFile('pyvm');
  const kernel = spawn(join(ROOT, 'bin', 'pyvm'), ['kernel', '-f', file], {
    stdio: 'ignore',
    env: { ...process.env, JUPYTER_DATA_DIR: mkdtempSync(join(tmpdir(), 'pyvm-bench-data-')) },
  });
  const seconds = Object.fromEntries(Object.keys(CELLS).map((name) => [name, []]));
  try {
    await shell.replyTo(await shell.send('kernel_info_request', {}));
    await run(shell, SETUP);
    // A warm-up round, not counted: the first run of each cell compiles and imports (and
    // %timeit finds the loop count the hand-written loop runs).
    for (let round = -1; round < options.rounds; round++) {
      for (const pair of PAIRS) {
        for (const name of round % 2 !== 1 ? pair : [...pair].reverse()) {
          const value = Number(await run(shell, CELLS[name], `timings[${JSON.stringify(name)}]`));
          if (round >= 0) seconds[name].push(value);
        }
      }
    }
  } finally {
    shell.close();
    kernel.kill('SIGKILL');
  }
  const at = (name) => median(seconds[name]);
  const rows = [
    ['two CPU-bound threads, %%trace_gil', at('threads'), at('threads_traced')],
    ['500 tasks x 20 awaits, %%trace_tasks', at('tasks'), at('tasks_traced')],
  ];
  const timeitRatio = at('timeit') / at('hand');
  console.log(`pyvm kernel; medians of ${options.rounds} rounds`);
  console.log(table(['workload', 'untraced s', 'traced s', 'traced / untraced'], rows.map(([label, plain, traced]) => [
    label, plain.toFixed(3), traced.toFixed(3), `${(traced / plain).toFixed(2)}x`,
  ]), [0]));
  console.log(`\n%timeit x = 1: ${(at('timeit') * 1e9).toFixed(1)} ns per loop; hand-written loop: ${(at('hand') * 1e9).toFixed(1)} ns; ratio ${timeitRatio.toFixed(2)}`);
  const verdict = (met) => (met ? 'met' : 'NOT MET');
  console.log(`\ngoals: tracing at most ${TRACE_GOAL}x: ${rows.map(([label, plain, traced]) => `${label.split(',')[0]} ${verdict(traced / plain <= TRACE_GOAL)}`).join('; ')}`);
  console.log(`       %timeit within ${TIMEIT_WITHIN * 100}% of the hand-written loop: ${verdict(Math.abs(timeitRatio - 1) <= TIMEIT_WITHIN)}`);
}

await main();
