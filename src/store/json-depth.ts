// How deeply a JSON text nests, counted on the text itself (no recursion, so no stack to overflow).

/** A followup file nests about 6 levels; unknown keys may add some, never this many. */
export const MAX_DEPTH = 64;

/**
 * True when arrays and objects in the text nest more than `max` levels (brackets inside strings do not count).
 * Strings are skipped with indexOf, not walked a character at a time: most of a data file is strings, and this
 * runs over every byte of it on every read.
 */
export function tooDeep(text: string, max: number): boolean {
  let depth = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const quote = text.indexOf('"', i);
    const end = quote === -1 ? n : quote;
    for (let j = i; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x7b || c === 0x5b) {
        if (++depth > max) return true;
      } else if (c === 0x7d || c === 0x5d) {
        depth--;
      }
    }
    if (quote === -1) return false;
    i = stringEnd(text, quote + 1);
  }
  return false;
}

/** Where the string opened just before `from` ends (after its closing quote), or the text's end when it never does. */
function stringEnd(text: string, from: number): number {
  for (let k = from; ; ) {
    const quote = text.indexOf('"', k);
    if (quote === -1) return text.length;
    // Escaped when an odd number of backslashes stand right before it (the opening quote stops the count).
    let back = quote - 1;
    while (text.charCodeAt(back) === 0x5c) back--;
    if ((quote - 1 - back) % 2 === 0) return quote + 1;
    k = quote + 1;
  }
}
