// Writes a benchmark's figures into bench/RESULTS.md between two markers of its own, so that a rerun
// replaces its last figures and leaves the hand-written reading around them, and every other section
// (other benchmarks' own) untouched. BENCH_WRITE_RESULTS=0 only prints.
import { readFileSync, writeFileSync } from 'node:fs';

const RESULTS_FILE = new URL('../RESULTS.md', import.meta.url).pathname;

/**
 * Replaces what lies between `<!-- figures:ID -->` and `<!-- /figures:ID -->`; when the markers are
 * not there yet, appends `heading` with the markers at the end of the file. Returns where the figures
 * went, or null when writing is turned off.
 */
export function writeFigures(
  id: string,
  heading: string,
  figures: string,
  file: string = RESULTS_FILE,
): string | null {
  if (process.env.BENCH_WRITE_RESULTS === '0') return null;
  const open = `<!-- figures:${id} -->`;
  const close = `<!-- /figures:${id} -->`;
  const block = `${open}\n${figures.trim()}\n${close}`;
  // Re-read right before writing: the file is shared with the other benchmarks and their authors.
  const current = readFileSync(file, 'utf8');
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  const next =
    start !== -1 && end > start
      ? `${current.slice(0, start)}${block}${current.slice(end + close.length)}`
      : `${current.trimEnd()}\n\n${heading}\n\n${block}\n`;
  writeFileSync(file, next);
  return `${file} (${heading.replace(/^#+\s*/, '')})`;
}
