// `.env`, read the same way by `npm start` and by each service started alone: the working folder's
// `.env` if it has one, else the one at the root of the npm workspace the folder is in. npm runs a
// workspace's script (`npm start -w @payouts/command-api`) in the workspace's own folder, so without
// the second rule a service would miss the `.env` that README tells people to put at the root.
// Variables already in the environment win over the file's.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The `.env` a process started in `cwd` reads, or undefined when there is none. */
export function findDotEnv(cwd: string = process.cwd()): string | undefined {
  const own = join(cwd, '.env');
  if (existsSync(own)) return own;
  for (let dir = cwd; ; ) {
    if (isWorkspaceRoot(dir)) {
      const root = join(dir, '.env');
      return existsSync(root) ? root : undefined;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Loads `findDotEnv(cwd)` into process.env (never over a variable already set); returns its path. */
export function loadDotEnv(cwd: string = process.cwd()): string | undefined {
  const file = findDotEnv(cwd);
  if (file) process.loadEnvFile(file);
  return file;
}

function isWorkspaceRoot(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { workspaces?: unknown };
    return manifest.workspaces !== undefined;
  } catch {
    return false;
  }
}
