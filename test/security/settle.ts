/** Resolves once `element` itself has fired its `lede-load` or `lede-error`. */
export const settled = (element: Element) =>
  new Promise<void>((resolve) => {
    const done = (event: Event) => event.composedPath()[0] === element && resolve();
    element.addEventListener('lede-load', done);
    element.addEventListener('lede-error', done);
  });

/** Waits for the pending update of every element under `root`, shadow trees included. */
export async function nestedUpdates(root: ParentNode): Promise<void> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    await (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
    if (element.shadowRoot) await nestedUpdates(element.shadowRoot);
  }
}
