// The _blake2 module: BLAKE2b and BLAKE2s (RFC 7693) with all of Python's parameters
// (digest size, key, salt, personalisation, tree hashing), which node:crypto's fixed
// blake2b512 and blake2s256 lack. BLAKE2b's 64-bit words are kept as pairs of 32-bit
// halves (low, high).
import { PyObject, type Py } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType, type PyType } from '../objects/type';
import { PyBytes } from '../objects/bytes';
import { bindArguments, checkArgCount, defineGetSets, defineMethods } from '../objects/native';
import { newException, OverflowError, ValueError } from '../objects/exceptions';
import { isTrue, pyIndex } from '../objects/protocols';
import { bytesLikeArgument } from '../objects/bytesArguments';
import { defineNew } from '../objects/builtinNew';
import { registerBuiltinModule } from './registry';
import { hashedBytes } from './hashes';

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/** The initialisation vectors as 32-bit words (BLAKE2b's: the low, then the high half of each 64-bit word). */
const IV_S = Uint32Array.of(0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19);
const IV_B = Uint32Array.of(
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
);

function readWords(block: Uint8Array, count: number): Uint32Array {
  const words = new Uint32Array(count);
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  for (let i = 0; i < count; i++) words[i] = view.getUint32(i * 4, true);
  return words;
}

/** One variant's sizes and compression function. */
interface Variant {
  readonly name: string;
  readonly blockSize: number;
  readonly maxDigestSize: number;
  readonly maxKeySize: number;
  readonly saltSize: number;
  readonly personSize: number;
  /** Bytes of the parameter block that hold node_offset. */
  readonly nodeOffsetSize: number;
  readonly iv: Uint32Array;
  /** Mixes `block` into `h`, `counter` bytes having been hashed; `last` for the final block. */
  compress(h: Uint32Array, block: Uint8Array, counter: number, last: boolean, lastNode: boolean): void;
}

function rotr32(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

const blake2s: Variant = {
  name: 'blake2s', blockSize: 64, maxDigestSize: 32, maxKeySize: 32, saltSize: 8, personSize: 8, nodeOffsetSize: 6, iv: IV_S,
  compress(h, block, counter, last, lastNode) {
    const v = new Uint32Array(16);
    v.set(h);
    v.set(IV_S, 8);
    v[12] ^= counter >>> 0;
    v[13] ^= Math.floor(counter / 2 ** 32);
    if (last) v[14] = ~v[14];
    if (lastNode) v[15] = ~v[15];
    const m = readWords(block, 16);
    const g = (a: number, b: number, c: number, d: number, x: number, y: number): void => {
      v[a] = v[a] + v[b] + x;
      v[d] = rotr32(v[d] ^ v[a], 16);
      v[c] = v[c] + v[d];
      v[b] = rotr32(v[b] ^ v[c], 12);
      v[a] = v[a] + v[b] + y;
      v[d] = rotr32(v[d] ^ v[a], 8);
      v[c] = v[c] + v[d];
      v[b] = rotr32(v[b] ^ v[c], 7);
    };
    for (let round = 0; round < 10; round++) {
      const s = SIGMA[round];
      g(0, 4, 8, 12, m[s[0]], m[s[1]]);
      g(1, 5, 9, 13, m[s[2]], m[s[3]]);
      g(2, 6, 10, 14, m[s[4]], m[s[5]]);
      g(3, 7, 11, 15, m[s[6]], m[s[7]]);
      g(0, 5, 10, 15, m[s[8]], m[s[9]]);
      g(1, 6, 11, 12, m[s[10]], m[s[11]]);
      g(2, 7, 8, 13, m[s[12]], m[s[13]]);
      g(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (let i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
  },
};

/** v[a] += v[b] + (low, high), on the 64-bit words at pair indices a and b. */
function add64(v: Uint32Array, a: number, b: number, low = 0, high = 0): void {
  const sum = v[a] + v[b] + low;
  v[a + 1] = v[a + 1] + v[b + 1] + high + Math.floor(sum / 0x100000000);
  v[a] = sum;
}

/** v[d] = rotr64(v[d] ^ v[a], n), for 0 < n < 64. */
function xorRotate64(v: Uint32Array, d: number, a: number, n: number): void {
  let low = v[d] ^ v[a];
  let high = v[d + 1] ^ v[a + 1];
  if (n >= 32) {
    [low, high] = [high, low];
    n -= 32;
  }
  if (n === 0) {
    v[d] = low;
    v[d + 1] = high;
    return;
  }
  v[d] = (low >>> n) | (high << (32 - n));
  v[d + 1] = (high >>> n) | (low << (32 - n));
}

const blake2b: Variant = {
  name: 'blake2b', blockSize: 128, maxDigestSize: 64, maxKeySize: 64, saltSize: 16, personSize: 16, nodeOffsetSize: 8, iv: IV_B,
  compress(h, block, counter, last, lastNode) {
    const v = new Uint32Array(32);
    v.set(h);
    v.set(IV_B, 16);
    v[24] ^= counter >>> 0;
    v[25] ^= Math.floor(counter / 2 ** 32);
    if (last) {
      v[28] = ~v[28];
      v[29] = ~v[29];
    }
    if (lastNode) {
      v[30] = ~v[30];
      v[31] = ~v[31];
    }
    const m = readWords(block, 32);
    const g = (a: number, b: number, c: number, d: number, x: number, y: number): void => {
      add64(v, a, b, m[x], m[x + 1]);
      xorRotate64(v, d, a, 32);
      add64(v, c, d);
      xorRotate64(v, b, c, 24);
      add64(v, a, b, m[y], m[y + 1]);
      xorRotate64(v, d, a, 16);
      add64(v, c, d);
      xorRotate64(v, b, c, 63);
    };
    for (let round = 0; round < 12; round++) {
      const s = SIGMA[round % 10];
      g(0, 8, 16, 24, s[0] * 2, s[1] * 2);
      g(2, 10, 18, 26, s[2] * 2, s[3] * 2);
      g(4, 12, 20, 28, s[4] * 2, s[5] * 2);
      g(6, 14, 22, 30, s[6] * 2, s[7] * 2);
      g(0, 10, 20, 30, s[8] * 2, s[9] * 2);
      g(2, 12, 22, 24, s[10] * 2, s[11] * 2);
      g(4, 14, 16, 26, s[12] * 2, s[13] * 2);
      g(6, 8, 18, 28, s[14] * 2, s[15] * 2);
    }
    for (let i = 0; i < 16; i++) h[i] ^= v[i] ^ v[i + 16];
  },
};

/** A running BLAKE2 hash: the chain value, and the block not yet compressed. */
class Blake2State {
  readonly pending: Uint8Array;
  pendingLength = 0;
  counter = 0;

  constructor(
    readonly variant: Variant,
    readonly h: Uint32Array,
    readonly digestSize: number,
    readonly lastNode: boolean,
  ) {
    this.pending = new Uint8Array(variant.blockSize);
  }

  copy(): Blake2State {
    const copy = new Blake2State(this.variant, this.h.slice(), this.digestSize, this.lastNode);
    copy.pending.set(this.pending);
    copy.pendingLength = this.pendingLength;
    copy.counter = this.counter;
    return copy;
  }

  /** Adds `data`: a full block is compressed only once more data follows (the final one is compressed as such). */
  update(data: Uint8Array): void {
    const size = this.variant.blockSize;
    let offset = 0;
    while (offset < data.length) {
      if (this.pendingLength === size) {
        this.counter += size;
        this.variant.compress(this.h, this.pending, this.counter, false, false);
        this.pendingLength = 0;
      }
      const taken = Math.min(size - this.pendingLength, data.length - offset);
      this.pending.set(data.subarray(offset, offset + taken), this.pendingLength);
      this.pendingLength += taken;
      offset += taken;
    }
  }

  digest(): Uint8Array {
    const final = this.copy();
    final.counter += final.pendingLength;
    final.pending.fill(0, final.pendingLength);
    final.variant.compress(final.h, final.pending, final.counter, true, final.lastNode);
    const out = new Uint8Array(final.h.length * 4);
    const view = new DataView(out.buffer);
    final.h.forEach((word, index) => view.setUint32(index * 4, word, true));
    return out.slice(0, this.digestSize);
  }
}

// ---------------------------------------------------------------- the module

const blake2Module = newModule('_blake2', '_blake2b provides BLAKE2b for hashlib\n');
registerBuiltinModule('_blake2', () => blake2Module);

class PyBlake2 extends PyObject {
  constructor(
    cls: PyType,
    readonly state: Blake2State,
  ) {
    super(cls);
  }
}

const PARAMETERS = [
  'data', 'digest_size', 'key', 'salt', 'person', 'fanout', 'depth', 'leaf_size', 'node_offset', 'node_depth', 'inner_size', 'last_node',
  'usedforsecurity',
];

/** A one-byte parameter, checked against its range with CPython's message. */
function byteParameter(value: Py | undefined, fallback: number, low: number, high: number, message: string): number {
  if (value === undefined) return fallback;
  const number = pyIndex(value);
  if (number < low || number > high) throw newException(ValueError, message);
  return Number(number);
}

/** leaf_size or node_offset: non-negative, within `bytes` bytes. */
function sizeParameter(value: Py | undefined, bytes: number, tooLarge: string): bigint {
  if (value === undefined) return 0n;
  const number = BigInt(pyIndex(value));
  if (number < 0n) throw newException(ValueError, 'value must be positive');
  if (number >= 2n ** 64n) throw newException(OverflowError, 'int too big to convert');
  if (number >= 2n ** BigInt(bytes * 8)) throw newException(OverflowError, tooLarge);
  return number;
}

function optionalBytes(value: Py | undefined): Uint8Array {
  return value === undefined ? new Uint8Array(0) : bytesLikeArgument(value);
}

function newBlake2(variant: Variant, cls: PyType, args: Py[], kwnames: readonly string[] | null): PyBlake2 {
  const [data, digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth, innerSize, lastNode] = bindArguments(
    { name: variant.name, names: PARAMETERS, required: 0, positionalOnly: 1, keywordOnlyFrom: 1 },
    args,
    kwnames,
  );
  const max = variant.maxDigestSize;
  const size = byteParameter(digestSize, max, 1, max, `digest_size must be between 1 and ${max} bytes`);
  const keyBytes = optionalBytes(key);
  if (keyBytes.length > variant.maxKeySize) throw newException(ValueError, `maximum key length is ${variant.maxKeySize} bytes`);
  const saltBytes = optionalBytes(salt);
  if (saltBytes.length > variant.saltSize) throw newException(ValueError, `maximum salt length is ${variant.saltSize} bytes`);
  const personBytes = optionalBytes(person);
  if (personBytes.length > variant.personSize) throw newException(ValueError, `maximum person length is ${variant.personSize} bytes`);

  // The parameter block, XORed into the initialisation vector.
  const parameters = new Uint8Array(variant.iv.length * 4);
  parameters[0] = size;
  parameters[1] = keyBytes.length;
  parameters[2] = byteParameter(fanout, 1, 0, 255, 'fanout must be between 0 and 255');
  parameters[3] = byteParameter(depth, 1, 1, 255, 'depth must be between 1 and 255');
  new DataView(parameters.buffer).setUint32(4, Number(sizeParameter(leafSize, 4, 'leaf_size is too large')), true);
  const offset = sizeParameter(nodeOffset, variant.nodeOffsetSize, 'node_offset is too large');
  for (let i = 0; i < variant.nodeOffsetSize; i++) parameters[8 + i] = Number((offset >> BigInt(i * 8)) & 0xffn);
  const depthAt = 8 + variant.nodeOffsetSize;
  parameters[depthAt] = byteParameter(nodeDepth, 0, 0, 255, 'node_depth must be between 0 and 255');
  parameters[depthAt + 1] = byteParameter(innerSize, 0, 0, max, `inner_size must be between 0 and is ${max}`);
  const saltAt = parameters.length / 2;
  parameters.set(saltBytes, saltAt);
  parameters.set(personBytes, saltAt + variant.saltSize);

  const h = variant.iv.slice();
  const words = readWords(parameters, h.length);
  for (let i = 0; i < h.length; i++) h[i] ^= words[i];
  const state = new Blake2State(variant, h, size, lastNode !== undefined && isTrue(lastNode));
  if (keyBytes.length > 0) {
    const keyBlock = new Uint8Array(variant.blockSize);
    keyBlock.set(keyBytes);
    state.update(keyBlock);
  }
  if (data !== undefined) state.update(hashedBytes(data));
  return new PyBlake2(cls, state);
}

for (const variant of [blake2b, blake2s]) {
  const type = nativeType(variant.name);
  type.attrs.set('__module__', '_blake2');
  const sizes: [string, number][] = [
    ['SALT_SIZE', variant.saltSize], ['PERSON_SIZE', variant.personSize], ['MAX_KEY_SIZE', variant.maxKeySize], ['MAX_DIGEST_SIZE', variant.maxDigestSize],
  ];
  for (const [name, value] of sizes) {
    type.attrs.set(name, value);
    blake2Module.dict.setStr(`${variant.name.toUpperCase()}_${name}`, value);
  }
  defineNew(type, (cls, args, kwnames) => newBlake2(variant, cls, args, kwnames));
  defineMethods(type, {
    update(self: PyBlake2, args, kwnames) {
      checkArgCount('update', args, kwnames, 1);
      self.state.update(hashedBytes(args[0]));
      return null;
    },
    copy(self: PyBlake2, args, kwnames) {
      checkArgCount('copy', args, kwnames, 0);
      return new PyBlake2(self.cls, self.state.copy());
    },
    digest(self: PyBlake2, args, kwnames) {
      checkArgCount('digest', args, kwnames, 0);
      return new PyBytes(self.state.digest());
    },
    hexdigest(self: PyBlake2, args, kwnames) {
      checkArgCount('hexdigest', args, kwnames, 0);
      return Buffer.from(self.state.digest()).toString('hex');
    },
  });
  defineGetSets(type, {
    name: { get: () => variant.name },
    digest_size: { get: (self: PyBlake2) => self.state.digestSize },
    block_size: { get: () => variant.blockSize },
  });
  blake2Module.dict.setStr(variant.name, type);
}
