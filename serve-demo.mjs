// `npm start` (after the build): serves the demo playground with web-dev-server and prints its
// address. It takes web-dev-server's own flags (`npm start -- --hostname 0.0.0.0 --port 9000`);
// web-dev-server.config.mjs says what is served and where it listens. The CLI's own start
// message is left out: it prints a "Network" address whatever the server listens on.
import { startDevServer } from '@web/dev-server';
import { demoServerConfig } from './web-dev-server.config.mjs';

await startDevServer({ config: demoServerConfig(), readFileConfig: false, logStartMessage: false });
