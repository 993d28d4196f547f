// GET /api/v1/payouts: every filter, every ordering, keyset pagination both ways over ties, every bad
// parameter, tenant isolation. Rows go straight into the read model; expectations are computed in
// JavaScript from the same rows.
import { randomUUID } from 'node:crypto';
import { PAYOUT_STATUSES, type PayoutResource } from '@payouts/contracts';
import { createLogger, hashApiKey } from '@payouts/platform';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryApp } from '../app.ts';
import { createQueryTestbed, KEYS, type QueryTestbed, type RowInput } from '../testing/queryTestbed.ts';
import {
  estimatedMatches,
  pageQuery,
  SEARCH_MATCHES_FIRST,
  SEARCH_WALK_ROWS,
  searchWalkRows,
} from './listQuery.ts';
import { parseOrdering } from './ordering.ts';

type Page = { next: string | null; previous: string | null; results: PayoutResource[] };
type Row = Required<Omit<RowInput, 'description'>> & { description: string | null };

/** Seeded (mulberry32) so that a failure reproduces; the seed is in the test names. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20261126;
const CURRENCIES = ['RUB', 'USD', 'EUR'];

/** Few distinct values per key, so that ties cross page boundaries in every ordering. */
function makeRows(count: number): Row[] {
  const next = random(SEED);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const created = `2026-03-0${1 + Math.floor(next() * 4)}T10:00:00.000Z`;
    return {
      id: randomUUID(),
      tenant_id: 'tenant-a',
      status: pick(PAYOUT_STATUSES),
      amount: pick(['9.50', '10.00', '100.00', '1000.00', '25.25']),
      currency: pick(CURRENCIES),
      recipient_account: pick(['40817810099910004312', 'ACC-alpha', 'acc-beta', 'GB33BUKB20201555555555']),
      description: pick([
        null,
        'Refund for order A-1001',
        'monthly PAYOUT',
        '50% bonus',
        'plain',
        'Überweisung',
      ]),
      created_at: created,
      updated_at: `2026-04-0${1 + Math.floor(next() * 3)}T12:00:00.000Z`,
      revision: String(i % 3),
    };
  });
}

const minor = (amount: string) => BigInt(amount.replace('.', ''));
const compareField = (field: string, a: Row, b: Row): number => {
  if (field === 'amount')
    return minor(a.amount) < minor(b.amount) ? -1 : minor(a.amount) > minor(b.amount) ? 1 : 0;
  const x = a[field as keyof Row] as string;
  const y = b[field as keyof Row] as string;
  return x < y ? -1 : x > y ? 1 : 0;
};

function sortRows(rows: Row[], ordering: string): Row[] {
  const keys = ordering
    .split(',')
    .map((k) => ({ field: k.replace(/^-/, ''), sign: k.startsWith('-') ? -1 : 1 }));
  const idSign = keys.at(-1)!.sign;
  return [...rows].sort((a, b) => {
    for (const k of keys) {
      const c = compareField(k.field, a, b);
      if (c !== 0) return c * k.sign;
    }
    return (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) * idSign;
  });
}

describe('GET /api/v1/payouts', () => {
  let bed: QueryTestbed;
  const rows = makeRows(60);
  const otherTenant: Row[] = makeRows(5).map((r) => ({ ...r, id: randomUUID(), tenant_id: 'tenant-b' }));

  beforeAll(async () => {
    bed = await createQueryTestbed();
    await bed.insertRows([...rows, ...otherTenant]);
  });
  afterAll(async () => {
    await bed?.close();
  });

  async function getPage(url: string, key: string = KEYS.tenantA): Promise<Page> {
    const response = await bed.get(url, key);
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as Page;
  }

  /** Follows `next` to the end, then `previous` back to the start, checking both walks agree. */
  async function walk(query: string, limit: number): Promise<string[]> {
    const pages: string[][] = [];
    let url: string | null = `/api/v1/payouts?${query}${query ? '&' : ''}limit=${limit}`;
    let page: Page | undefined;
    while (url) {
      page = await getPage(url);
      pages.push(page.results.map((r) => r.id));
      if (pages.length === 1) expect(page.previous).toBeNull();
      url = page.next;
    }
    for (const p of pages.slice(0, -1)) expect(p).toHaveLength(limit);
    // Back from the last page: each previous link gives exactly the page before it.
    let back = page?.previous ?? null;
    for (let i = pages.length - 2; i >= 0; i--) {
      expect(back, `previous link of page ${i + 2}`).not.toBeNull();
      const previous = await getPage(back!);
      expect(previous.results.map((r) => r.id)).toEqual(pages[i]);
      back = previous.previous;
    }
    expect(back).toBeNull();
    return pages.flat();
  }

  const idsOf = (list: Row[]) => list.map((r) => r.id);

  it('answers an empty page when nothing matches', async () => {
    const page = await getPage('/api/v1/payouts/?recipient_account=nobody');
    expect(page).toEqual({ next: null, previous: null, results: [] });
  });

  it('pages newest first by default, 20 a page, in the DRF cursor shape', async () => {
    const page = await getPage('/api/v1/payouts/');
    expect(page.results).toHaveLength(20);
    expect(page.previous).toBeNull();
    expect(page.next).toMatch(/cursor=/);
    expect(page.results.map((r) => r.id)).toEqual(idsOf(sortRows(rows, '-created_at').slice(0, 20)));
    expect(Object.keys(page.results[0]!).sort()).toEqual(
      [
        'amount',
        'created_at',
        'currency',
        'description',
        'error_code',
        'error_message',
        'id',
        'metadata',
        'recipient_account',
        'scheduled_for',
        'status',
        'updated_at',
      ].sort(),
    );
  });

  it('gives the last page no next link, and a limit of 100 holds everything here', async () => {
    const page = await getPage('/api/v1/payouts?limit=100');
    expect(page.results).toHaveLength(rows.length);
    expect(page.next).toBeNull();
    const exact = await getPage(`/api/v1/payouts?limit=${rows.length}`);
    expect(exact.next).toBeNull();
  });

  for (const ordering of [
    '-created_at',
    'created_at',
    'amount',
    '-amount',
    'status',
    '-status',
    'updated_at',
    '-updated_at',
    'status,-created_at',
    '-amount,created_at',
  ]) {
    it(`orders by ${ordering}, ties broken by id, across pages both ways (seed ${SEED})`, async () => {
      const ids = await walk(`ordering=${ordering}`, 7);
      expect(ids).toEqual(idsOf(sortRows(rows, ordering)));
    });
  }

  it('orders by three mixed keys across pages', async () => {
    const ordering = 'status,-amount,updated_at';
    expect(await walk(`ordering=${ordering}`, 4)).toEqual(idsOf(sortRows(rows, ordering)));
  });

  it('keeps rows with identical sort keys apart only by id at a page boundary', async () => {
    const twins: Row[] = Array.from({ length: 5 }, () => ({
      ...rows[0]!,
      id: randomUUID(),
      tenant_id: 'tenant-twins',
      created_at: '2026-05-05T05:05:05.000Z',
    }));
    await bed.insertRows(twins);
    const key = 'key-twins-0123456789';
    const app = createQueryApp({
      db: bed.db,
      apiKeys: [{ id: 't', tenant: 'tenant-twins', scopes: ['payouts:read'], sha256: hashApiKey(key) }],
      logger: createLogger('test', 'silent'),
      audit: { eventStore: bed.eventStore, trail: null },
    });
    const seen: string[] = [];
    let url: string | null = '/api/v1/payouts?limit=2';
    while (url) {
      const page = (await (
        await app.request(url, { headers: { Authorization: `Bearer ${key}` } })
      ).json()) as Page;
      seen.push(...page.results.map((r) => r.id));
      url = page.next;
    }
    expect(seen).toEqual(
      twins
        .map((t) => t.id)
        .sort()
        .reverse(),
    );
  });

  const filterCases: [string, (r: Row) => boolean][] = [
    ['status=failed', (r) => r.status === 'failed'],
    ['status=pending,processing', (r) => r.status === 'pending' || r.status === 'processing'],
    ['status=pending&status=cancelled', (r) => r.status === 'pending' || r.status === 'cancelled'],
    ['currency=usd', (r) => r.currency === 'USD'],
    ['currency=Eur', (r) => r.currency === 'EUR'],
    // Numeric, not text: "9.50" < "10.00" although "9" > "1".
    ['min_amount=10', (r) => minor(r.amount) >= 1000n],
    ['max_amount=10', (r) => minor(r.amount) <= 1000n],
    ['min_amount=9.5&max_amount=25.25', (r) => minor(r.amount) >= 950n && minor(r.amount) <= 2525n],
    ['created_after=2026-03-03T00:00:00Z', (r) => r.created_at >= '2026-03-03T00:00:00.000Z'],
    ['created_before=2026-03-02T10:00:00%2B00:00', (r) => r.created_at <= '2026-03-02T10:00:00.000Z'],
    [
      'created_after=2026-03-02&created_before=2026-03-03',
      (r) => r.created_at >= '2026-03-02' && r.created_at <= '2026-03-03',
    ],
    ['updated_after=2026-04-02T12:00:00Z', (r) => r.updated_at >= '2026-04-02T12:00:00.000Z'],
    ['updated_before=2026-04-01T12:00:00Z', (r) => r.updated_at <= '2026-04-01T12:00:00.000Z'],
    ['recipient_account=ACC-alpha', (r) => r.recipient_account === 'ACC-alpha'],
    ['search=acc-', (r) => r.recipient_account.toLowerCase().includes('acc-')],
    ['search=PAYOUT', (r) => (r.description ?? '').toLowerCase().includes('payout')],
    ['search=0%25%20b', (r) => (r.description ?? '').includes('0% b')],
    ['search=4081', (r) => r.recipient_account.includes('4081')],
    ['search=a_c', () => false],
    // Six characters or more are also looked up by their grams (listQuery.ts, SEARCH_GRAM_LENGTH).
    ['search=ORDER%20a-1001', (r) => (r.description ?? '').includes('order A-1001')],
    ['search=99910004312', (r) => r.recipient_account.includes('99910004312')],
    ['search=gb33BUKB', (r) => r.recipient_account.startsWith('GB33BUKB')],
    ['search=50%25%20bonus', (r) => r.description === '50% bonus'],
    ['search=%C3%BCBERWEISUNG', (r) => r.description === 'Überweisung'],
    ['search=acc_alpha', () => false],
    [
      'status=completed,failed&currency=rub&ordering=-amount',
      (r) => (r.status === 'completed' || r.status === 'failed') && r.currency === 'RUB',
    ],
  ];
  filterCases.push(
    ['search=acc&ordering=status,-created_at', (r) => r.recipient_account.toLowerCase().includes('acc')],
    [
      'search=refund&ordering=-amount,created_at',
      (r) => (r.description ?? '').toLowerCase().includes('refund'),
    ],
  );
  for (const [query, keep] of filterCases) {
    it(`filters ${query}`, async () => {
      const ordering = /ordering=([^&]+)/.exec(query)?.[1] ?? '-created_at';
      const expected = idsOf(sortRows(rows.filter(keep), ordering));
      expect(await walk(query, 6)).toEqual(expected);
    });
  }

  it('finds search matches that lie beyond the rows a search first walks', async () => {
    const tenant = 'tenant-haystack';
    const key = 'key-haystack-0123456789';
    const at = (seconds: number) =>
      new Date(Date.parse('2026-03-01T00:00:00Z') + seconds * 1000).toISOString();
    // Common enough that the list walks first (PostgreSQL estimates thousands of matches), but every
    // match is older than the rows a walk reads; and in the next status group, matches at once.
    const needles = SEARCH_MATCHES_FIRST + 500;
    await bed.insertRows([
      { tenant_id: tenant, status: 'cancelled', description: 'pin A', created_at: at(needles + 5000) },
      ...Array.from({ length: SEARCH_WALK_ROWS + 50 }, (_, i) => ({
        tenant_id: tenant,
        status: 'cancelled',
        description: 'hay',
        created_at: at(needles + 4000 - i),
      })),
      ...Array.from({ length: needles }, (_, i) => ({
        tenant_id: tenant,
        status: 'cancelled',
        description: `pin B${i}`,
        created_at: at(needles - i),
      })),
      ...[0, 1, 2].map((i) => ({
        tenant_id: tenant,
        status: 'pending',
        description: `pin P${i}`,
        created_at: at(-i),
      })),
    ]);
    await sql`analyze payouts`.execute(bed.db);
    const request = { tenant, filters: { search: 'pin' }, keys: parseOrdering(), boundary: null, count: 6 };
    expect(await estimatedMatches(bed.db, request)).toBeGreaterThan(SEARCH_MATCHES_FIRST);
    expect(
      await pageQuery(request, 'walk')
        .execute(bed.db)
        .then((r) => r.rows.length),
    ).toBe(1);

    const app = createQueryApp({
      db: bed.db,
      apiKeys: [{ id: 'h', tenant, scopes: ['payouts:read'], sha256: hashApiKey(key) }],
      logger: createLogger('test', 'silent'),
      audit: { eventStore: bed.eventStore, trail: null },
    });
    const firstPages = async (url: string, pages: number) => {
      const found: string[] = [];
      let next: string | null = url;
      for (let i = 0; i < pages && next; i++) {
        const page = (await (
          await app.request(next, { headers: { Authorization: `Bearer ${key}` } })
        ).json()) as Page;
        found.push(...page.results.map((r) => r.description ?? ''));
        next = page.next;
      }
      return found;
    };
    expect(await firstPages('/api/v1/payouts?search=PIN&limit=5', 2)).toEqual([
      'pin A',
      ...Array.from({ length: 9 }, (_, i) => `pin B${i}`),
    ]);
    // Mixed directions after a cursor: the cancelled matches left lie past a whole walk, while the
    // next status group (pending, with -status first) has matches at once; they must not jump the queue.
    expect(await firstPages('/api/v1/payouts?search=pin&ordering=status,-created_at&limit=1', 3)).toEqual([
      'pin A',
      'pin B0',
      'pin B1',
    ]);
  });

  it('walks far enough for a page of 100 of a term in one row in 15, then stops at its last match', async () => {
    const tenant = 'tenant-common-term';
    const key = 'key-common-term-0123456789';
    const at = (seconds: number) =>
      new Date(Date.parse('2026-03-01T00:00:00Z') + seconds * 1000).toISOString();
    // Newest first: row i is i seconds older than row 0; every 15th names the user.
    const all = Array.from({ length: 3_000 }, (_, i) => ({
      tenant_id: tenant,
      status: 'completed',
      description: i % 15 === 0 ? `paid to user ${i}` : `paid ${i}`,
      created_at: at(-i),
    }));
    await bed.insertRows(all);
    await sql`analyze payouts`.execute(bed.db);
    const request = {
      tenant,
      filters: { search: 'user' },
      keys: parseOrdering(),
      boundary: null,
      count: 101,
    };
    // 1,000 rows held 67 matches: the page then collected every match of the term instead.
    expect(searchWalkRows(101)).toBeGreaterThan(101 * 15);
    const walked = (await pageQuery(request, 'walk').execute(bed.db)).rows;
    expect(walked.map((r) => r.description)).toEqual(
      Array.from({ length: 101 }, (_, i) => `paid to user ${i * 15}`),
    );

    const app = createQueryApp({
      db: bed.db,
      apiKeys: [{ id: 'c', tenant, scopes: ['payouts:read'], sha256: hashApiKey(key) }],
      logger: createLogger('test', 'silent'),
      audit: { eventStore: bed.eventStore, trail: null },
    });
    const page = (await (
      await app.request('/api/v1/payouts?search=USER&limit=100', {
        headers: { Authorization: `Bearer ${key}` },
      })
    ).json()) as Page;
    expect(page.results.map((r) => r.description)).toEqual(
      Array.from({ length: 100 }, (_, i) => `paid to user ${i * 15}`),
    );
    expect(page.next).not.toBeNull();
  });

  it('keeps filters, search and ordering in the next and previous links', async () => {
    const page = await getPage('/api/v1/payouts?status=failed&search=acc&ordering=amount&limit=1');
    // Relative to the server: path and query, never a host taken from the request.
    expect(page.next).toMatch(/^\/api\/v1\/payouts\?/);
    const next = new URL(page.next!, 'http://server.invalid');
    expect(next.searchParams.get('status')).toBe('failed');
    expect(next.searchParams.get('search')).toBe('acc');
    expect(next.searchParams.get('ordering')).toBe('amount');
    expect(next.searchParams.get('limit')).toBe('1');
  });

  const otherCursor = async () => {
    const page = await getPage('/api/v1/payouts?limit=1&ordering=amount');
    return new URL(page.next!, 'http://server.invalid').searchParams.get('cursor')!;
  };
  const forged = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const badCases: [string, string | (() => Promise<string>)][] = [
    ['limit', 'limit=0'],
    ['limit', 'limit=101'],
    ['limit', 'limit=ten'],
    ['status', 'status=paid'],
    ['status', 'status=pending,,failed'],
    ['currency', 'currency=US'],
    ['currency', 'currency=usd1'],
    ['min_amount', 'min_amount=-5'],
    ['min_amount', 'min_amount=1e3'],
    ['max_amount', 'max_amount=abc'],
    ['max_amount', 'min_amount=10&max_amount=9.99'],
    ['created_after', 'created_after=yesterday'],
    ['created_before', 'created_before=2026-13-01'],
    ['updated_after', 'updated_after=2026-04-01T12:00:00'],
    ['updated_before', 'updated_before=soon'],
    ['recipient_account', 'recipient_account='],
    ['search', 'search=ab'],
    ['ordering', 'ordering=name'],
    ['ordering', 'ordering=amount,-amount'],
    ['ordering', 'ordering='],
    ['cursor', 'cursor=not-a-cursor'],
    ['cursor', async () => `cursor=${await otherCursor()}`],
    ['cursor', `ordering=amount&cursor=${forged({ o: 'amount', v: ['lots'], i: randomUUID(), d: 'n' })}`],
    ['cursor', `cursor=${forged({ o: '-created_at', v: ['2026-01-01'], i: randomUUID(), d: 'n' })}`],
    ['cursor', `cursor=${forged({ o: '-created_at', v: [], i: randomUUID(), d: 'n' })}`],
    ['cursor', `cursor=${forged({ o: '-created_at', v: ['2026-01-01T00:00:00.000000Z'], i: 'x', d: 'n' })}`],
  ];
  for (const [field, query] of badCases) {
    it(`refuses ${typeof query === 'string' ? query : 'a cursor of another ordering'} as a 400 naming ${field}`, async () => {
      const q = typeof query === 'string' ? query : await query();
      const response = await bed.get(`/api/v1/payouts?${q}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const body = (await response.json()) as { errors: { field: string }[] };
      expect(body.errors.map((e) => e.field)).toContain(field);
    });
  }

  it('shows a tenant only its own payouts', async () => {
    const b = await getPage('/api/v1/payouts?limit=100', KEYS.tenantB);
    expect(b.results.map((r) => r.id).sort()).toEqual(idsOf(otherTenant).sort());
    const a = await getPage('/api/v1/payouts?limit=100');
    expect(a.results.some((r) => otherTenant.some((o) => o.id === r.id))).toBe(false);
    const foreign = await bed.get(`/api/v1/payouts/${otherTenant[0]!.id}/`, KEYS.tenantA);
    expect(foreign.status).toBe(404);
  });

  it('needs the payouts:read scope, and a key', async () => {
    expect((await bed.get('/api/v1/payouts', KEYS.writerOnly)).status).toBe(403);
    expect((await bed.app.request('/api/v1/payouts')).status).toBe(401);
  });
});
