// Text normalisation shared by the offline classifier's lexicon, tone and priority cues and the
// security rule, so that cues are written once in a canonical form (see lexicon.ts).

/**
 * Longest prefix of a complaint the category model reads: the opening states the problem, and
 * this bounds latency. The security rule reads further (SECURITY_SCAN_CHARS).
 */
export const MAX_ANALYSED_CHARS = 2500;
export const SECURITY_SCAN_CHARS = 20_000;

const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;
const ARABIC_LETTER = /[\u0600-\u06FF]/;
// Latin letters that carry a mark, precomposed (U+00C0-U+024F, U+1E00-U+1EFF) or combining.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: a class of single code points, combining marks included deliberately
const LATIN_WITH_MARKS = /[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/;
const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

const FORMAT_CHAR = /\p{Cf}/u;
const FORMAT_CHARS = /\p{Cf}/gu;
const LETTER_RUNS = /\p{L}+/gu;
const MIXED_SCRIPT_WORD = /(?=\p{L}*\p{Script=Latin})(?=\p{L}*[\p{Script=Cyrillic}\p{Script=Greek}])\p{L}+/u;
// Lower-case Cyrillic and Greek letters that look like Latin ones.
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w',
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};

// Latin letters NFD cannot take apart but that customers type with or without the mark.
const LATIN_FOLDS: Record<string, string> = { đ: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

// English contractions lose their apostrophe in tokenisation ("hasn't" -> "hasn t"), and people
// often drop it anyway ("havent"); both are mapped to the full negation so cues can say "not".
// A Map, not an object literal: a complaint saying "constructor" must not reach Object.prototype.
const CONTRACTIONS = new Map<string, string>([
  ['cant', 'cannot'], ['cannot', 'cannot'], ['wont', 'will not'], ['dont', 'do not'], ['doesnt', 'does not'],
  ['didnt', 'did not'], ['isnt', 'is not'], ['wasnt', 'was not'], ['arent', 'are not'], ['werent', 'were not'],
  ['havent', 'have not'], ['hasnt', 'has not'], ['hadnt', 'had not'], ['couldnt', 'could not'], ['wouldnt', 'would not'],
  ['shouldnt', 'should not'], ['aint', 'is not'], ['im', 'i am'], ['ive', 'i have'], ['ur', 'your'], ['u', 'you'],
  ['pls', 'please'], ['plz', 'please'], ['acc', 'account'], ['acct', 'account'], ['accnt', 'account'],
  ['acount', 'account'], ['accout', 'account'], ['tk', 'tai khoan'], ['ko', 'khong'], ['k', 'khong'], ['dc', 'duoc'],
  ['ad', 'admin'],
]);

// Digits that stand for letters inside words ("h4cked", "fr4ud"); only between two letters,
// so tickers and network names such as "erc20", "2fa" or "1inch" survive.
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/**
 * Canonical form for matching: NFKC, lower case, Latin diacritics removed (so "không", "khong"
 * and "retiró"/"retiro" meet), Arabic letter variants folded, ё -> е, apostrophes inside words
 * dropped (Ukrainian "ф'ючерс"), everything that is not a letter or digit turned into single
 * spaces, with a space at both ends so cues can be found with indexOf at word starts.
 * Cyrillic and Arabic letters keep their marks: й, ї and ё carry meaning there.
 */
export function normalizeForMatching(input: string, maxChars: number = MAX_ANALYSED_CHARS): string {
  let text = input.slice(0, maxChars);
  // Invisible format characters (zero-width space and joiners, soft hyphen, bidi marks, tag
  // characters) split a word without showing: "h\u200Backed" must still read "hacked".
  if (FORMAT_CHAR.test(text)) text = text.replace(FORMAT_CHARS, '');
  text = text.normalize('NFKC').toLowerCase();
  // A word mixing Latin with Cyrillic or Greek look-alikes ("hаcked" with a Cyrillic а) is read as Latin.
  if (MIXED_SCRIPT_WORD.test(text)) text = text.replace(LETTER_RUNS, (word) => (MIXED_SCRIPT_WORD.test(word) ? [...word].map((c) => LOOKALIKES[c] ?? c).join('') : word));
  // Each step below only runs when the text has something for it to do: most complaints are in
  // one script, and these passes are most of the classifier's cost on long texts.
  if (ARABIC_INDIC_DIGIT.test(text)) text = text.replace(ARABIC_INDIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
  if (LATIN_WITH_MARKS.test(text)) {
    text = text
      .normalize('NFD')
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFC')
      .replace(/[đøłßæœı]/g, (c) => LATIN_FOLDS[c] ?? c);
  }
  if (ARABIC_LETTER.test(text)) {
    text = text
      .replace(ARABIC_DIACRITICS, '')
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ى/g, 'ي')
      .replace(/ة/g, 'ه')
      .replace(/ؤ/g, 'و')
      .replace(/ئ/g, 'ي');
  }
  text = text.replace(/ё/g, 'е');
  if (/['’ʼ`]/.test(text)) text = text.replace(/(\p{L})n['’]t(?![\p{L}])/gu, '$1nt').replace(/(\p{L})['’ʼ`](?=\p{L})/gu, '$1');
  if (/\p{L}[013457@$]\p{L}/u.test(text)) text = text.replace(/(?<=\p{L})[013457@$](?=\p{L})/gu, (c) => LEET[c] ?? c);
  // Elongations ("pleeease", "!!!!") carry emphasis, not meaning; two letters keep "sleep" intact.
  text = text.replace(/(\p{L})\1{2,}/gu, '$1$1');
  // Chinese runs share no space with the Latin words mixed into them ("提到metamask的币pending"),
  // so they are split off to let " pending " be found as a word.
  if (UNSPACED_SCRIPT.test(text)) text = text.replace(UNSPACED_RUN, ' $& ');
  const tokens = text.split(/[^\p{L}\p{N}]+/u);
  let out = ' ';
  for (const token of tokens) if (token !== '') out += `${CONTRACTIONS.get(token) ?? token} `;
  return out;
}

/** Han, kana and Hangul have no spaces between words, so cues in those scripts match anywhere. */
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Arabic attaches clitics (و، ب، ل، ال) to words, so Arabic cues match inside words too. */
export const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
