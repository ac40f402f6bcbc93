// Colour rules (CLI.md): off when stdout is not a TTY, with NO_COLOR, or --no-color; FORCE_COLOR forces it.
// chalk does not read NO_COLOR itself, so its level is set here, once, before anything is printed. chalk (and
// the node:tty, node:os it loads) is loaded only when there may be colour: with none, a stand-in that does what
// chalk does at level 0 (the text as it is) paints every view; piped output, the scripts' usual case, skips it.
import type { ChalkInstance } from 'chalk';

/** chalk at level 0: any style, chained or not, gives its text back as chalk does (`visible`: nothing). */
function plainChalk(): ChalkInstance {
  const text = (...parts: unknown[]) => (parts.length === 1 ? `${parts[0]}` : parts.join(' '));
  const nothing = () => '';
  const paint: ChalkInstance = new Proxy(text, {
    get: (_target, key) => (key === 'level' ? 0 : key === 'visible' ? nothing : paint),
  }) as unknown as ChalkInstance;
  return paint;
}

export let chalk: ChalkInstance = plainChalk();

export async function setUpColour(opts: { colorFlag: boolean; isTTY: boolean; env: NodeJS.ProcessEnv }): Promise<void> {
  const forced = opts.env.FORCE_COLOR !== undefined && opts.env.FORCE_COLOR !== '0' && opts.env.FORCE_COLOR !== 'false';
  const noColor = opts.env.NO_COLOR !== undefined && opts.env.NO_COLOR !== '';
  if (!opts.colorFlag || (!forced && (noColor || !opts.isTTY))) {
    chalk = plainChalk();
    return;
  }
  const real = (await import('./chalk-lib.js')).chalk;
  if (forced) real.level = Math.max(real.level, 1) as typeof real.level;
  // chalk's own detection says 0 on a terminal when CI is set (or TERM is unknown): a terminal gets colour all the same.
  else if (real.level === 0 && opts.env.TERM !== 'dumb') real.level = 1;
  chalk = real;
}
