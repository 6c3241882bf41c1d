// The framework floor: a bare Lit element plus i18next rendering the same article into its
// light DOM, with the same markup and CSS; no skip links, validation, chrome or features.
import { LitElement, html } from 'lit';
import { formatDate, i18n, seed, useLocale } from './article-data.js';
import './styles.js';
import { benchHooks } from './hooks.js';

class BareArticle extends LitElement {
  static override properties = { locale: {} };
  locale = 'en';

  protected override createRenderRoot() {
    return this;
  }

  protected override async scheduleUpdate() {
    await useLocale(this.locale);
    super.scheduleUpdate();
  }

  protected override render() {
    const t = i18n.getFixedT(this.locale);
    return html`<article class="dw-article" lang=${seed.lang}>
      <h1 class="dw-headline">${seed.headline.text}</h1>
      <p class="dw-dateline"><time datetime=${seed.published} lang=${this.locale}>${formatDate(seed.published, this.locale)}</time></p>
      <p class="dw-teaser">${seed.teaser.text}</p>
      <p class="dw-short-link"><span lang=${this.locale}>${t('article.shortLink')}</span> <a href=${seed.shortUrl}>${seed.shortUrl}</a></p>
      <figure class="dw-figure">
        <img src=${new URL('../../src/assets/placeholder.svg', import.meta.url).href} width=${seed.image.width} height=${seed.image.height} alt=${seed.image.alt.text} />
        <figcaption><span class="dw-caption" lang=${seed.image.caption.lang}>${seed.image.caption.text}</span>
          <span class="dw-credit">${seed.image.credit}</span></figcaption>
      </figure>
      <div class="dw-body">${seed.body.map((p) => html`<p>${p.text}</p>`)}</div>
      <p class="dw-credits">${seed.credits}</p>
    </article>`;
  }
}
customElements.define('bare-article', BareArticle);

benchHooks({
  create: () => Object.assign(document.createElement('bare-article'), { className: 'bench-host' }),
  ready: async (element) => {
    await (element as BareArticle).updateComplete;
  },
  switchLocale: async (element, locale) => {
    (element as BareArticle).locale = locale;
    await (element as BareArticle).updateComplete;
  },
});
