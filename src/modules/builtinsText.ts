// The text built-in functions: chr, ord, ascii, format.
export {};
