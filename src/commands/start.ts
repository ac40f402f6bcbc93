// `followup` alone on a terminal (CLI.md): the morning list when there is data, a getting-started note when not.
import { readData } from '../store/store.js';
import { chalk } from '../ui/color.js';
import { wrap } from '../ui/text.js';
import type { Ctx } from './context.js';
import { today } from './today.js';

export async function start(ctx: Ctx): Promise<void> {
  const data = await readData(ctx.file);
  if (data.applications.length > 0) return today(ctx, {});
  const w = Math.max(40, Math.min(ctx.columns, 100));
  const say = (text: string) => wrap(text, w);
  ctx.print(
    [
      chalk.bold('Welcome to followup.'),
      say('It keeps a log of your job applications and tells you, each morning, whether to call, email, wait or move on. Three commands make a day:'),
      '',
      `  ${chalk.bold('followup add')}       record an application (it asks)`,
      `  ${chalk.bold('followup today')}     each morning: what to do, and why`,
      `  ${chalk.bold('followup done <id>')} you did what it said`,
      '',
      say('Before your first email, tell it your name, and your country for its public holidays:'),
      '',
      `  ${chalk.bold('followup config name "Your Name"')}`,
      `  ${chalk.bold('followup config country US')}`,
      '',
      say("'followup help' lists every command; 'followup help add' shows examples."),
      '',
    ].join('\n'),
  );
}
