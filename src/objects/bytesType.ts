// The methods of bytes and bytearray.
export {};
