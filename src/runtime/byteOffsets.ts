// Columns CPython records in UTF-8 bytes (AST nodes, co_positions()), turned into the
// character columns a printed line needs.

/**
 * _PyPegen_byte_offset_to_character_offset: how many characters the first `offset` bytes
 * of `utf8` hold. An offset past the end also counts the C string's terminator.
 */
export function byteOffsetToCharacterOffset(utf8: Uint8Array, offset: number): number {
  const clamped = Math.min(offset, utf8.length + 1);
  const terminator = clamped > utf8.length ? 1 : 0;
  return Array.from(Buffer.from(utf8.subarray(0, clamped - terminator)).toString('utf8')).length + terminator;
}
