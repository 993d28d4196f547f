import { describe, expect, it } from 'vitest';
import { type ProcStat, parseProcStat, rootsNamed, treeTicks } from './processCpu.ts';

describe('parseProcStat', () => {
  it('adds user, system and reaped children time, counting fields after the command name', () => {
    const line =
      '4706 (postgres) S 1 4706 4706 0 -1 4194560 9000 80000 0 0 120 30 400 50 20 0 1 0 1234 230000000 5000 18446744073709551615';
    expect(parseProcStat(line)).toEqual({ pid: 4706, ppid: 1, comm: 'postgres', ticks: 600 });
  });

  it('reads a command name holding spaces and parentheses', () => {
    const line = '77 (node (tsx) x) R 76 77 77 0 -1 0 0 0 0 0 7 3 0 0 20 0 1 0 1 1 1 1';
    expect(parseProcStat(line)).toMatchObject({ pid: 77, ppid: 76, comm: 'node (tsx) x', ticks: 10 });
  });

  it('refuses a line that is not a stat line', () => {
    expect(parseProcStat('garbage')).toBeNull();
  });
});

const table: ProcStat[] = [
  { pid: 1, ppid: 0, comm: 'init', ticks: 5 },
  { pid: 10, ppid: 1, comm: 'postgres', ticks: 100 },
  { pid: 11, ppid: 10, comm: 'postgres', ticks: 20 },
  { pid: 12, ppid: 10, comm: 'postgres', ticks: 30 },
  { pid: 20, ppid: 1, comm: 'node', ticks: 7 },
  { pid: 21, ppid: 20, comm: 'node', ticks: 8 },
  { pid: 22, ppid: 21, comm: 'node', ticks: 9 },
];

describe('treeTicks', () => {
  it('sums a process and all its live descendants, and nothing outside the tree', () => {
    expect(treeTicks(table, 10)).toBe(150);
    expect(treeTicks(table, 20)).toBe(24);
    expect(treeTicks(table, 21)).toBe(17);
  });

  it('is 0 for a process that is gone', () => {
    expect(treeTicks(table, 99)).toBe(0);
  });
});

describe('rootsNamed', () => {
  it('finds the top of each tree of a name, not its children', () => {
    expect(rootsNamed(table, 'postgres')).toEqual([10]);
    expect(rootsNamed(table, 'node')).toEqual([20]);
  });
});
