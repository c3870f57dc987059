// PLACEHOLDER interface — being written.
import type * as ast from '../ast/nodes';

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

export interface ParseOptions {
  filename?: string; // default '<unknown>', as ast.parse
  mode?: ParseMode; // default 'exec'
  typeComments?: boolean; // default false, as ast.parse
}

/** Parses decoded source text as ast.parse does; throws PySyntaxError. */
export declare function parse(source: string, options?: ParseOptions): ast.mod;
