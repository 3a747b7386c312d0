// custom-elements.json as the framework generators and editors read it: valid against the schema
// version it declares, naming shipped files, with definitions, typed events and no internals.

import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';

interface Manifest {
  schemaVersion: string;
  modules: {
    path: string;
    declarations?: {
      kind: string;
      name: string;
      tagName?: string;
      customElement?: boolean;
      superclass?: { name: string; module?: string };
      attributes?: { name: string; inheritedFrom?: { name: string; module: string } }[];
      members?: { name: string; privacy?: string }[];
      events?: { name: string; type?: { text: string } }[];
      cssProperties?: { name: string }[];
    }[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

const text = async (url: string): Promise<string> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
};
const TAGS = ['quiz-bank', 'quiz-question-card', 'quiz-runner', 'quiz-topic-picker'];

describe('custom-elements.json', () => {
  let manifest: Manifest;
  const declarations = () => manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ module: m, decl: d })));
  const elements = () => declarations().filter(({ decl }) => decl.tagName);

  before(async () => {
    manifest = JSON.parse(await text('/custom-elements.json'));
  });

  it('is valid against the schema of the version it declares (2.1.0)', async () => {
    const schemaPackage = JSON.parse(await text('/node_modules/custom-elements-manifest/package.json'));
    expect(manifest.schemaVersion).to.equal('2.1.0');
    expect(schemaPackage.version).to.equal(manifest.schemaVersion);
    const schema = JSON.parse(await text('/node_modules/custom-elements-manifest/schema.json'));
    const result = new Validator(schema, '7', false).validate(manifest);
    expect(result.errors.map((e) => `${e.instanceLocation}: ${e.error}`)).to.deep.equal([]);
  });

  it('documents the shared attributes once, on the base class, and every element inherits them', () => {
    const base = declarations().find(({ decl }) => decl.name === 'QuizElement')!;
    expect(base.decl.customElement, 'the base class is no element').to.equal(undefined);
    expect(base.module.path).to.equal('dist/components/shared/quiz-element.js');
    for (const { decl } of elements()) {
      expect(decl.superclass, decl.tagName).to.deep.equal({ name: 'QuizElement', module: base.module.path });
      const inherited = (decl.attributes ?? []).filter((a) => a.inheritedFrom).map((a) => [a.name, a.inheritedFrom!.module]);
      expect(inherited, decl.tagName).to.deep.equal(['src', 'load-timeout', 'theme'].map((a) => [a, base.module.path]));
    }
  });

  it('lists the four elements and nothing internal', () => {
    expect(
      elements()
        .map(({ decl }) => decl.tagName)
        .sort(),
    ).to.deep.equal(TAGS);
    for (const { decl } of elements()) {
      expect(decl.customElement, decl.name).to.equal(true);
      for (const member of decl.members ?? []) expect(member.privacy ?? 'public', `${decl.name}.${member.name}`).to.equal('public');
    }
    const card = elements().find(({ decl }) => decl.tagName === 'quiz-question-card')!.decl;
    expect(card.members!.map((m) => m.name)).to.not.include('reset');
  });

  it('names shipped dist/*.js files, and each element has a custom-element definition there', async () => {
    const paths = JSON.stringify(manifest).match(/"(path|module)":"[^"]*"/g) ?? [];
    expect(paths.filter((p) => /src\/|\.ts"/.test(p))).to.deep.equal([]);
    for (const { module, decl } of elements()) {
      expect(module.path).to.match(/^dist\/.*\.js$/);
      await text(`/${module.path}`); // throws unless the build made it
      const definition = module.exports?.find((e) => e.kind === 'custom-element-definition');
      expect(definition, decl.tagName).to.deep.include({ name: decl.tagName });
      expect(definition!.declaration).to.deep.equal({ name: decl.name, module: module.path });
    }
  });

  // That the generated typings can import each detail type is what `npm run test:types` checks.
  it('types every event as a CustomEvent with a named detail type', () => {
    for (const { decl } of elements()) {
      for (const event of decl.events ?? []) {
        expect(event.type?.text, `${decl.tagName} ${event.name}`).to.match(/^CustomEvent<Quiz\w+Detail>$/);
      }
      expect(
        decl.events?.map((e) => e.name),
        decl.tagName,
      ).to.include('quiz-error');
    }
  });

  it('documents on the card, picker and runner every --quiz-* token the shared styles read', async () => {
    const styles = await text('/src/components/shared/base.styles.ts');
    const tokens = [...new Set(styles.match(/--quiz-[a-z-]+/g))].sort();
    expect(tokens.length).to.be.greaterThan(10);
    for (const { decl } of elements().filter(({ decl }) => decl.tagName !== 'quiz-bank')) {
      expect((decl.cssProperties ?? []).map((p) => p.name).sort(), decl.tagName).to.deep.equal(tokens);
    }
  });

  it('gives editors the values of enumerated attributes, not the names of type aliases', async () => {
    const vscode = JSON.parse(await text('/dist/vscode.html-custom-data.json'));
    const values = (tag: string, attr: string): string[] =>
      vscode.tags
        .find((t: { name: string }) => t.name === tag)
        .attributes.find((a: { name: string }) => a.name === attr)
        .values.map((v: { name: string }) => v.name)
        .sort();
    expect(values('quiz-runner', 'mode')).to.deep.equal(['interview', 'practice', 'quiz']);
    expect(values('quiz-question-card', 'mode')).to.deep.equal(['interview', 'practice', 'quiz']);
    expect(values('quiz-question-card', 'feedback-credentials')).to.deep.equal(['include', 'omit', 'same-origin']);
    const webTypes = JSON.parse(await text('/dist/web-types.json'));
    const runner = webTypes.contributions.html.elements.find((e: { name: string }) => e.name === 'quiz-runner');
    expect(runner.attributes.find((a: { name: string }) => a.name === 'mode').value.type).to.equal("'quiz' | 'practice' | 'interview'");
  });
});
