// Formats the ICU MessageFormat strings the locales supply (plurals, and sentences with a slot
// such as "{within}"). One place decides how numbers look in mail, and parsed messages are kept,
// since every language's strings are constants.
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import type { SupportedLanguage } from './languages';

const numberFormats = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();

// Counts in mail are plain Western digits without grouping ("within 1000 hours", also in Arabic),
// to match case numbers and amounts, which are written the same way in every language.
const formatters: Formatters = {
  getNumberFormat(locales, options) {
    const key = JSON.stringify([locales, options]);
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locales, { ...(options as Intl.NumberFormatOptions), useGrouping: false, numberingSystem: 'latn' });
      numberFormats.set(key, format);
    }
    return format;
  },
  getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
  getPluralRules: (...args) => new Intl.PluralRules(...args),
};

const compiled = /* @__PURE__ */ new Map<string, IntlMessageFormat>();

/**
 * The message with its arguments filled in. Throws if the message is not valid ICU or an argument
 * it uses is missing, which the render tests reach for every language.
 */
export function formatMessage(language: SupportedLanguage, message: string, args: Readonly<Record<string, string | number>>): string {
  const key = `${language}\u0000${message}`;
  let format = compiled.get(key);
  if (!format) {
    // ignoreTag: a "<" in a sentence is text, never markup; escaping happens in email-layout.ts.
    format = new IntlMessageFormat(message, language, undefined, { formatters, ignoreTag: true });
    compiled.set(key, format);
  }
  return String(format.format(args));
}
