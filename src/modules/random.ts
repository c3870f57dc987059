// The _random module: the Mersenne Twister (MT19937) as CPython's _randommodule.c runs
// it, so that a seeded random.Random gives python3's numbers exactly. random.py builds
// everything else (randint, choice, shuffle, gauss...) on random() and getrandbits().
import { randomBytes } from 'node:crypto';
import { PyObject, type Py } from '../objects/object';
import { newModule } from '../objects/module';
import { nativeType, type PyType } from '../objects/type';
import { PyFloat } from '../objects/float';
import { PyTuple, newTuple } from '../objects/tuple';
import { intValue } from '../objects/int';
import { pyInt } from '../ast/constant';
import { checkArgCount, defineMethods, noKeywords } from '../objects/native';
import { newException, OverflowError, typeError, ValueError } from '../objects/exceptions';
import { pyHash, pyIndex } from '../objects/protocols';
import { defineNew } from '../objects/builtinNew';
import { newInstance } from '../objects/objectMethods';
import { registerBuiltinModule } from './registry';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** The generator's state: 624 words and the index of the next one to temper. */
class MersenneTwister {
  readonly state = new Uint32Array(N);
  index = N + 1;

  /** init_genrand. */
  seedWord(seed: number): void {
    const mt = this.state;
    mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const previous = mt[i - 1];
      mt[i] = (Math.imul(1812433253, previous ^ (previous >>> 30)) + i) >>> 0;
    }
    this.index = N;
  }

  /** init_by_array. */
  seedWords(key: Uint32Array): void {
    this.seedWord(19650218);
    const mt = this.state;
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const previous = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul(previous ^ (previous >>> 30), 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const previous = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul(previous ^ (previous >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** genrand_uint32: the next 32 random bits. */
  nextWord(): number {
    const mt = this.state;
    if (this.index >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): 53 random bits as a float in [0, 1). */
  nextFloat(): number {
    const a = this.nextWord() >>> 5;
    const b = this.nextWord() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** getrandbits(k), k > 32: 32-bit words from the least significant, the last one's low bits dropped. */
  nextBits(k: number): bigint {
    let result = 0n;
    let shift = 0n;
    for (let remaining = k; remaining > 0; remaining -= 32) {
      let word = this.nextWord();
      if (remaining < 32) word >>>= 32 - remaining;
      result |= BigInt(word) << shift;
      shift += 32n;
    }
    return result;
  }
}

/** The 32-bit words of a non-negative integer, least significant first (at least one). */
function wordsOf(n: bigint): Uint32Array {
  const words: number[] = [];
  do {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return Uint32Array.from(words);
}

// ---------------------------------------------------------------- the module

const randomModule = newModule('_random', 'Module implements the Mersenne Twister random number generator.');
registerBuiltinModule('_random', () => randomModule);

const randomType: PyType = nativeType('Random', undefined, { factory: (cls) => new PyRandom(cls) });
randomType.attrs.set('__module__', '_random');
randomType.attrs.set('__doc__', 'Random() -> create a random number generator with its own internal state.');
randomModule.dict.setStr('Random', randomType);

class PyRandom extends PyObject {
  readonly generator = new MersenneTwister();
}

/** random_seed: None seeds from the system's randomness, an int by its absolute value, anything else by its hash. */
function seed(self: PyRandom, value: Py): void {
  if (value === null) {
    self.generator.seedWords(new Uint32Array(randomBytes(N * 4).buffer));
    return;
  }
  const int = intValue(value);
  let n: bigint;
  if (int !== undefined) {
    n = BigInt(int);
    if (n < 0n) n = -n;
  } else {
    n = BigInt.asUintN(64, BigInt(pyHash(value)));
  }
  self.generator.seedWords(wordsOf(n));
}

defineNew(randomType, (cls) => newInstance<PyRandom>(cls));

defineMethods(randomType, {
  __init__(self: PyRandom, args, kwnames) {
    const type = self.cls;
    if (type === randomType || type.lookup('__init__') === randomType.attrs.get('__init__')) noKeywords('Random', kwnames);
    if (args.length > 1) throw typeError('Random() requires 0 or 1 argument');
    seed(self, args.length === 1 ? args[0] : null);
    return null;
  },
  random(self: PyRandom, args, kwnames) {
    checkArgCount('random', args, kwnames, 0);
    return new PyFloat(self.generator.nextFloat());
  },
  seed(self: PyRandom, args, kwnames) {
    checkArgCount('seed', args, kwnames, 0, 1);
    seed(self, args.length === 0 ? null : args[0]);
    return null;
  },
  getrandbits(self: PyRandom, args, kwnames) {
    checkArgCount('getrandbits', args, kwnames, 1);
    const k = Number(pyIndex(args[0]));
    if (k < 0) throw newException(ValueError, 'number of bits must be non-negative');
    if (k === 0) return 0;
    if (k <= 32) return self.generator.nextWord() >>> (32 - k);
    return pyInt(self.generator.nextBits(k));
  },
  getstate(self: PyRandom, args, kwnames) {
    checkArgCount('getstate', args, kwnames, 0);
    return newTuple([...self.generator.state, self.generator.index]);
  },
  setstate(self: PyRandom, args, kwnames) {
    checkArgCount('setstate', args, kwnames, 1);
    const state = args[0];
    if (!(state instanceof PyTuple)) throw typeError('state vector must be a tuple');
    if (state.items.length !== N + 1) throw newException(ValueError, 'state vector is the wrong size');
    const words = state.items.slice(0, N).map((item) => {
      const word = BigInt(pyIndex(item));
      if (word < 0n) throw newException(OverflowError, "can't convert negative value to unsigned int");
      if (word >= 2n ** 64n) throw newException(OverflowError, 'Python int too large to convert to C unsigned long');
      return Number(BigInt.asUintN(32, word));
    });
    const index = Number(pyIndex(state.items[N]));
    if (index < 0 || index > N) throw newException(ValueError, 'invalid state');
    self.generator.state.set(words);
    self.generator.index = index;
    return null;
  },
});
