// The server side of bench:load: the browser door of `jianbao serve` over an archive, in a
// process of its own so that its memory is measured alone. Prints `port N TOKEN` once listening,
// then `rss BYTES HEAP_BYTES` every second.
import { openCore } from '../../src/main/core/open-core';
import { createHttpDoor } from '../../src/cli/http-server';
import { createDoorToken } from '../../src/cli/door-auth';

const [dir] = process.argv.slice(2) as [string];
const core = await openCore(dir, { installDemo: false });
const token = createDoorToken();
const server = createHttpDoor({ core, rendererDir: '/nonexistent', token });
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`port ${typeof address === 'object' && address ? address.port : 0} ${token}\n`);
});
setInterval(() => {
  const { rss, heapUsed } = process.memoryUsage();
  process.stdout.write(`rss ${rss} ${heapUsed}\n`);
}, 1000);
