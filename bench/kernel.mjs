// Kernel speed, pyvm's kernel beside Debian's ipykernel in the same run:
//   node bench/kernel.mjs [--starts N] [--executes N]   defaults: 5 starts, 30 executes each
// For each start, a kernel is launched on a fresh connection file as Jupyter launches it
// (`bin/pyvm kernel -f FILE`; `/usr/bin/python3 -m ipykernel_launcher -f FILE`), a
// kernel_info_request is queued on shell at once, and the time from spawning the process
// to its kernel_info_reply is the start-up time. (The client retries its connection every
// 5 ms, not every 100 ms as ZeroMQ does by default, so that the figure is the kernel's
// and not the retry timer's.) Then `1+1` is executed: the first cell alone (when the
// kernel is ready for Python, not only for the protocol), then 3 warm-up cells, then N
// timed ones, each timed from sending the execute_request to receiving its
// execute_reply. The two kernels alternate which goes first. Printed: medians, and the
// ratios pyvm/ipykernel beside the goals (start-up ≤ 1/3 of ipykernel's, round trip ≤ 1).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './benchSupport.mjs';
import { connectionFile } from './kernelConnection.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KERNELS = {
  pyvm: (file) => [join(ROOT, 'bin', 'pyvm'), ['kernel', '-f', file]],
  ipykernel: (file) => ['/usr/bin/python3', ['-m', 'ipykernel_launcher', '-f', file]],
};
const WARM_UP = 3;

function parseArgs(argv) {
  const options = { starts: 5, executes: 30 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = Number(argv[++i]);
    if (!['--starts', '--executes'].includes(flag) || !Number.isInteger(value) || value < 1) {
      throw new Error('usage: node bench/kernel.mjs [--starts N] [--executes N]');
    }
    options[flag.slice(2)] = value;
  }
  return options;
}

/** One start of a kernel: [start-up ms, first execute's round trip ms, round-trip ms of each timed execute]. */
async function measure(name, executes) {
  const { file, shell } = await connectionFile(name);
  const [command, args] = KERNELS[name](file);
  const started = performance.now();
  const child = spawn(command, args, {
    stdio: 'ignore',
    env: { ...process.env, PYDEVD_DISABLE_FILE_VALIDATION: '1', JUPYTER_DATA_DIR: mkdtempSync(join(tmpdir(), 'pyvm-bench-data-')) },
  });
  try {
    await shell.replyTo(await shell.send('kernel_info_request', {}));
    const startup = performance.now() - started;
    const roundTrips = [];
    let first;
    for (let i = 0; i <= WARM_UP + executes; i++) {
      const sent = performance.now();
      const id = await shell.send('execute_request', { code: '1+1', silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true });
      const reply = await shell.replyTo(id);
      if (reply.msg_type !== 'execute_reply') throw new Error(`${name}: unexpected ${reply.msg_type}`);
      if (i === 0) first = performance.now() - sent;
      else if (i > WARM_UP) roundTrips.push(performance.now() - sent);
    }
    return [startup, first, roundTrips];
  } finally {
    shell.close();
    child.kill('SIGKILL');
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const results = { pyvm: { startups: [], firsts: [], roundTrips: [] }, ipykernel: { startups: [], firsts: [], roundTrips: [] } };
  for (let run = 0; run < options.starts; run++) {
    const order = run % 2 === 0 ? ['pyvm', 'ipykernel'] : ['ipykernel', 'pyvm'];
    for (const name of order) {
      const [startup, first, roundTrips] = await measure(name, options.executes);
      results[name].startups.push(startup);
      results[name].firsts.push(first);
      results[name].roundTrips.push(...roundTrips);
    }
  }
  const row = (label, pyvm, ipykernel, goal) =>
    `${label.padEnd(28)}${pyvm.toFixed(1).padStart(10)} ms${ipykernel.toFixed(1).padStart(12)} ms${(pyvm / ipykernel).toFixed(2).padStart(9)}   ${goal}`;
  const startup = [median(results.pyvm.startups), median(results.ipykernel.startups)];
  const first = [median(results.pyvm.firsts), median(results.ipykernel.firsts)];
  const roundTrip = [median(results.pyvm.roundTrips), median(results.ipykernel.roundTrips)];
  console.log(`${'median of'.padEnd(28)}${'pyvm'.padStart(13)}${'ipykernel'.padStart(15)}${'ratio'.padStart(9)}   goal`);
  console.log(row(`start → kernel_info_reply (${options.starts})`, ...startup, 'ratio ≤ 0.33'));
  console.log(row(`first 1+1 after that (${options.starts})`, ...first, ''));
  console.log(row(`1+1 execute round trip (${options.starts * options.executes})`, ...roundTrip, 'ratio ≤ 1'));
}

await main();
