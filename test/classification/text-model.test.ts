// The text model as stored (packed strings in text-model.json) must score exactly like the model
// the fit produced, and a damaged or mismatched file must fail at cold start, not mid-case.
import { describe, expect, it } from '@jest/globals';
import { normalizeForMatching } from '../../functions/domain/classification/normalize';
import { packTextModel, TEXT_MODEL, textFeatures, textModelLogits, unpackTextModel, type TextModel } from '../../functions/domain/classification/text-model';
import { CATEGORIES } from '../../functions/domain/classification/types';
import { featuresOf, fit } from '../../functions/domain/classification/training/text-model-fit';

const examples = [
  ['my withdrawal has been pending for three days', 'withdrawal_or_deposit_delay'],
  ['вывод завис уже неделю', 'withdrawal_or_deposit_delay'],
  ['someone logged in and took all my bitcoin', 'unauthorized_transaction_or_fraud'],
  ['кто-то зашёл в аккаунт и вывел все деньги', 'unauthorized_transaction_or_fraud'],
  ['the trading fee is far too high', 'fees_or_pricing'],
  ['комиссия за сделку слишком высокая', 'fees_or_pricing'],
] as const;

describe('the stored text model', () => {
  it('scores a packed and unpacked model exactly like the fitted one', () => {
    // Prepare: a small model fitted on a few examples (each seen twice, so features pass min doc freq)
    const fitted: TextModel = fit(
      [...examples, ...examples].map(([text, category]) => ({ features: featuresOf(text), label: CATEGORIES.indexOf(category), weight: 1 })),
    );
    expect(fitted.rows.size).toBeGreaterThan(10);

    // Act
    const stored = unpackTextModel(JSON.parse(JSON.stringify(packTextModel(fitted))));

    // Assess
    for (const text of ['withdrawal pending', 'вывел все деньги', 'fee too high', 'nothing known here']) {
      const features = textFeatures(normalizeForMatching(text));
      const a = textModelLogits(features, fitted);
      const b = textModelLogits(features, stored);
      a.forEach((logit, c) => expect(b[c]).toBeCloseTo(logit, 9));
    }
  });

  it('ships a model with weights for every category', () => {
    expect(TEXT_MODEL.bias).toHaveLength(CATEGORIES.length);
    expect(TEXT_MODEL.rows.size).toBeGreaterThan(10_000);
    expect(TEXT_MODEL.weights.length).toBe(TEXT_MODEL.rows.size * CATEGORIES.length);
  });

  it('finds nothing for features named like Object.prototype members', () => {
    const logits = textModelLogits(
      new Map([
        ['constructor', 1],
        ['__proto__', 1],
        ['wconstructor', 1],
      ]),
      TEXT_MODEL,
    );
    expect(logits).toEqual([...TEXT_MODEL.bias]);
  });

  it('refuses a file whose weights do not match its features or categories', () => {
    const packed = packTextModel(TEXT_MODEL);
    expect(() => unpackTextModel({ ...packed, weights: packed.weights.slice(0, 400) })).toThrow(/damaged/);
    expect(() => unpackTextModel({ ...packed, bias: [0, 0] })).toThrow(/CATEGORIES/);
  });
});
