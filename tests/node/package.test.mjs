// What an app that installs the package gets from its package.json: ranges it can share,
// server-only packages only where the server entry is used, and an engines field that the
// packages it installs agree with.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import semver from 'semver';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const installed = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));

test('runtime dependencies and peers are ranges an app can share; devDependencies are pinned', () => {
  for (const [name, range] of Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    assert.ok(semver.validRange(range) && !semver.valid(range), `${name}: ${range} is a range`);
    // The version this project builds and tests with is one the range allows.
    assert.ok(semver.satisfies(installed(name).version, range), `${name}@${installed(name).version} in ${range}`);
  }
  for (const [name, version] of Object.entries(manifest.devDependencies))
    assert.ok(semver.valid(version), `${name}: ${version}`);
  // An app on i18next 26 or 27, or on any Lit 3 from 3.3 on, shares its copy.
  assert.ok(
    semver.satisfies('26.7.2', manifest.dependencies.i18next) &&
      semver.satisfies('27.2.9', manifest.dependencies.i18next),
  );
  assert.ok(semver.satisfies('3.3.0', manifest.dependencies.lit));
});

test("the server renderer's packages are installed only by those who use the server entry", () => {
  for (const name of ['@lit-labs/ssr', 'linkedom']) {
    assert.equal(manifest.dependencies[name], undefined, `${name} is not a dependency`);
    assert.ok(
      manifest.peerDependencies[name] && manifest.peerDependenciesMeta[name]?.optional,
      `${name} is an optional peer`,
    );
  }
  assert.ok(manifest.peerDependenciesMeta.react?.optional);
});

test('engines: every runtime dependency, as installed, runs on each Node the package claims', () => {
  const claimed = manifest.engines.node;
  // The lowest Node of each line the package claims (`^20.19.0 || >=22.12.0`: 20.19.0 and 22.12.0).
  const claimedFloors = new semver.Range(claimed).set.map(
    (comparators) => semver.minVersion(comparators.map((comparator) => comparator.value).join(' ')).version,
  );
  assert.ok(claimedFloors.length >= 2, `${claimed}: ${claimedFloors}`);
  for (const name of [...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)]) {
    const engines = installed(name).engines?.node;
    if (!engines) continue;
    for (const floor of claimedFloors)
      assert.ok(
        semver.satisfies(floor, engines),
        `${name}@${installed(name).version} needs node ${engines}; the package claims ${floor}`,
      );
  }
  assert.ok(
    semver.satisfies(process.versions.node, claimed),
    `this Node, ${process.versions.node}, is one the package claims`,
  );
});

test('an installed user finds the project: repository, homepage, a changelog in the package', () => {
  assert.match(manifest.repository.url, /^git\+https:\/\/github\.com\/.+\.git$/);
  assert.match(manifest.homepage, /^https:\/\//);
  assert.match(readFileSync('CHANGELOG.md', 'utf8'), /^# Changelog\n[^]*## 0\.1\.0/);
});
