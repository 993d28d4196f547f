// TEMP instrumentation (not committed)
import pg from 'pg';
const counts = new Map<string, number>();
const original = pg.Client.prototype.query;
(pg.Client.prototype as unknown as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  const q = args[0];
  const text = typeof q === 'string' ? q : (q as { text?: string })?.text ?? '?';
  const key = text.replace(/\s+/g, ' ').slice(0, 70);
  counts.set(key, (counts.get(key) ?? 0) + 1);
  return (original as (...a: unknown[]) => unknown).apply(this, args);
};
process.on('SIGTERM', () => {
  const sorted = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.error(JSON.stringify(sorted, null, 1));
});
