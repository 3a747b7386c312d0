// Defines custom elements idempotently: a second copy of the kit on a page is a no-op, not a throw.

export function define(tag: string, element: CustomElementConstructor): void {
  // Where there is no registry (a server without Lit's DOM shim), importing the kit defines nothing.
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(tag)) customElements.define(tag, element);
}
