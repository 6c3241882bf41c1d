/**
 * Limits no real article reaches but that stop a document from freezing the reader's tab: a
 * long DW feature has about 150 blocks, 60,000 characters and runs nested three deep. Checked
 * before validation, without recursion, so a document nested 100,000 deep is refused at once.
 */
export const limits = {
  /** Blocks, list items, quoted paragraphs and related links, together. */
  blocks: 2_000,
  /** Runs inside runs (a link inside emphasis inside a phrase…). */
  depth: 12,
  /** Characters of text in the whole document. */
  characters: 2_000_000,
  /** Other languages the article is in. */
  alternates: 200,
};

const nested = ['children', 'items', 'paragraphs', 'attribution', 'links'] as const;

/** What is past a limit, as a problem with its path; `undefined` when nothing is. */
export function limitProblem(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const doc = input as Record<string, unknown>;
  if (Array.isArray(doc.alternates) && doc.alternates.length > limits.alternates) {
    return `alternates: at most ${limits.alternates} languages, got ${doc.alternates.length}`;
  }
  let characters = 0;
  for (const value of Object.values(doc)) characters += textLength(value);
  let blocks = 0;
  const stack: { value: unknown; path: string; depth: number }[] = Array.isArray(doc.body)
    ? [{ value: doc.body, path: 'body', depth: 0 }]
    : [];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      characters += value.length;
      continue;
    }
    if (Array.isArray(value)) {
      if (path === 'body' || /\.(items|paragraphs|links)$/.test(path)) blocks += value.length;
      if (blocks > limits.blocks) return `body: at most ${limits.blocks} blocks, list items and links, got more`;
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth }));
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const node = value as Record<string, unknown>;
    for (const key of ['text', 'title']) if (typeof node[key] === 'string') characters += (node[key] as string).length;
    if (node.image) characters += textLength(node.image);
    for (const key of nested) {
      if (node[key] === undefined) continue;
      const deeper = key === 'children' ? depth + 1 : depth;
      if (deeper > limits.depth) return `${path}.${key}: runs nested at most ${limits.depth} deep`;
      stack.push({ value: node[key], path: `${path}.${key}`, depth: deeper });
    }
    if (characters > limits.characters)
      return `(document): at most ${limits.characters.toLocaleString('en')} characters of text`;
  }
  return characters > limits.characters
    ? `(document): at most ${limits.characters.toLocaleString('en')} characters of text`
    : undefined;
}

/** Characters in the text fields of a top-level part (headline, teaser, image): one level deep. */
function textLength(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 0;
  let length = 0;
  for (const part of Object.values(value)) {
    if (typeof part === 'string') length += part.length;
    else if (typeof part === 'object' && part && typeof (part as { text?: unknown }).text === 'string') {
      length += (part as { text: string }).text.length;
    }
  }
  return length;
}
