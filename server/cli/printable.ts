/**
 * Text from files and from the API shown on a terminal: control characters (C0, DEL, C1) are
 * written as `\u001b` and the like, so a key or an error message cannot move the cursor, recolour
 * or retitle the terminal, or forge a line of output.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
