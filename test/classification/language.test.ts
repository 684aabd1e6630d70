import { describe, expect, it } from '@jest/globals';
import { detectLanguage } from '../../functions/domain/classification/language';
import { LANGUAGES, readJsonl, type LabelledComplaint } from './labelled-data';

const complaints = [...readJsonl<LabelledComplaint>('complaints-heldout.jsonl'), ...readJsonl<LabelledComplaint>('complaints-blind-2.jsonl')];

describe('detectLanguage', () => {
  it.each(LANGUAGES)('recognises %s in held-out complaints', (lang) => {
    const rows = complaints.filter((row) => row.lang === lang);
    const right = rows.filter((row) => detectLanguage(row.text) === lang).length;
    expect(right / rows.length).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['en', 'I cannot log in to my account since yesterday'],
    ['ru', 'Не могу войти в аккаунт со вчерашнего дня'],
    ['uk', 'Не можу увійти в акаунт з учорашнього дня'],
    ['ar', 'لا أستطيع تسجيل الدخول إلى حسابي منذ أمس'],
    ['vi', 'Tôi không thể đăng nhập vào tài khoản từ hôm qua'],
    ['pt', 'Não consigo entrar na minha conta desde ontem'],
    ['es', 'No puedo iniciar sesión en mi cuenta desde ayer'],
    ['zh', '从昨天开始我就无法登录我的账户'],
  ])('returns %s for a plain sentence', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  describe('Ukrainian versus Russian', () => {
    it.each([
      ['uk', 'Де мої гроші? Виведення висить'],
      ['uk', 'не можу авторизуватися'],
      ['uk', 'ринковий ордер виконався з прослизанням'],
      ['ru', 'Где мои деньги? Вывод висит'],
      ['ru', 'не могу авторизоваться'],
      ['ru', 'рыночный ордер исполнился с проскальзыванием'],
    ])('returns %s for "%s"', (expected, text) => {
      expect(detectLanguage(text)).toBe(expected);
    });
  });

  it.each([
    ['zh', '提到metamask的币pending一天了'],
    ['ru', 'мой withdraw на метамаск pending уже сутки, txid нет'],
    ['ar', 'السحب pending من امبارح والفلوس ما وصلت'],
    ['vi', 'rut tien ve vi pending ca ngay roi chua thay dau'],
  ])('judges mixed-language text by its main language (%s)', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it.each([
    ['en', 'cant login'],
    ['es', 'no puedo entrar'],
    ['pt', 'não consigo entrar'],
    ['vi', 'rút tiền chưa về'],
    ['ru', 'пароль'],
    ['zh', '登录不了'],
  ])('handles short text by script and tell-tale words (%s)', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('is not swayed by hashes, addresses and tickers', () => {
    expect(detectLanguage('Вывод USDT BTC ETH 0x3e5c2b9a7d1f4e6c8b0a2d4f6e8c0b2a4d6f8e0c2b4a6d8f0e2c4b6a8d0f2e4c не пришел')).toBe('ru');
  });

  it('falls back to the form language when the text has nothing to go on', () => {
    expect(detectLanguage('12345 ???', 'uk')).toBe('uk');
    expect(detectLanguage('', 'pt')).toBe('pt');
    expect(detectLanguage('')).toBe('und');
  });

  it('ignores a form language that is not a plain code', () => {
    expect(detectLanguage('???', 'en-US; drop')).toBe('und');
  });

  it('prefers a form language of the same script for a word or two', () => {
    expect(detectLanguage('пароль', 'uk')).toBe('uk');
    expect(detectLanguage('пароль', 'en')).toBe('ru');
  });

  it('always answers with a short lower-case code', () => {
    for (const text of ['Bonjour, mon retrait est bloqué depuis trois jours', 'こんにちは、出金が届きません', 'Merhaba, para çekme işlemim beklemede']) {
      expect(detectLanguage(text)).toMatch(/^[a-z]{2,3}$/);
    }
  });
});
