export {};

// `?locale=de` opens the demo in German; `?src=article.json` shows another article document.
// The attributes are set before the component is loaded, so its first render already uses them.
const articles = document.querySelectorAll('dw-article');
const params = new URLSearchParams(location.search);
for (const name of ['locale', 'src']) {
  const value = params.get(name);
  if (value) for (const article of articles) article.setAttribute(name, value);
}

await import('../src/index.js');

// A host page keeps the reader's choice in its own URL, so a reload keeps the language.
document.addEventListener('dw-locale-change', (event) => {
  const url = new URL(location.href);
  url.searchParams.set('locale', event.detail.locale);
  history.replaceState(null, '', url);
});
