// The built-in article is shown without validating it at start-up (the costliest part of a
// phone-speed start): this checks, once, that the seed is exactly what validating it gives.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseArticle } from '../../dist/src/server/index.js';

test('the seed, as stored, is a valid article document and exactly what parseArticle makes of it', () => {
  const seed = JSON.parse(readFileSync('src/document/seed-article.json', 'utf8'));
  assert.deepEqual(parseArticle(seed), seed);
});
