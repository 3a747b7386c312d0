// A rollup plugin for the CDN build: collapses whitespace in the static parts of Lit `css`,
// `html` and `svg` tagged templates, which terser leaves alone. Expressions inside `${…}` are
// skipped with a small scanner (strings, nested templates and braces), so code is never touched.

const TAG = /\b(css|html|svg)\s*`/g;

const minifyCss = (s) =>
  s
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([^\d\s]):\s+/g, '$1:')
    .replace(/([^\d.])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}');

// Whitespace between tags goes; other runs become one space (HTML renders them the same).
const minifyHtml = (s) => s.replace(/>\s+</g, '><').replace(/\s{2,}/g, ' ');

/** Index just past the string or template literal that starts at `i`. */
function skipString(code, i) {
  const quote = code[i];
  for (let j = i + 1; j < code.length; j++) {
    if (code[j] === '\\') j++;
    else if (quote === '`' && code[j] === '$' && code[j + 1] === '{') j = skipExpression(code, j + 2) - 1;
    else if (code[j] === quote) return j + 1;
  }
  return code.length;
}

/** Index just past the `}` that closes an expression starting at `i`. */
function skipExpression(code, i) {
  let depth = 0;
  for (let j = i; j < code.length; j++) {
    const ch = code[j];
    if (ch === '"' || ch === "'" || ch === '`') j = skipString(code, j) - 1;
    else if (ch === '{') depth++;
    else if (ch === '}' && depth-- === 0) return j + 1;
  }
  return code.length;
}

/** Splits the template starting after its backtick at `i` into static parts and expressions. */
function minifyTemplate(code, i, minify) {
  let out = '';
  let text = '';
  let j = i;
  while (j < code.length) {
    const ch = code[j];
    if (ch === '\\') {
      text += ch + code[j + 1];
      j += 2;
    } else if (ch === '`') {
      return { out: out + minify(text) + '`', end: j + 1 };
    } else if (ch === '$' && code[j + 1] === '{') {
      const end = skipExpression(code, j + 2);
      out += minify(text) + transform(code.slice(j, end));
      text = '';
      j = end;
    } else {
      text += ch;
      j++;
    }
  }
  return { out: out + text, end: j };
}

function transform(code) {
  let out = '';
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(code); m; m = TAG.exec(code)) {
    const start = m.index + m[0].length;
    const { out: body, end } = minifyTemplate(code, start, m[1] === 'css' ? minifyCss : minifyHtml);
    out += code.slice(last, m.index) + `${m[1]}\`` + body;
    last = end;
    TAG.lastIndex = end;
  }
  return out + code.slice(last);
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules')) return null;
      const out = transform(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}
