// Defines custom elements idempotently: a second copy of the kit on a page is a no-op, not a throw.

export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
