/**
 * A subheading's fragment id: the one the document gives, else one made from its text
 * ("Why it matters" gives `why-it-matters`), the same on every render, so a `#fragment` link
 * reaches it; `-2`, `-3`… where one is taken already in the same article.
 */
export function headingId(source: string, taken: Set<string>, given = false): string {
  const base = given
    ? source
    : source
        .normalize('NFKC')
        .toLocaleLowerCase('en')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60) || 'section';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
