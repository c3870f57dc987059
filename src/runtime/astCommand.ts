// PLACEHOLDER — being written (see the ast dump task).
export function runAstCommand(_args: string[]): number {
  process.stderr.write('pyvm: -m ast is not built yet\n');
  return 2;
}
