// The HTTP resource and request bodies, with the predecessor's snake_case field names. The same
// schemas validate requests and generate the OpenAPI document.
import { z } from 'zod';
import { JsonNumber } from './json-number.ts';
import { PayoutStatus } from './payout/events.ts';

/** Metadata is a small map: enough for an order id or two, not a document store. */
export const METADATA_MAX_KEYS = 20;
const metadata = z
  .record(z.string().min(1).max(40), z.string().max(500))
  .refine((m) => Object.keys(m).length <= METADATA_MAX_KEYS, {
    message: `at most ${METADATA_MAX_KEYS} keys`,
  })
  .meta({
    description: 'Free-form string pairs for the client (at most 20 keys).',
    example: { order_id: 'A-1001' },
  });

/** Decimal string (canonical) or JSON number; a number is kept as its text, never a float. */
const amountInput = z.union([z.string(), z.instanceof(JsonNumber).transform((n) => n.text)]).meta({
  type: 'string',
  description:
    'Decimal string, greater than zero, at most 12 digits and no more decimals than the currency allows. A JSON number is accepted too.',
  example: '100.50',
});

const recipientAccount = z
  .string()
  .min(1)
  .max(100)
  .meta({ description: 'Account the money is paid to.', example: '40817810099910004312' });
const description = z.string().max(1000).nullable().meta({ example: 'Refund for order A-1001' });
const currency = z.string().meta({ description: 'Active ISO 4217 code, case-insensitive.', example: 'RUB' });
const scheduledFor = z.iso
  .datetime({ offset: true })
  .nullable()
  .meta({ description: 'Do not pay before this time (ISO 8601).', example: '2030-01-01T09:00:00Z' });

export const CreatePayoutBody = z
  .strictObject({
    amount: amountInput,
    currency: currency.optional(),
    recipient_account: recipientAccount,
    description: description.optional(),
    metadata: metadata.optional(),
    scheduled_for: scheduledFor.optional(),
  })
  .meta({ id: 'CreatePayout' });
export type CreatePayoutBody = z.infer<typeof CreatePayoutBody>;

/** PUT: the whole editable payout again; an omitted optional field returns to its default. */
export const ReplacePayoutBody = CreatePayoutBody.meta({ id: 'ReplacePayout' });
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
  })
  .meta({ id: 'UpdatePayout', example: { amount: '250.00', description: 'Corrected amount' } });
export type UpdatePayoutBody = z.infer<typeof UpdatePayoutBody>;

export const PayoutResource = z
  .object({
    id: z.uuid().meta({ example: '0b0a4e0e-7c55-4c4b-9d7e-6a0f2f5e8c11' }),
    amount: z.string().meta({ example: '100.50' }),
    currency: z.string().meta({ example: 'RUB' }),
    recipient_account: z.string().meta({ example: '40817810099910004312' }),
    status: PayoutStatus,
    description: z.string().nullable(),
    error_message: z.string().nullable().meta({ description: 'Why the payout failed; null unless failed.' }),
    metadata: z.record(z.string(), z.string()),
    scheduled_for: z.string().nullable(),
    created_at: z.string().meta({ example: '2026-11-26T10:15:00.000Z' }),
    updated_at: z.string().meta({ example: '2026-11-26T10:15:01.250Z' }),
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
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
