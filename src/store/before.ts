// The version of the data a transaction started from, kept as text (the transaction changes the data in place):
// each application's text, and the rest with an empty list of applications. A save parses back only what the
// change touched, and compares the rest as text (journal.ts).
import type { Application } from '../core/model.js';
import { type Json, idsOf } from './change.js';
import { applicationText, applicationTexts, sha256, textsInLayout } from './data-text.js';
import { fileText } from './datafile.js';
import type { Data } from './schema.js';

/**
 * A text for each application of one save, equal for equal applications (its text in a file text); anything else
 * is JSON.stringify'd. Only for data that does not change meanwhile.
 */
export class Texts {
  private readonly made = new Map<unknown, string>();

  constructor(apps: readonly Application[], texts: readonly string[] | null) {
    if (texts) for (let i = 0; i < apps.length; i++) this.made.set(apps[i], texts[i]!);
  }

  set(app: Application, text: string): void {
    this.made.set(app, text);
  }

  readonly of: Json = (value) => this.made.get(value) ?? JSON.stringify(value);
}

const restOf = (data: Data) => JSON.stringify({ ...data, applications: [] });

export class Before {
  /** Whether an application's text cut from the bytes read differs from its file text (see cut). */
  private edited = false;

  private constructor(
    private readonly ids: string[],
    private texts: string[],
    private readonly rest: string,
    /** The hash of the version's file text; null while the texts cut from the bytes read are unchecked. */
    private textHash: string | null,
    /** The bytes read, when the texts were cut from them. */
    private readonly bytes: Buffer | null,
  ) {}

  /** From the version's file text, and its hash. */
  static of(data: Data, text: string, hash: string): Before {
    const texts = applicationTexts(text, data.applications.length) ?? data.applications.map(applicationText);
    return new Before(idsOf(data.applications), texts, restOf(data), hash, null);
  }

  /**
   * From the bytes read (and their text), without making the file text, when they are laid out as it is (as a file
   * followup wrote is), the applications' texts cut out of them; null when they are not. The texts are the file text's unless one
   * was edited by hand: a save finds out, comparing them with those of the version it writes (see hash()).
   */
  static cut(data: Data, text: string, bytes: Buffer): Before | null {
    const texts = textsInLayout(text, data);
    return texts && new Before(idsOf(data.applications), texts, restOf(data), null, bytes);
  }

  /** The whole version, as JSON.parse(JSON.stringify(data)) at the start would have given it. */
  whole(): Data {
    return { ...(JSON.parse(this.rest) as Data), applications: this.texts.map((t) => JSON.parse(t) as Application) };
  }

  /**
   * The same version, sharing with `after` every application that is as it was (same text): a save parses back
   * only the applications the change touched, and adds their texts to `texts`. `same` gets the applications of
   * `after` that are as they were. Only for `after` as it stays (the data being written).
   */
  beside(after: Data, texts: Texts, same: Set<Application>): Data {
    const now = new Map<string, Application>();
    for (let i = 0; i < after.applications.length; i++) now.set(after.applications[i]!.id, after.applications[i]!);
    const applications: Application[] = [];
    for (let i = 0; i < this.ids.length; i++) {
      const app = now.get(this.ids[i]!);
      const text = this.texts[i]!;
      if (app !== undefined && texts.of(app) === text) {
        // The same text as the file text writes: the same application, and (cut from the bytes) its file text.
        same.add(app);
        applications.push(app);
        continue;
      }
      let was: Application;
      try {
        was = JSON.parse(text) as Application;
      } catch (err) {
        // Only text cut from bytes laid out by hand can fail to parse: the version's file text is made after all.
        if (this.bytes === null) throw err;
        this.remake();
        same.clear();
        return this.beside(after, texts, same);
      }
      if (this.textHash === null && applicationText(was) !== text) this.edited = true;
      texts.set(was, text);
      applications.push(was);
    }
    return { ...(JSON.parse(this.rest) as Data), applications };
  }

  /** The hash of the version's file text; from texts cut from the bytes read, known only once beside() ran. */
  hash(): string {
    if (this.textHash === null) {
      // Every text beside() did not find in the version written is checked there; the others are that version's.
      if (this.edited) this.remake();
      else this.textHash = sha256(this.bytes!);
    }
    return this.textHash!;
  }

  /** Makes the version's file text from the bytes read (they decode to this very version: see textsInLayout). */
  private remake(): void {
    const text = fileText(JSON.parse(this.bytes!.toString('utf8')) as Data);
    this.texts = applicationTexts(text, this.ids.length)!;
    this.textHash = sha256(text);
    this.edited = false;
  }
}
