// Debian's Chromium, driven by playwright-core, for the browser tests: launched the way this
// machine allows (no sandbox as root, no background network: the network is closed), with
// screenshots going to test-results/.
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const SHOTS = resolve(__dirname, '..', '..', 'test-results');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // playwright gives each launch a fresh, empty profile of its own.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
