// Launches Debian's Chromium through playwright-core with the flags this machine needs
// (root, no network but loopback): without them Chromium stalls trying to reach the network.
// Shared by the build hooks (pre-rendering, preview images), the benchmark and the tests.
// Playwright gives every launch a fresh, empty profile directory of its own.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A fresh headless Chromium; `extraArgs` are added to the flags above. */
export function launch({ extraArgs = [] } = {}) {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
