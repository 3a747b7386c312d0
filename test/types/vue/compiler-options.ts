// The template compiler option a Vue app needs so that quizkit's tags stay custom elements
// (in vite.config: vue({ template: { compilerOptions } })); test/node/readme-frameworks.test.mjs
// compiles App.vue with it.
import type { CompilerOptions } from 'vue/compiler-sfc';

export const compilerOptions: CompilerOptions = {
  isCustomElement: (tag) => tag.startsWith('quiz-'),
};
