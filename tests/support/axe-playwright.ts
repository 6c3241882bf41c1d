import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { axeTags } from './axe-tags.js';

/** Violated rule ids (with their targets) for the whole page, the project's tags, nothing disabled. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
