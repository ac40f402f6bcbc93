// "did you mean today?": the nearest command name to a mistyped one.

/** Edit distance with transpositions (Damerau–Levenshtein, optimal string alignment). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest of `names` to `word`: a name it starts, or one within a few edits; undefined when none is close. */
export function nearest(word: string, names: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  if (w === '') return undefined;
  const prefixed = names.filter((n) => n.startsWith(w) || (w.length >= 3 && w.startsWith(n)));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestD = Infinity;
  for (const n of names) {
    const dist = distance(w, n);
    if (dist < bestD) [best, bestD] = [n, dist];
  }
  return bestD <= Math.max(1, Math.floor(Math.max(w.length, best?.length ?? 0) * 0.4)) ? best : undefined;
}
