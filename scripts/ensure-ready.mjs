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
  // A registry mirror without some platform-only optional packages can make the lock look stale.
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) {
    say('npm ci failed; trying npm install instead…');
    if (!run('npm', ['install', '--no-audit', '--no-fund'])) process.exit(1);
  }
}

// 2. Build (npm ci builds through `prepare`; rebuild when sources changed since)
// The bundle is written last: present and newer than every source, the build is complete.
const builtMarker = join(root, 'dist', 'bundle', 'kontaktkoll.js');
if (!existsSync(builtMarker) || newestMtime(join(root, 'src')) > statSync(builtMarker).mtimeMs) {
  say('building TypeScript (npm run build)…');
  if (!run('npm', ['run', 'build', '--silent'])) process.exit(1);
}

// 3. A browser: KONTAKTKOLL_BROWSER, Playwright's own Chromium (its headless shell first), or a
// system one (Chromium's headless shell first)
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
/** Installs Debian packages where apt-get is there and allowed (root or password-less sudo). */
function aptInstall(packages, why) {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) return false;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasSudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!isRoot && !hasSudo) return false;
  say(`installing Debian's ${packages.join(', ')} (${why})…`);
  const prefix = isRoot ? '' : 'sudo -n ';
  try {
    execSync(`${prefix}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${prefix}apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' });
    return true;
  } catch {
    say(`apt-get could not install ${packages.join(', ')}`);
    return false;
  }
}

if (!browser) {
  // The headless shell is all an audit needs, and the lighter of Debian's two Chromium packages.
  if (!aptInstall(['chromium-headless-shell'], 'the browser kontaktkoll audits with') || !browserOrNull()) aptInstall(['chromium'], 'the browser kontaktkoll audits with');
  browser = browserOrNull();
}
if (!browser) {
  say(`no browser available.\n${INSTALL_HINT}`);
  process.exit(4);
}
// The tests open hundreds of browser contexts: a full Chromium, run headless, starts two more
// processes for each, and the suite takes about twice as long as with the headless shell.
if (process.argv.includes('--for-tests') && browser.kind === 'full' && browser.origin === 'system' && aptInstall(['chromium-headless-shell'], 'the tests run about twice as fast on Chromium\'s headless shell')) {
  browser = browserOrNull() ?? browser;
}
const shellInstall = browser.origin === 'playwright' ? 'npx playwright-core install chromium-headless-shell' : 'apt-get install chromium-headless-shell';
const lighter = browser.kind === 'full' ? `; Chromium's headless shell would be lighter: ${shellInstall}` : '';
if (!quiet) say(`browser: ${browser.executablePath} (${browser.origin}, ${browser.kind === 'full' ? 'full Chromium' : 'headless shell'}${lighter})`);

// 4. For the tests only: the queue-mode test runs a real Redis server.
const wantsRedis = process.argv.includes('--for-tests');
const hasRedis = () => spawnSync('redis-server', ['--version']).status === 0;
if (wantsRedis && !hasRedis() && !aptInstall(['redis-server'], 'the queue-mode test runs a real Redis') && !hasRedis()) {
  say('redis-server is missing: the queue-mode test will fail. Install it: apt-get install redis-server, or brew install redis.');
}
