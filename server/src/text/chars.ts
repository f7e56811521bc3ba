// Character classes by code unit (digits, ASCII letters, Hangul, the spaces news text puts between a number and its unit).

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
export function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e);
}
export function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 9 || c === 0x202f || c === 0x2009;
}
