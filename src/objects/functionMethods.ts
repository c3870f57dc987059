// The attributes of functions, bound methods and code objects.
export {};
