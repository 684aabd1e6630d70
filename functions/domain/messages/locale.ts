// What a language gives the letters: its strings and, through ICU plural messages, its plural
// rules. The layouts in kinds/ build every letter's blocks once; the compiler checks that each
// language writes every string of every kind, so adding a letter without translating it does not
// build.
import type { Category } from '../classification/types';
import type { Block } from './email-layout';
import type { MessageWords } from './layouts';
import type { SupportedLanguage } from './languages';

export interface ComposedMessage {
  /** Without the "[case number]" prefix, which the renderer adds. */
  readonly subject: string;
  readonly blocks: readonly Block[];
}

/**
 * An ICU MessageFormat string that uses the argument `{A}`, e.g. "We write to you {within}.". The
 * type makes the compiler check that every language keeps the placeholder. ICU syntax applies: a
 * literal brace is written '{', and an ASCII apostrophe next to a brace is doubled.
 */
export type Message<A extends string> = `${string}{${A}}${string}`;

/**
 * An ICU plural message over `{count}`, e.g. "{count, plural, one {within # hour} other {within #
 * hours}}". Each language lists the plural categories it needs: Arabic up to six, Russian and
 * Ukrainian three, Chinese and Vietnamese only `other`. `#` is the count in Western digits.
 */
export type PluralMessage = `{count, plural, ${string}}`;

/** A warning box: a bold title and its paragraphs. */
export interface CalloutWords {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

/** Sentences and labels more than one letter uses, so each language says them the same way. */
export interface SharedWords {
  readonly caseNumberLabel: string;
  /** Said when the decision-maker approved less than was proposed, in the approval and again with the payment. */
  readonly loweredAmount: string;
  /** Introduces a reason written in English by a person; outside English it says it is in English. */
  readonly reasonIntro: string;
  /** Where else the customer can go: said on a refusal and when staff close a case. */
  readonly outsideHelp: string;
  /** Says one short question about whether the complaint is resolved comes next. */
  readonly questionFollows: string;
}

/** Everything one language supplies. */
export interface Locale {
  readonly language: SupportedLanguage;
  readonly categories: Readonly<Record<Category, string>>;
  /** "within 5 hours", with the plural and case this language needs; used up to 72 hours. */
  readonly withinHours: PluralMessage;
  /** "within 5 days": from 72 hours up in whole days, and for answer deadlines. */
  readonly withinDays: PluralMessage;
  /** The greeting when there is no usable name. */
  readonly greeting: string;
  readonly greetingByName: Message<'name'>;
  readonly signOff: readonly string[];
  readonly footer: {
    /** Names the case and says a reply reaches a person. */
    readonly reachPerson: Message<'caseNumber'>;
    /** The seed-phrase warning every letter repeats. */
    readonly neverAsk: string;
  };
  readonly shared: SharedWords;
  /** Each letter's own strings; their meaning is documented on each kind's words type in kinds/. */
  readonly messages: MessageWords;
}

/** What a layout gets besides its own words: the shared words and helpers bound to the language. */
export interface ComposeContext {
  readonly shared: SharedWords;
  /** "within 24 hours", "within 5 days": whole days from 72 hours up. */
  within(hours: number): string;
  withinDays(days: number): string;
  categoryLabel(category: string): string;
  /** Fills in an ICU message's arguments in this language. */
  fill<A extends string>(message: Message<A>, args: Readonly<Record<A, string>>): string;
}
