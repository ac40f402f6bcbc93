// followup completion <shell>, and the hidden command its script calls at completion time
// (`followup complete -- <words>`, @bomb.sh/tab's protocol). The work is in commands/completion.ts.
import { Argument, type Command } from 'commander';

export function completionCommand(program: Command): Command {
  program
    .command('completion')
    .description('print a shell completion script for bash, zsh or fish (the README says where to put it)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
    .action(async (shell: string) => (await import('../commands/completion.js')).printScript(shell, (t) => process.stdout.write(t)));
  return program
    .command('complete', { hidden: true })
    .description('the completions for a command line (called by the completion script)')
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (words: string[]) =>
      (await import('../commands/completion.js')).complete(program, words, process.env, (t) => process.stdout.write(t)),
    );
}
