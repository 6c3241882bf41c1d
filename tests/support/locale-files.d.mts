export const localeTags: string[];
export function localeStrings(tag: string): {
  skipLinks: { content: string; mainMenu: string; moreSites: string };
  [group: string]: Record<string, unknown>;
};
export function chunkOf(tag: string): RegExp;
