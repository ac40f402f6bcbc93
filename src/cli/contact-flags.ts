// The flags of an employer contact, shared by add and log.
import { type Command, Option } from 'commander';

export const CONTACT_FLAGS = (c: Command) =>
  c
    .option('--expect-by <date>', "when they said they'd get back to you")
    .option('--invited <date>', 'the day they asked you to get in touch')
    .addOption(new Option('--channel <how>', 'how they asked you to get in touch (with --invited)').choices(['call', 'email']))
    .option('--cue <feel>', 'how it felt: encouraging, neutral, unsure, negative');
