// The methods of complex.
export {};
