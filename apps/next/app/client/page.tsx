'use client';
// A client page: React state drives the interface locale, and the app hears the element's events.
import { useState } from 'react';
import { DwArticle } from 'dw-article/react';
import type { ArticleInput } from 'dw-article';
import json from '../../article.json';

// A JSON import loses its literal types; the element validates the document when it gets it.
const article = json as ArticleInput;

export default function ClientPage() {
  const [locale, setLocale] = useState('en');
  const [heard, setHeard] = useState<string[]>([]);
  const hear = (line: string) => setHeard((lines) => [...lines, line]);
  return (
    <>
      <main>
        <DwArticle
          article={article}
          locale={locale}
          onDwLoad={(event) => hear(`dw-load: ${event.detail.source}`)}
          onDwLocaleChange={(event) => {
            hear(`dw-locale-change: ${event.detail.locale}`);
            setLocale(event.detail.locale);
          }}
        />
      </main>
      <aside aria-label="What the app heard">
        <button type="button" onClick={() => setLocale('de')}>
          App: German
        </button>
        <p>
          Locale in React state: <output id="locale">{locale}</output>
        </p>
        <ul id="heard">
          {heard.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      </aside>
    </>
  );
}
