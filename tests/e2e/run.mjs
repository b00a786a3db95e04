// Runs the Playwright browser tests in the system's Chromium. Under CI=true they are mandatory; elsewhere,
// without a Chromium, they are skipped with a loud message that says how to get one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const isCI = !!process.env.CI && process.env.CI !== 'false';

if (!existsSync(chrome)) {
  const lines = [
    `No Chromium at ${chrome}.`,
    "Install Debian's: sudo apt-get install -y chromium   (or set CHROME_PATH to another Chromium/Chrome).",
  ];
  if (isCI) {
    console.error(['', 'BROWSER TESTS ARE MANDATORY UNDER CI=true AND CANNOT RUN:', ...lines, ''].join('\n'));
    process.exit(1);
  }
  const bar = '!'.repeat(78);
  console.warn(['', bar, '!! BROWSER TESTS SKIPPED', ...lines.map((l) => `!! ${l}`), bar, ''].join('\n'));
  process.exit(0);
}

const run = (cmd, args) =>
  spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', CHROME_PATH: chrome },
  }).status ?? 1;

if (!existsSync(`${root}/dist/index.html`)) {
  console.log('No build in dist/: building first.');
  if (run('npx', ['vite', 'build']) !== 0) process.exit(1);
}
process.exit(run('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)]));
