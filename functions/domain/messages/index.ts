// Customer emails for every step of a case, in the customer's language.
// Use cases call renderMessage and hand the result to the Mailer port; this
// module does no I/O, so the same text is sent on AWS and in local mode.
import type { Category } from '../classification/types';
import { sanitizeCustomerName } from './customer-name';
import { renderEmailHtml, renderEmailText, type Block, type EmailDocument } from './email-layout';
import { singleLine } from './html-safety';
import { resolveLanguage, type SupportedLanguage } from './languages';
import type { ComposeContext, ComposedMessage, Locale } from './locale';
import { ar } from './locales/ar';
import { en } from './locales/en';
import { es } from './locales/es';
import { pt } from './locales/pt';
import { ru } from './locales/ru';
import { uk } from './locales/uk';
import { vi } from './locales/vi';
import { zh } from './locales/zh';
import type { MessageKind, MessageVars, RenderedMessage } from './message-types';

export { SUPPORTED_LANGUAGES, LANGUAGE_NATIVE_NAMES, resolveLanguage, textDirection, isSupportedLanguage } from './languages';
export type { SupportedLanguage } from './languages';
export type { MessageKind, MessageVars, RenderedMessage, TransactionEvidenceLine } from './message-types';
export { MESSAGE_KINDS } from './message-types';
export { escapeHtml, safeHttpUrl, singleLine } from './html-safety';
export { sanitizeCustomerName } from './customer-name';

const LOCALES: Readonly<Record<SupportedLanguage, Locale>> = { en, es, pt, ru, uk, ar, vi, zh };

/** From 72 hours up, a whole number of days reads better than "within 120 hours". */
const DAYS_FROM_HOURS = 72;

function wholePositive(value: number, what: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${what} must be a positive number, got ${value}`);
  return Math.max(1, Math.round(value));
}

/** "within 24 hours" in the given language, as the emails write it. */
export function formatTimeFrame(hours: number, language: string): string {
  const locale = LOCALES[resolveLanguage(language)];
  const plural = new Intl.PluralRules(locale.language);
  const h = wholePositive(hours, 'A time frame in hours');
  if (h >= DAYS_FROM_HOURS && h % 24 === 0) return locale.timeFrame.days(h / 24, plural.select(h / 24));
  return locale.timeFrame.hours(h, plural.select(h));
}

/** "within 7 days" in the given language. */
export function formatDays(days: number, language: string): string {
  const locale = LOCALES[resolveLanguage(language)];
  const d = wholePositive(days, 'A time frame in days');
  return locale.timeFrame.days(d, new Intl.PluralRules(locale.language).select(d));
}

/** The category's name for customers; an unknown code reads as "Other". */
export function categoryLabel(category: string, language: string): string {
  const labels = LOCALES[resolveLanguage(language)].categories;
  // A type-only import of the categories keeps zod out of bundles that only render mail or pages.
  return Object.hasOwn(labels, category) ? labels[category as Category] : labels.other;
}

/**
 * A help article goes right after the case facts, in every language alike: its text comes from
 * the knowledge base already translated, so no locale has to repeat the layout.
 */
function withArticle(blocks: readonly Block[], article: MessageVars['resolution']['article']): readonly Block[] {
  if (!article) return blocks;
  const at = blocks.findIndex((b) => b.type === 'facts') + 1;
  const articleBlocks: Block[] = [
    { type: 'heading', text: article.title },
    ...article.paragraphs.map((text): Block => ({ type: 'paragraph', text })),
    ...(article.steps.length > 0 ? [{ type: 'steps' as const, items: article.steps }] : []),
  ];
  return [...blocks.slice(0, at), ...articleBlocks, ...blocks.slice(at)];
}

export function renderMessage<K extends MessageKind>(kind: K, language: string, vars: MessageVars[K]): RenderedMessage {
  const locale = LOCALES[resolveLanguage(language)];
  const caseNumber = singleLine(vars.caseNumber);
  if (caseNumber === '') throw new RangeError('A message needs a case number');

  const ctx: ComposeContext = {
    within: (hours) => formatTimeFrame(hours, locale.language),
    withinDays: (days) => formatDays(days, locale.language),
    categoryLabel: (category) => categoryLabel(category, locale.language),
  };
  // TypeScript cannot follow K from the key to its function's parameter; the Locale type checks each one.
  const compose = locale.messages[kind] as unknown as (v: MessageVars[K], c: ComposeContext) => ComposedMessage;
  const message = compose({ ...vars, caseNumber }, ctx);
  const blocks = kind === 'resolution' ? withArticle(message.blocks, (vars as MessageVars['resolution']).article) : message.blocks;

  // The acknowledgement answers a public form, so it never greets by name even if a caller passes one.
  const rawName = kind === 'acknowledgement' ? undefined : (vars as { customerName?: unknown }).customerName;
  const doc: EmailDocument = {
    language: locale.language,
    subject: singleLine(`[${caseNumber}] ${message.subject}`),
    greeting: locale.greeting(sanitizeCustomerName(rawName)),
    blocks,
    signOff: locale.signOff,
    footer: locale.footer(caseNumber),
  };
  return { subject: doc.subject, text: renderEmailText(doc), html: renderEmailHtml(doc) };
}
