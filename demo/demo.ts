export {};

// `?locale=de` opens the demo in German. The attribute is set before the component is loaded,
// so the first render is already in the chosen locale.
const articles = document.querySelectorAll('dw-article');
const requested = new URLSearchParams(location.search).get('locale');
if (requested) for (const article of articles) article.setAttribute('locale', requested);

await import('../src/index.js');

// A host page keeps the reader's choice in its own URL, so a reload keeps the language.
document.addEventListener('dw-locale-change', (event) => {
  const url = new URL(location.href);
  url.searchParams.set('locale', event.detail.locale);
  history.replaceState(null, '', url);
});
