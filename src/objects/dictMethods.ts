// The methods of dict.
export {};
