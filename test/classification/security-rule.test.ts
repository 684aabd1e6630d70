import { describe, expect, it } from '@jest/globals';
import { detectSecurityMatter } from '../../functions/domain/classification/security-rule';
import { LANGUAGES, readJsonl, type LabelledComplaint, type SecurityExample } from './labelled-data';

const examples = readJsonl<SecurityExample>('security-examples.jsonl');
const positives = examples.filter((ex) => ex.reasons.length > 0);
const negatives = examples.filter((ex) => ex.reasons.length === 0);

describe('detectSecurityMatter', () => {
  it.each(LANGUAGES)('recognises every kind of security matter in %s', (lang) => {
    // Prepare
    const rows = positives.filter((ex) => ex.lang === lang);
    expect(new Set(rows.flatMap((ex) => ex.reasons))).toEqual(new Set(['account_takeover', 'unauthorized_transaction', 'phishing', 'data_exposure']));

    // Act
    const missed = rows.filter((ex) => {
      const matter = detectSecurityMatter(ex.text);
      return !matter.isSecurity || !ex.reasons.some((reason) => matter.reasons.includes(reason));
    });

    // Assess: recall of at least 0.9, with the expected reason among those given.
    expect(missed.map((ex) => ex.text)).toEqual([]);
  });

  it('has recall >= 0.9 over all security examples', () => {
    const found = positives.filter((ex) => detectSecurityMatter(ex.text).isSecurity).length;
    expect(found / positives.length).toBeGreaterThanOrEqual(0.9);
  });

  it.each(negatives.map((ex) => [ex.lang, ex.text]))('leaves an ordinary %s complaint alone: %s', (_lang, text) => {
    expect(detectSecurityMatter(text)).toEqual({ isSecurity: false, reasons: [] });
  });

  it('rarely fires on held-out complaints that are not about security', () => {
    const ordinary = readJsonl<LabelledComplaint>('complaints-heldout.jsonl').filter(
      (row) => row.category !== 'unauthorized_transaction_or_fraud' && row.category !== 'data_privacy_or_breach',
    );
    const flagged = ordinary.filter((row) => detectSecurityMatter(row.text).isSecurity);
    expect(flagged.length / ordinary.length).toBeLessThan(0.05);
  });

  it('catches a takeover told without security words, from who did what', () => {
    const matter = detectSecurityMatter('someone added a new address to my whitelist and emptied my futures wallet');
    expect(matter.reasons).toEqual(expect.arrayContaining(['account_takeover', 'unauthorized_transaction']));
  });

  it('tells the Ukrainian "hacked" from "broke"', () => {
    expect(detectSecurityMatter('Мій акаунт зламали').isSecurity).toBe(true);
    expect(detectSecurityMatter('Ноутбук зламався, тема зламана').isSecurity).toBe(false);
  });

  it('reads disguised and unaccented spellings', () => {
    expect(detectSecurityMatter('my acc got H4CKED!!!').reasons).toContain('account_takeover');
    expect(detectSecurityMatter('tai khoan bi hack roi').reasons).toContain('account_takeover');
  });

  it('gives reasons in a fixed order and is deterministic', () => {
    const text = 'Phishing email, then my account was hacked and someone withdrew everything; now my data leaked';
    const first = detectSecurityMatter(text);
    expect(first.reasons).toEqual(['account_takeover', 'unauthorized_transaction', 'phishing', 'data_exposure']);
    expect(detectSecurityMatter(text)).toEqual(first);
  });

  it('scans long complaints past the part the category model reads', () => {
    expect(detectSecurityMatter(`${'I have a question about fees. '.repeat(200)} Also my account was hacked.`).isSecurity).toBe(true);
  });
});
