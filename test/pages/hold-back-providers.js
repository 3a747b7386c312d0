// Defines <quiz-bank> and <quiz-runner> 300 ms after the other elements, as happens when a
// provider's code arrives after the elements inside it (a second copy of the kit, or elements
// loaded one by one): the elements inside must wait for it rather than load the bundled bank.
const registry = window.customElements;
const define = registry.define.bind(registry);
registry.define = (name, constructor, options) => {
  if (name === 'quiz-bank' || name === 'quiz-runner') setTimeout(() => define(name, constructor, options), 300);
  else define(name, constructor, options);
};
