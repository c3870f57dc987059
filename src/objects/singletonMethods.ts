// The methods of None, NotImplemented and Ellipsis.
export {};
