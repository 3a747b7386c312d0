// A rollup plugin for the CDN build: collapses the whitespace inside Lit `css` and `html`
// tagged templates, which terser leaves alone. Text in <pre> is never in our templates.

const CSS = /\bcss`([^`]*)`/g;
const HTML = /\bhtml`([^`]*)`/g;

const minifyCss = (s) =>
  s
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();

// Whitespace between tags goes; runs elsewhere become one space (HTML renders them the same).
const minifyHtml = (s) => s.replace(/>\s+</g, '><').replace(/\s{2,}/g, ' ');

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules')) return null;
      const out = code
        .replace(CSS, (_, body) => `css\`${body.includes('${') ? body.replace(/\s+/g, ' ') : minifyCss(body)}\``)
        .replace(HTML, (_, body) => `html\`${minifyHtml(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}
