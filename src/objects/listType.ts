// The methods of list.
export {};
