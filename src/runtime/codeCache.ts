// The cache of compiled modules on disk, so that a second start does not compile the
// library again. A cache file is a .pyc as importlib writes one (magic number, flags,
// the source's mtime and size, the marshalled code object), named with pyvm's own
// tag (sys.implementation.cache_tag, "pyvm-311"), so importlib's SourceFileLoader
// reads and writes the same files, and CPython's never collide with pyvm's.
//
// Where: as CPython's cache_from_source says (__pycache__ beside the source, or under
// sys.pycache_prefix), except for the libraries pyvm comes with, the machine's CPython
// library (which pyvm only reads) and pyvm's own pylib/: their modules are cached under
// the user's cache directory ($XDG_CACHE_HOME/pyvm, or ~/.cache/pyvm), in a tree
// mirroring their paths, whatever -B or PYTHONDONTWRITEBYTECODE say. Those keep a
// user's directories free of .pyc files; CPython's library comes with its .pyc files
// written when it was installed, and pyvm writes its own once, where no one sees them.
//
// The frozen modules (frozenModules.ts) are cached with the build, in dist/frozen/ (or
// under the user's cache directory when pyvm is installed read-only).
//
// A cache file is used when its header matches the source's mtime and size (CPython's
// rule) and when pyvm's own build wrote it: the build's id (dist/build-id.txt) follows
// the marshalled code, where marshal.loads ignores it. A build whose compiler changed
// thus never runs code an older one compiled. Without a build id (running from the
// sources), nothing is cached.
import { accessSync, constants, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../compiler/compile';
import { CodeObject } from '../bytecode/code';
import { sysModule } from '../modules/sys';
import { getAttrOrUndefined, isTrue } from '../objects/protocols';
import { marshalDumps } from '../modules/marshal/marshalWriter';
import { marshalLoadsCode } from '../modules/marshal/marshalReader';
import { MARSHAL_VERSION } from '../modules/marshal/marshalFormat';
import { findStdlib, pyvmLibraryDirectory } from './stdlibLocation';
import { renameCode } from './impModule';
import { atProcessStart } from '../objects/processStart';

/** importlib's MAGIC_NUMBER for 3.11: (3495).to_bytes(2, 'little') + b'\r\n'. */
const MAGIC = Uint8Array.of(0xa7, 0x0d, 0x0d, 0x0a);
const HEADER_SIZE = 16;

const BUILD_ID_FILE = new URL('./build-id.txt', import.meta.url);
let buildStamp: Uint8Array | null | undefined;

function currentBuildStamp(): Uint8Array | null {
  if (buildStamp === undefined) {
    try {
      buildStamp = new TextEncoder().encode(`pyvm-build:${readFileSync(BUILD_ID_FILE, 'utf8').trim()}`);
    } catch {
      buildStamp = null;
    }
  }
  return buildStamp;
}

/** The directories of the libraries pyvm comes with, each ending in '/'. */
let libraryPrefixes: string[] | undefined;

function comesWithPyvm(sourcePath: string): boolean {
  if (libraryPrefixes === undefined) {
    const stdlib = findStdlib();
    libraryPrefixes = [pyvmLibraryDirectory()];
    if (stdlib !== null) libraryPrefixes.push(`${stdlib.replace(/\/+$/, '')}/`);
  }
  return libraryPrefixes.some((prefix) => sourcePath.startsWith(prefix));
}

/** Found once a process (each module of the library asks; reading the environment is not cheap). */
let userCache: string | undefined;

function userCacheDirectory(): string {
  userCache ??= join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'pyvm');
  return userCache;
}

/** sys.implementation.cache_tag, which names cache files; None turns caching off, as in CPython. */
function cacheTag(): string | null {
  const implementation = sysModule.dict.getStr('implementation');
  const tag = implementation === undefined ? null : getAttrOrUndefined(implementation, 'cache_tag');
  return typeof tag === 'string' ? tag : null;
}

/** Where the cache of `sourcePath` is (a module's __cached__); null when there is no cache_tag. */
export function cachePathFor(sourcePath: string): string | null {
  const tag = cacheTag();
  if (tag === null) return null;
  const cacheName = `${basename(sourcePath).replace(/\.[^.]*$/, '')}.${tag}.pyc`;
  if (comesWithPyvm(sourcePath)) return join(userCacheDirectory(), dirname(sourcePath), cacheName);
  const prefix = sysModule.dict.getStr('pycache_prefix');
  if (typeof prefix === 'string') return join(prefix, dirname(sourcePath), cacheName);
  return join(dirname(sourcePath), '__pycache__', cacheName);
}

/**
 * The code of the module in `sourcePath`: read from its cache when that is fresh, else
 * compiled (and cached, unless sys.dont_write_bytecode and the module is the user's).
 */
export function moduleCode(sourcePath: string): CodeObject {
  const mayWrite = comesWithPyvm(sourcePath) || !isTrue(sysModule.dict.getStr('dont_write_bytecode') ?? false);
  return cachedOrCompiled(sourcePath, sourcePath, cachePathFor(sourcePath), mayWrite);
}

const BUILD_DIRECTORY = fileURLToPath(new URL('.', import.meta.url));
let frozenCacheDirectory: string | undefined;

// Found anew by each process: its environment says where the library and the user's cache are, and whether dist/ is writable.
atProcessStart(() => {
  buildStamp = undefined;
  libraryPrefixes = undefined;
  userCache = undefined;
  frozenCacheDirectory = undefined;
});

/** dist/frozen/, or, where pyvm is installed read-only, a directory of this build's under the user's cache directory. */
function frozenCache(): string {
  if (frozenCacheDirectory === undefined) {
    let writable = true;
    try {
      accessSync(BUILD_DIRECTORY, constants.W_OK);
    } catch {
      writable = false;
    }
    frozenCacheDirectory = writable ? join(BUILD_DIRECTORY, 'frozen') : join(userCacheDirectory(), `frozen-${readFileSync(BUILD_ID_FILE, 'utf8').trim()}`);
  }
  return frozenCacheDirectory;
}

/**
 * The code of a frozen module (named `codeFilename`, "<frozen os>"), cached with
 * pyvm's build whatever sys.dont_write_bytecode says: CPython builds these into its
 * executable, and pyvm compiles them once per build instead.
 */
export function frozenModuleCode(sourcePath: string, codeFilename: string): CodeObject {
  if (currentBuildStamp() === null) return compile(readFileSync(sourcePath), codeFilename, 'exec');
  const cachePath = join(frozenCache(), `${codeFilename.replace(/^<frozen (.*)>$/, '$1')}.pyc`);
  return cachedOrCompiled(sourcePath, codeFilename, cachePath, true);
}

function cachedOrCompiled(sourcePath: string, codeFilename: string, cachePath: string | null, mayWrite: boolean): CodeObject {
  const stamp = currentBuildStamp();
  if (stamp === null || cachePath === null) return compile(readFileSync(sourcePath), codeFilename, 'exec');
  // The source is read only when it is compiled: a fresh cache needs its mtime and size.
  const { mtimeMs, size } = statSync(sourcePath);
  const header = pycHeader(Math.floor(mtimeMs / 1000), size);
  const cached = readCache(cachePath, header, stamp);
  if (cached !== null) {
    if (cached.co_filename !== codeFilename) renameCode(cached, codeFilename);
    return cached;
  }
  const code = compile(readFileSync(sourcePath), codeFilename, 'exec');
  if (mayWrite) writeCache(cachePath, header, code, stamp);
  return code;
}

function pycHeader(mtime: number, size: number): Uint8Array {
  const header = new Uint8Array(HEADER_SIZE);
  header.set(MAGIC);
  const view = new DataView(header.buffer);
  view.setUint32(8, mtime >>> 0, true);
  view.setUint32(12, size >>> 0, true);
  return header;
}

function readCache(cachePath: string, header: Uint8Array, stamp: Uint8Array): CodeObject | null {
  let data: Uint8Array;
  try {
    data = readFileSync(cachePath);
  } catch {
    return null;
  }
  if (data.length < HEADER_SIZE + stamp.length) return null;
  for (let i = 0; i < HEADER_SIZE; i++) if (data[i] !== header[i]) return null;
  const trailerStart = data.length - stamp.length;
  for (let i = 0; i < stamp.length; i++) if (data[trailerStart + i] !== stamp[i]) return null;
  try {
    return marshalLoadsCode(data.subarray(HEADER_SIZE, trailerStart));
  } catch {
    // A damaged cache file is compiled over, as importlib does with a bad .pyc.
    return null;
  }
}

/** Writes the cache through a rename, so that a concurrent start never reads half a file; a failure only means no cache. */
function writeCache(cachePath: string, header: Uint8Array, code: CodeObject, stamp: Uint8Array): void {
  const temporary = `${cachePath}.${process.pid}`;
  try {
    mkdirSync(dirname(cachePath), { recursive: true });
    const body = marshalDumps(code, MARSHAL_VERSION);
    const data = new Uint8Array(HEADER_SIZE + body.length + stamp.length);
    data.set(header);
    data.set(body, HEADER_SIZE);
    data.set(stamp, HEADER_SIZE + body.length);
    writeFileSync(temporary, data);
    renameSync(temporary, cachePath);
  } catch {
    // Read-only directories: run uncached, as CPython does.
  }
}
