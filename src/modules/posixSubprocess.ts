// The _posixsubprocess module: fork_exec, with which subprocess.Popen starts a child.
// pyvm cannot fork; node:child_process spawns (libuv forks and execs in one call), with
// the child's descriptors 0, 1, 2 and those to keep set up as fork_exec would, and the
// pid is back at once (./posix/childProcesses waits for it).
//
// CPython's child reports a failed chdir or exec to the parent on errpipe_write as
// "OSError:<hex errno>:<'noexec' when exec was never tried>", from which subprocess
// raises FileNotFoundError and the like. The checks the child would fail are made here
// before spawning, in the child's order (the working directory, then each candidate
// executable), and a failure is written to errpipe_write the same way; the "child" is
// then one that exited with status 255, as CPython's does.
//
// What a child cannot be given here: preexec_fn (Python run between fork and exec),
// extra_groups and umask (node:child_process has no setgroups/umask for the child); a
// new process group (process_group) is made as start_new_session makes it, by setsid().
import { accessSync, constants as fsConstants, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SpawnOptions, StdioOptions } from 'node:child_process';
import type { Py } from '../objects/object';
import { newModule } from '../objects/module';
import { newException, NotImplementedError } from '../objects/exceptions';
import { isTrue, iterableToArray } from '../objects/protocols';
import { cIntArgument } from '../objects/bytesArguments';
import { checkArgCount } from '../objects/native';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';
import { writeDescriptor } from './io/fileDescriptors';
import { fsPath } from './io/paths';
import { isSystemCallError } from './io/osErrors';
import { inheritableDescriptorNumbers } from './posix/descriptors';
import { startChild, unbornChild } from './posix/childProcesses';

const posixSubprocessModule = newModule('_posixsubprocess', 'A POSIX helper for the subprocess module.');
registerBuiltinModule('_posixsubprocess', () => posixSubprocessModule);

const ENOENT = 2;
const ENOEXEC = 8;
const EACCES = 13;
const ENOTDIR = 20;

/** A path argument (str, bytes, PathLike) as the text node:child_process takes. */
function fsText(value: Py): string {
  const path = fsPath(value);
  return typeof path === 'string' ? path : path.toString('utf-8');
}

/** The errno a chdir to `directory` would fail with, or 0. */
function chdirError(directory: string): number {
  try {
    if (!statSync(directory).isDirectory()) return ENOTDIR;
    accessSync(directory, fsConstants.X_OK);
    return 0;
  } catch (error) {
    return isSystemCallError(error) ? Math.abs(error.errno) : EACCES;
  }
}

/** The errno an execve of `path` would fail with (as far as stat and access tell), or 0. */
function execError(path: string): number {
  try {
    if (statSync(path).isDirectory()) return EACCES;
    accessSync(path, fsConstants.X_OK);
    return 0;
  } catch (error) {
    return isSystemCallError(error) ? Math.abs(error.errno) : EACCES;
  }
}

/**
 * The executable the child's exec loop would run, or the errno it would report: the
 * first error other than ENOENT/ENOTDIR, else the last (as _posixsubprocess's child_exec).
 */
function chooseExecutable(candidates: string[], directory: string): string | number {
  let firstError = 0;
  let lastError = ENOENT;
  for (const candidate of candidates) {
    const path = resolve(directory, candidate);
    const error = execError(path);
    if (error === 0) return path;
    if (error !== ENOENT && error !== ENOTDIR && firstError === 0) firstError = error;
    lastError = error;
  }
  return firstError !== 0 ? firstError : lastError;
}

/** Tells the parent half of subprocess about a failure in the "child", which then never was. */
function reportChildFailure(errpipeWrite: number, errno: number, beforeExec: boolean): number {
  const message = `OSError:${errno.toString(16)}:${beforeExec ? 'noexec' : ''}`;
  writeDescriptor(errpipeWrite, new TextEncoder().encode(message));
  return unbornChild();
}

/** The environment from env_list's b'NAME=value' entries. */
function environmentOf(entries: Py[]): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const entry of entries) {
    const text = fsText(entry);
    const equals = text.indexOf('=');
    if (equals >= 0) environment[text.slice(0, equals)] = text.slice(equals + 1);
  }
  return environment;
}

/**
 * The child's descriptors: 0, 1 and 2 from the pipes (-1: the parent's own), then each
 * descriptor to keep at its own number (errpipe_write, which CPython's child has only
 * until exec, not at all).
 */
function childStdio(standard: number[], keep: number[]): StdioOptions {
  const stdio: (number | 'ignore')[] = standard.map((fd, index) => (fd === -1 ? index : fd));
  for (const fd of keep) {
    while (stdio.length < fd) stdio.push('ignore');
    if (fd >= 3) stdio[fd] = fd;
  }
  return stdio;
}

function unsupported(what: string): never {
  throw newException(NotImplementedError, `pyvm cannot start a child process with ${what}`);
}

defineFunction(posixSubprocessModule, 'fork_exec', (args, kwnames) => {
  checkArgCount('fork_exec', args, kwnames, 23);
  const [processArgs, executableList, closeFds, fdsToKeep, cwd, envList] = args;
  const [p2cread, , , c2pwrite, , errwrite, , errpipeWrite] = args.slice(6, 14).map(cIntArgument);
  const [, startNewSession, processGroup, gid, extraGroups, uid, umask, preexecFn] = args.slice(14, 22);
  if (preexecFn !== null) unsupported('preexec_fn (it would run Python between fork and exec)');
  if (extraGroups !== null) unsupported('extra_groups');
  if (cIntArgument(umask) >= 0) unsupported('umask');
  const argv = iterableToArray(processArgs).map(fsText);
  const candidates = iterableToArray(executableList).map(fsText);
  const directory = cwd === null ? process.cwd() : resolve(fsText(cwd));
  const keep = iterableToArray(fdsToKeep).map(cIntArgument).filter((fd) => fd !== errpipeWrite);
  if (!isTrue(closeFds)) keep.push(...inheritableDescriptorNumbers());

  const directoryError = chdirError(directory);
  if (directoryError !== 0) return reportChildFailure(errpipeWrite, directoryError, true);
  const executable = chooseExecutable(candidates, directory);
  if (typeof executable === 'number') return reportChildFailure(errpipeWrite, executable, false);
  const options: SpawnOptions = {
    argv0: argv[0],
    cwd: directory,
    stdio: childStdio([p2cread, c2pwrite, errwrite], [...new Set(keep)].sort((a, b) => a - b)),
    detached: isTrue(startNewSession) || cIntArgument(processGroup) >= 0,
  };
  if (envList !== null) options.env = environmentOf(iterableToArray(envList));
  if (uid !== null) options.uid = cIntArgument(uid);
  if (gid !== null) options.gid = cIntArgument(gid);
  const pid = startChild(executable, argv.slice(1), options);
  // Started for all stat and access could tell, yet not: an exec format error, most likely.
  return pid ?? reportChildFailure(errpipeWrite, ENOEXEC, false);
});
