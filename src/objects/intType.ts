// The methods of int and bool: constructors, arithmetic special methods, comparisons, repr and format.
export {};
