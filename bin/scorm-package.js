// `quizkit scorm`: a SCORM 1.2 or 2004 (4th Edition) package of a bank — imsmanifest.xml, a launch
// page whose runner reports to the LMS, the CDN kit and the bank — zipped with fflate.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KIT = path.join(ROOT, 'dist/cdn');
/** The bundled bank's chunk: a package carries its own bank, so it is left out. */
const SKIP = new Set(['ml-interview-bank.js']);

const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A manifest identifier (xs:ID): a letter first, then letters, digits, `.`, `-`, `_`. */
const ident = (s) => `quizkit-${String(s).replace(/[^A-Za-z0-9._-]/g, '-')}`.slice(0, 200);

function manifest12({ id, title, pass, files }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ident(id)}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${xml(title)}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${xml(title)}</title>
        <adlcp:masteryscore>${pass}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

function manifest2004({ id, title, files }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ident(id)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${xml(title)}</title>
      <item identifier="item" identifierref="sco">
        <title>${xml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** The launch page: the kit from the package, one runner that reports to the LMS. */
function launchPage({ title, language, mode, count, pass }) {
  const attrs = [
    `report="scorm"`,
    `src="bank.json"`,
    mode && `mode="${xml(mode)}"`,
    count !== undefined && `count="${count}"`,
    `pass="${pass}"`,
  ];
  return `<!doctype html>
<html lang="${xml(language || 'en')}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${xml(title)}</title>
  <script type="module" src="quizkit/quizkit.js"></script>
  <style>body { margin: 0 auto; max-width: 48rem; padding: 1rem; font-family: system-ui, sans-serif; }</style>
</head>
<body>
  <quiz-runner ${attrs.filter(Boolean).join(' ')}></quiz-runner>
</body>
</html>
`;
}

/**
 * The package of `bank` as zip bytes. `options`: version ('1.2' | '2004'), mode, count, pass, title.
 * Throws when the kit is not built (dist/cdn).
 */
export function scormPackage(bank, { version = '1.2', mode, count, pass = 70, title } = {}) {
  if (!fs.existsSync(path.join(KIT, 'quizkit.js')))
    throw new Error(`the kit is not built (${KIT}/quizkit.js is missing): run "npm run build"`);
  const name = title ?? bank.title;
  const entries = {
    'index.html': strToU8(launchPage({ title: name, language: bank.language, mode, count, pass })),
    'bank.json': strToU8(`${JSON.stringify(bank)}\n`),
  };
  for (const f of fs
    .readdirSync(KIT)
    .filter((f) => f.endsWith('.js') && !SKIP.has(f))
    .sort())
    entries[`quizkit/${f}`] = fs.readFileSync(path.join(KIT, f));
  const files = Object.keys(entries);
  const schemaDir = path.join(ROOT, 'schemas', version === '2004' ? 'scorm2004' : 'scorm12');
  for (const f of fs.readdirSync(schemaDir).filter((f) => f.endsWith('.xsd'))) entries[f] = fs.readFileSync(path.join(schemaDir, f));
  const id = bank.id ?? name;
  const manifest = version === '2004' ? manifest2004({ id, title: name, files }) : manifest12({ id, title: name, pass, files });
  // The manifest first, as some LMS importers read the start of the zip.
  return zipSync({ 'imsmanifest.xml': strToU8(manifest), ...entries }, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
}
