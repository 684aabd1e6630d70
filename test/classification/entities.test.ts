import { describe, expect, it } from '@jest/globals';
import { extractEntities, parseAmount } from '../../functions/domain/classification/entities';

const EVM_HASH = '0x3e5c2b9a7d1f4e6c8b0a2d4f6e8c0b2a4d6f8e0c2b4a6d8f0e2c4b6a8d0f2e4c';
const BARE_HASH = '9f2c6a1e0b7d4c3f8a5e6b2d1c0f9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d';
const EVM_ADDRESS = '0x8ba1f109551bD432803012645Ac136ddd64DBA72';
const BECH32 = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
const BASE58 = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';
const P2SH = '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy';
const TRON = 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE';

describe('extractEntities', () => {
  describe('transaction hashes', () => {
    it('finds 0x-prefixed EVM hashes and bare 64-hex hashes', () => {
      const { transactionHashes, addresses } = extractEntities(`tx ${EVM_HASH} and btc tx ${BARE_HASH}.`);
      expect(transactionHashes).toEqual([EVM_HASH, BARE_HASH]);
      // A hash must not also be read as an address that starts like it.
      expect(addresses).toEqual([]);
    });

    it('ignores hex runs of the wrong length and hashes glued to other characters', () => {
      const { transactionHashes } = extractEntities(`0x${'a'.repeat(63)} ${'b'.repeat(65)} x${BARE_HASH}`);
      expect(transactionHashes).toEqual([]);
    });

    it('lists each hash once', () => {
      expect(extractEntities(`${EVM_HASH} again ${EVM_HASH}`).transactionHashes).toEqual([EVM_HASH]);
    });
  });

  describe('addresses', () => {
    it.each([
      ['EVM', EVM_ADDRESS],
      ['BTC bech32', BECH32],
      ['BTC legacy base58', BASE58],
      ['BTC P2SH base58', P2SH],
      ['TRON', TRON],
    ])('finds a %s address', (_kind, address) => {
      expect(extractEntities(`I sent it to ${address}, please check`).addresses).toEqual([address]);
    });

    it('finds addresses inside Chinese and Arabic text', () => {
      expect(extractEntities(`我转到了${TRON}这个地址`).addresses).toEqual([TRON]);
      expect(extractEntities(`أرسلت إلى ${EVM_ADDRESS} أمس`).addresses).toEqual([EVM_ADDRESS]);
    });

    it('does not mistake words or long numbers for base58 addresses', () => {
      const { addresses } = extractEntities('Transactionsweredelayedfortoolong 1234567891234567891234567891 3333333333333333333333333333');
      expect(addresses).toEqual([]);
    });
  });

  describe('amounts', () => {
    it.each([
      ['0.5 BTC', undefined, [{ value: 0.5, asset: 'BTC' }]],
      ['1,200 USDT', undefined, [{ value: 1200, asset: 'USDT' }]],
      ['0,5 BTC', 'ru', [{ value: 0.5, asset: 'BTC' }]],
      ['1 200 юсдт', 'ru', [{ value: 1200, asset: 'USDT' }]],
      ['1.000 USDT', 'pt', [{ value: 1000, asset: 'USDT' }]],
      ['5.000.000 VND', 'vi', [{ value: 5_000_000, asset: 'VND' }]],
      [
        '$20 and 700$',
        undefined,
        [
          { value: 700, asset: 'USD' },
          { value: 20, asset: 'USD' },
        ],
      ],
      ['R$ 500', 'pt', [{ value: 500, asset: 'BRL' }]],
      [
        '300U 和 1.5个ETH',
        'zh',
        [
          { value: 300, asset: 'USDT' },
          { value: 1.5, asset: 'ETH' },
        ],
      ],
      ['提现500 USDT', 'zh', [{ value: 500, asset: 'USDT' }]],
      ['12000 грн', 'uk', [{ value: 12000, asset: 'UAH' }]],
      ['٣٠٠ دولار', 'ar', [{ value: 300, asset: 'USD' }]],
      ['10k USDT', undefined, [{ value: 10_000, asset: 'USDT' }]],
      ['4к$', 'ru', [{ value: 4000, asset: 'USD' }]],
      ['250k sats', undefined, [{ value: 250_000, asset: 'SAT' }]],
      ['1.2 ETH', 'uk', [{ value: 1.2, asset: 'ETH' }]],
    ])('reads %s (%s)', (text, language, expected) => {
      expect(extractEntities(text, language).amounts).toEqual(expected);
    });

    it('does not read network names, tickets, times or prices without an asset as amounts', () => {
      const { amounts } = extractEntities('sent over ERC20 and TRC20, ticket #88123, 5 hrs ago, 2FA, limit at 61,200');
      expect(amounts).toEqual([]);
    });

    it('does not read the digits of hashes and addresses as amounts', () => {
      expect(extractEntities(`${EVM_HASH} 123 USDT`).amounts).toEqual([{ value: 123, asset: 'USDT' }]);
    });
  });

  describe('assets', () => {
    it('lists tickers mentioned without an amount, but everyday words only in capitals', () => {
      expect(extractEntities('my usdt and SOL, a sol of a link, and eth').assets).toEqual(['USDT', 'SOL', 'ETH']);
    });
  });

  it('stays within the decision schema limits', () => {
    const text = [
      ...Array.from({ length: 30 }, (_, i) => `${i + 1} USDT`),
      ...Array.from({ length: 30 }, (_, i) => `0x${i.toString(16).padStart(64, 'c')}`),
    ].join(' ');
    const entities = extractEntities(text);
    expect(entities.amounts).toHaveLength(20);
    expect(entities.transactionHashes).toHaveLength(20);
  });
});

describe('parseAmount', () => {
  it.each([
    ['1,200', 'en', 1200],
    ['1.200', 'en', 1.2],
    ['1.200', 'es', 1200],
    ['1.200,50', 'es', 1200.5],
    ['1,200.50', 'en', 1200.5],
    ['0,5', 'pt', 0.5],
    ['0.5', 'pt', 0.5],
    ['1 000 000', 'ru', 1_000_000],
  ])('reads %s in %s as %d', (raw, language, expected) => {
    expect(parseAmount(raw, language)).toBe(expected);
  });
});
