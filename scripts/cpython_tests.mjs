#!/usr/bin/env node
// CPython's own regression tests on pyvm: runs each module of the core set with
// unittest under python3 and under bin/pyvm (scripts/cpython_test_driver.py on both
// sides), and prints, per module, how many tests each passes and how many of the tests
// python3 passes pyvm fails — and of those, how many skip as tests of CPython's internals
// (support.cpython_only, impl_detail(), the C-API test modules), which a Python that is
// not CPython skips. A module "holds" when pyvm passes every test python3 passes.
// test/cpython/ keeps the modules that hold passing in CI.
//
// usage: node scripts/cpython_tests.mjs [--jobs N] [--timeout SECONDS] [--show-failures] [MODULE...]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DRIVER = join(ROOT, 'scripts', 'cpython_test_driver.py');
const PYVM = join(ROOT, 'bin', 'pyvm');

/** The core language and library modules the stdlib issue names. */
export const CORE_MODULES = `test_grammar test_int test_long test_float test_bool test_complex test_unicode
test_string test_fstring test_string_literals test_format test_list test_tuple test_dict test_set
test_range test_slice test_class test_scope test_exceptions test_raise test_exception_group
test_except_star test_with test_contextlib test_generators test_coroutines test_genexps
test_listcomps test_setcomps test_dictcomps test_unpack test_unpack_ex test_augassign test_opcodes
test_keywordonlyarg test_positional_only_arg test_patma test_super test_property test_descr
test_builtin test_types test_math test_functools test_itertools test_collections test_dataclasses
test_enum test_typing test_json test_re test_dis test_compile test_syntax`.split(/\s+/);

/** The real CPython binary: the `python3` on PATH may be a shim that is slow to start. */
function pythonBinary() {
  return process.env.PYVM_ORACLE ?? 'python3';
}

/**
 * Runs `module` under `command` (argv prefix) and returns each test's final outcome:
 * 'pass' (ok or expected failure), 'skip', or 'fail' (failure, error, unexpected success,
 * a failing subtest), plus how the run ended.
 */
export function runModule(command, module, timeoutSeconds) {
  const workDir = mkdtempSync(join(tmpdir(), `pyvm-${module}-`));
  const outcomePath = join(workDir, 'outcomes.tsv');
  return new Promise((done) => {
    // A fresh directory for each run: tests write their temporary files to the cwd.
    const child = spawn(command[0], [...command.slice(1), DRIVER, `test.${module}`, outcomePath], {
      cwd: workDir,
      env: { ...process.env, PYTHONHASHSEED: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderrTail = '';
    child.stderr.on('data', (chunk) => {
      stderrTail = (stderrTail + chunk).slice(-4000);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutSeconds * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const outcomes = readOutcomes(outcomePath);
      rmSync(workDir, { recursive: true, force: true });
      const ending = timedOut ? 'timeout' : signal !== null ? `killed by ${signal}` : `exit ${code}`;
      done({ outcomes, ending, stderrTail });
    });
  });
}

const FAILING = new Set(['fail', 'error', 'unexpected-success']);

function readOutcomes(path) {
  const outcomes = new Map();
  let text = '';
  try {
    text = readFileSync(path, 'utf-8');
  } catch {
    return outcomes;
  }
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab === -1) continue;
    const event = line.slice(0, tab);
    const id = line.slice(tab + 1);
    const outcome = FAILING.has(event) ? 'fail' : event.startsWith('skip') ? event : 'pass';
    // A test fails if any of its events (subtests) failed.
    if (outcomes.get(id) !== 'fail') outcomes.set(id, outcome);
  }
  return outcomes;
}

function passed(outcomes) {
  return [...outcomes].filter(([, outcome]) => outcome === 'pass').map(([id]) => id);
}

/** python3's run of each module, kept: a module compared under several of pyvm's modes runs under python3 once. */
const pythonRuns = new Map();

/** Compares pyvm's run of `module` (with `pyvmOptions`) with python3's. */
export async function compareModule(module, timeoutSeconds, pyvmOptions = []) {
  if (!pythonRuns.has(module)) pythonRuns.set(module, runModule([pythonBinary()], module, timeoutSeconds));
  const [python, pyvm] = await Promise.all([pythonRuns.get(module), runModule([PYVM, ...pyvmOptions], module, timeoutSeconds)]);
  const pyvmPasses = new Set(passed(pyvm.outcomes));
  const missing = passed(python.outcomes).filter((id) => !pyvmPasses.has(id));
  const cpythonOnly = missing.filter((id) => pyvm.outcomes.get(id) === 'skip-cpython-only');
  return { module, python, pyvm, pythonPassed: passed(python.outcomes).length, pyvmPassed: pyvmPasses.size, missing, cpythonOnly };
}

function parseArgs(argv) {
  const options = { jobs: Math.max(1, Math.floor(availableParallelism() / 2)), timeout: 900, showFailures: false, modules: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--jobs') options.jobs = Number(argv[++i]);
    else if (arg === '--timeout') options.timeout = Number(argv[++i]);
    else if (arg === '--show-failures') options.showFailures = true;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else options.modules.push(arg);
  }
  if (options.modules.length === 0) options.modules = CORE_MODULES;
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const queue = [...options.modules];
  const rows = new Map();
  const worker = async () => {
    for (let module = queue.shift(); module !== undefined; module = queue.shift()) {
      const row = await compareModule(module, options.timeout);
      rows.set(module, row);
      process.stderr.write(`${module}: python3 ${row.pythonPassed}, pyvm ${row.pyvmPassed} (${row.pyvm.ending})\n`);
    }
  };
  await Promise.all(Array.from({ length: options.jobs }, worker));

  console.log('| module | python3 passed | pyvm passed | of python3\'s, pyvm fails | of those, skipped as CPython-only | pyvm run |');
  console.log('|---|---:|---:|---:|---:|---|');
  let holding = 0;
  let holdingButInternals = 0;
  for (const module of options.modules) {
    const row = rows.get(module);
    if (row.missing.length === 0) holding++;
    if (row.missing.length === row.cpythonOnly.length) holdingButInternals++;
    console.log(`| ${module} | ${row.pythonPassed} | ${row.pyvmPassed} | ${row.missing.length} | ${row.cpythonOnly.length} | ${row.pyvm.ending} |`);
  }
  console.log(`\n${holding}/${options.modules.length} modules: pyvm passes every test python3 passes.`);
  console.log(`${holdingButInternals}/${options.modules.length} modules: pyvm passes every test python3 passes but tests of CPython's internals, which skip.`);
  if (options.showFailures) {
    for (const module of options.modules) {
      const row = rows.get(module);
      if (row.missing.length === 0) continue;
      console.log(`\n## ${module} (${row.pyvm.ending})\n${row.missing.join('\n')}\n--- stderr tail ---\n${row.pyvm.stderrTail}`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
