// React 19 sets properties on custom elements (`article={doc}`) and listens to their events
// with `on` + the event's own name (`ondw-load`). `dw-article/react-jsx` types both in TSX (`dw-article/react` is the wrapper for server-rendered apps).
//
// Server rendering: React's `renderToString` cannot render a shadow root. Render the element
// with `dw-article render --fragment` (or `renderArticle` from `dw-article/server.js`) and
// load `dw-article/hydrate.js` in the browser; the element adopts what the server rendered.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultArticle } from 'dw-article';
import type {} from 'dw-article/react-jsx';

function App() {
  const [locale, setLocale] = useState('en');
  const [heard, setHeard] = useState<string[]>([]);
  const hear = (line: string) => setHeard((lines) => [...lines, line]);
  return (
    <dw-article
      locale={locale}
      article={defaultArticle}
      ondw-load={(event) => hear(`dw-load: ${event.detail.source}`)}
      ondw-locale-change={(event) => {
        hear(`dw-locale-change: ${event.detail.locale}`);
        setLocale(event.detail.locale);
      }}
    >
      <main></main>
      <footer slot="footer">
        <h2>Events React heard</h2>
        <ul id="heard">
          {heard.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
        <p>
          Interface locale in React state: <output id="locale">{locale}</output>
        </p>
      </footer>
    </dw-article>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
