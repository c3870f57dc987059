// The hash modules hashlib falls back on without OpenSSL's _hashlib: _md5, _sha1,
// _sha256 (sha224, sha256), _sha512 (sha384, sha512) and _sha3 (sha3_*, shake_*), each
// hash object a node:crypto Hash. digest() works on a copy, so a hash can go on being
// updated after it, as Python's can.
import { createHash, type Hash } from 'node:crypto';
import { PyObject, type Py } from '../objects/object';
import { newModule, type PyModule } from '../objects/module';
import { nativeType, type PyType } from '../objects/type';
import { PyBytes } from '../objects/bytes';
import { bufferOf } from '../objects/bytes';
import { strValue } from '../objects/str';
import { bindArguments, bindClinicArguments, checkArgCount, defineGetSets, defineMethods } from '../objects/native';
import { newException, typeError, ValueError } from '../objects/exceptions';
import { pyIndex } from '../objects/protocols';
import { defineNew } from '../objects/builtinNew';
import { defineFunction } from './builtins';
import { registerBuiltinModule } from './registry';

interface Algorithm {
  /** Python's name for it (hash.name). */
  readonly name: string;
  /** node:crypto's. */
  readonly nodeName: string;
  readonly digestSize: number;
  readonly blockSize: number;
}

/** A hash object: the running node:crypto hash and what Python reports of its algorithm. */
class PyHash extends PyObject {
  constructor(
    cls: PyType,
    readonly algorithm: Algorithm,
    readonly hash: Hash,
  ) {
    super(cls);
  }
}

/** The bytes to hash: a bytes-like object; a str must be encoded first. */
export function hashedBytes(data: Py): Uint8Array {
  if (strValue(data) !== undefined) throw typeError('Strings must be encoded before hashing');
  const bytes = bufferOf(data);
  if (bytes === undefined) throw typeError('object supporting the buffer API required');
  return bytes;
}

const hexDigits = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** The methods every hash type has; `digest` gives the digest of the data so far (of `length` bytes, for shakes). */
function defineHashMethods(type: PyType, extendable: boolean): void {
  defineMethods(type, {
    update(self: PyHash, args, kwnames) {
      checkArgCount('update', args, kwnames, 1);
      self.hash.update(hashedBytes(args[0]));
      return null;
    },
    copy(self: PyHash, args, kwnames) {
      checkArgCount('copy', args, kwnames, 0);
      return new PyHash(self.cls, self.algorithm, self.hash.copy());
    },
  });
  const digestOf = (self: PyHash, name: string, args: Py[], kwnames: readonly string[] | null): Uint8Array => {
    if (!extendable) {
      checkArgCount(name, args, kwnames, 0);
      return self.hash.copy().digest();
    }
    const [length] = bindClinicArguments({ name: `${type.name}.${name}`, names: ['length'], positionalOnly: 0 }, args, kwnames);
    const size = Number(pyIndex(length!));
    if (size < 0) throw newException(ValueError, 'value must be positive');
    return self.hash.copy({ outputLength: size }).digest();
  };
  defineMethods(type, {
    digest: (self: PyHash, args, kwnames) => new PyBytes(new Uint8Array(digestOf(self, 'digest', args, kwnames))),
    hexdigest: (self: PyHash, args, kwnames) => hexDigits(digestOf(self, 'hexdigest', args, kwnames)),
  });
  defineGetSets(type, {
    name: { get: (self: PyHash) => self.algorithm.name },
    digest_size: { get: (self: PyHash) => self.algorithm.digestSize },
    block_size: { get: (self: PyHash) => self.algorithm.blockSize },
  });
}

function hashType(module: string, algorithm: Algorithm, extendable = false): PyType {
  const type = nativeType(algorithm.name, undefined, { baseType: false });
  type.attrs.set('__module__', module);
  defineHashMethods(type, extendable);
  return type;
}

/** A new hash of `algorithm`, fed `data` if given. */
function newHash(type: PyType, algorithm: Algorithm, data: Py | undefined): PyHash {
  const hash = createHash(algorithm.nodeName);
  if (data !== undefined && data !== null) hash.update(hashedBytes(data));
  return new PyHash(type, algorithm, hash);
}

function hashModule(name: string): PyModule {
  const module = newModule(name);
  registerBuiltinModule(name, () => module);
  return module;
}

// _md5, _sha1, _sha256, _sha512: constructor functions `name(string=None, *, usedforsecurity=True)`,
// and the types as <NAME>Type where CPython exports them.
const FUNCTION_MODULES: [string, Algorithm[], boolean][] = [
  ['_md5', [{ name: 'md5', nodeName: 'md5', digestSize: 16, blockSize: 64 }], false],
  ['_sha1', [{ name: 'sha1', nodeName: 'sha1', digestSize: 20, blockSize: 64 }], false],
  ['_sha256', [{ name: 'sha224', nodeName: 'sha224', digestSize: 28, blockSize: 64 }, { name: 'sha256', nodeName: 'sha256', digestSize: 32, blockSize: 64 }], true],
  ['_sha512', [{ name: 'sha384', nodeName: 'sha384', digestSize: 48, blockSize: 128 }, { name: 'sha512', nodeName: 'sha512', digestSize: 64, blockSize: 128 }], true],
];
for (const [moduleName, algorithms, exportsTypes] of FUNCTION_MODULES) {
  const module = hashModule(moduleName);
  for (const algorithm of algorithms) {
    const type = hashType(moduleName, algorithm);
    if (exportsTypes) module.dict.setStr(`${algorithm.name.toUpperCase()}Type`, type);
    defineFunction(module, algorithm.name, (args, kwnames) => {
      const [data] = bindClinicArguments(
        { name: algorithm.name, names: ['string', 'usedforsecurity'], required: 0, positionalOnly: 0, keywordOnlyFrom: 1 },
        args,
        kwnames,
      );
      return newHash(type, algorithm, data);
    });
  }
}

// _sha3: the types are the constructors, `name(data=b'', /, *, usedforsecurity=True)`.
const sha3Module = hashModule('_sha3');
const SHA3: [Algorithm, boolean][] = [
  [{ name: 'sha3_224', nodeName: 'sha3-224', digestSize: 28, blockSize: 144 }, false],
  [{ name: 'sha3_256', nodeName: 'sha3-256', digestSize: 32, blockSize: 136 }, false],
  [{ name: 'sha3_384', nodeName: 'sha3-384', digestSize: 48, blockSize: 104 }, false],
  [{ name: 'sha3_512', nodeName: 'sha3-512', digestSize: 64, blockSize: 72 }, false],
  [{ name: 'shake_128', nodeName: 'shake128', digestSize: 0, blockSize: 168 }, true],
  [{ name: 'shake_256', nodeName: 'shake256', digestSize: 0, blockSize: 136 }, true],
];
for (const [algorithm, extendable] of SHA3) {
  const type = hashType('_sha3', algorithm, extendable);
  defineNew(type, (cls, args, kwnames) => {
    const [data] = bindArguments({ name: algorithm.name, names: ['data', 'usedforsecurity'], required: 0, positionalOnly: 1, keywordOnlyFrom: 1 }, args, kwnames);
    return newHash(cls, algorithm, data);
  });
  sha3Module.dict.setStr(algorithm.name, type);
}
sha3Module.dict.setStr('implementation', 'tiny_sha3');
sha3Module.dict.setStr('keccakopt', 64);
