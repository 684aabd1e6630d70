// Customer emails for every step of a case, in the customer's language.
// Use cases call renderMessage and hand the result to the Mailer port; this
// module does no I/O, so the same text is sent on AWS and in local mode.
import type { Category } from '../classification/types';
import { sanitizeCustomerName } from './customer-name';
import { renderEmailHtml, renderEmailText, type EmailDocument } from './email-layout';
import { singleLine } from './html-safety';
import { resolveLanguage } from './languages';
import { LAYOUTS, type Layout } from './layouts';
import type { ComposeContext } from './locale';
import { LOCALES } from './locales';
import { formatMessage } from './message-format';
import type { MessageKind, MessageVars, RenderedMessage } from './message-types';
import { formatDays, formatTimeFrame } from './time-frame';

export { SUPPORTED_LANGUAGES, LANGUAGE_NATIVE_NAMES, resolveLanguage, textDirection, isSupportedLanguage } from './languages';
export type { SupportedLanguage } from './languages';
export type { MessageKind, MessageVars, RenderedMessage, TransactionEvidenceLine } from './message-types';
export { MESSAGE_KINDS } from './message-types';
export { escapeHtml, safeHttpUrl, singleLine } from './html-safety';
export { sanitizeCustomerName } from './customer-name';
export { formatDays, formatTimeFrame } from './time-frame';

/** The category's name for customers; an unknown code reads as "Other". */
export function categoryLabel(category: string, language: string): string {
  const labels = LOCALES[resolveLanguage(language)].categories;
  // A type-only import of the categories keeps zod out of bundles that only render mail or pages.
  return Object.hasOwn(labels, category) ? labels[category as Category] : labels.other;
}

export function renderMessage<K extends MessageKind>(kind: K, language: string, vars: MessageVars[K]): RenderedMessage {
  const locale = LOCALES[resolveLanguage(language)];
  const caseNumber = singleLine(vars.caseNumber);
  if (caseNumber === '') throw new RangeError('A message needs a case number');

  const ctx: ComposeContext = {
    shared: locale.shared,
    within: (hours) => formatTimeFrame(hours, locale.language),
    withinDays: (days) => formatDays(days, locale.language),
    categoryLabel: (category) => categoryLabel(category, locale.language),
    fill: (message, args) => formatMessage(locale.language, message, args),
  };
  // TypeScript cannot follow K from the key to its layout and words; LAYOUTS' type checks each pair.
  const layout = LAYOUTS[kind] as unknown as Layout<K>;
  const message = layout({ ...vars, caseNumber }, locale.messages[kind], ctx);

  // The acknowledgement answers a public form, so it never greets by name even if a caller passes one.
  const name = kind === 'acknowledgement' ? undefined : sanitizeCustomerName((vars as { customerName?: unknown }).customerName);
  const doc: EmailDocument = {
    language: locale.language,
    subject: singleLine(`[${caseNumber}] ${message.subject}`),
    greeting: name ? formatMessage(locale.language, locale.greetingByName, { name }) : locale.greeting,
    blocks: message.blocks,
    signOff: locale.signOff,
    footer: [formatMessage(locale.language, locale.footer.reachPerson, { caseNumber }), locale.footer.neverAsk],
  };
  return { subject: doc.subject, text: renderEmailText(doc), html: renderEmailHtml(doc) };
}
