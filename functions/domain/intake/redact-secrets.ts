// Removes what a customer must never send us — seed phrases, private keys,
// passwords — before anything is stored, classified or logged. The raw text
// is never persisted; only the redacted text and the kinds found.
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { wordlist as spanish } from '@scure/bip39/wordlists/spanish.js';
import { wordlist as portuguese } from '@scure/bip39/wordlists/portuguese.js';

export type SecretKind = 'seed_phrase' | 'private_key' | 'password';
export interface RedactionResult {
  readonly text: string;
  readonly found: readonly SecretKind[];
}

const MARK: Record<SecretKind, string> = {
  seed_phrase: '[REDACTED SEED PHRASE]',
  private_key: '[REDACTED PRIVATE KEY]',
  password: '[REDACTED PASSWORD]',
};

const BIP39 = new Set([...english, ...spanish, ...portuguese].map((w) => w.normalize('NFKD').replace(/\p{M}/gu, '')));
/** Shortest mnemonic is 12 words; we redact runs of 11+ so a typo'd or truncated phrase still goes. */
const MIN_SEED_RUN = 11;

// A word token, optionally with a numbering prefix like "1." or "(2)" customers paste from wallet apps.
const TOKEN = /(?:\(?\d{1,2}[).:-]?\s*)?(\p{L}+)/gu;

function redactSeedPhrases(text: string): { text: string; hit: boolean } {
  const tokens: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ word: m[1]!.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, ''), start: m.index!, end: m.index! + m[0].length });
  }
  const ranges: [number, number][] = [];
  let runStart = -1;
  const flush = (endIdx: number) => {
    if (runStart >= 0 && endIdx - runStart >= MIN_SEED_RUN) ranges.push([tokens[runStart]!.start, tokens[endIdx - 1]!.end]);
    runStart = -1;
  };
  tokens.forEach((t, i) => {
    const gapOk = i === 0 || /^[\s,;.\-|/\d()]*$/.test(text.slice(tokens[i - 1]!.end, t.start));
    if (BIP39.has(t.word) && (runStart < 0 || gapOk)) {
      if (runStart < 0) runStart = i;
    } else {
      flush(i);
      if (BIP39.has(t.word)) runStart = i;
    }
  });
  flush(tokens.length);
  if (ranges.length === 0) return { text, hit: false };
  let out = '';
  let cursor = 0;
  for (const [s, e] of ranges) {
    out += text.slice(cursor, s) + MARK.seed_phrase;
    cursor = e;
  }
  return { text: out + text.slice(cursor), hit: true };
}

// Keys that are unambiguous on their own: WIF (5/K/L + base58), BIP-32 extended private keys.
const WIF = /(?<![1-9A-HJ-NP-Za-km-z])[5KL][1-9A-HJ-NP-Za-km-z]{50,51}(?![1-9A-HJ-NP-Za-km-z])/g;
const XPRV = /\b[xyzt]prv[1-9A-HJ-NP-Za-km-z]{100,112}\b/g;
// 64 hex is also a transaction hash, so a bare one is a key only when the text says so nearby.
const KEY_WORDS =
  /(private\s*key|priv\s*key|secret\s*key|privkey|приватн\p{L}*\s+ключ\p{L}*|секретн\p{L}*\s+ключ\p{L}*|приватн\p{L}*\s+ключ|clave\s+privada|chave\s+privada|私钥|密钥|مفتاح\s*(?:ال)?خاص|المفتاح\s+الخاص|khóa\s+riêng|khoá\s+riêng|khóa\s+bí\s+mật)/iu;
const HEX64 = /(?<![0-9a-fA-Fx])(?:0x)?[0-9a-fA-F]{64}(?![0-9a-fA-F])/g;

function redactPrivateKeys(text: string): { text: string; hit: boolean } {
  let hit = false;
  let out = text.replace(WIF, () => ((hit = true), MARK.private_key)).replace(XPRV, () => ((hit = true), MARK.private_key));
  out = out.replace(HEX64, (match, offset: number) => {
    const before = out.slice(Math.max(0, offset - 60), offset);
    if (!KEY_WORDS.test(before)) return match;
    hit = true;
    return MARK.private_key;
  });
  return { text: out, hit };
}

// "password: hunter2", "my pass is hunter2", "пароль — qwerty", "contraseña es abc", "密码是abc".
const PASSWORD =
  /((?:password|passwd|passcode|pass|pwd|пароль|парол\p{L}*|contraseña|contrasena|senha|mot\s+de\s+passe|mật\s+khẩu|mat\s+khau|كلمة\s+(?:المرور|السر)|密码|口令)(?:\s+(?:is|was|es|era|é|era|là|—|-|это|є))?\s*[:=：\-—]?\s*(?:is|es|é|là|是)?\s*)(["'«“]?)([^\s"'»”,;]{3,64})\2/giu;

function redactPasswords(text: string): { text: string; hit: boolean } {
  let hit = false;
  const out = text.replace(PASSWORD, (_m, lead: string) => {
    hit = true;
    return `${lead}${MARK.password}`;
  });
  return { text: out, hit };
}

export function redactSecrets(input: string): RedactionResult {
  const found: SecretKind[] = [];
  const seed = redactSeedPhrases(input);
  if (seed.hit) found.push('seed_phrase');
  const key = redactPrivateKeys(seed.text);
  if (key.hit) found.push('private_key');
  const pwd = redactPasswords(key.text);
  if (pwd.hit) found.push('password');
  return { text: pwd.text, found };
}
