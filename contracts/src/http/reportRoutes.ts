// GET /api/v1/reports/daily as data: its parameters, its answer. query-api serves it; the OpenAPI
// document (command-api) picks it up from here like every route contracts exports.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { PayoutStatus } from '../payout/events.ts';
import { commonProblems, problem } from './routes.ts';
import { isoDay } from './time.ts';

/** A year and a day: one request answers at most a year of days, so its size stays bounded. */
export const MAX_REPORT_DAYS = 366;
/** Without `from`, a week ending on `to`. */
export const DEFAULT_REPORT_DAYS = 7;

export const DailyReportQuery = z.object({
  // No examples: Swagger UI would fill them in, and the defaults (the week ending today) are what a
  // person pressing Execute wants.
  from: isoDay()
    .optional()
    .meta({
      param: { name: 'from', in: 'query' },
      description: 'First day (UTC, `YYYY-MM-DD`, from 0001-01-01), inclusive; default six days before `to`.',
    }),
  to: isoDay()
    .optional()
    .meta({
      param: { name: 'to', in: 'query' },
      description: 'Last day (UTC, `YYYY-MM-DD`), inclusive; default today.',
    }),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'must be a three-letter ISO 4217 code')
    .optional()
    .meta({
      param: { name: 'currency', in: 'query' },
      description: 'Only this currency (case-insensitive).',
    }),
  status: PayoutStatus.optional().meta({
    param: { name: 'status', in: 'query' },
    description: 'Only this status.',
  }),
});

export const DailyTotal = z
  .object({
    day: z.string().meta({ example: '2026-11-26' }),
    currency: z.string().meta({ example: 'RUB' }),
    status: PayoutStatus,
    payout_count: z.number().int().meta({ example: 42 }),
    amount_total: z
      .string()
      .meta({ description: 'Sum of the amounts, a decimal string.', example: '4221.00' }),
  })
  .meta({ id: 'DailyTotal' });

export const DailyReport = z
  .object({
    from: z.string(),
    to: z.string(),
    results: z.array(DailyTotal),
  })
  .meta({ id: 'DailyReport' });

export const dailyReportRoute = createRoute({
  operationId: 'getDailyReport',
  method: 'get',
  path: '/api/v1/reports/daily',
  tags: ['reports'],
  summary: 'Daily totals',
  description:
    "Payouts created on each day (UTC) of the range, counted and summed per currency and current status, for the API key's tenant. Kept by the scheduler, so up to a minute behind.",
  security: [{ bearer: ['payouts:read'] }],
  request: { query: DailyReportQuery },
  responses: {
    200: {
      description: 'The totals, by day, currency and status.',
      content: { 'application/json': { schema: DailyReport } },
    },
    400: problem('A parameter is invalid, `from` is after `to`, or the range is longer than 366 days.'),
    ...commonProblems,
  },
});
