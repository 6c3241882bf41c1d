// For readers who would pick something else: the same article rendered by React 19 (with the
// same i18next strings, markup and CSS).
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { formatDate, i18n, seed, useLocale } from './article-data.js';
import './styles.js';
import { benchHooks } from './hooks.js';

const image = new URL('../../src/assets/placeholder.svg', import.meta.url).href;
let setLocaleOutside: (locale: string) => void = () => {};
let painted: () => void = () => {};

function Article() {
  const [locale, setLocale] = useState('en');
  setLocaleOutside = setLocale;
  useEffect(() => painted());
  const t = i18n.getFixedT(locale);
  return (
    <article className="dw-article" lang={seed.lang}>
      <h1 className="dw-headline">{seed.headline.text}</h1>
      <p className="dw-dateline">
        <time dateTime={seed.published} lang={locale}>
          {formatDate(seed.published, locale)}
        </time>
      </p>
      <p className="dw-teaser">{seed.teaser.text}</p>
      <p className="dw-short-link">
        <span lang={locale}>{t('article.shortLink')}</span> <a href={seed.shortUrl}>{seed.shortUrl}</a>
      </p>
      <figure className="dw-figure">
        <img src={image} width={seed.image.width} height={seed.image.height} alt={seed.image.alt.text} />
        <figcaption>
          <span className="dw-caption" lang={seed.image.caption.lang}>
            {seed.image.caption.text}
          </span>{' '}
          <span className="dw-credit">{seed.image.credit}</span>
        </figcaption>
      </figure>
      <div className="dw-body">
        {seed.body.map((p, i) => (
          <p key={i}>{p.text}</p>
        ))}
      </div>
      <p className="dw-credits">{seed.credits}</p>
    </article>
  );
}

const roots = new WeakMap<Element, ReturnType<typeof createRoot>>();
benchHooks({
  create: () => {
    const host = document.createElement('div');
    host.className = 'bench-host';
    return host;
  },
  ready: (host) => {
    const root = createRoot(host);
    roots.set(host, root);
    flushSync(() =>
      root.render(
        <StrictMode>
          <Article />
        </StrictMode>,
      ),
    );
    return Promise.resolve();
  },
  remove: (host) => roots.get(host)?.unmount(),
  switchLocale: async (_host, locale) => {
    await useLocale(locale);
    await new Promise<void>((resolve) => {
      painted = resolve;
      setLocaleOutside(locale);
    });
  },
});
