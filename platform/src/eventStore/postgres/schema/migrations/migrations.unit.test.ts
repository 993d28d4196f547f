// Migrations that landed are never edited: a database that has not run one yet must run exactly
// what the others ran. Each one's text is pinned here by its SHA-256 (for the schema event_store).
// A failing hash means a landed migration was changed: undo that, and add a new migration instead.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { schemaNames } from '../names.ts';
import { MIGRATIONS } from './index.ts';

const LANDED: Record<string, string> = {
  '001_events': '03ed41cd16fcc04a0285f770064b4c729bc967b2ea00f6213acb428b5c1b8d66',
  '002_notify_after_commit': '2aa6f7d9f6a7c99961f6064857f98886c76da57f4a2b2deee6d2918e29f1339b',
  '003_append_lock_horizon': '3f7ebd2052ff0d6f66fc9ec3730f72e52ccffd35580ed33fe04e334f3db371cd',
  '004_append_groups': 'd988a5593bd6d60b42b84cf802b62fad0dc99332430df9ec8195e8ae8be579af',
  '005_claims': '3a72a3fef2a283b3031561cd26ad1f87b6b212f20b5a285138b659ec2cc22017',
  '006_reader_horizon': 'f362a45a848ef8e4de6a7bb7d5f90e3d825f0c972325caf53efb684cf640f3bc',
};

describe('event store migrations', () => {
  it('keep every landed migration exactly as it landed', () => {
    const n = schemaNames('event_store');
    for (const [name, sha256] of Object.entries(LANDED)) {
      const statements = MIGRATIONS[name];
      expect(statements, `migration ${name}`).toBeDefined();
      expect(
        createHash('sha256').update(statements!(n).join('\n;\n')).digest('hex'),
        `migration ${name}`,
      ).toBe(sha256);
    }
  });

  it('are numbered in the order they run, each new one after the landed ones', () => {
    const names = Object.keys(MIGRATIONS);
    expect(names).toEqual([...names].sort());
    expect(names.slice(0, Object.keys(LANDED).length)).toEqual(Object.keys(LANDED));
    expect(names.every((name, i) => name.startsWith(String(i + 1).padStart(3, '0')))).toBe(true);
  });
});
