// How deeply a JSON text nests, counted on the text itself (no recursion, so no stack to overflow).

/** A followup file nests about 6 levels; unknown keys may add some, never this many. */
export const MAX_DEPTH = 64;

/** True when arrays and objects in the text nest more than `max` levels (brackets inside strings do not count). */
export function tooDeep(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}
