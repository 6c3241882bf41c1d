// What the benchmark calls on each page (window.bench): when the first article is ready, a
// timed locale switch (from the call to the painted frame), and mounting, removing and cycling
// instances for the memory figures.
export interface PageHooks {
  create(): HTMLElement;
  ready(element: HTMLElement): Promise<void>;
  switchLocale(element: HTMLElement, locale: string): Promise<void>;
  remove?(element: HTMLElement): void;
}

/** Resolves after the next frame has been painted. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

export function benchHooks(hooks: PageHooks): void {
  const first = document.querySelector<HTMLElement>('.bench-host, dw-article')!;
  const mounted: HTMLElement[] = [];
  const add = async () => {
    const element = hooks.create();
    document.body.append(element);
    await hooks.ready(element);
    return element;
  };
  const drop = (element: HTMLElement) => {
    hooks.remove?.(element);
    element.remove();
  };
  Object.assign(window, {
    bench: {
      ready: hooks.ready(first).then(() => performance.mark('ready')),
      async switchLocale(locale: string) {
        const start = performance.now();
        await hooks.switchLocale(first, locale);
        await nextPaint();
        return performance.now() - start;
      },
      async mount(count: number) {
        for (let i = 0; i < count; i++) mounted.push(await add());
        return document.querySelectorAll('*').length;
      },
      unmountAll() {
        mounted.splice(0).forEach(drop);
      },
      async cycle(count: number) {
        for (let i = 0; i < count; i++) drop(await add());
      },
    },
  });
}
