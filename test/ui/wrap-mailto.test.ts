// ui/text.ts's wrapping helpers and ui/mailto.ts, on their own.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { mailtoLink, parseEmailScript } from '../../src/ui/mailto.js';
import { wrap, wrapAfter, wrapLines } from '../../src/ui/text.js';

const PROSE = 'Since we spoke, a work sample, a reference, an answer the interview left open, which I thought you would find useful.';
const words = (t: string) => t.split(/\s+/).filter(Boolean);

describe('wrapping', () => {
  it.each([20, 33, 60, 80])('wrap at %i: no line wider, every word whole and in order', (n) => {
    const out = wrap(PROSE, n, 2);
    for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(n);
    expect(words(out)).toEqual(words(PROSE));
    expect(out.split('\n').slice(1).every((l) => l.startsWith('  '))).toBe(true);
  });

  it('measures wide characters by their columns', () => {
    const out = wrap('東京 大阪 名古屋 札幌 福岡 神戸 京都', 12);
    for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(12);
  });

  it('leaves a word longer than a line whole', () => {
    expect(wrap('see https://example.com/a/very/long/path/that/does/not/fit', 20)).toBe('see\nhttps://example.com/a/very/long/path/that/does/not/fit');
  });

  it('wrapAfter hangs the rest under the text', () => {
    expect(wrapAfter('  R8  ', 'one two three four five six', 16)).toEqual(['  R8  one two', '      three four', '      five six']);
  });

  it('wrapLines keeps blank lines and indents a bullet under its text', () => {
    expect(wrapLines('Say:\n\n- one two three four five', 14)).toEqual(['Say:', '', '- one two', '  three four', '  five']);
  });
});

describe('mailto', () => {
  const script = 'To: jane@acme.example\nSubject: Backend Engineer: a quick addition & more?\n\nHi Jane,\n\nThanks — 100% keen.\n\nBest regards,';

  it('reads To:, Subject: and the body from the script', () => {
    expect(parseEmailScript(script)).toEqual({
      to: 'jane@acme.example',
      subject: 'Backend Engineer: a quick addition & more?',
      body: 'Hi Jane,\n\nThanks — 100% keen.\n\nBest regards,',
    });
  });

  it('a To: line without an address gives none', () => {
    expect(parseEmailScript('To: [their email]\nSubject: Hi\n\nBody').to).toBeNull();
  });

  it('percent-encodes per RFC 6068: spaces as %20, & ? # = % encoded, line breaks as %0D%0A, UTF-8', () => {
    const link = mailtoLink(parseEmailScript(script));
    expect(link.startsWith('mailto:jane@acme.example?subject=Backend%20Engineer%3A%20a%20quick%20addition%20%26%20more%3F&body=')).toBe(true);
    expect(link).toContain('Hi%20Jane%2C%0D%0A%0D%0AThanks%20%E2%80%94%20100%25%20keen.');
    expect(link).not.toMatch(/[\s#]/);
  });

  it('without an address: mailto:?subject=…', () => {
    expect(mailtoLink({ to: null, subject: 'Hi', body: 'x' })).toBe('mailto:?subject=Hi&body=x');
  });
});
