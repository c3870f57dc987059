// The iteration built-ins: iter, next, sorted, reversed, enumerate, zip, map, filter, sum, min, max, any, all.
export {};
