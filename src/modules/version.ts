// pyvm's own version (package.json's), which sys.version and `pyvm --version` show
// beside the Python version pyvm implements. The bundle in dist/ and the sources in
// src/ both sit one level below package.json.
import { readFileSync } from 'node:fs';

export const PYTHON_VERSION = '3.11.7';

export const PYVM_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
