// Makes a fresh clone runnable: installs dependencies, builds, and finds (or installs) a browser,
// saying what it does. Uses only Node's own modules, so it runs before `npm ci`.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const quiet = process.argv.includes('--quiet');
const say = (text) => process.stderr.write(`[setup] ${text}\n`);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

// 1. Dependencies
const installed = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(join(root, 'package-lock.json')).mtimeMs > statSync(installed).mtimeMs + 1000) {
  say('installing dependencies (npm ci)…');
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) process.exit(1);
}

// 2. Build (npm ci builds through `prepare`; rebuild when sources changed since)
const builtMarker = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(builtMarker) || newestMtime(join(root, 'src')) > statSync(builtMarker).mtimeMs) {
  say('building TypeScript (npm run build)…');
  if (!run('npm', ['run', 'build', '--silent'])) process.exit(1);
}

// 3. A browser: KONTAKTKOLL_BROWSER, Playwright's own Chromium, or a system Chromium
const { findBrowser, INSTALL_HINT } = await import(new URL('../dist/crawl/find-browser.js', import.meta.url).href);
function browserOrNull() {
  try {
    return findBrowser();
  } catch {
    return null;
  }
}
let browser = browserOrNull();
if (!browser) {
  say('no Chromium found; trying to download Playwright\'s Chromium (npx playwright-core install chromium)…');
  run('npx', ['playwright-core', 'install', 'chromium']);
  browser = browserOrNull();
}
if (!browser && process.platform === 'linux' && existsSync('/usr/bin/apt-get')) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasSudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (isRoot || hasSudo) {
    say('installing Debian\'s chromium package (apt-get install chromium)…');
    const prefix = isRoot ? '' : 'sudo -n ';
    try {
      execSync(`${prefix}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${prefix}apt-get install -y -qq chromium`, { stdio: 'inherit' });
    } catch {
      say('apt-get could not install chromium');
    }
    browser = browserOrNull();
  }
}
if (!browser) {
  say(`no browser available.\n${INSTALL_HINT}`);
  process.exit(4);
}
if (!quiet) say(`browser: ${browser.executablePath} (${browser.origin})`);
