// --json output on a terminal: characters JSON.stringify leaves raw (DEL, C1 controls, bidi overrides) are escaped,
// and the document still means the same.
import { describe, expect, it } from 'vitest';
import { printJson } from '../../src/ui/json.js';

describe('printJson', () => {
  it('writes DEL, C1 controls and bidi overrides as \\uXXXX, and parses back to the same value', () => {
    const value = { company: 'A\u009b31mB\u007fC\u202eD\u2066E\u2028F', plain: 'café 日本' };
    const text = printJson(value);
    expect(text).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('A\\u009b31mB\\u007fC\\u202eD\\u2066E\\u2028F');
    expect(text).toContain('café 日本');
    expect(JSON.parse(text)).toEqual(value);
  });
});
