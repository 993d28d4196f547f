// What bench/pipeline/run.ts writes to BENCH_SUMMARY_FILE: one run's figures, for compare.ts.

export type PipelineStep = {
  /** Offered payouts per second. */
  rate: number;
  completedPerSecond: number;
  p50: string;
  p99: string;
  /** Every payout completed, none refused, completed/s at least 95% of offered. */
  held: boolean;
  /** Node, PostgreSQL and NATS together, per payout completed. */
  cpuMsPerPayout: number;
  /** The bare Hono + one INSERT request at the same rate, per request answered. */
  bareCpuMsPerRequest: number;
};

export type PipelineSummary = {
  machine: string;
  steps: PipelineStep[];
  /** The highest offered rate held, or null when none was. */
  heldRate: number | null;
  /** Requests per second the bare INSERT answered at 50 connections. */
  bareInsertCeiling: number;
};
