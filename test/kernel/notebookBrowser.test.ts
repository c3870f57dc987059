// A real browser on the pyvm kernel: Debian's classic Jupyter Notebook server, opened in
// headless Chromium (Debian's) driven by playwright-core. A notebook whose kernelspec is
// pyvm is opened, its cells run from the keyboard as a user runs them, and the page must
// show their text, HTML and error outputs; a second notebook runs pyvm's own views (a
// %dis listing, an asyncio task timeline, a GIL timeline), which must render. The
// screenshots are kept in dist/test-artifacts/: notebook.png, and dis.png,
// task-trace.png and gil-trace.png, each of one view's output.
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

/** pyvm's views, each a rich HTML output whose screenshot is kept (the cell of each, by its artifact's name). */
const VIEW_CELLS = [
  'def first_negative(numbers):\n    for n in numbers:\n        if n < 0:\n            return n\n    return None',
  '%dis first_negative',
  '%%trace_tasks\nimport asyncio\n\n\nasync def fetch(name, delay):\n    await asyncio.sleep(delay)\n    return name\n\n\n' +
    'async def main():\n    print(await asyncio.gather(fetch("api-1", 0.05), fetch("api-2", 0.1)))\n\n\nasyncio.run(main())',
  '%%trace_gil\nimport threading\n\n\ndef count(n):\n    while n:\n        n -= 1\n\n\n' +
    'workers = [threading.Thread(target=count, args=(200_000,)) for _ in range(2)]\nfor w in workers:\n    w.start()\nfor w in workers:\n    w.join()',
];
const VIEWS = [
  { cell: 1, artifact: 'dis.png', shows: 'RETURN_VALUE' },
  { cell: 2, artifact: 'task-trace.png', shows: 'fetch()' },
  { cell: 3, artifact: 'gil-trace.png', shows: 'Thread-' },
];

function notebookJson(cells: string[]): string {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'pyvm', display_name: 'pyvm (Python 3.11)', language: 'python' } },
    cells: cells.map((source, index) => ({ id: `cell-${index}`, cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source })),
  });
}

/** Opens notebook `name` of the server and waits for its kernel to be idle. */
async function openNotebook(page: Page, base: string, token: string, name: string): Promise<void> {
  await page.goto(`${base}notebooks/${name}?token=${token}`);
  // The kernel indicator goes idle once pyvm answered kernel_info.
  await page.waitForSelector('#kernel_indicator_icon.kernel_idle_icon', { timeout: START_TIMEOUT_MS });
}

describe.skipIf(!hasNotebookAndChromium)('the classic Notebook in headless Chromium', () => {
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;
  let base: string;
  let token: string;

  beforeAll(async () => {
    const port = await freePort();
    token = randomUUID();
    const notebookDir = mkdtempSync(join(tmpdir(), 'pyvm-notebook-'));
    writeFileSync(join(notebookDir, 'pyvm.ipynb'), notebookJson(CELLS));
    writeFileSync(join(notebookDir, 'views.ipynb'), notebookJson(VIEW_CELLS));
    server = spawn(
      JUPYTER_PYTHON,
      ['-m', 'notebook', '--allow-root', '--no-browser', `--NotebookApp.token=${token}`, '--NotebookApp.ip=127.0.0.1',
        `--NotebookApp.port=${port}`, '--NotebookApp.port_retries=0', `--NotebookApp.notebook_dir=${notebookDir}`],
      { env: environmentWithKernelspec(), stdio: 'ignore' },
    );
    base = `http://127.0.0.1:${port}/`;
    await waitForServer(`${base}api/status?token=${token}`, server, START_TIMEOUT_MS);
    // Chromium must not reach for the network: this machine has none beyond its registries.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await openNotebook(page, base, token, 'pyvm.ipynb');
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

  it('renders a %dis listing, a task timeline and a GIL timeline', async () => {
    // Tall enough for the GIL diagram to be shot whole, with no scrolling under the notebook's fixed header.
    await page.setViewportSize({ width: 1200, height: 4000 });
    await openNotebook(page, base, token, 'views.ipynb');
    await page.click('.cell .input_area');
    for (let i = 0; i < VIEW_CELLS.length; i++) await page.keyboard.press('Shift+Enter');
    const cells = page.locator('.cell.code_cell');
    // The traces update their display while the cell runs: read them once the last cell has run.
    const lastPrompt = cells.nth(VIEW_CELLS.length - 1).locator('.input_prompt');
    await expect.poll(() => lastPrompt.innerText(), { timeout: OUTPUT_TIMEOUT_MS }).toMatch(/\[\d+\]/);
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const { cell, artifact, shows } of VIEWS) {
      const view = cells.nth(cell).locator('.output_html').first();
      await view.waitFor({ timeout: OUTPUT_TIMEOUT_MS });
      expect(await view.innerText()).toContain(shows);
      // Drawn, not only text: the timelines are SVG with a box of their own.
      if (artifact !== 'dis.png') expect(await view.locator('svg').count()).toBeGreaterThan(0);
      await view.screenshot({ path: join(ARTIFACTS, artifact) });
      expect(existsSync(join(ARTIFACTS, artifact))).toBe(true);
    }
    expect(await cells.locator('.output_error').count()).toBe(0);
  }, OUTPUT_TIMEOUT_MS * 3);
});
