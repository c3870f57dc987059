// The numeric built-in functions: abs, divmod, pow, round, bin, oct, hex.
export {};
