// The two browsers Orca reads here, started as a reader starts them (no automation protocol:
// what happens on the page happens by key presses), with their accessibility support on.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const browsers = {
  chromium: {
    path: '/usr/bin/chromium',
    windowClass: 'chromium',
    launch(desktop, url) {
      return desktop.start('chromium', this.path, [
        `--user-data-dir=${freshProfile(desktop, 'chromium')}`,
        '--hide-crash-restore-bubble',
        '--force-renderer-accessibility',
        '--no-first-run',
        '--no-default-browser-check',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--password-store=basic',
        '--window-position=0,0',
        '--window-size=1200,900',
        url,
      ]);
    },
  },
  firefox: {
    path: '/usr/bin/firefox-esr',
    windowClass: 'firefox',
    launch(desktop, url) {
      const profile = freshProfile(desktop, 'firefox');
      // No first-run pages, update checks or telemetry: the window shows the page and nothing else.
      const prefs = {
        'browser.shell.checkDefaultBrowser': false,
        'browser.startup.homepage_override.mstone': 'ignore',
        'browser.aboutwelcome.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.reportingpolicy.firstRun': false,
        'app.update.auto': false,
        'browser.sessionstore.resume_from_crash': false,
        'browser.tabs.warnOnClose': false,
      };
      writeFileSync(
        join(profile, 'user.js'),
        Object.entries(prefs)
          .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`)
          .join('\n'),
      );
      return desktop.start(
        'firefox',
        this.path,
        ['--no-remote', '--profile', profile, '--width', '1200', '--height', '900', url],
        { GNOME_ACCESSIBILITY: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
      );
    },
  },
};

/**
 * A new, empty profile for each start: the last one was stopped, not closed, and a browser that
 * finds its profile so offers to restore the session (an alert Orca reads out).
 */
let starts = 0;
function freshProfile(desktop, name) {
  const profile = join(desktop.dir, `${name}-profile-${++starts}`);
  mkdirSync(profile, { recursive: true });
  return profile;
}

export const installed = (name) => existsSync(browsers[name].path);
