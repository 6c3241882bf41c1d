// Test-fixture documents of a given size, for the scale figures: N paragraphs of fixture text
// (not DW's), every fifth with a German phrase, every tenth a subheading.
export function fixtureArticle(blocks) {
  const body = Array.from({ length: blocks }, (_, i) =>
    i % 10 === 9
      ? { type: 'heading', level: 2, children: [`Fixture section ${i + 1}`] }
      : i % 5 === 4
        ? {
            type: 'paragraph',
            children: [
              `Fixture paragraph ${i + 1}, with a phrase `,
              { type: 'span', lang: 'de', children: ['auf Deutsch'] },
              ' inside it.',
            ],
          }
        : {
            text: `Fixture paragraph ${i + 1}: a sentence of test text, long enough to wrap on a narrow screen, as an article's would.`,
            lang: 'en',
          },
  );
  return {
    lang: 'en',
    headline: { text: `Fixture article of ${blocks} blocks`, lang: 'en' },
    published: '2026-12-01',
    body,
  };
}
