// Makes sure the tests have a Chromium. On a Debian or Ubuntu machine where we run as root,
// a missing one is installed with apt-get; elsewhere we stop with one sentence on how to get one.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findChromium, howToGetOne } from './browser.mjs';

function isDebianLike() {
  if (!existsSync('/etc/os-release')) return false;
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
}

if (!findChromium()) {
  if (isDebianLike() && process.getuid?.() === 0) {
    console.log("No Chromium found: installing Debian's chromium package with apt-get (this happens once).");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  }
  if (!findChromium()) {
    console.error(howToGetOne);
    process.exit(1);
  }
}
