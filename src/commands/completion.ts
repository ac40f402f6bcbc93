// Shell completion through @bomb.sh/tab: the script is generated once (`followup completion bash`), and at
// completion time the script asks `followup complete -- <words>`, answered here from the commander program
// and the data file's ids and company names. Only this file loads tab, and it never loads the rules.
import { RootCommand } from '@bomb.sh/tab';
import type { Command as Commander, Option } from 'commander';
import { CUES, DEFAULT_SETTINGS, EVENT_TYPES, OPEN_STAGES } from '../core/model.js';
import { dataFilePath, homeFolder } from '../store/paths.js';
import { readData } from '../store/store.js';
import { safe } from '../ui/text.js';

type Complete = (value: string, description: string) => void;

/** Values of option flags, by flag name, beyond commander's own choices. */
const OPTION_VALUES: Record<string, readonly string[]> = {
  stage: OPEN_STAGES,
  cue: CUES,
  type: EVENT_TYPES,
  reset: Object.keys(DEFAULT_SETTINGS),
};

/** Values of positional arguments, by argument name. */
const ARGUMENT_VALUES: Record<string, readonly string[]> = {
  event: EVENT_TYPES,
  key: Object.keys(DEFAULT_SETTINGS),
};

/** Runs tab's console.log-based output into a string. */
function captured(fn: () => void): string {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...parts: unknown[]) => void lines.push(parts.join(' '));
  try {
    fn();
  } finally {
    console.log = log;
  }
  return `${lines.join('\n')}\n`;
}

// tab's bash script reads the words with bash-completion's _get_comp_words_by_ref; without that package
// installed, fall back to bash's own COMP_WORDS.
const BASH_WORDS = `
# The words of the command line: through bash-completion when installed, else from bash itself.
__followup_words() {
    if declare -F _get_comp_words_by_ref >/dev/null 2>&1; then
        _get_comp_words_by_ref -n "=:" cur prev words cword
    else
        words=("\${COMP_WORDS[@]}")
        cword=$COMP_CWORD
        cur=\${COMP_WORDS[COMP_CWORD]}
        prev=\${COMP_WORDS[COMP_CWORD-1]}
    fi
}
`;

export async function printScript(shell: string, print: (text: string) => void): Promise<void> {
  const tab = await import('@bomb.sh/tab');
  let text = captured(() => tab.script(shell, 'followup', 'followup'));
  if (shell === 'bash' && text.includes('_get_comp_words_by_ref -n "=:" cur prev words cword')) {
    text = text.replace('_get_comp_words_by_ref -n "=:" cur prev words cword', '__followup_words').replace('# Function to handle completions', `${BASH_WORDS.trim()}\n\n# Function to handle completions`);
  }
  print(text);
}

/**
 * A company name as a word the shells may insert as it is: letters, digits and . _ + - only (no quoting, no
 * expansion: bash's compgen -W expands what it is given). A name with other characters is offered by its
 * first word when that alone picks it out (an <id> argument takes a unique prefix of the name).
 */
export function companyWord(company: string, all: readonly string[]): string | undefined {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N}._+-]*$/u;
  if (plain.test(company)) return company;
  const first = company.split(/\s+/)[0] ?? '';
  if (!plain.test(first)) return undefined;
  const lower = first.toLowerCase();
  return all.filter((c) => c.toLowerCase().startsWith(lower)).length === 1 ? first : undefined;
}

/** The ids and company names of the data file the command line points at; nothing when it cannot be read. */
async function applications(words: readonly string[], env: NodeJS.ProcessEnv): Promise<{ id: string; company: string; role?: string }[]> {
  const at = words.indexOf('--db');
  const eq = words.find((w) => w.startsWith('--db='));
  const db = at >= 0 ? words[at + 1] : eq?.slice('--db='.length);
  try {
    return (await readData(dataFilePath(db || undefined, env, await homeFolder(env)))).applications;
  } catch {
    return [];
  }
}

function valueOption(o: Option): boolean {
  return Boolean(o.required || o.optional);
}

function addOptions(target: { option: RootCommand['option'] }, cmd: Commander): void {
  for (const o of cmd.createHelp().visibleOptions(cmd)) {
    const name = o.long?.slice(2);
    if (!name) continue;
    const alias = o.short?.slice(1);
    if (!valueOption(o)) {
      if (alias) target.option(name, o.description, alias);
      else target.option(name, o.description);
      continue;
    }
    const values = o.argChoices ?? OPTION_VALUES[name] ?? [];
    target.option(name, o.description, (complete: Complete) => values.forEach((v) => complete(v, '')), alias);
  }
}

export async function complete(program: Commander, words: string[], env: NodeJS.ProcessEnv, print: (text: string) => void): Promise<void> {
  const apps = await applications(words, env);
  const companies = apps.map((a) => a.company);
  // <id> takes a prefix in any case: `ac` completes to `acme`, keeping what was typed.
  const typed = words.at(-1) ?? '';
  const asTyped = (word: string) =>
    !word.startsWith(typed) && word.toLowerCase().startsWith(typed.toLowerCase()) ? typed + word.slice(typed.length) : word;
  const ids: (complete: Complete) => void = (complete) => {
    for (const a of apps) {
      const what = safe(`${a.company}${a.role ? ` · ${a.role}` : ''}`);
      if (/^\d+$/.test(a.id)) complete(a.id, what);
      const word = companyWord(a.company, companies);
      if (word) complete(asTyped(word), `#${a.id}${a.role ? ` · ${safe(a.role)}` : ''}`);
    }
  };
  const commandNames = program.createHelp().visibleCommands(program).map((c) => c.name());
  const root = new RootCommand();
  addOptions(root, program);
  for (const cmd of program.createHelp().visibleCommands(program)) {
    const sub = root.command(cmd.name(), cmd.description());
    addOptions(sub, cmd);
    for (const arg of cmd.registeredArguments) {
      const name = arg.name();
      const fixed = arg.argChoices ?? ARGUMENT_VALUES[name] ?? (name === 'command' ? commandNames : undefined);
      if (name === 'id') sub.argument(name, ids, arg.variadic);
      else if (fixed) sub.argument(name, (c: Complete) => fixed.forEach((v) => c(v, '')), arg.variadic);
      else sub.argument(name, undefined, arg.variadic);
    }
  }
  print(captured(() => root.parse(words)));
}
