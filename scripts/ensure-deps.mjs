// Makes a fresh clone work with one command: installs npm dependencies when
// they are missing or older than package-lock.json, and, for tests, the Debian
// packages the browser tests need (chromium). Plain Node, no dependencies:
// it runs before anything is installed.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const forTests = process.argv.includes('--test');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

const marker = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.log('[redress] installing npm dependencies (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

if (forTests) {
  const wanted = [{ bin: '/usr/bin/chromium', pkg: 'chromium' }].filter((p) => !existsSync(p.bin));
  if (wanted.length > 0) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const pkgs = wanted.map((p) => p.pkg).join(' ');
    if (!isRoot) {
      console.error(`[redress] the browser tests need Debian packages: ${pkgs}. Install them with: sudo apt-get install -y ${pkgs}`);
      process.exit(1);
    }
    console.log(`[redress] installing Debian packages for tests: ${pkgs}…`);
    run('apt-get update -qq');
    run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${pkgs}`);
  }
}
