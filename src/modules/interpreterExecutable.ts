// sys.executable: bin/pyvm names itself in PYVM_EXECUTABLE, which is no part of the
// environment Python sees (os.environ, children's environments). Whichever start-up
// step asks first (sys, or posix building environ) takes it out of process.env.
let executable: string | null = null;

/** The path of the pyvm command running this process ('' when unknown). */
export function interpreterExecutable(): string {
  if (executable === null) {
    executable = process.env.PYVM_EXECUTABLE ?? '';
    delete process.env.PYVM_EXECUTABLE;
  }
  return executable;
}
