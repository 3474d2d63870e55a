#!/usr/bin/env node
// Serves the project root so that demo/ pages can load the built bundle from dist/.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port: actual } = server.config;
console.log(`\nline-gov-faq demo: http://localhost:${actual}/demo/\n(Ctrl+C to stop)`);
