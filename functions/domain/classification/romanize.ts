// Customers write Russian and Ukrainian in Latin letters ("vyvod zavis") and Arabic in Arabizi
// ("7sabi ma3 2dr adkhol") as often as in their own script. The text model meets both spellings
// by also reading every Cyrillic and Arabic word in the Latin letters chat writers use, and every
// word by its consonant skeleton, where transliteration variants ("zajti"/"zayti", "7sabi"/حسابي)
// and most misspellings ("pasword"/"password") fall together.

// One common chat transliteration per letter; where customers differ (й: j/y/i, х: h/kh), the
// skeleton below absorbs the difference.
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

// Arabizi: the digits stand for the letters Latin lacks (ح 7, ع 3, ء/ق 2, خ 5 or kh).
const ARABIC: Readonly<Record<string, string>> = {
  ا: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'g',
  ح: '7',
  خ: 'kh',
  د: 'd',
  ذ: 'z',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '3',
  غ: 'gh',
  ف: 'f',
  ق: '2',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ي: 'y',
  ء: '2',
  پ: 'p',
  گ: 'g',
  چ: 'ch',
  ک: 'k',
  ی: 'y',
};

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}\p{N}]+$/u;
const ARABIC_WORD = /^[\p{Script=Arabic}\p{N}]+$/u;
const LATIN_WORD = /^[a-z0-9]+$/;

/** The word in Latin letters, or undefined when it is not a Cyrillic or Arabic word. */
export function romanize(word: string): string | undefined {
  const table = CYRILLIC_WORD.test(word) ? CYRILLIC : ARABIC_WORD.test(word) ? ARABIC : undefined;
  if (!table) return undefined;
  let out = '';
  for (const c of word) out += table[c] ?? c;
  return out;
}

/**
 * A Latin word's consonants, doubled letters once: vowels, j/w/h (which translits add or drop)
 * and the Arabizi digits go. Undefined for words too short to carry meaning that way.
 */
export function consonantSkeleton(latinWord: string): string | undefined {
  if (!LATIN_WORD.test(latinWord)) return undefined;
  let out = '';
  for (const c of latinWord) {
    if ('aeiouyjwh2375'.includes(c)) continue;
    if (out.endsWith(c)) continue;
    out += c;
  }
  return out.length >= 2 ? out : undefined;
}
