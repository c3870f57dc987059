// range objects and their iterator.
export {};
