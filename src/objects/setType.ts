// The methods of set and frozenset.
export {};
