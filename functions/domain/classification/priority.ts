// Sets a complaint's priority from what the offline classifier found: security matters are
// urgent; urgency words, threats of regulators or courts, large amounts, long waits and anger
// raise it; a calm question about something minor lowers it.
import { countTags, taggedCueIndex } from './cue-matcher';
import type { Amount } from './entities';
import type { Category, Priority, Sentiment } from './types';

const URGENCY_CUES = [
  'urgent*',
  'asap',
  'immediately',
  'right now',
  'emergency',
  'as soon as possible',
  'today',
  'need it now',
  'need my money',
  'срочно',
  'немедленно',
  'сейчас же',
  'как можно скорее',
  'терміново',
  'негайно',
  'якнайшвидше',
  'عاجل',
  'بسرعه',
  'فورا',
  'حالا',
  'ضروري',
  'gap',
  'khan cap',
  'ngay lap tuc',
  'urgente',
  'urgencia',
  'imediatamente',
  'inmediatamente',
  'ya mismo',
  'cuanto antes',
  '紧急',
  '马上',
  '立即',
  '尽快',
  '急需',
  '急',
];

const ESCALATION_CUES = [
  'lawyer*',
  'lawsuit',
  'court',
  'sue',
  'suing',
  'legal action',
  'regulator*',
  'police',
  'ombudsman',
  'fca',
  'sec',
  'cftc',
  'finra',
  'consumer protection',
  'report you',
  'юрист*',
  'суд',
  'в суд',
  'суда',
  'судом',
  'судебн*',
  'полици*',
  'прокуратур*',
  'адвокат*',
  'регулятор*',
  'цб',
  'роспотребнадзор',
  'поліці*',
  'нбу',
  'محامي',
  'محكمه',
  'الشرطه',
  'شكوي رسميه',
  'الجهات المختصه',
  'cong an',
  'khoi kien',
  'kien san',
  'luat su',
  'advogado*',
  'justica',
  'procon',
  'policia',
  'reclame aqui',
  'abogado*',
  'demanda',
  'denuncia',
  'tribunal',
  'profeco',
  '律师',
  '起诉',
  '报警',
  '警察',
  '监管',
  '法院',
];

const LONG_WAIT_CUES = [
  'days',
  'week*',
  'month*',
  'дней',
  'дня',
  'сутки',
  'суток',
  'недел*',
  'месяц*',
  'днів',
  'дні',
  'доби',
  'тиждень',
  'тижні*',
  'місяц*',
  'ايام',
  'اسبوع',
  'اسابيع',
  'شهر',
  'ngay',
  'tuan',
  'thang',
  'dias',
  'semana*',
  'mes',
  'meses',
  '天',
  '周',
  '星期',
  '个月',
];

const PRIORITY_CUES = taggedCueIndex({ urgency: URGENCY_CUES, escalation: ESCALATION_CUES, longWait: LONG_WAIT_CUES });

// Rough US-dollar value of one unit, only to tell a large sum from a small one across currencies.
// Order-of-magnitude figures on purpose: triage must not depend on today's market price.
const APPROXIMATE_USD_PER_UNIT: Readonly<Record<string, number>> = {
  BTC: 50_000,
  WBTC: 50_000,
  SAT: 0.0005,
  ETH: 2_500,
  BNB: 400,
  SOL: 100,
  LTC: 80,
  AVAX: 25,
  XMR: 150,
  BCH: 300,
  ETC: 20,
  DOT: 5,
  LINK: 12,
  TON: 5,
  ATOM: 7,
  NEAR: 4,
  APT: 7,
  SUI: 1,
  XRP: 0.5,
  ADA: 0.4,
  TRX: 0.1,
  DOGE: 0.1,
  MATIC: 0.5,
  POL: 0.5,
  XLM: 0.1,
  ARB: 0.8,
  OP: 1.5,
  UNI: 7,
  FIL: 4,
  ALGO: 0.2,
  HBAR: 0.1,
  ICP: 8,
  ONE: 0.02,
  SHIB: 0.00001,
  PEPE: 0.00001,
  USDT: 1,
  USDC: 1,
  DAI: 1,
  BUSD: 1,
  FDUSD: 1,
  TUSD: 1,
  USDE: 1,
  USD: 1,
  EUR: 1.1,
  GBP: 1.25,
  CHF: 1.1,
  RUB: 0.011,
  UAH: 0.025,
  VND: 0.00004,
  BRL: 0.2,
  ARS: 0.001,
  MXN: 0.055,
  CNY: 0.14,
  AED: 0.27,
  SAR: 0.27,
  TRY: 0.03,
  KZT: 0.002,
  INR: 0.012,
  COP: 0.00025,
  CLP: 0.001,
  PEN: 0.27,
  EGP: 0.02,
  NGN: 0.0007,
  PLN: 0.25,
  JPY: 0.007,
};

/** Above this a case is worth a faster look on its own. */
const LARGE_AMOUNT_USD = 5_000;
const NOTABLE_AMOUNT_USD = 500;

export function largestAmountUsd(amounts: readonly Amount[]): number {
  return amounts.reduce((max, a) => Math.max(max, a.value * (a.asset ? (APPROXIMATE_USD_PER_UNIT[a.asset] ?? 0) : 0)), 0);
}

export interface PriorityInput {
  readonly normalized: string;
  readonly category: Category;
  readonly securityFlag: boolean;
  readonly sentiment: Sentiment;
  readonly anger: number;
  readonly amounts: readonly Amount[];
}

export function assessPriority(input: PriorityInput): Priority {
  if (input.securityFlag) return 'urgent';
  let score = 0;
  const found = PRIORITY_CUES.find(input.normalized);
  if (countTags(found, 'urgency') > 0) score += 2;
  if (countTags(found, 'escalation') > 0) score += 2;
  const usd = largestAmountUsd(input.amounts);
  if (usd >= LARGE_AMOUNT_USD) score += 2;
  else if (usd >= NOTABLE_AMOUNT_USD) score += 1;
  if (countTags(found, 'longWait') > 0) score += 1;
  if (input.anger >= 2) score += 1;
  // Money the customer cannot reach, or a possible security or privacy matter the rule missed.
  if (['withdrawal_or_deposit_delay', 'unauthorized_transaction_or_fraud', 'data_privacy_or_breach', 'account_access'].includes(input.category)) score += 1;
  if (score >= 3) return 'high';
  if (score === 0 && input.sentiment !== 'negative') return 'low';
  return 'normal';
}
