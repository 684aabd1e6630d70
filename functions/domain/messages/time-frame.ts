// "within 48 hours", "within 5 days" in each language. Which unit to use is decided here once;
// how a count reads (plural forms, case) is each locale's ICU plural message.
import { resolveLanguage } from './languages';
import { LOCALES } from './locales';
import { formatMessage } from './message-format';

/** From 72 hours up, a whole number of days reads better than "within 120 hours". */
const DAYS_FROM_HOURS = 72;

function wholePositive(value: number, what: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${what} must be a positive number, got ${value}`);
  return Math.max(1, Math.round(value));
}

/** "within 24 hours" in the given language, as the emails write it. */
export function formatTimeFrame(hours: number, language: string): string {
  const locale = LOCALES[resolveLanguage(language)];
  const h = wholePositive(hours, 'A time frame in hours');
  if (h >= DAYS_FROM_HOURS && h % 24 === 0) return formatMessage(locale.language, locale.withinDays, { count: h / 24 });
  return formatMessage(locale.language, locale.withinHours, { count: h });
}

/** "within 7 days" in the given language. */
export function formatDays(days: number, language: string): string {
  const locale = LOCALES[resolveLanguage(language)];
  return formatMessage(locale.language, locale.withinDays, { count: wholePositive(days, 'A time frame in days') });
}
