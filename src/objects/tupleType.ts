// The methods of tuple.
export {};
