// A real browser on the pyvm kernel: Debian's classic Jupyter Notebook server, opened in
// headless Chromium (Debian's) driven by playwright-core. A notebook whose kernelspec is
// pyvm is opened, its cells run from the keyboard as a user runs them, and the page must
// show their text, HTML and error outputs. The screenshot is kept in
// dist/test-artifacts/notebook.png.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { environmentWithKernelspec, JUPYTER_PYTHON } from './kernelspec';
import { freePort, waitForServer } from './jupyterServerProcess';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, '../../dist/test-artifacts');
const START_TIMEOUT_MS = 60_000;
const OUTPUT_TIMEOUT_MS = 60_000;

const hasNotebookAndChromium = existsSync(CHROMIUM)
  && existsSync(JUPYTER_PYTHON)
  && spawnSync(JUPYTER_PYTHON, ['-c', 'import notebook.notebookapp']).status === 0;

/** The cells the browser runs: text, HTML through IPython.display, and an error. */
const CELLS = [
  'print("Hello from pyvm in a browser")\nsum(i * i for i in range(10))',
  'from IPython.display import HTML\nHTML("<b id=\'pyvm-bold\'>rendered HTML</b>")',
  'def fail():\n    return 1 / 0\nfail()',
];

function notebookJson(): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'pyvm', display_name: 'pyvm (Python 3.11)', language: 'python' } },
    cells: CELLS.map((source, index) => ({ id: `cell-${index}`, cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source })),
  });
}

describe.skipIf(!hasNotebookAndChromium)('the classic Notebook in headless Chromium', () => {
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const port = await freePort();
    const token = randomUUID();
    const notebookDir = mkdtempSync(join(tmpdir(), 'pyvm-notebook-'));
    writeFileSync(join(notebookDir, 'pyvm.ipynb'), notebookJson());
    server = spawn(
      JUPYTER_PYTHON,
      ['-m', 'notebook', '--allow-root', '--no-browser', `--NotebookApp.token=${token}`, '--NotebookApp.ip=127.0.0.1',
        `--NotebookApp.port=${port}`, '--NotebookApp.port_retries=0', `--NotebookApp.notebook_dir=${notebookDir}`],
      { env: environmentWithKernelspec(), stdio: 'ignore' },
    );
    const base = `http://127.0.0.1:${port}/`;
    await waitForServer(`${base}api/status?token=${token}`, server, START_TIMEOUT_MS);
    // Chromium must not reach for the network: this machine has none beyond its registries.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${base}notebooks/pyvm.ipynb?token=${token}`);
    // The kernel indicator goes idle once pyvm answered kernel_info.
    await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: START_TIMEOUT_MS });
  }, START_TIMEOUT_MS * 2);

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
  });

  it('runs cells from the keyboard and shows text, HTML and an error', async () => {
    expect(await page.locator('.kernel_indicator_name').innerText()).toBe('pyvm (Python 3.11)');
    await page.click('.cell .input_area');
    for (let i = 0; i < CELLS.length; i++) await page.keyboard.press('Shift+Enter');

    const cells = page.locator('.cell.code_cell');
    const first = cells.nth(0);
    await first.locator('.output_stream').waitFor({ timeout: OUTPUT_TIMEOUT_MS });
    expect((await first.locator('.output_stream').innerText()).trim()).toBe('Hello from pyvm in a browser');
    expect((await first.locator('.output_result').innerText()).trim()).toBe('285');
    expect(await first.locator('.input_prompt').innerText()).toContain('[1]');

    const html = page.locator('#pyvm-bold');
    await html.waitFor({ timeout: OUTPUT_TIMEOUT_MS });
    expect(await html.innerText()).toBe('rendered HTML');

    const error = cells.nth(2).locator('.output_error');
    await error.waitFor({ timeout: OUTPUT_TIMEOUT_MS });
    const traceback = await error.innerText();
    expect(traceback).toContain('ZeroDivisionError');
    expect(traceback).toContain('division by zero');
    expect(traceback).toContain('return 1 / 0');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'notebook.png'), fullPage: true });
    expect(existsSync(join(ARTIFACTS, 'notebook.png'))).toBe(true);
  }, OUTPUT_TIMEOUT_MS * 3);
});
