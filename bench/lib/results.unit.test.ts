import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFigures } from './results.ts';

describe('writeFigures', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
    file = join(dir, 'RESULTS.md');
    writeFileSync(file, '# Benchmark results\n\n## Other suite\n\nTheirs.\n');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('appends the heading and marked figures the first time', () => {
    writeFigures('mine', '## Mine', '| a |\n', file);
    expect(readFileSync(file, 'utf8')).toBe(
      '# Benchmark results\n\n## Other suite\n\nTheirs.\n\n## Mine\n\n<!-- figures:mine -->\n| a |\n<!-- /figures:mine -->\n',
    );
  });

  it('replaces only what lies between its markers, keeping the text around them and other sections', () => {
    writeFigures('mine', '## Mine', 'first run', file);
    const withProse = readFileSync(file, 'utf8').replace(
      '<!-- /figures:mine -->\n',
      '<!-- /figures:mine -->\n\nWhat the figures say.\n\n## Later suite\n\nAlso theirs.\n',
    );
    writeFileSync(file, withProse);
    writeFigures('mine', '## Mine', 'second run', file);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(
      '<!-- figures:mine -->\nsecond run\n<!-- /figures:mine -->\n\nWhat the figures say.',
    );
    expect(text).not.toContain('first run');
    expect(text).toContain('## Other suite\n\nTheirs.');
    expect(text).toContain('## Later suite\n\nAlso theirs.');
    expect(text.match(/## Mine/g)).toHaveLength(1);
  });

  it('writes nothing when BENCH_WRITE_RESULTS=0', () => {
    vi.stubEnv('BENCH_WRITE_RESULTS', '0');
    expect(writeFigures('mine', '## Mine', 'figures', file)).toBeNull();
    expect(readFileSync(file, 'utf8')).not.toContain('figures');
  });
});
