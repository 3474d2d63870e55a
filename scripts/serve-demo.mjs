#!/usr/bin/env node
// Serves the project root so that demo/ pages can load the built bundle from dist/. Uses PORT
// (default 8000), or the next free port when that one is taken.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';

const isFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port);
  });

const first = Number(process.env.PORT ?? 8000);
let port = first;
while (!(await isFree(port))) {
  console.log(`port ${port} is in use, trying ${port + 1}`);
  if (++port >= first + 20) throw new Error(`no free port from ${first} to ${port - 1}; set PORT`);
}
await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nline-gov-faq demo: http://localhost:${port}/demo/\n(Ctrl+C to stop)`);
