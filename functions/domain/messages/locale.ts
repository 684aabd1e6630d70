// The shape every language file fills in. The compiler checks that each
// language writes every message kind and every category, so adding a kind
// without translating it does not build.
import type { Category } from '../classification/types';
import type { Block } from './email-layout';
import type { MessageKind, MessageVars } from './message-types';
import type { SupportedLanguage } from './languages';

export interface ComposedMessage {
  /** Without the "[case number]" prefix, which the renderer adds. */
  readonly subject: string;
  readonly blocks: readonly Block[];
}

/** Helpers the renderer hands to each message, already bound to the language. */
export interface ComposeContext {
  /** "within 24 hours", "within 5 days": whole days from 72 hours up. */
  within(hours: number): string;
  withinDays(days: number): string;
  categoryLabel(category: string): string;
}

export interface Locale {
  readonly language: SupportedLanguage;
  readonly categories: Readonly<Record<Category, string>>;
  /** Phrases for "within N hours/days", with the plural and case this language needs. */
  readonly timeFrame: {
    hours(count: number, plural: Intl.LDMLPluralRule): string;
    days(count: number, plural: Intl.LDMLPluralRule): string;
  };
  greeting(name: string | undefined): string;
  readonly signOff: readonly string[];
  footer(caseNumber: string): readonly string[];
  readonly messages: {
    readonly [K in MessageKind]: (vars: MessageVars[K], ctx: ComposeContext) => ComposedMessage;
  };
}
