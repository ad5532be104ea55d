/**
 * A real redis-server for tests, on 127.0.0.1 with a free port and a temp
 * folder, persisting nothing, stopped by its pid. Undefined (with the reason)
 * where Debian's redis-server is not installed.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startWatchedProcess } from './child-process-lines';
import { freePort } from './free-port';

export const REDIS_SERVER = '/usr/bin/redis-server';

export interface RedisProcess {
  url: string;
  stop(): Promise<void>;
}

export function redisMissingReason(): string | undefined {
  return existsSync(REDIS_SERVER)
    ? undefined
    : `${REDIS_SERVER} is not installed (apt-get install -y redis-server); the Redis tests are skipped.`;
}

export async function startRedis(): Promise<RedisProcess> {
  const folder = await mkdtemp(join(tmpdir(), 'newsdesk-redis-'));
  const port = await freePort();
  const redis = startWatchedProcess(REDIS_SERVER, [
    '--bind',
    '127.0.0.1',
    '--port',
    String(port),
    '--dir',
    folder,
    '--save',
    '',
    '--appendonly',
    'no',
    '--protected-mode',
    'yes',
  ]);
  await redis.waitForLine(/Ready to accept connections/);
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await redis.stop('SIGTERM');
      await rm(folder, { recursive: true, force: true });
    },
  };
}
