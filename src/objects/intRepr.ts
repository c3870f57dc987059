// repr() of a Python int, held as a JS number while it is a safe integer and as a bigint beyond.

export function intRepr(value: number | bigint): string {
  return value.toString();
}
