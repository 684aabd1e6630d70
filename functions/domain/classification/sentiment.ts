// Reads the tone of a complaint (negative / neutral / positive) and how angry it is, for the
// decision's sentiment and as one input to priority. Multilingual cue lists, same syntax as lexicon.ts.
import { countTags, taggedCueIndex } from './cue-matcher';
import { MAX_ANALYSED_CHARS } from './normalize';
import type { Sentiment } from './types';

const ANGER_CUES = [
  // en
  'terrible', 'horrible', 'awful', 'worst', 'disgusting', 'useless', 'ridiculous', 'unacceptable', 'outrageous', 'furious', 'angry',
  'scam', 'robbery', 'joke', 'pathetic', 'incompetent', 'wtf', 'fuck*', 'shit*', 'damn', 'last straw', 'fed up', 'sick of',
  'disgrace', 'shameful', 'thieves', 'criminal*', 'liars', 'clowns',
  // ru
  'ужас*', 'кошмар*', 'отвратительн*', 'бред', 'грабеж', 'беспредел', 'позор*', 'бесит', 'задолбал*', 'бля*', 'хрен*', 'вор*',
  'безобрази*', 'достали', 'недопустимо', 'возмутительн*', 'бесполезн*',
  // uk
  'жахлив*', 'огидн*', 'жах', 'грабіж*', 'ганьба', 'обурен*', 'незадоволен*', 'неприпустимо', 'злодії', 'набридло',
  // ar
  'سيء', 'سيءه', 'سيئه', 'سيئ', 'نصب', 'مهزله', 'غير مقبول', 'فضيحه', 'حرامي', 'زفت', 'مستحيل',
  // vi
  'qua te', 'rat te', 'te hai', 'kem', 'an cuop', 'lua dao', 'buc minh', 'vo trach nhiem', 'coi thuong', 'chan', 'that vong',
  // pt
  'pessimo', 'horrivel', 'absurd*', 'ridiculo', 'roubo', 'descaso', 'vergonha', 'palhacada', 'lixo', 'inaceitavel', 'ladroes',
  // es
  'pesim*', 'horrible', 'absurdo', 'ridiculo', 'robo', 'verguenza', 'basura', 'inaceptable', 'estafa', 'mierda', 'ladrones',
  // zh
  '垃圾', '太差', '太烂', '骗子', '抢钱', '无语', '坑', '气死', '恶劣', '什么鬼', '不可接受', '愤怒', '失望',
];

const PROBLEM_CUES = [
  'not', 'cannot', 'never', 'still', 'error', 'fail*', 'stuck', 'problem', 'issue', 'wrong', 'missing', 'lost', 'blocked',
  'rejected', 'declined', 'pending', 'hacked', 'stolen', 'broken', 'why', 'charged', 'waiting', 'complain*', 'refund',
  'не', 'нет', 'ошибк*', 'проблем*', 'никак', 'до сих пор', 'зачем', 'почему', 'жалоб*',
  'немає', 'помилк*', 'досі', 'чому', 'скарг*',
  'لا', 'لم', 'مشكله', 'خطا', 'لماذا', 'شكوي',
  'khong', 'chua', 'loi', 'van de', 'tai sao', 'khieu nai',
  'nao', 'erro', 'problema', 'ainda', 'por que', 'reclam*',
  'no', 'error', 'problema', 'todavia', 'aun', 'por que', 'queja*', 'reclamo',
  '不', '没', '无法', '问题', '错误', '还', '为什么', '投诉',
  // Money that does not arrive is a problem even when told without a single negative word.
  'висит', 'завис*', 'висить', 'معلق', 'عالق', 'treo', 'dang cho', 'pendente', 'travad*', 'pendiente', 'atascad*', '卡住', '处理中',
];

const POSITIVE_CUES = [
  'thank*', 'thx', 'great', 'love', 'excellent', 'appreciate*', 'awesome', 'good job', 'happy', 'resolved', 'perfect', 'amazing',
  'спасибо', 'благодар*', 'отлично', 'супер', 'рад', 'дякую', 'вдячн*', 'чудово', 'شكرا', 'ممتاز', 'رايع', 'cam on',
  'tuyet voi', 'obrigad*', 'otimo', 'excelente', 'parabens', 'gracias', 'genial', '谢谢', '感谢', '很好', '满意', '不错',
];

const TONE_CUES = taggedCueIndex({ anger: ANGER_CUES, problem: PROBLEM_CUES, positive: POSITIVE_CUES });

export interface Tone {
  readonly sentiment: Sentiment;
  /** Distinct anger cues plus shouting (!!!, ???, words in capitals). */
  readonly anger: number;
}

/**
 * `normalized` comes from normalizeForMatching; `raw` is needed because shouting only shows in
 * punctuation and capitals, which normalisation removes. Thanks at the end of a complaint
 * ("thanks in advance") does not make it positive: problems and anger outweigh politeness, and
 * a security matter is negative however calmly it is reported.
 */
export function assessTone(normalized: string, fullText: string, isSecurityMatter = false): Tone {
  const raw = fullText.slice(0, MAX_ANALYSED_CHARS);
  const shouting =
    (/[!！]{2,}|[?？]{3,}/u.test(raw) ? 1 : 0) + ((raw.match(/(?<![\p{L}])[\p{Lu}]{4,}(?![\p{L}])/gu)?.filter((w) => !/^(USDT|USDC|BUSD|FDUSD|SEPA|GDPR|LGPD|RGPD|SWIFT|IBAN|TRON|DOGE|SHIB|MATIC|AVAX|PEPE|WBTC|HTTP|HTTPS|NEAR|LINK)$/u.test(w)).length ?? 0) >= 2 ? 1 : 0);
  const found = TONE_CUES.find(normalized);
  const anger = countTags(found, 'anger') + shouting;
  const problems = countTags(found, 'problem');
  const positive = countTags(found, 'positive');
  const negative = 2 * anger + problems + (isSecurityMatter ? 2 : 0);
  if (negative > positive) return { sentiment: 'negative', anger };
  if (positive > negative) return { sentiment: 'positive', anger };
  return { sentiment: 'neutral', anger };
}
