// The 32-bit halves of a double, as the C libraries read them (fdlibm's GET_HIGH_WORD,
// SET_LOW_WORD...), and exact powers of two.
const float64 = new Float64Array(1);
const words = new Uint32Array(float64.buffer);
// Typed arrays use the platform's byte order: find where the high word lives.
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LOW = 1 - HIGH;

/** The sign, exponent and top 20 fraction bits, as a signed 32-bit integer (C's int32_t). */
export function highWord(x: number): number {
  float64[0] = x;
  return words[HIGH] | 0;
}

export function lowWord(x: number): number {
  float64[0] = x;
  return words[LOW];
}

export function fromWords(high: number, low: number): number {
  words[HIGH] = high;
  words[LOW] = low;
  return float64[0];
}

export function withHighWord(x: number, high: number): number {
  float64[0] = x;
  words[HIGH] = high;
  return float64[0];
}

export function withLowWord(x: number, low: number): number {
  float64[0] = x;
  words[LOW] = low;
  return float64[0];
}

/** C's frexp for finite non-zero x: x = mantissa * 2**exponent with |mantissa| in [0.5, 1). */
export function frexp(x: number): [number, number] {
  let exponent = 0;
  let high = highWord(x);
  if ((high & 0x7ff00000) === 0) {
    x *= 2 ** 54;
    exponent = -54;
    high = highWord(x);
  }
  exponent += ((high >> 20) & 0x7ff) - 1022;
  return [withHighWord(x, (high & 0x800fffff) | 0x3fe00000), exponent];
}

/**
 * 2**k for -1074 <= k <= 1023, from a table: building the double from its exponent bits
 * would store to the words and load the double, which processors do not forward cheaply.
 */
const POWERS_OF_TWO = new Float64Array(2098);
POWERS_OF_TWO[0] = 2 ** -1074;
for (let i = 1; i < POWERS_OF_TWO.length; i++) POWERS_OF_TWO[i] = POWERS_OF_TWO[i - 1] * 2;

export function powerOfTwo(k: number): number {
  return POWERS_OF_TWO[k + 1074];
}

/** x * 2**k, exact while the result is normal (two steps keep 2**k itself representable). */
export function scaleByPowerOfTwo(x: number, k: number): number {
  const half = k >> 1;
  return x * powerOfTwo(half) * powerOfTwo(k - half);
}
