// Makes sure the tests have a Chromium and the fonts of every script DW writes in. On a Debian or Ubuntu machine where we run as root,
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

// The fonts every script DW writes in needs (tests/e2e/scripts.spec.ts checks they are used):
// installed the same way, where they are missing; elsewhere that test names the packages.
const fonts = {
  'fonts-noto-core': '/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf',
  'fonts-noto-cjk': '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
};
const missingFonts = Object.keys(fonts).filter((name) => !existsSync(fonts[name]));
if (missingFonts.length && isDebianLike() && process.getuid?.() === 0) {
  console.log(`Installing Debian's ${missingFonts.join(' and ')} for the scripts DW writes in (this happens once).`);
  execSync(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missingFonts.join(' ')}`,
    {
      stdio: 'inherit',
    },
  );
}
