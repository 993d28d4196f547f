// The payment provider port. The payout id is the idempotency key: asking twice to pay one payout
// pays it once and answers the first outcome again. Only outcomes are remembered: a request the
// provider could not answer (ProviderUnavailable) left nothing behind and may be sent again.
//
// A provider may answer synchronously (paid or declined within the call) or asynchronously, as most
// real payout APIs do: it accepts the payment now (`accepted`) and settles it later, which the
// processor learns by asking `status` again after the hint (`check_after_ms`), or sooner through a
// callback that an adapter turns into the same status answer.
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

/** Received and being worked on; the outcome comes later (ask `status` after `check_after_ms`). */
type PaymentAccepted = { status: 'accepted'; check_after_ms?: number };

/** The provider could not answer now (timeout, 5xx); the same request may be retried. */
export class ProviderUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderUnavailable';
  }
}

export interface PaymentProvider {
  pay(request: PaymentRequest): Promise<PaymentOutcome | PaymentAccepted>;
  /**
   * What the provider did for this payout: its outcome, `accepted` while it is still settling it, or
   * null when it never received (or never finished) a payment for it. Asked before paying again
   * after a crash, and to follow an accepted payment.
   */
  status(payoutId: string): Promise<PaymentOutcome | PaymentAccepted | null>;
}
