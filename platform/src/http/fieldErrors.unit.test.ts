import { JsonNumber } from '@payouts/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsFromZod } from './fieldErrors.ts';

const errorsOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return Object.fromEntries(fieldErrorsFromZod(result.error).map((e) => [e.field, e.message]));
};

describe('field errors from zod issues', () => {
  it('name the rule in plain English instead of zod templates', () => {
    const schema = z.strictObject({
      account: z.string().min(1).max(100),
      code: z.string().min(3),
      limit: z.number().int().min(1).max(100),
      ratio: z.number().gt(0).lt(1),
      count: z.number().int(),
      status: z.enum(['pending', 'completed']),
      kind: z.literal('payout'),
      id: z.uuid(),
      at: z.iso.datetime(),
      day: z.iso.date(),
      pattern: z.string().regex(/^a+$/),
      tags: z.array(z.string()).max(2),
      flag: z.boolean(),
      amount: z.union([z.string(), z.instanceof(JsonNumber)]),
      labels: z.record(z.string().max(3), z.string()),
    });
    expect(
      errorsOf(schema, {
        account: 'x'.repeat(101),
        code: 'ab',
        limit: 101,
        ratio: 1,
        count: 1.5,
        status: 'paid',
        kind: 'refund',
        id: 'nope',
        at: 'monday',
        day: '2026-13-01',
        pattern: 'b',
        tags: ['a', 'b', 'c'],
        flag: 'yes',
        amount: true,
        labels: { long: 'v' },
        extra: 1,
      }),
    ).toEqual({
      account: 'at most 100 characters',
      code: 'at least 3 characters',
      limit: 'must be at most 100',
      ratio: 'must be less than 1',
      count: 'must be a whole number',
      status: 'must be one of: pending, completed',
      kind: 'must be payout',
      id: 'must be a UUID',
      at: 'must be an ISO 8601 date-time, such as 2026-01-31T09:00:00Z',
      day: 'must be a date, such as 2026-01-31',
      pattern: 'has the wrong format',
      tags: 'at most 2 items',
      flag: 'must be true or false',
      amount: 'must be a string or a number',
      'labels.long': 'has a key that must be at most 3 characters',
      extra: 'unknown field',
    });
    expect(errorsOf(schema.pick({ account: true, amount: true, limit: true }), {})).toEqual({
      account: 'required',
      amount: 'required',
      limit: 'required',
    });
    expect(errorsOf(schema.pick({ account: true, ratio: true }), { account: '', ratio: 0 })).toEqual({
      account: 'must not be empty',
      ratio: 'must be greater than 0',
    });
  });

  it("keep a message the schema words itself, and prefix the field's path", () => {
    const schema = z.object({
      currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code'),
      metadata: z.record(z.string(), z.string()).refine((m) => Object.keys(m).length <= 1, 'at most 1 key'),
      note: z.string().refine(() => false),
    });
    const result = schema.safeParse({ currency: 'rub', metadata: { a: '1', b: '2' }, note: 'x' });
    expect(result.success).toBe(false);
    expect(fieldErrorsFromZod(result.error!, 'body')).toEqual([
      { field: 'body.currency', message: 'must be a three-letter ISO 4217 code' },
      { field: 'body.metadata', message: 'at most 1 key' },
      { field: 'body.note', message: 'is not valid' },
    ]);
  });
});
