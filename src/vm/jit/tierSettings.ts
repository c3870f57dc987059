// Whether and when code objects are compiled to JavaScript (the compiled tier): `-X jit=off`
// turns it off; `PYVM_JIT_WARMUP=N` (or `-X jit-warmup=N`) sets how many times a code object
// is entered or jumps back before it is compiled (0 compiles every one the first time it
// runs: the test mode that runs the conformance suite with everything compiled).
// `PYVM_JIT_LOG=FILE` appends a line to FILE for each code object compiled.

/** Entries and backward jumps before compiling, by default: code that runs a few times stays interpreted. */
const DEFAULT_WARM_UP = 200;

export const tierSettings = {
  enabled: true,
  warmUp: DEFAULT_WARM_UP,
  /** Where to log the code objects compiled (qualified name, file:line), if anywhere. */
  log: null as string | null,
};

/** The count a new code object starts from: it is compiled when the count reaches 0 (never, when the tier is off). */
export function initialWarmth(): number {
  return tierSettings.enabled ? Math.max(tierSettings.warmUp, 1) : -1;
}

/** Applies `-X jit=on|off`, `-X jit-warmup=N` (or PYVM_JIT_WARMUP) and PYVM_JIT_LOG; returns an error message for a bad value. */
export function configureTier(jit: string | undefined, warmUp: string | undefined, log: string | undefined): string | null {
  tierSettings.log = log ?? null;
  if (jit !== undefined) {
    if (jit !== 'on' && jit !== 'off') return `-X jit: expected 'on' or 'off', not '${jit}'`;
    tierSettings.enabled = jit === 'on';
  }
  if (warmUp !== undefined) {
    const count = Number(warmUp);
    if (!Number.isSafeInteger(count) || count < 0) return `-X jit-warmup: expected a count, not '${warmUp}'`;
    tierSettings.warmUp = count;
  }
  return null;
}
