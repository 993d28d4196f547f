import { describe, expect, it } from 'vitest';
import { minorUnits, normalizeCurrency } from './currencies.ts';
import { checkAmount, formatMinor } from './money.ts';

describe('amounts', () => {
  it.each([
    ['100.5', 'RUB', '100.50'],
    ['0100.50', 'RUB', '100.50'],
    ['7', 'JPY', '7'],
    ['7.000', 'JPY', '7'],
    ['1.234', 'KWD', '1.234'],
    ['0.01', 'USD', '0.01'],
    ['9999999999.99', 'RUB', '9999999999.99'],
    ['999999999999', 'JPY', '999999999999'],
  ])('%s %s is accepted as %s', (raw, currency, canonical) => {
    expect(checkAmount(raw, currency)).toMatchObject({ ok: true, amount: canonical });
  });

  it.each([
    ['-1', 'RUB', 'positive decimal'],
    ['0', 'RUB', 'greater than zero'],
    ['0.00', 'RUB', 'greater than zero'],
    ['1e3', 'RUB', 'positive decimal'],
    ['1.', 'RUB', 'positive decimal'],
    [' 1', 'RUB', 'positive decimal'],
    ['1.001', 'RUB', 'at most 2 decimal places'],
    ['1.5', 'JPY', 'no minor unit'],
    ['1.0001', 'KWD', 'at most 3 decimal places'],
    ['10000000000.00', 'RUB', 'at most 12 digits'],
    ['1000000000000', 'JPY', 'at most 12 digits'],
  ])('%s %s is refused (%s)', (raw, currency, reason) => {
    const result = checkAmount(raw, currency);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });

  it('keeps exact minor units, never a float', () => {
    expect(checkAmount('0.1', 'USD')).toMatchObject({ amount_minor: 10n });
    expect(checkAmount('9007199254740.99', 'XOF').ok).toBe(false);
    expect(formatMinor(123456789012n, 2)).toBe('1234567890.12');
    expect(formatMinor(5n, 3)).toBe('0.005');
  });
});

describe('currencies', () => {
  it('accepts active ISO 4217 codes case-insensitively', () => {
    expect(normalizeCurrency('usd')).toBe('USD');
    expect(normalizeCurrency('Rub')).toBe('RUB');
  });

  it('refuses made-up, metal, fund and test codes', () => {
    for (const code of ['ABC', 'XAU', 'XTS', 'XXX', 'BOV', 'US', 'USDD'])
      expect(normalizeCurrency(code)).toBeUndefined();
  });

  it('knows minor units', () => {
    expect(minorUnits('JPY')).toBe(0);
    expect(minorUnits('KWD')).toBe(3);
    expect(minorUnits('RUB')).toBe(2);
  });
});
