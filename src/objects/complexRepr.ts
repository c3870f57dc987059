// repr() of a Python complex: '1j', '(1+2j)', '-0j', '(nan+infj)'.
import { shortestFloatText } from './floatRepr';

export function complexRepr(real: number, imag: number): string {
  const imagText = shortestFloatText(imag, false);
  // Only a real part of +0.0 is left out; -0.0 still shows, so that the value reads back.
  if (real === 0 && !Object.is(real, -0)) return `${imagText}j`;
  const signedImag = imagText.startsWith('-') ? imagText : `+${imagText}`;
  return `(${shortestFloatText(real, false)}${signedImag}j)`;
}
