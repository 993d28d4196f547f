// The payment provider port. The payout id is the idempotency key: asking twice to pay one payout
// pays it once and answers the first outcome again. Only outcomes are remembered: a request the
// provider could not answer (ProviderUnavailable) left nothing behind and may be sent again.
export type PaymentRequest = {
  payout_id: string;
  amount: string;
  currency: string;
  recipient_account: string;
};

export type PaymentOutcome =
  | { status: 'paid'; reference: string }
  /** The provider refused for good (closed account, compliance): retrying will not help. */
  | { status: 'declined'; code: string; message: string };

/** The provider could not answer now (timeout, 5xx); the same request may be retried. */
export class ProviderUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderUnavailable';
  }
}

export interface PaymentProvider {
  pay(request: PaymentRequest): Promise<PaymentOutcome>;
  /**
   * What the provider did for this payout: its outcome, or null when it never received (or never
   * finished) a payment for it. Asked before paying again after a crash.
   */
  status(payoutId: string): Promise<PaymentOutcome | null>;
}
