// Every language's strings, by language. A new language is a file here and a line below, and
// the compiler lists every string it still lacks.
import type { SupportedLanguage } from '../languages';
import type { Locale } from '../locale';
import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import { pt } from './pt';
import { ru } from './ru';
import { uk } from './uk';
import { vi } from './vi';
import { zh } from './zh';

export const LOCALES: Readonly<Record<SupportedLanguage, Locale>> = { en, es, pt, ru, uk, ar, vi, zh };
