// The examples at the end of every command's --help (CLI.md: "two or three examples"), in one table so that a
// command's own file needs no edit. buildProgram attaches them by command name; a command not registered
// (yet) simply has none shown.
import type { Command } from 'commander';
import { width, wrap } from '../ui/text.js';

export interface Example {
  /** The command line; on a narrow terminal it is continued on the next line with ` \`, as a shell reads it. */
  run: string;
  /** What it does, in a few words. */
  what: string;
}

export const EXAMPLES: Record<string, Example[]> = {
  followup: [
    { run: 'followup add', what: 'record an application; on a terminal it asks, question by question' },
    { run: 'followup today', what: 'each morning: what to call, email, wait for or let go' },
    { run: 'followup done acme', what: 'you did what it said: it logs it and gives the next step' },
  ],
  add: [
    { run: 'followup add --company Acme --role "Backend Engineer"', what: 'an application sent today' },
    { run: 'followup add --company Beta --stage interview --date mon --expect-by fri', what: "an interview on Monday; they said they'd get back to you by Friday" },
    { run: 'followup add --company Gamma --stage interview --date "next tue"', what: 'an interview scheduled ahead: it shows under "Coming up"' },
  ],
  log: [
    { run: 'followup log acme reply --expect-by "next fri" --cue encouraging', what: "they answered and will get back to you by next Friday; it felt good" },
    { run: 'followup log acme interview --date today', what: 'another interview round today (the previous round plus one)' },
    { run: 'followup log acme call --no-answer', what: 'you called and nobody picked up (it still counts as a follow-up)' },
  ],
  done: [
    { run: 'followup done acme', what: 'you sent the email or made the call it advised, today' },
    { run: 'followup done 3 --date yesterday', what: 'you did it yesterday' },
    { run: 'followup done 3 --no-answer', what: 'you made the advised call and nobody picked up' },
  ],
  today: [
    { run: 'followup today', what: "this morning's list, cut to the window's height on a terminal" },
    { run: 'followup today --all', what: 'the whole list, however long' },
    { run: 'followup today --as-of +7d', what: 'what next week looks like' },
  ],
  status: [
    { run: 'followup status', what: 'every active application, the counts per stage and the funnel' },
    { run: 'followup status --all', what: 'closed applications too' },
    { run: 'followup status --json', what: 'the same as one JSON document, for scripts' },
  ],
  show: [
    { run: 'followup show acme', what: 'the timeline, and the advice with every reason and its rule' },
    { run: 'followup show 3 --json', what: 'the application as JSON' },
  ],
  draft: [
    { run: 'followup draft acme', what: 'the email or the call script for the current advice' },
    { run: 'followup draft acme --mailto', what: 'the email as a mailto: link to open in your mail program' },
    { run: 'followup draft acme | pbcopy', what: 'copied, ready to paste (xclip -selection clipboard on Linux)' },
  ],
  edit: [
    { run: 'followup edit acme --contact "Jane Roe" --email jane@acme.example', what: 'who to write to' },
    { run: 'followup edit acme --event 2 --date 2026-11-16', what: 'correct the date of event 2 (as show numbers them)' },
    { run: 'followup edit acme --event 3 --type reply', what: 'that event was a reply, not an email' },
  ],
  rm: [
    { run: 'followup rm acme', what: 'delete the application, after asking' },
    { run: 'followup rm acme --event 4', what: 'remove event 4 of its timeline, after asking' },
    { run: 'followup rm 7 --yes', what: 'delete without asking (undo takes it back)' },
  ],
  undo: [
    { run: 'followup undo', what: 'take back the last change, after showing it and asking' },
    { run: 'followup undo --list', what: 'the changes it can take back, newest first' },
    { run: 'followup undo --dry-run', what: 'only show what it would take back' },
  ],
  redo: [
    { run: 'followup redo', what: 'put back what the last undo took back' },
    { run: 'followup redo --dry-run', what: 'only show what it would put back' },
  ],
  config: [
    { run: 'followup config', what: 'every setting and its value' },
    { run: 'followup config name "Ada Lovelace"', what: 'the name the email scripts sign with' },
    { run: 'followup config country US', what: "count the country's public holidays as days off" },
  ],
  import: [
    { run: 'followup import applications.csv --dry-run', what: 'what it would import; changes nothing' },
    { run: 'followup import jobs.csv --map "Employer Name=company"', what: 'name a column it does not know' },
    { run: 'followup import export.csv --day-first', what: 'slashed dates are day/month/year' },
  ],
  export: [
    { run: 'followup export > backup.json', what: 'a complete copy that followup --db backup.json reads' },
    { run: 'followup export --format csv --output jobs.csv', what: 'a spreadsheet, one row per application' },
    { run: 'followup export --format ics --output followup.ics', what: 'calls, emails and interviews for a calendar' },
  ],
  doctor: [
    { run: 'followup doctor', what: 'check the data file, its backup and its lock' },
    { run: 'followup doctor --yes', what: 'repair what it can without asking' },
  ],
  completion: [
    { run: 'followup completion bash > ~/.local/share/bash-completion/completions/followup', what: 'bash: Tab completes commands, events and companies' },
    { run: 'followup completion zsh > ~/.followup.zsh', what: "zsh: then add 'source ~/.followup.zsh' to ~/.zshrc, after compinit" },
    { run: 'followup completion fish > ~/.config/fish/completions/followup.fish', what: 'fish: loaded by itself from that folder' },
  ],
  help: [
    { run: 'followup help log', what: 'the flags and examples of log' },
    { run: 'followup help', what: 'every command' },
  ],
};

/** A command line cut between words (never inside quotes) into lines of `  cmd \` and `      more`. */
function commandLines(run: string, columns: number): string[] {
  const words = run.match(/"[^"]*"|'[^']*'|\S+/g) ?? [run];
  const out: string[] = [];
  let line = `  ${words[0]}`;
  for (const word of words.slice(1)) {
    if (width(`${line} ${word} \\`) > columns) {
      out.push(`${line} \\`);
      line = `      ${word}`;
    } else line = `${line} ${word}`;
  }
  return [...out, line];
}

/** The "Examples:" block for a command, its descriptions wrapped to the help's width. */
export function examplesText(name: string, columns: number): string {
  const list = EXAMPLES[name];
  if (!list || list.length === 0) return '';
  const lines = ['', 'Examples:'];
  for (const e of list) {
    lines.push(...wrap(e.what, columns - 4).split('\n').map((l) => `  # ${l}`));
    lines.push(...commandLines(e.run, columns));
  }
  return lines.join('\n');
}

/** Adds the examples to the program's help and to each command's, computed only when a help is shown. */
export function attachExamples(program: Command, columns: () => number): void {
  program.addHelpText('after', () => examplesText('followup', columns()));
  for (const c of program.commands) c.addHelpText('after', () => examplesText(c.name(), columns()));
}
