/**
 * Directory entries in code point order. JavaScript's default sort compares UTF-16 code units, which
 * orders characters beyond U+FFFF before some BMP characters; UTF-8 byte order equals code point order,
 * so comparing the UTF-8 encodings gives the same order on every machine and file system.
 */
export function compareCodePoints(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
