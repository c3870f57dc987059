// What the benchmark scripts share: finding python3's real binary, reading whole-number
// options, medians, and text tables.
import { spawnSync } from 'node:child_process';

/** The python3 binary behind the pyenv shim ($PYTHON wins), so that its start-up is not the shim's. */
export function realPython() {
  if (process.env.PYTHON) return process.env.PYTHON;
  const found = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  const path = found.status === 0 ? found.stdout.trim() : '';
  if (!path) throw new Error(`cannot find python3: ${found.error?.message ?? found.stderr}`);
  return path;
}

/** The value of a `flag` that takes a positive whole number. */
export function positiveWholeNumber(flag, value, usage) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive whole number\n${usage}`);
  return n;
}

/** The median of `values`; null for none. */
export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A text table: the first column (and those named in `leftColumns`) left-aligned, the others right-aligned. */
export function table(header, rows, leftColumns = []) {
  const widths = header.map((cell, col) => Math.max(cell.length, ...rows.map((row) => String(row[col]).length)));
  const left = (col) => col === 0 || leftColumns.includes(header[col]);
  const format = (row) =>
    row
      .map((cell, col) => (left(col) ? String(cell).padEnd(widths[col]) : String(cell).padStart(widths[col])))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(format)].join('\n');
}
