// After `npm run build-storybook`: every element in custom-elements.json has a generated docs
// page and stories, so that no element ships undocumented.

import fs from 'node:fs';

const manifest = JSON.parse(fs.readFileSync('custom-elements.json', 'utf8'));
const index = JSON.parse(fs.readFileSync('storybook-static/index.json', 'utf8'));
const entries = Object.values(index.entries);
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement)
  .map((d) => d.tagName);

let missing = 0;
for (const tag of tags) {
  const docs = entries.filter((e) => e.type === 'docs' && e.id === `elements-${tag}--docs`).length;
  const stories = entries.filter((e) => e.type === 'story' && e.id.startsWith(`elements-${tag}--`)).length;
  // Each element also shows itself right to left, in Arabic (issue 13).
  const rtl = entries.some((e) => e.type === 'story' && e.id === `elements-${tag}--arabic-right-to-left`);
  console.log(
    `${tag.padEnd(20)} docs page: ${docs ? 'yes' : 'MISSING'}, stories: ${stories}, right-to-left story: ${rtl ? 'yes' : 'MISSING'}`,
  );
  if (!docs || !stories || !rtl) missing++;
}
// The stories import the elements for their side effect (the definition): a bundler that drops
// it (package.json `sideEffects` must name src/components) ships a Storybook that renders nothing.
const bundled = fs
  .readdirSync('storybook-static/assets')
  .filter((f) => f.endsWith('.js'))
  .map((f) => fs.readFileSync(`storybook-static/assets/${f}`, 'utf8'))
  .join('\n');
for (const tag of tags) {
  if (!new RegExp(`customElements\\.define\\([\`'"]${tag}[\`'"]`).test(bundled)) {
    console.error(`${tag}: its definition is not in the Storybook build; the stories would render nothing.`);
    missing++;
  }
}
if (missing) {
  console.error(`${missing} element(s) without docs or stories.`);
  process.exit(1);
}
