// Amounts are decimal strings end to end: parsed digit by digit into integer minor units (bigint),
// never through a JavaScript float, and written back in the currency's canonical form.
import { minorUnits } from './currencies.ts';

/** The predecessor's DecimalField(max_digits=12): at most 12 digits in the canonical form. */
export const MAX_AMOUNT_DIGITS = 12;

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

export type AmountCheck = { ok: true; amount: string; amount_minor: bigint } | { ok: false; reason: string };

/**
 * Checks a decimal string against a currency: positive, no more decimals than the currency's minor
 * unit, at most 12 digits. Returns the canonical form ("100.5" RUB -> "100.50", "7.0" JPY -> "7").
 */
export function checkAmount(raw: string, currency: string): AmountCheck {
  const match = DECIMAL.exec(raw);
  if (!match) return { ok: false, reason: 'must be a positive decimal number such as "100.50"' };
  const scale = minorUnits(currency);
  const integerPart = match[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > scale) {
    return {
      ok: false,
      reason:
        scale === 0
          ? `${currency} has no minor unit: the amount must be a whole number`
          : `${currency} allows at most ${scale} decimal places`,
    };
  }
  const minor = BigInt(integerPart + fraction.padEnd(scale, '0'));
  if (minor <= 0n) return { ok: false, reason: 'must be greater than zero' };
  const digits = minor.toString().length;
  if (Math.max(digits, scale + 1) > MAX_AMOUNT_DIGITS) {
    return { ok: false, reason: `must have at most ${MAX_AMOUNT_DIGITS} digits` };
  }
  return { ok: true, amount: formatMinor(minor, scale), amount_minor: minor };
}

export function formatMinor(minor: bigint, scale: number): string {
  if (scale === 0) return minor.toString();
  const digits = minor.toString().padStart(scale + 1, '0');
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
