// The methods of property, classmethod and staticmethod.
export {};
