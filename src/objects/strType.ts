// The methods of str.
export {};
