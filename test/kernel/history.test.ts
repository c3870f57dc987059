// history_request on the real kernel: tail, range and search (glob, unique, n), with
// and without outputs, and the history kept across restarts — a kernel started again
// on the same data directory is a new session that still sees the earlier ones.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KernelClient } from './kernelClient';

describe('pyvm kernel history', () => {
  it('answers tail, range and search, and keeps the history across restarts', async () => {
    const dataDirectory = mkdtempSync(join(tmpdir(), 'pyvm-history-'));
    const first = await KernelClient.start(dataDirectory);
    try {
      for (const code of ['x = 1', 'x + 1', 'print("hi")', 'x + 1']) await first.execute(code);
      await first.execute('"not kept"', { store_history: false });
      await first.execute('"silent"', { silent: true });
      expect(await first.ask('history_request', { hist_access_type: 'tail', n: 2, output: false, raw: true })).toEqual({
        status: 'ok', history: [[1, 3, 'print("hi")'], [1, 4, 'x + 1']],
      });
      expect(await first.ask('history_request', { hist_access_type: 'tail', n: 2, output: true, raw: true })).toEqual({
        status: 'ok', history: [[1, 3, ['print("hi")', null]], [1, 4, ['x + 1', '2']]],
      });
      expect(await first.ask('history_request', { hist_access_type: 'range', session: 0, start: 2, stop: 4, output: false, raw: true })).toEqual({
        status: 'ok', history: [[0, 2, 'x + 1'], [0, 3, 'print("hi")']],
      });
      expect(await first.ask('history_request', { hist_access_type: 'search', pattern: 'x*', output: false, raw: true })).toEqual({
        status: 'ok', history: [[1, 1, 'x = 1'], [1, 2, 'x + 1'], [1, 4, 'x + 1']],
      });
      expect(await first.ask('history_request', { hist_access_type: 'search', pattern: 'x*', unique: true, output: false, raw: true })).toEqual({
        status: 'ok', history: [[1, 1, 'x = 1'], [1, 4, 'x + 1']],
      });
      expect(await first.ask('history_request', { hist_access_type: 'search', pattern: '*[+]*', n: 1, output: false, raw: true })).toEqual({
        status: 'ok', history: [[1, 4, 'x + 1']],
      });
    } finally {
      await first.close();
    }

    const file = join(dataDirectory, 'pyvm', 'history-pyvm.jsonl');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(4);

    const second = await KernelClient.start(dataDirectory);
    try {
      await second.execute('y = 2');
      expect(await second.ask('history_request', { hist_access_type: 'tail', n: 3, output: false, raw: true })).toEqual({
        status: 'ok', history: [[1, 3, 'print("hi")'], [1, 4, 'x + 1'], [2, 1, 'y = 2']],
      });
      expect(await second.ask('history_request', { hist_access_type: 'range', session: -1, start: 1, stop: 3, output: false, raw: true })).toEqual({
        status: 'ok', history: [[1, 1, 'x = 1'], [1, 2, 'x + 1']],
      });
      expect(await second.ask('history_request', { hist_access_type: 'range', session: 2, start: 1, output: false, raw: true })).toEqual({
        status: 'ok', history: [[2, 1, 'y = 2']],
      });
    } finally {
      await second.close();
    }
  }, 60_000);
});
