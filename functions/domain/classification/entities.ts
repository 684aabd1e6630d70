// Pulls transaction hashes, wallet addresses and amounts out of complaint text for the agent's
// screen and the summary. Only values matched by strict patterns or taken from fixed tables come
// out, never free text, so nothing a customer wrote can reach the summary verbatim.

export interface Amount {
  readonly value: number;
  /** Canonical ticker or ISO 4217 code from the tables below. */
  readonly asset?: string;
}

export interface ExtractedEntities {
  readonly transactionHashes: string[];
  readonly addresses: string[];
  readonly amounts: Amount[];
  readonly assets: string[];
}

/** Words that stand in for identifiers in the masked text (no cue contains them). */
export const HASH_PLACEHOLDER = 'txhashplaceholder';
export const ADDRESS_PLACEHOLDER = 'walletaddressplaceholder';

/** The decision schema's limits. */
const MAX_ITEMS = 20;
const MAX_SCANNED_CHARS = 20_000;

// Lookarounds instead of \b: an identifier must not be a slice of a longer alphanumeric run.
const EDGE_BEFORE = '(?<![0-9A-Za-z])';
const EDGE_AFTER = '(?![0-9A-Za-z])';
const EVM_TX_HASH = new RegExp(`${EDGE_BEFORE}0x[0-9a-fA-F]{64}${EDGE_AFTER}`, 'g');
const BARE_TX_HASH = new RegExp(`${EDGE_BEFORE}[0-9a-fA-F]{64}${EDGE_AFTER}`, 'g');
const EVM_ADDRESS = new RegExp(`${EDGE_BEFORE}0x[0-9a-fA-F]{40}${EDGE_AFTER}`, 'g');
// Bech32 is all lower or all upper case and never uses 1, b, i or o after the separator.
const BTC_BECH32 = new RegExp(`${EDGE_BEFORE}(?:bc1[02-9ac-hj-np-z]{11,71}|BC1[02-9AC-HJ-NP-Z]{11,71})${EDGE_AFTER}`, 'g');
const BTC_BASE58 = new RegExp(`${EDGE_BEFORE}[13][1-9A-HJ-NP-Za-km-z]{25,34}${EDGE_AFTER}`, 'g');
const TRON_ADDRESS = new RegExp(`${EDGE_BEFORE}T[1-9A-HJ-NP-Za-km-z]{33}${EDGE_AFTER}`, 'g');

// Tickers that are also everyday words ("sol", "link", "dot", "op") only count in capitals.
const CASE_INSENSITIVE_TICKERS = [
  'BTC',
  'ETH',
  'USDT',
  'USDC',
  'BNB',
  'XRP',
  'TRX',
  'DOGE',
  'LTC',
  'MATIC',
  'AVAX',
  'SHIB',
  'XLM',
  'DAI',
  'BUSD',
  'FDUSD',
  'ADA',
  'XMR',
  'BCH',
  'ETC',
  'PEPE',
  'WBTC',
  'USDE',
  'TUSD',
  'ATOM',
  'ALGO',
  'FIL',
  'APT',
  'SUI',
  'HBAR',
];
const CAPITALS_ONLY_TICKERS = ['SOL', 'TON', 'DOT', 'LINK', 'NEAR', 'ARB', 'OP', 'UNI', 'POL', 'ONE', 'ICP'];
const FIAT_CODES = [
  'USD',
  'EUR',
  'GBP',
  'RUB',
  'UAH',
  'VND',
  'BRL',
  'ARS',
  'MXN',
  'CNY',
  'AED',
  'SAR',
  'TRY',
  'KZT',
  'INR',
  'COP',
  'CLP',
  'PEN',
  'EGP',
  'NGN',
  'PLN',
  'CHF',
  'JPY',
];

// Currency signs and local names, matched on lower-cased text, mapped to a canonical code.
const ASSET_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:bitcoins?|биткоин\p{L}*|биток\p{L}*|битк\p{L}*|біткоїн\p{L}*|بيتكوين|البيتكوين|比特币|bitcoin)$/u, 'BTC'],
  [/^(?:ether|ethereum|эфир\p{L}*|ефір\p{L}*|эфириум\p{L}*|ефіріум\p{L}*|ايثيريوم|إيثيريوم|إيثريوم|ايثريوم|以太坊|以太币)$/u, 'ETH'],
  [/^(?:tether|юсдт|usdt|тезер\p{L}*|泰达币)$/u, 'USDT'],
  // Lightning amounts come in satoshis; kept as their own unit rather than converted.
  [/^(?:sats?|satoshis?|сатош\p{L}*|сатоші|ساتوشي|聪)$/u, 'SAT'],
  [/^(?:\$|us\$|usd|dollars?|d[oó]lar(?:es)?|доллар\p{L}*|долар\p{L}*|бакс\p{L}*|دولار|دولارات|美元|美金|刀|đô|do la|đô la)$/u, 'USD'],
  [/^(?:€|eur|euros?|евро|євро|يورو|欧元)$/u, 'EUR'],
  [/^(?:£|gbp|pounds?)$/u, 'GBP'],
  [/^(?:₽|руб\.?|рубл\p{L}*|rub)$/u, 'RUB'],
  [/^(?:₴|грн\.?|гривн\p{L}*|гривен\p{L}*|гривень|uah)$/u, 'UAH'],
  [/^(?:₫|vnd|vnđ|đồng|dong|đ)$/u, 'VND'],
  [/^(?:r\$|reais|real|brl)$/u, 'BRL'],
  [/^(?:¥|cny|rmb|元|人民币|юан\p{L}*)$/u, 'CNY'],
  [/^(?:ريال|sar)$/u, 'SAR'],
  [/^(?:درهم|aed)$/u, 'AED'],
  [/^(?:جنيه|egp)$/u, 'EGP'],
];

const TICKER_ALTERNATION = [...CASE_INSENSITIVE_TICKERS, ...CAPITALS_ONLY_TICKERS, ...FIAT_CODES].join('|');
// Words and signs that can name an asset next to a number; a following "la" completes the
// two-word Vietnamese "đô la" (dollar). canonicalAsset() decides whether a word is an asset.
const ASSET_TOKEN = `(?:R\\$|US\\$|[$€£₽₴₫¥]|${TICKER_ALTERNATION}|[\\p{L}]+(?:\\s(?:la))?)`;
// 1,200.50 / 1.200,50 / 1 200 / 0.5 / ٠٫٥ after digit folding; then an optional multiplier.
const NUMBER = `\\d{1,3}(?:[ ,.\\u00a0\\u202f']\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?`;
const MULTIPLIER = `(?:k|к|тыс\\.?|тис\\.?|万|千|triệu|tr|mil|million|millones|milhões|млн|m)?`;
// A number may follow Chinese or Arabic letters directly ("提现500") but not Latin ones ("ERC20"),
// and must not start inside another number ("61,200").
const AMOUNT_AFTER = new RegExp(`(?<![A-Za-z\\p{N}_])(?<!\\p{N}[.,])(${NUMBER})\\s?(${MULTIPLIER})\\s?(?:个|枚)?\\s?(${ASSET_TOKEN})`, 'giu');
const AMOUNT_BEFORE = new RegExp(`(R\\$|US\\$|[$€£₽₴₫¥]|\\b(?:${TICKER_ALTERNATION})\\b)\\s?(${NUMBER})\\s?(${MULTIPLIER})(?![\\p{L}\\p{N}])`, 'gu');
const TICKER_MENTION = new RegExp(`(?<![\\p{L}\\p{N}])(${TICKER_ALTERNATION})(?![\\p{L}\\p{N}])`, 'giu');

const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3,
  к: 1e3,
  тыс: 1e3,
  'тыс.': 1e3,
  тис: 1e3,
  'тис.': 1e3,
  千: 1e3,
  mil: 1e3,
  万: 1e4,
  triệu: 1e6,
  tr: 1e6,
  million: 1e6,
  millones: 1e6,
  milhões: 1e6,
  млн: 1e6,
  m: 1e6,
};

// Languages writing 1.200 for twelve hundred; elsewhere a lone dot is a decimal point.
const DOT_THOUSANDS_LANGUAGES = new Set(['es', 'pt', 'vi', 'de', 'it', 'id', 'tr', 'nl', 'ro']);

/** Canonical code for an asset word or sign, or undefined when it is not an asset. */
export function canonicalAsset(token: string): string | undefined {
  // Chinese-speaking traders write "300U" for 300 USDT; a lower-case u is too often "you".
  if (token === 'U') return 'USDT';
  const upper = token.toUpperCase();
  if (CAPITALS_ONLY_TICKERS.includes(token)) return token;
  if (CASE_INSENSITIVE_TICKERS.includes(upper) || FIAT_CODES.includes(upper)) return upper;
  const lower = token.toLowerCase();
  return ASSET_WORDS.find(([pattern]) => pattern.test(lower))?.[1];
}

/**
 * Reads "1,200" as 1200 and "0,5" as 0.5: a single separator followed by exactly three digits
 * is a thousands separator unless the integer part is 0 (or, for a dot, the language writes
 * decimals with a dot); with both separators, the last one is the decimal point.
 */
export function parseAmount(raw: string, language?: string): number | undefined {
  const compact = raw.replace(/[\s\u00a0\u202f']/gu, '');
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    normalized = compact.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = compact.split(sep);
    const groupsOfThree = parts.length > 1 && parts.slice(1).every((p) => p.length === 3) && parts[0] !== '0';
    const dotIsDecimal = sep === '.' && !DOT_THOUSANDS_LANGUAGES.has(language ?? 'en');
    normalized = groupsOfThree && (parts.length > 2 || !dotIsDecimal) ? parts.join('') : parts.length === 2 ? `${parts[0]}.${parts[1]}` : parts.join('');
  } else {
    normalized = compact;
  }
  const value = Number(normalized);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

const foldDigits = (text: string): string =>
  text
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .replace(/[٫]/g, '.')
    .replace(/[٬]/g, ',');

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Adds each match that overlaps no earlier identifier; `accept` filters matches by shape. */
function collect(text: string, pattern: RegExp, into: Set<string>, taken: Span[], accept: (value: string) => boolean = () => true): void {
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!accept(match[0]) || taken.some((span) => start < span.end && end > span.start)) continue;
    taken.push({ start, end });
    if (into.size < MAX_ITEMS) into.add(match[0]);
  }
}

// Base58 runs need mixed case, which real addresses nearly always have and words or numbers do not.
const hasMixedCase = (value: string): boolean => /[a-z]/.test(value) && /[A-Z]/.test(value);

/**
 * Extracts entities (at most 20 of each kind) and returns the text with every hash and address
 * replaced by a placeholder word, so their digits are not read as amounts and their letters not
 * as words. Never throws.
 */
export function extractEntitiesAndMask(input: string, language?: string): { entities: ExtractedEntities; maskedText: string } {
  const text = foldDigits(input.slice(0, MAX_SCANNED_CHARS).normalize('NFKC'));
  const taken: Span[] = [];
  const hashes = new Set<string>();
  const addresses = new Set<string>();
  // Longest patterns first: a 0x-hash starts with something shaped like a 0x-address.
  collect(text, EVM_TX_HASH, hashes, taken);
  collect(text, BARE_TX_HASH, hashes, taken);
  const hashCount = taken.length;
  collect(text, EVM_ADDRESS, addresses, taken);
  collect(text, BTC_BECH32, addresses, taken);
  collect(text, TRON_ADDRESS, addresses, taken, hasMixedCase);
  collect(text, BTC_BASE58, addresses, taken, hasMixedCase);

  let masked = text;
  taken
    .map((span, index) => ({ ...span, word: index < hashCount ? HASH_PLACEHOLDER : ADDRESS_PLACEHOLDER }))
    .sort((a, b) => b.start - a.start)
    .forEach((span) => {
      masked = `${masked.slice(0, span.start)} ${span.word} ${masked.slice(span.end)}`;
    });

  const amounts: Amount[] = [];
  const amountKeys = new Set<string>();
  const assets = new Set<string>();
  const addAmount = (rawNumber: string, multiplier: string, asset: string): void => {
    const base = parseAmount(rawNumber, language);
    if (base === undefined) return;
    const value = base * (MULTIPLIERS[multiplier.toLowerCase()] ?? 1);
    if (!Number.isFinite(value)) return;
    const key = `${value}|${asset}`;
    assets.add(asset);
    if (amountKeys.has(key) || amounts.length >= MAX_ITEMS) return;
    amountKeys.add(key);
    amounts.push({ value, asset });
  };
  const amountSpans: Array<[number, number]> = [];
  for (const match of masked.matchAll(AMOUNT_AFTER)) {
    const [, rawNumber, multiplier = '', assetToken = ''] = match;
    const asset = canonicalAsset(assetToken);
    if (!asset) continue;
    amountSpans.push([match.index, match.index + match[0].length]);
    addAmount(rawNumber, multiplier, asset);
  }
  for (const match of masked.matchAll(AMOUNT_BEFORE)) {
    if (amountSpans.some(([s, e]) => match.index < e && match.index + match[0].length > s)) continue;
    const [, assetToken, rawNumber, multiplier = ''] = match;
    const asset = canonicalAsset(assetToken);
    if (asset) addAmount(rawNumber, multiplier, asset);
  }
  for (const match of masked.matchAll(TICKER_MENTION)) {
    const asset = canonicalAsset(match[1]);
    if (asset && !FIAT_CODES.includes(asset) && assets.size < MAX_ITEMS) assets.add(asset);
  }

  return {
    entities: { transactionHashes: [...hashes], addresses: [...addresses], amounts, assets: [...assets].slice(0, MAX_ITEMS) },
    maskedText: masked,
  };
}

export function extractEntities(text: string, language?: string): ExtractedEntities {
  return extractEntitiesAndMask(text, language).entities;
}
