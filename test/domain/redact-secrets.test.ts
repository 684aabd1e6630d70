import { describe, expect, it } from '@jest/globals';
import { redactSecrets } from '../../functions/domain/intake/redact-secrets';

const SEED12 = 'abandon ability able about above absent absorb abstract absurd abuse access accident';
const SEED24 = `${SEED12} account accuse achieve acid acoustic acquire across act action actor actress actual`;
const HASH = '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060';

describe('redactSecrets', () => {
  it.each([
    ['a 12-word seed phrase', `my wallet words are ${SEED12} please help`, 'seed_phrase', 'absurd'],
    ['a 24-word seed phrase', `${SEED24}`, 'seed_phrase', 'acoustic'],
    [
      'a numbered seed phrase',
      SEED12.split(' ')
        .map((w, i) => `${i + 1}. ${w}`)
        .join('\n'),
      'seed_phrase',
      'abstract',
    ],
    ['a Spanish seed phrase', 'mi frase: ábaco abdomen abeja abierto abogado abono aborto abrazo abrir abuelo abuso acabar', 'seed_phrase', 'abogado'],
    ['a hex private key named as such', 'here is my private key: 4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318', 'private_key', '4c0883a6'],
    ['a Russian private key', 'мой приватный ключ 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318', 'private_key', '4c0883a6'],
    ['a WIF key', 'key 5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dTmMmTQ8ZGbqAvh9e thanks', 'private_key', '5HueCGU8'],
    ['a password', 'my password is hunter22 and it stopped working', 'password', 'hunter22'],
    ['a Portuguese password', 'minha senha: Segredo123', 'password', 'Segredo123'],
    ['a Chinese password', '我的密码是abc12345', 'password', 'abc12345'],
  ])('removes %s', (_label, text, kind, secret) => {
    // Act
    const result = redactSecrets(text);
    // Assess
    expect(result.found).toContain(kind);
    expect(result.text).not.toContain(secret);
    expect(result.text).toMatch(/\[REDACTED [A-Z ]+\]/);
  });

  it('keeps transaction hashes, amounts and ordinary words', () => {
    const text = `Withdrawal ${HASH} of 250 USDT has been pending for three days, please check the fee.`;
    const result = redactSecrets(text);
    expect(result.found).toEqual([]);
    expect(result.text).toBe(text);
  });

  it('keeps a long ordinary sentence whose words are not a seed run', () => {
    const text = 'I tried to withdraw my funds yesterday evening but the app showed an error and support never answered me.';
    expect(redactSecrets(text)).toEqual({ text, found: [] });
  });
});
