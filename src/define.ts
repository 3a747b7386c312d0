// Decides whether an element still needs defining, in one place: a second copy of the kit on a
// page is a no-op, not a throw, and where there is no registry at all (Node without Lit's shim)
// nothing is defined. Each element then calls `customElements.define` itself, in the form the
// manifest analyzer recognises, so custom-elements.json lists its definition.

/** Whether `tag` can be defined here and is not defined yet. */
export const canDefine = (tag: string): boolean => typeof customElements !== 'undefined' && !customElements.get(tag);
