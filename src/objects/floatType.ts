// The methods of float: constructor, arithmetic special methods, comparisons, repr, format, hex.
export {};
