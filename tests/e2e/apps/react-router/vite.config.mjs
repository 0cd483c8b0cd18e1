// Builds the client-rendered blog (tests/e2e/spa.test.mjs writes it to a temporary folder). The
// widget's release build is served beside it at /verdict/, not bundled (index.html's
// `vite-ignore` keeps the embed snippet as a blogger pastes it).
import { fileURLToPath } from 'node:url';

export default {
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'error',
};
