/**
 * The checker's messages in the user's language (README, "Messages in your language"): the language a locale
 * asks for, and the words of catalogue.ts filled in. Rules get a `Messages` in their context (rule.ts); fix
 * makers take one. Pure: the locale comes from the caller (the editor's, or the command line's).
 */
import { en, fr, type Catalogue, type MessageKey } from './catalogue';

export { en, fr, type Catalogue, type MessageKey };

/** The languages of the messages; English for any other. */
export type Language = 'en' | 'fr';

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, fr };

/** The placeholder names of an entry: `{a} and {b}` gives `'a' | 'b'`. */
type Holes<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | Holes<R> : never;

/** What a key's message is filled with: a value for each of its placeholders. */
export type ParamsOf<K extends MessageKey> = Record<Holes<(typeof en)[K]>, string | number>;

type Args<K extends MessageKey> = [Holes<(typeof en)[K]>] extends [never] ? [] : [params: ParamsOf<K>];

/** What `t` takes after a key: its parameters, or nothing when its entry has no placeholder. */
export type MessageArgs<K extends MessageKey> = Args<K>;

/** Keys written as a plural: `….one` and `….other`, named without the suffix. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never;
}[MessageKey];

type PluralParams<B extends PluralKey> = Omit<ParamsOf<`${B}.one` & MessageKey> & ParamsOf<`${B}.other` & MessageKey>, 'count'>;

export interface Messages {
  readonly language: Language;
  /** The message of `key`, its placeholders filled. */
  t<K extends MessageKey>(key: K, ...args: Args<K>): string;
  /** As `t`, for a key chosen at run time: its parameters are not checked. */
  dynamic(key: MessageKey, params?: Readonly<Record<string, string | number>>): string;
  /** The `.one` or `.other` form of `key` for `count` (which fills `{count}`). */
  plural<B extends PluralKey>(key: B, count: number, params: PluralParams<B>): string;
  /** Each item quoted as the language quotes, separated by commas: `"a", "b"` or `« a », « b »`. */
  quotedList(items: readonly string[]): string;
  /** Items separated by semicolons as the language writes them: `a; b` or `a ; b`. */
  semicolonList(items: readonly string[]): string;
  /** A whole number as the language groups its thousands: `10,000` or `10 000` (an ordinary space, as every French entry). */
  count(n: number): string;
  /** A number with `digits` decimals as the language writes it: `2.5` or `2,5`. */
  decimal(n: number, digits: number): string;
}

/** The language of a locale: French for `fr`, `fr-CA`, `fr_FR.UTF-8`, `fr@euro`…; English for any other, and none. */
export function languageOf(locale: string | undefined): Language {
  return locale !== undefined && /^fr(?:$|[-_.@])/i.test(locale.trim()) ? 'fr' : 'en';
}

/**
 * The locale of the messages by the POSIX environment: `LC_ALL`, else `LC_MESSAGES`, else `LANG` (the first one
 * set and not empty); undefined when none is.
 */
export function localeFromEnvironment(env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/** Whether `count` takes the `.one` form: English for 1; French for 0 and 1 (CLDR). */
const ONE: Readonly<Record<Language, (count: number) => boolean>> = {
  en: (n) => n === 1,
  fr: (n) => Math.abs(n) < 2,
};

/** An entry cut at its placeholders: literal text at even indexes, placeholder names at odd ones. Made once per entry. */
const compiled = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  return parts;
}

/**
 * An entry with its placeholders filled; a placeholder with no value is left as written. A character a reader cannot
 * see in a value (a zero-width space, a joiner, a direction mark, a soft hyphen) is shown by its code, `<U+200B>`: a
 * label `[^22<U+200B>]` is not the `[^22]` it looks like.
 */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  const parts = partsOf(template);
  if (parts.length === 1) return template;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i]];
    out += (value === undefined ? `{${parts[i]}}` : showInvisible(String(value))) + parts[i + 1];
  }
  return out;
}

// eslint-disable-next-line no-misleading-character-class -- each of these is a character of its own
const reInvisible = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0]/g;

/** `text` with each character a reader cannot see written as its code point, `<U+200B>`. */
export function showInvisible(text: string): string {
  reInvisible.lastIndex = 0;
  return reInvisible.test(text) ? text.replace(reInvisible, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`) : text;
}

/** The placeholder names of an entry, sorted, each once. */
export function placeholders(template: string): string[] {
  return [...new Set(partsOf(template).filter((_, i) => i % 2 === 1))].sort();
}

function makeMessages(language: Language): Messages {
  const catalogue = CATALOGUES[language];
  // A key made at run time that is not in the catalogue (a new kind of note, say) reads as English, else as itself: never a throw.
  const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>): string => format(catalogue[key] ?? en[key] ?? key, params);
  return {
    language,
    t: t as Messages['t'],
    dynamic: t,
    plural: ((key: string, count: number, params: Record<string, string | number>) =>
      t(`${key}.${ONE[language](count) ? 'one' : 'other'}` as MessageKey, { ...params, count })) as Messages['plural'],
    quotedList: (items) => items.map((text) => t('list.quoted', { text })).join(', '),
    semicolonList: (items) => (items.length === 0 ? '' : items.reduce((list, item) => t('list.semicolon', { list, item }))),
    count: (n) => (language === 'fr' ? n.toLocaleString('en').replace(/,/g, ' ') : n.toLocaleString('en')),
    decimal: (n, digits) => (language === 'fr' ? n.toFixed(digits).replace('.', ',') : n.toFixed(digits)),
  };
}

const BY_LANGUAGE: Readonly<Record<Language, Messages>> = { en: makeMessages('en'), fr: makeMessages('fr') };

/** The messages in English: what a check without a locale says. */
export const ENGLISH: Messages = BY_LANGUAGE.en;

/**
 * A problem worded where it is found, in English, by a part that knows no locale (a parser whose results are
 * cached and shared): its `message` stays English; its `key` and `params` say it again in another language.
 */
export interface Worded {
  message: string;
  key?: MessageKey;
  params?: Readonly<Record<string, string | number>>;
}

/** The English message of `key` with its key and parameters: what a parser keeps of a problem's words. */
export function worded<K extends MessageKey>(key: K, ...args: Args<K>): { message: string; key: K; params: Readonly<Record<string, string | number>> } {
  const params: Readonly<Record<string, string | number>> = args[0] ?? {};
  return { message: ENGLISH.dynamic(key, params), key, params };
}

/** A problem worded in the language of `messages`: its key's entry, or its message as it is when it has no key. */
export function wordProblem(problem: Worded, messages: Messages): string {
  return problem.key === undefined ? problem.message : messages.dynamic(problem.key, problem.params);
}

/** The messages for a locale (an LSP or BCP 47 tag, or a POSIX locale such as `fr_CA.UTF-8`). */
export function messagesFor(locale: string | undefined): Messages {
  return BY_LANGUAGE[languageOf(locale)];
}

/** The messages of a language. */
export function messagesIn(language: Language): Messages {
  return BY_LANGUAGE[language];
}

const readers = new Map<MessageKey, RegExp>();

/**
 * The parameters an English message of `key` was filled with, read back from the message; undefined when it is
 * not one. For words made outside the rules in English (the reading of a note's source): the rules say them again
 * in the user's language.
 */
export function readEnglish(key: MessageKey, text: string): Record<string, string> | undefined {
  let re = readers.get(key);
  if (!re) {
    const seen = new Set<string>();
    const source = partsOf(en[key])
      .map((p, i) => {
        if (i % 2 === 0) return p.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
        if (seen.has(p)) return `\\k<${p}>`;
        seen.add(p);
        return `(?<${p}>.*?)`;
      })
      .join('');
    readers.set(key, (re = new RegExp(`^${source}$`, 's')));
  }
  const m = re.exec(text);
  return m ? { ...m.groups } : undefined;
}
