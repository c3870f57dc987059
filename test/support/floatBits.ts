// Floats cross between the test and python3 as their IEEE-754 bits, so nothing is lost
// to decimal conversions on the way: 16 hex digits, big-endian.

export function floatBits(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

export function floatFromBits(bits: bigint | string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, typeof bits === 'string' ? BigInt(`0x${bits}`) : bits);
  return view.getFloat64(0);
}
