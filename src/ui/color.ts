// Colour rules (CLI.md): off when stdout is not a TTY, with NO_COLOR, or --no-color; FORCE_COLOR forces it.
// chalk does not read NO_COLOR itself, so its level is set here, once, before anything is printed.
import chalk from 'chalk';

export function setUpColour(opts: { colorFlag: boolean; isTTY: boolean; env: NodeJS.ProcessEnv }): void {
  const forced = opts.env.FORCE_COLOR !== undefined && opts.env.FORCE_COLOR !== '0' && opts.env.FORCE_COLOR !== 'false';
  if (!opts.colorFlag) chalk.level = 0;
  else if (forced) chalk.level = Math.max(chalk.level, 1) as typeof chalk.level;
  else if (opts.env.NO_COLOR !== undefined && opts.env.NO_COLOR !== '') chalk.level = 0;
  else if (!opts.isTTY) chalk.level = 0;
  // chalk's own detection says 0 on a terminal when CI is set (or TERM is unknown): a terminal gets colour all the same.
  else if (chalk.level === 0 && opts.env.TERM !== 'dumb') chalk.level = 1;
}

export { chalk };
