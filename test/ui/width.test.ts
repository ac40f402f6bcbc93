// ui/text.ts measures and cuts the usual text (ASCII, Latin, · … “ ”) without string-width's grapheme walk:
// that quick path must give exactly what string-width and a cut by graphemes give.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { cutTo, fitTo, width } from '../../src/ui/text.js';

function slowCut(text: string, n: number): string {
  if (stringWidth(text) <= n) return text;
  let out = '';
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const w = stringWidth(segment);
    if (used + w > n - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

const every = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');
const SAMPLES = [
  every(0x20, 0x7e),
  every(0xa0, 0x2ff),
  every(0x2000, 0x206f),
  'Company 00449 · Frontend Developer · interview 2',
  'Café “Zoë” – naïve…',
  'Acme © ® 東京 👍🏽 e\u0301 soft\u00adhyphen',
  '\u001b[1mbold\u001b[22m · x',
];

describe('width and cutTo', () => {
  it('each character measures as string-width measures it', () => {
    for (const s of SAMPLES) for (const ch of s) expect([ch, width(ch)]).toEqual([ch, stringWidth(ch)]);
  });

  it.each(SAMPLES.map((s) => [s]))('%j: the width, and every cut, as the slow way', (s) => {
    expect(width(s)).toBe(stringWidth(s));
    for (const n of [0, 1, 2, 5, 13, 40, 200]) {
      expect(cutTo(s, n)).toBe(slowCut(s, n));
      expect(width(fitTo(s, n))).toBe(Math.max(n, stringWidth(slowCut(s, n))));
    }
  });
});
