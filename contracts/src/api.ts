// The HTTP resource and request bodies, with the predecessor's snake_case field names. The same
// schemas validate requests and generate the OpenAPI document.
import { z } from 'zod';
import { freeText, identifierText, type TextRule, textProblem } from './http/text.ts';
import { isoDateTime } from './http/time.ts';
import { JsonNumber } from './json-number.ts';
import { PayoutStatus } from './payout/events.ts';

/** Metadata is a small map: enough for an order id or two, not a document store. */
export const METADATA_MAX_KEYS = 20;
export const METADATA_KEY_MAX_LENGTH = 40;
export const METADATA_VALUE_MAX_LENGTH = 500;
export const RECIPIENT_ACCOUNT_MAX_LENGTH = 100;
export const DESCRIPTION_MAX_LENGTH = 1000;

/**
 * Keys are identifiers and values free text (see http/text.ts). Checked as a whole so that each
 * problem names its key in words of our own.
 */
const metadata = z
  .record(z.string(), z.string())
  .superRefine((map, ctx) => {
    const keys = Object.keys(map);
    if (keys.length > METADATA_MAX_KEYS) {
      ctx.addIssue({ code: 'custom', message: `must have at most ${METADATA_MAX_KEYS} keys` });
    }
    const check = (text: string, rule: TextRule, max: number, min: number) =>
      text.length < min
        ? 'must not be empty'
        : text.length > max
          ? `must be at most ${max} characters`
          : textProblem(text, rule);
    for (const key of keys) {
      const keyProblem = check(key, 'identifier', METADATA_KEY_MAX_LENGTH, 1);
      if (keyProblem !== null) {
        ctx.addIssue({ code: 'custom', message: `key ${JSON.stringify(key)} ${keyProblem}` });
        continue;
      }
      const valueProblem = check(map[key]!, 'free text', METADATA_VALUE_MAX_LENGTH, 0);
      if (valueProblem !== null) ctx.addIssue({ code: 'custom', path: [key], message: valueProblem });
    }
  })
  .meta({
    description: `Free-form string pairs for the client: at most ${METADATA_MAX_KEYS} keys of 1 to ${METADATA_KEY_MAX_LENGTH} characters without control, formatting or line-break characters, each value at most ${METADATA_VALUE_MAX_LENGTH} characters of text (tab and line breaks allowed, other control characters not).`,
    propertyNames: { minLength: 1, maxLength: METADATA_KEY_MAX_LENGTH },
    additionalProperties: { type: 'string', maxLength: METADATA_VALUE_MAX_LENGTH },
    maxProperties: METADATA_MAX_KEYS,
    example: { order_id: 'A-1001' },
  });

const AMOUNT_MESSAGE = 'must be a positive decimal number such as "100.50"';

/** Decimal string (canonical) or JSON number; a number is kept as its text, never a float. */
const amountInput = z
  .union([
    z
      .string()
      .regex(/^\d+(\.\d+)?$/, AMOUNT_MESSAGE)
      .meta({ example: '100.50' }),
    z
      .instanceof(JsonNumber)
      .meta({ type: 'number', exclusiveMinimum: 0, example: 100.5 })
      .transform((n) => n.text),
  ])
  .meta({
    description:
      'Decimal string, greater than zero, at most 12 digits and no more decimals than the currency allows. A JSON number is accepted too and kept as the digits sent, never as a float.',
    example: '100.50',
  });

const recipientAccount = identifierText(1, RECIPIENT_ACCOUNT_MAX_LENGTH).meta({
  description:
    'Account the money is paid to, exactly as it will be paid: 1 to 100 characters, no control, formatting or line-break characters.',
  example: '40817810099910004312',
});
const description = freeText(DESCRIPTION_MAX_LENGTH).nullable().meta({
  description:
    'At most 1000 characters of text: tab and line breaks are allowed, other control characters are not.',
  example: 'Refund for order A-1001',
});
const currency = z.string().meta({ description: 'Active ISO 4217 code, case-insensitive.', example: 'RUB' });
const scheduledFor = isoDateTime().nullable().meta({
  description: 'Do not pay before this time (ISO 8601, in the future).',
  example: '2030-01-01T09:00:00Z',
});

const writableFields = {
  amount: amountInput,
  currency: currency.optional(),
  recipient_account: recipientAccount,
  description: description.optional(),
  metadata: metadata.optional(),
  scheduled_for: scheduledFor.optional(),
};

/** What a new payout looks like when a person presses Execute: paid at once, no schedule. */
const CREATE_EXAMPLE = {
  amount: '100.50',
  currency: 'RUB',
  recipient_account: '40817810099910004312',
  description: 'Refund for order A-1001',
};

export const CreatePayoutBody = z
  .strictObject(writableFields)
  .meta({ id: 'CreatePayout', example: CREATE_EXAMPLE });
export type CreatePayoutBody = z.infer<typeof CreatePayoutBody>;

/**
 * The resource's own read-only fields. A client of the predecessor (DRF) reads a payout, edits it and
 * sends it back whole, so PUT and PATCH accept these and ignore them, whatever they hold; they change
 * nothing (cancelling is DELETE). Any other unknown field is still refused.
 */
export const PAYOUT_READ_ONLY_FIELDS = [
  'id',
  'status',
  'error_code',
  'error_message',
  'created_at',
  'updated_at',
] as const;
const ignoredReadOnly = Object.fromEntries(
  PAYOUT_READ_ONLY_FIELDS.map((field) => [
    field,
    z
      .unknown()
      .optional()
      .meta({ description: 'Read-only: accepted and ignored, so a payout read with GET can be sent back.' }),
  ]),
) as Record<(typeof PAYOUT_READ_ONLY_FIELDS)[number], z.ZodOptional<z.ZodUnknown>>;

function withoutReadOnly<T extends Record<string, unknown>>(body: T) {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (!(PAYOUT_READ_ONLY_FIELDS as readonly string[]).includes(key)) kept[key] = value;
  }
  return kept as Omit<T, (typeof PAYOUT_READ_ONLY_FIELDS)[number]>;
}

/** PUT: the whole editable payout again; an omitted optional field returns to its default. */
export const ReplacePayoutBody = z
  .strictObject({ ...writableFields, ...ignoredReadOnly })
  .transform(withoutReadOnly)
  .meta({ id: 'ReplacePayout', example: CREATE_EXAMPLE });
export type ReplacePayoutBody = z.infer<typeof ReplacePayoutBody>;

/** PATCH: only the fields sent change; `null` clears `description` or `scheduled_for`. */
export const UpdatePayoutBody = z
  .strictObject({
    amount: amountInput.optional(),
    currency: currency.optional(),
    recipient_account: recipientAccount.optional(),
    description: description.optional(),
    metadata: metadata.optional(),
    scheduled_for: scheduledFor.optional(),
    ...ignoredReadOnly,
  })
  .transform(withoutReadOnly)
  .meta({ id: 'UpdatePayout', example: { amount: '250.00', description: 'Corrected amount' } });
export type UpdatePayoutBody = z.infer<typeof UpdatePayoutBody>;

const timestamp = z.iso.datetime({ offset: true });

export const PayoutResource = z
  .object({
    id: z.uuid().meta({ description: 'Lower-case UUID.', example: '0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11' }),
    amount: z
      .string()
      .meta({ description: 'Decimal string in the currency’s canonical form.', example: '100.50' }),
    currency: z.string().meta({ example: 'RUB' }),
    recipient_account: z.string().meta({ example: '40817810099910004312' }),
    status: PayoutStatus,
    description: z.string().nullable(),
    error_code: z.string().nullable().meta({
      description: 'Why the payout failed, as a stable code (e.g. `attempts_exhausted`); null unless failed.',
    }),
    error_message: z
      .string()
      .nullable()
      .meta({ description: 'Why the payout failed, in words; null unless failed.' }),
    metadata: z.record(z.string(), z.string()),
    scheduled_for: timestamp.nullable(),
    created_at: timestamp.meta({ example: '2026-11-26T10:15:00.000Z' }),
    updated_at: timestamp.meta({ example: '2026-11-26T10:15:01.250Z' }),
  })
  .meta({ id: 'Payout' });
export type PayoutResource = z.infer<typeof PayoutResource>;

/** RFC 9457 problem details, with the offending fields listed in `errors`. */
export const Problem = z
  .object({
    type: z.string().meta({ example: 'https://payouts.example/problems/validation' }),
    title: z.string().meta({ example: 'Invalid request' }),
    status: z.number().int().meta({ example: 400 }),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .meta({ example: [{ field: 'amount', message: 'amount must be greater than zero' }] }),
    payout_status: PayoutStatus.optional().meta({
      description: "On a 409 about the payout's state: the status it is in.",
    }),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
