// The browser engines the component tests run in: Chromium, Firefox and WebKit, each from
// Debian's packages (see ../README.md). `ENGINES=chromium,firefox` picks some; by default every
// engine found runs, and the ones missing are named. With `REQUIRE_ENGINES=1` (CI) a missing
// engine is an error instead.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, findChromium } from './browser.mjs';

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const miniBrowser = ['4.1', '4.0'].map((v) => `/usr/lib/x86_64-linux-gnu/webkit2gtk-${v}/MiniBrowser`).find(existsSync);
const webkitDriver = '/usr/bin/WebKitWebDriver';

const available = {
  chromium: () => !!findChromium(),
  firefox: () => existsSync(firefoxPath),
  webkit: () => !!miniBrowser && existsSync(webkitDriver) && existsSync('/usr/bin/Xvfb'),
};

const howToInstall = {
  chromium: 'apt-get install chromium',
  firefox: 'apt-get install --no-install-recommends firefox-esr',
  webkit: 'apt-get install webkit2gtk-driver xvfb xauth',
};

/** Starts a process in its own group, ended with this one. */
function background(command, args, env) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(1)));
  return child;
}

/** WebKit's MiniBrowser has no headless mode: a private Xvfb, and WebKitWebDriver driving it. */
function webkit() {
  const display = `:${90 + (process.pid % 500)}`;
  const port = 4444 + (process.pid % 1000);
  background('Xvfb', [display, '-nolisten', 'tcp', '-screen', '0', '1280x1024x24']);
  background(webkitDriver, [`--port=${port}`], { DISPLAY: display });
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      // WebKitWebDriver refuses WebDriver BiDi, which webdriverio asks for by default.
      'wdio:enforceWebDriverClassic': true,
    },
  });
}

const launchers = {
  chromium: () =>
    chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs } }),
  // Puppeteer drives stock Firefox over WebDriver BiDi: no geckodriver needed.
  // focusmanager.testmode: each test page keeps focus as a foreground window would, though
  // headless Firefox opens them one after another.
  firefox: () =>
    chromeLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
        extraPrefsFirefox: { 'focusmanager.testmode': true },
      },
    }),
  webkit,
};

/** The launchers for the engines asked for (or found), and a line about the ones left out. */
export function browsers() {
  const asked = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
  const unknown = asked.filter((name) => !(name in launchers));
  if (unknown.length) throw new Error(`ENGINES: unknown engine ${unknown.join(', ')} (chromium, firefox, webkit)`);
  const missing = asked.filter((name) => !available[name]());
  if (missing.length) {
    const how = missing.map((name) => `${name} (${howToInstall[name]})`).join(', ');
    if (process.env.REQUIRE_ENGINES) throw new Error(`Required engines are missing: ${how}.`);
    console.log(`Skipping engines that are not installed: ${how}.`);
  }
  const running = asked.filter((name) => !missing.includes(name));
  if (!running.length) throw new Error('No browser engine to run the tests in.');
  console.log(`Component tests run in: ${running.join(', ')}.`);
  return running.map((name) => launchers[name]());
}
