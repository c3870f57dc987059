// Made once for the whole test run, before any test file: the directory where the
// corpus's two passes (programs.test.ts, programsCompiled.test.ts) keep python3's run of
// each program, so that a program python3 ran for one pass is not run again for the other.
// (python3 starts in ~0.1 s here, its site's .pth hooks included: ~80 s of CPU a suite.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject): () => void {
  const directory = mkdtempSync(join(tmpdir(), 'pyvm-python-runs-'));
  project.provide('pythonRunsDirectory', directory);
  return () => rmSync(directory, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pythonRunsDirectory: string;
  }
}
