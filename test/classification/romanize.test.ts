// Transliterated complaints ("vyvod zavis", Arabizi) must meet the same text-model features as
// the same words in their own script, or the model only knows half of how people write.
import { describe, expect, it } from '@jest/globals';
import { classifyOffline } from '../../functions/domain/classification/offline-classifier';
import { consonantSkeleton, romanize } from '../../functions/domain/classification/romanize';
import { textFeatures } from '../../functions/domain/classification/text-model';
import { normalizeForMatching } from '../../functions/domain/classification/normalize';

const features = (text: string) => new Set(textFeatures(normalizeForMatching(text)).keys());

describe('romanize', () => {
  it.each([
    ['вывод', 'vyvod'],
    ['зайти', 'zayti'],
    ['пароль', 'parol'],
    ['щоденний', 'schodenniy'],
    ['їжак', 'yizhak'],
    ['حسابي', '7saby'],
    ['خطا', 'khta'],
  ])('reads %s as %s', (word, latin) => {
    expect(romanize(word)).toBe(latin);
  });

  it.each([['withdrawal'], ['2fa'], ['提现'], ['tiền']])('leaves %s (not Cyrillic or Arabic) alone', (word) => {
    expect(romanize(word)).toBeUndefined();
  });
});

describe('consonantSkeleton', () => {
  it.each([
    ['zajti', 'zayti'],
    ['pasword', 'password'],
    ['7sabi', '7saby'],
    ['nevernyj', 'nevernyy'],
  ])('folds %s and %s together', (a, b) => {
    expect(consonantSkeleton(a)).toBeDefined();
    expect(consonantSkeleton(a)).toBe(consonantSkeleton(b));
  });

  it('keeps words apart that differ in a consonant', () => {
    expect(consonantSkeleton('fraud')).not.toBe(consonantSkeleton('fund'));
    expect(consonantSkeleton('withdrawal')).not.toBe(consonantSkeleton('deposit'));
  });

  it('has nothing to say of words too short or not Latin', () => {
    expect(consonantSkeleton('a')).toBeUndefined();
    expect(consonantSkeleton('вывод')).toBeUndefined();
  });
});

describe('text features', () => {
  it('share most of a word written in Cyrillic and in Latin letters', () => {
    const cyrillic = features('вывод завис');
    const latin = [...features('vyvod zavis')];
    const shared = latin.filter((f) => cyrillic.has(f));
    expect(shared.length / latin.length).toBeGreaterThan(0.9);
  });

  it('share the skeleton of a word in Arabic script and in Arabizi', () => {
    expect(features('حسابي')).toContain(`s${consonantSkeleton('7sabi')}`);
  });
});

describe('transliterated complaints', () => {
  it.each([
    ['ne mogu zayti v akkaunt, parol ne podkhodit', 'account_access'],
    ['vyvod usdt zavis uzhe tri dnya', 'withdrawal_or_deposit_delay'],
    ['ne mozhu uviyty v akaunt, kod 2fa ne pryhodyt', 'account_access'],
    ['komissiya za vyvod slishkom bolshaya', 'fees_or_pricing'],
    ['el flos mat7awaletsh lel bank men 3 ayam', 'withdrawal_or_deposit_delay'],
  ])('routes "%s" to %s', (text, category) => {
    expect(classifyOffline({ text }).category).toBe(category);
  });

  it('flags a transliterated theft as a security matter', () => {
    expect(classifyOffline({ text: 'snyali dengi s akkaunta ya nichego ne delal, kto-to vyvel vse' })).toMatchObject({
      category: 'unauthorized_transaction_or_fraud',
      securityFlag: true,
    });
  });
});
