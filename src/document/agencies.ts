/**
 * News agencies DW credits, by the abbreviation a credits line uses. Sighted readers know
 * them from the page; a screen reader spells "dpa" out, so the full name is given once.
 */
const agencies: Record<string, string> = {
  dpa: 'Deutsche Presse-Agentur',
  AP: 'Associated Press',
  AFP: 'Agence France-Presse',
  KNA: 'Katholische Nachrichtenagentur',
  epd: 'Evangelischer Pressedienst',
  EFE: 'Agencia EFE',
  SID: 'Sport-Informations-Dienst',
};

const abbreviation = new RegExp(`\\b(${Object.keys(agencies).join('|')})\\b`, 'g');

/**
 * The agencies a credits line names in its parentheses ("jr/ksb (dpa, AP)"): abbreviation
 * and full name (the abbreviation again when it is not one DW uses).
 */
export function agencyNames(credits: string): [string, string][] {
  const listed = credits.match(/\(([^)]*)\)\s*$/)?.[1] ?? '';
  return listed
    .split(/[,;/]/)
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => [name, agencies[name] ?? name]);
}

/**
 * A credits line cut after the first mention of each known agency, with that agency's full
 * name (for screen readers: "dpa" alone is spelled out).
 */
export function agencyMentions(credits: string): { text: string; fullName?: string }[] {
  const parts: { text: string; fullName?: string }[] = [];
  const named = new Set<string>();
  let from = 0;
  for (const match of credits.matchAll(abbreviation)) {
    const name = match[1];
    if (named.has(name)) continue;
    named.add(name);
    const end = match.index + name.length;
    parts.push({ text: credits.slice(from, end), fullName: agencies[name] });
    from = end;
  }
  parts.push({ text: credits.slice(from) });
  return parts;
}
