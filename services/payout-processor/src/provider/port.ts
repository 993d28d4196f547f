// The payment provider port. The payout id is the idempotency key: asking twice to pay one payout
// pays it once and answers the first outcome again.
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
}
