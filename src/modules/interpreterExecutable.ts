// What bin/pyvm tells pyvm through the environment, which is no part of the environment
// Python sees (os.environ, children's environments). Whichever start-up step asks first
// (sys, or posix building environ) settles it:
// - PYVM_EXECUTABLE, sys.executable (the launcher's path), is taken out of process.env;
// - PYVM_NODE_EXTRA_CA_CERTS is NODE_EXTRA_CA_CERTS as the user set it, put back under its
//   own name. Node reads the certificates that variable names as it starts (37 ms for the
//   system's bundle), for TLS pyvm does not use, so bin/pyvm moves it out of node's way;
// - PYVM_GLIBC_TUNABLES is GLIBC_TUNABLES as the user set it ('=' and the value, or '' when
//   unset): bin/pyvm starts node with glibc's malloc on huge pages, a setting of pyvm's own.
let executable: string | null = null;

/** The path of the pyvm command running this process ('' when unknown). */
export function interpreterExecutable(): string {
  if (executable === null) {
    executable = process.env.PYVM_EXECUTABLE ?? '';
    delete process.env.PYVM_EXECUTABLE;
    const extraCaCertificates = process.env.PYVM_NODE_EXTRA_CA_CERTS;
    if (extraCaCertificates !== undefined) {
      process.env.NODE_EXTRA_CA_CERTS = extraCaCertificates;
      delete process.env.PYVM_NODE_EXTRA_CA_CERTS;
    }
    const tunables = process.env.PYVM_GLIBC_TUNABLES;
    if (tunables !== undefined) {
      if (tunables.startsWith('=')) process.env.GLIBC_TUNABLES = tunables.slice(1);
      else delete process.env.GLIBC_TUNABLES;
      delete process.env.PYVM_GLIBC_TUNABLES;
    }
  }
  return executable;
}
