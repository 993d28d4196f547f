// ISO 4217 currencies a payout may be made in, with their minor units (JPY has none, KWD has three).
// The code list comes from the `currency-codes` package (ISO 4217 maintenance agency data); we only
// remove the codes that are not money a recipient can be paid in.
import currencyCodes from 'currency-codes';

/** Precious metals, bond units, SDR, testing and "no currency" codes, and ISO fund codes. */
const NOT_PAYABLE = new Set([
  'XAG',
  'XAU',
  'XPD',
  'XPT',
  'XBA',
  'XBB',
  'XBC',
  'XBD',
  'XDR',
  'XSU',
  'XUA',
  'XTS',
  'XXX',
  'BOV',
  'CHE',
  'CHW',
  'CLF',
  'COU',
  'MXV',
  'USN',
  'UYI',
  'UYW',
]);

const MINOR_UNITS: ReadonlyMap<string, number> = new Map(
  currencyCodes.data
    .filter((c) => !NOT_PAYABLE.has(c.code) && typeof c.digits === 'number')
    .map((c) => [c.code, c.digits]),
);

export const DEFAULT_CURRENCY = 'RUB';

/** Upper-cases and returns the code when it is an active, payable ISO 4217 currency. */
export function normalizeCurrency(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  return MINOR_UNITS.has(upper) ? upper : undefined;
}

/** Number of decimal places the currency allows (its ISO 4217 minor unit). */
export function minorUnits(currency: string): number {
  const digits = MINOR_UNITS.get(currency);
  if (digits === undefined) throw new Error(`not a payable ISO 4217 currency: ${currency}`);
  return digits;
}
