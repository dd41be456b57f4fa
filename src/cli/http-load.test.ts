import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { lostSaves, runLoad } from '../../tests/bench/load-driver';
import { tempDir } from '../../tests/unit/temp-dir';
import { openCore } from '../main/core/open-core';
import { createHttpDoor } from './http-server';

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

describe('the browser door under load (CI-sized; npm run bench:load is the full run)', () => {
  it('answers 20 concurrent clients for 5 s without an error, and loses no save', async () => {
    const core = await openCore(await tempDir());
    const token = 'load-test-token-0123456789';
    const server = createHttpDoor({ core, rendererDir: '/nonexistent', token });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    const door = { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, token };
    const library = await core.archive.library.read();
    const articles = await Promise.all(
      library.issues.map(async (issue) => (await core.archive.articles(issue.id).read()).articles.map((a) => ({ id: a.id, length: a.text.length }))),
    );

    const result = await runLoad({ door, concurrency: 20, durationMs: 5_000, articles: articles.flat().filter((a) => a.length > 20), queries: ['政协', '提案', '乡村振兴', '文史'] });
    expect(result.errors).toEqual([]);
    expect(result.saved.length).toBeGreaterThan(10);
    expect(result.latencies.search.length).toBeGreaterThan(10);
    expect(await lostSaves(door, result.saved)).toEqual([]);
    expect(await core.archive.countAnnotations()).toBe(result.saved.length);
  }, 30_000);
});
