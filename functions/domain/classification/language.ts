// Detects a complaint's language (ISO 639-1) for routing replies and for the classifier's decision.
// franc-min does the trigram work for Latin-script text; scripts and tell-tale letters decide the
// rest, because franc confuses Russian with Bulgarian and has nothing to go on in short texts.
import { francAll } from 'franc-min';
import { normalizeForMatching } from './normalize';

/** Returned when a text carries no letters to judge by. */
export const UNDETERMINED_LANGUAGE = 'und';

// franc-min answers in ISO 639-3; languages without a 639-1 code keep their 639-3 code.
const ISO_639_3_TO_1: Readonly<Record<string, string>> = {
  eng: 'en',
  spa: 'es',
  por: 'pt',
  vie: 'vi',
  rus: 'ru',
  ukr: 'uk',
  arb: 'ar',
  cmn: 'zh',
  fra: 'fr',
  deu: 'de',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
  tur: 'tr',
  ind: 'id',
  zlm: 'ms',
  ron: 'ro',
  ces: 'cs',
  hun: 'hu',
  swe: 'sv',
  tgl: 'tl',
  hrv: 'hr',
  bos: 'bs',
  srp: 'sr',
  bul: 'bg',
  bel: 'be',
  kaz: 'kk',
  uzn: 'uz',
  azj: 'az',
  swh: 'sw',
  hau: 'ha',
  yor: 'yo',
  ibo: 'ig',
  jav: 'jv',
  sun: 'su',
  som: 'so',
  zul: 'zu',
  kin: 'rw',
  run: 'rn',
  nya: 'ny',
  lin: 'ln',
  plt: 'mg',
  ckb: 'ku',
  urd: 'ur',
  pes: 'fa',
  pbu: 'ps',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  ben: 'bn',
  tel: 'te',
  tam: 'ta',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  mya: 'my',
  pan: 'pa',
  amh: 'am',
  tha: 'th',
  sin: 'si',
  ell: 'el',
  jpn: 'ja',
  kor: 'ko',
  heb: 'he',
};

// Latin-script languages a customer of an exchange plausibly writes in. Limiting franc to these
// stops short English complaints being read as Hausa or Tagalog.
const LATIN_CANDIDATES = ['eng', 'spa', 'por', 'vie', 'fra', 'deu', 'ita', 'nld', 'pol', 'tur', 'ind', 'zlm', 'ron', 'ces', 'hun', 'swe', 'tgl', 'hrv'];

// Letters only Vietnamese uses (horn, stroke and dot-below/hook-above vowels), unlike â/ê/ô/ã/ă
// which Portuguese, French or Romanian share.
const VIETNAMESE_LETTERS = /[ơưđạảẹẻẽịỉọỏụủỳỵỷỹấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữự]/giu;
const UKRAINIAN_LETTERS = /[іїєґ]/giu;
const RUSSIAN_LETTERS = /[ыэё]/giu;
const KAZAKH_LETTERS = /[әғқңөұүһ]/giu;
const SERBIAN_MACEDONIAN_LETTERS = /[јљњћђџѓќѕ]/giu;
const URDU_LETTERS = /[ٹڈڑںےھ]/gu;
const PASHTO_LETTERS = /[ټډړږښګڼ]/gu;
const PERSIAN_LETTERS = /[پچژگکی]/gu;

// Frequent short words, diacritics removed, to tell Latin-script languages apart in texts too
// short for trigrams, and Vietnamese typed without its marks (common on phones).
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set([
    'the',
    'my',
    'i',
    'is',
    'it',
    'to',
    'and',
    'of',
    'in',
    'not',
    'you',
    'your',
    'for',
    'me',
    'was',
    'have',
    'has',
    'been',
    'this',
    'that',
    'with',
    'why',
    'what',
    'how',
    'can',
    'cannot',
    'please',
    'still',
    'are',
    'where',
    'do',
    'did',
    'account',
    'money',
    'help',
    'hi',
    'hello',
  ]),
  es: new Set([
    'el',
    'los',
    'las',
    'mi',
    'mis',
    'y',
    'pero',
    'hace',
    'ya',
    'esta',
    'dinero',
    'cuenta',
    'hola',
    'puedo',
    'tengo',
    'con',
    'una',
    'del',
    'al',
    'donde',
    'cuando',
    'porque',
    'sin',
    'necesito',
    'ayuda',
    'llega',
    'hice',
    'muy',
    'mucho',
    'estoy',
    'fue',
    'dos',
    'veces',
    'misma',
    'mismo',
    'todavia',
    'tambien',
    'ahora',
    'despues',
    'entonces',
    'gracias',
    'hoy',
    'ayer',
    'nadie',
    'retiro',
    'comision',
    'cobraron',
  ]),
  pt: new Set([
    'o',
    'os',
    'meu',
    'minha',
    'nao',
    'um',
    'uma',
    'mas',
    'ja',
    'faz',
    'dinheiro',
    'conta',
    'voce',
    'ola',
    'pra',
    'ta',
    'cade',
    'com',
    'do',
    'da',
    'na',
    'onde',
    'quando',
    'porque',
    'sem',
    'preciso',
    'ajuda',
    'chegou',
    'fiz',
    'pela',
    'pelo',
    'pelos',
    'pelas',
    'duas',
    'dois',
    'vezes',
    'mesma',
    'mesmo',
    'ainda',
    'tambem',
    'tenho',
    'estou',
    'fui',
    'foi',
    'isso',
    'agora',
    'depois',
    'entao',
    'muito',
    'obrigado',
    'obrigada',
    'hoje',
    'ontem',
    'ninguem',
    'taxa',
    'saque',
    'cobraram',
  ]),
  vi: new Set([
    'khong',
    'duoc',
    'tai',
    'khoan',
    'tien',
    'roi',
    'chua',
    'cua',
    'toi',
    'minh',
    'ban',
    've',
    'rut',
    'nap',
    'va',
    'cho',
    'giup',
    'em',
    'anh',
    'sao',
    'gi',
    'nay',
    'thi',
    'ma',
    'co',
    'da',
    'bi',
    'nhung',
    'lam',
    'vao',
    'nhe',
    'oi',
    'van',
    'den',
    'duoi',
    'voi',
    'san',
    'lenh',
    'ngay',
    'hom',
  ]),
};

// Hashes, addresses, links and e-mail addresses say nothing about the language; nor do tickers and
// acronyms in capitals (USDT, KYC, P2P), which would otherwise tip short texts towards English.
// Common words without і/ї/є or ы/э/ё that still tell Ukrainian from Russian ("не можу" / "не могу").
const UKRAINIAN_WORDS = new Set([
  'з',
  'із',
  'зі',
  'й',
  'можу',
  'що',
  'як',
  'це',
  'та',
  'коли',
  'тому',
  'вже',
  'або',
  'але',
  'мене',
  'мені',
  'мій',
  'моя',
  'мої',
  'будь',
  'ласка',
  'дякую',
  'тиждень',
  'гроші',
  'кошти',
  'немає',
  'чому',
  'де',
  'зараз',
  'після',
  'від',
  'прийде',
  'замовив',
  'рахунок',
  'картка',
  'картку',
  'проходить',
  'досі',
  'треба',
  'хочу',
  'зробити',
]);
const RUSSIAN_WORDS = new Set([
  'и',
  'с',
  'со',
  'могу',
  'что',
  'как',
  'это',
  'когда',
  'уже',
  'или',
  'но',
  'меня',
  'мне',
  'мой',
  'моя',
  'мои',
  'пожалуйста',
  'спасибо',
  'неделю',
  'деньги',
  'средства',
  'нет',
  'почему',
  'где',
  'сейчас',
  'после',
  'от',
  'придет',
  'заказал',
  'счет',
  'карта',
  'карту',
  'проходит',
  'до',
  'надо',
  'хочу',
  'сделать',
  'вывод',
]);

const NOISE = /0x[0-9a-f]+|[0-9a-z]{25,}|https?:\/\/\S+|\S+@\S+/giu;
const ACRONYMS = /(?<![\p{L}\p{N}])[A-Z0-9]{2,6}(?![\p{L}\p{N}])/gu;

interface ScriptCounts {
  latin: number;
  cyrillic: number;
  arabic: number;
  han: number;
  kana: number;
  hangul: number;
  other: number;
}

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** One pass over the text, by code point range; seven \p{Script} regex scans cost ten times more. */
function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, cyrillic: 0, arabic: 0, han: 0, kana: 0, hangul: 0, other: 0 };
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp < 0x80) {
      if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) counts.latin++;
    } else if ((cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) || (cp >= 0x1e00 && cp <= 0x1eff)) counts.latin++;
    else if (cp >= 0x400 && cp <= 0x52f) counts.cyrillic++;
    else if (
      (cp >= 0x620 && cp <= 0x64a) ||
      (cp >= 0x66e && cp <= 0x6d3) ||
      (cp >= 0x6fa && cp <= 0x6ff) ||
      (cp >= 0x750 && cp <= 0x77f) ||
      (cp >= 0xfb50 && cp <= 0xfeff)
    )
      counts.arabic++;
    else if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x2ffff) || (cp >= 0xf900 && cp <= 0xfaff))
      counts.han++;
    else if (cp >= 0x3040 && cp <= 0x30ff) counts.kana++;
    else if ((cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f)) counts.hangul++;
    else if (/\p{L}/u.test(char)) counts.other++;
  }
  return counts;
}

/** Trigram statistics settle within a few hundred characters; more only costs time. */
const FRANC_SAMPLE_CHARS = 250;
const SAMPLE_CHARS = 600;

const francTop = (text: string, only?: string[]): string | undefined => {
  const [best] = francAll(text.slice(0, FRANC_SAMPLE_CHARS), { minLength: 1, ...(only ? { only } : {}) });
  return best && best[0] !== 'und' ? best[0] : undefined;
};

function cyrillicLanguage(text: string): string {
  if (count(text, KAZAKH_LETTERS) > 0) return 'kk';
  if (count(text, /ў/giu) > 0) return 'be';
  if (count(text, SERBIAN_MACEDONIAN_LETTERS) > 0) return 'sr';
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  // Ukrainian nouns in -ння/-ття ("прослизання") where Russian has -ние/-тие.
  const ukrainian = count(text, UKRAINIAN_LETTERS) + words.filter((w) => UKRAINIAN_WORDS.has(w) || /(?:ння|ття)$/u.test(w)).length;
  const russian = count(text, RUSSIAN_LETTERS) + words.filter((w) => RUSSIAN_WORDS.has(w)).length;
  if (ukrainian > russian) return 'uk';
  if (russian > 0) return 'ru';
  // Neither і/ї/є nor ы/э/ё: short Russian ("не могу войти") or Bulgarian, which writes ъ a lot.
  if (count(text, /ъ/giu) >= 2) return 'bg';
  return 'ru';
}

function arabicScriptLanguage(text: string): string {
  if (count(text, URDU_LETTERS) > 0) return 'ur';
  if (count(text, PASHTO_LETTERS) > 0) return 'ps';
  if (count(text, PERSIAN_LETTERS) >= 2) return 'fa';
  return 'ar';
}

function functionWordScores(text: string): Record<string, number> {
  const tokens = normalizeForMatching(text).trim().split(' ');
  const scores: Record<string, number> = { en: 0, es: 0, pt: 0, vi: 0 };
  for (const token of tokens) for (const [lang, words] of Object.entries(FUNCTION_WORDS)) if (words.has(token)) scores[lang] += 1;
  if (/[ñ¿¡]/iu.test(text)) scores.es += 3;
  if (/[ãõ]|ção|ções/iu.test(text)) scores.pt += 3;
  return scores;
}

function bestOf(scores: Record<string, number>): [string, number] {
  return Object.entries(scores).reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['en', 0] as [string, number]);
}

function latinLanguage(text: string, letters: number): string {
  const vietnamese = count(text, VIETNAMESE_LETTERS);
  if (vietnamese >= 3 || (vietnamese >= 1 && vietnamese / letters >= 0.02)) return 'vi';
  const words = functionWordScores(text);
  const [wordGuess, wordScore] = bestOf(words);
  // Unaccented Vietnamese defeats trigram models trained on accented text.
  if (words.vi >= 3 && words.vi > words.en) return 'vi';
  if (letters < 20) return wordScore > 0 ? wordGuess : 'en';
  const franc = francTop(text, LATIN_CANDIDATES);
  const guess = franc ? (ISO_639_3_TO_1[franc] ?? franc) : wordGuess;
  // Spanish and Portuguese share most trigrams; their function words (those listed differ) do not.
  if (
    (guess === 'es' || guess === 'pt') &&
    (wordGuess === 'es' || wordGuess === 'pt') &&
    wordGuess !== guess &&
    wordScore >= 2 &&
    (words[guess] === 0 || wordScore - words[guess] >= 2)
  ) {
    return wordGuess;
  }
  // Short complaints full of English (or Spanish...) function words are not Romanian or Malay.
  if (!(guess in words) && wordScore >= 3) return wordGuess;
  return guess;
}

/**
 * ISO 639-1 code of the language `text` is written in (639-3 where no 639-1 code exists),
 * or `hint` (the language given on the form) when the text is too short or has no letters.
 * Mixed texts ("мой withdraw pending уже сутки") count by script, Chinese characters weighing
 * more than Latin letters since one carries about a word.
 */
export function detectLanguage(text: string, hint?: string): string {
  const validHint = hint && /^[a-z]{2,3}$/u.test(hint) ? hint : undefined;
  const sample = text.slice(0, SAMPLE_CHARS).normalize('NFKC').replace(NOISE, ' ').replace(ACRONYMS, ' ');
  const scripts = countScripts(sample);
  const weighted: Array<[keyof ScriptCounts, number]> = [
    ['han', scripts.han * 3],
    ['kana', scripts.kana * 3],
    ['hangul', scripts.hangul * 2],
    ['arabic', scripts.arabic],
    ['cyrillic', scripts.cyrillic],
    ['latin', scripts.latin],
    ['other', scripts.other],
  ];
  const [dominant, weight] = weighted.reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  if (weight === 0) return validHint ?? UNDETERMINED_LANGUAGE;
  const letters = scripts[dominant];
  // A few letters of a script the form's language is also written in say little against the form.
  if (validHint && letters < 8 && scriptOf(validHint) === dominant) return validHint;
  switch (dominant) {
    case 'han':
      return scripts.kana > 0 ? 'ja' : 'zh';
    case 'kana':
      return 'ja';
    case 'hangul':
      return 'ko';
    case 'cyrillic':
      return cyrillicLanguage(sample);
    case 'arabic':
      return arabicScriptLanguage(sample);
    case 'latin':
      return latinLanguage(sample, letters);
    default: {
      const franc = francTop(sample);
      return franc ? (ISO_639_3_TO_1[franc] ?? franc) : (validHint ?? UNDETERMINED_LANGUAGE);
    }
  }
}

function scriptOf(language: string): keyof ScriptCounts {
  if (language === 'zh') return 'han';
  if (language === 'ja') return 'kana';
  if (language === 'ko') return 'hangul';
  if (['ru', 'uk', 'bg', 'be', 'kk', 'sr', 'mk'].includes(language)) return 'cyrillic';
  if (['ar', 'fa', 'ur', 'ps'].includes(language)) return 'arabic';
  return 'latin';
}
