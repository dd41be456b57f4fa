import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedFixture } from '../../../../tests/unit/shared-fixtures';
import { tempDir } from '../../../../tests/unit/temp-dir';
import { openCore } from '../open-core';
import { parseStyleClass, readArchiveAnnotations, toW3cAnnotation, toW3cCollection, type CitedAnnotation } from './export-w3c';
import { articleTitled, rangeOf, testBook } from './test/annotation-fixtures';

// The W3C's own test suite for the model: draft-04 schemas, one file per assertion, and lists
// of the assertions every Annotation, Collection and Page must pass.
const suiteDir = sharedFixture('w3c-web-annotation-tests');
const readJson = (...parts: string[]): Record<string, unknown> => JSON.parse(readFileSync(join(suiteDir, ...parts), 'utf8'));

interface Assertion {
  path: string;
  validate: ValidateFunction;
}

function loadSuite() {
  // strict: false, for the suite's own keywords (assertionType, errorMessage, …) beside the schema's.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const name of readdirSync(join(suiteDir, 'definitions'))) {
    const schema = readJson('definitions', name);
    ajv.addSchema(schema, schema.id as string);
  }
  const assertionsOf = (list: string): Assertion[] =>
    (readJson(list).assertions as string[]).map((path) => {
      const schema = readJson(path);
      return { path, validate: ajv.getSchema(schema.id as string) ?? ajv.compile(schema) };
    });
  return {
    ajv,
    annotationMusts: assertionsOf('annotations/annotationMusts.test'),
    collectionMusts: assertionsOf('collections/collectionMusts.test'),
    pageMusts: assertionsOf('collections/pages/pageMusts.test'),
  };
}

/** The assertions a document fails, with ajv's first error for each. */
function failures(assertions: readonly Assertion[], doc: unknown): string[] {
  return assertions.filter((a) => !a.validate(doc)).map((a) => `${a.path}: ${JSON.stringify(a.validate.errors?.[0])}`);
}
const failedPaths = (assertions: readonly Assertion[], doc: unknown): string[] =>
  assertions.filter((a) => !a.validate(doc)).map((a) => a.path.split('/').pop() ?? a.path);

const suite = loadSuite();

/** A demo archive with annotations made as the app makes them: comments, tags, colours, an astral character. */
async function annotatedArchive() {
  const core = await openCore(await tempDir());
  const book = testBook(core.archive);
  const ferry = await articleTitled(core, '一座古渡与一村人的记忆');
  const street = await articleTitled(core, '一件提案让老街重焕生机');
  await book.create({ articleId: street.id, ...rangeOf(street.text, street.blocks[1]?.text.slice(0, 14) ?? ''), color: 'green', comment: '**重点**：可写进提案', tags: ['提案', '老街'] });
  await book.create({ articleId: street.id, ...rangeOf(street.text, street.blocks[2]?.text.slice(3, 11) ?? '') });
  await book.create({ articleId: ferry.id, ...rangeOf(ferry.text, '名叫𥕛溪的小村'), style: 'underline', color: 'purple', tags: ['文史'] });
  return { core, book, ferry, street };
}

describe('the W3C export', () => {
  let exported: CitedAnnotation[];
  beforeAll(async () => {
    exported = (await readArchiveAnnotations((await annotatedArchive()).core.archive)).annotations;
  });

  it('checks every assertion the suite lists, the three selector ones included', () => {
    expect(suite.annotationMusts).toHaveLength(54);
    expect(suite.annotationMusts.map((a) => a.path)).toEqual(expect.arrayContaining([
      'annotations/specificResource/4.2.4-textQuoteSelectorValid.json',
      'annotations/specificResource/4.2-TextDataPositionSelectorValid.json',
      'annotations/specificResource/4.2-selectorValidIfPresent.json',
    ]));
    expect(suite.collectionMusts).toHaveLength(10);
    expect(suite.pageMusts).toHaveLength(15);
  });

  it('accepts our URNs as format uri, and rejects what is not a URI', () => {
    const isUri = suite.ajv.getSchema('id.json#/definitions/stringUri');
    expect(isUri?.('urn:jianbao:article:a-0123456789abcdef')).toBe(true);
    expect(isUri?.('urn:uuid:00000000-0000-4000-8000-000000000001')).toBe(true);
    expect(isUri?.('一座古渡')).toBe(false);
    expect(isUri?.('not a uri')).toBe(false);
  });

  it('makes each annotation a valid W3C Annotation, with source, both selectors, creator, dates and bodies', () => {
    expect(exported).toHaveLength(3);
    for (const cited of exported) {
      expect(failures(suite.annotationMusts, toW3cAnnotation(cited))).toEqual([]);
    }
    const withComment = toW3cAnnotation(exported.find((a) => a.annotation.body.length === 3)!);
    expect(withComment).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-11-29T09:00:00.000Z',
      modified: '2026-11-29T09:00:00.000Z',
      creator: { type: 'Person', name: '林晓' },
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: '**重点**：可写进提案', format: 'text/markdown' },
        { type: 'TextualBody', purpose: 'tagging', value: '提案' },
        { type: 'TextualBody', purpose: 'tagging', value: '老街' },
      ],
      target: { source: expect.stringMatching(/^urn:jianbao:article:a-[0-9a-f]{16}$/), styleClass: 'jianbao-green' },
      stylesheet: { type: 'CssStylesheet', value: expect.stringMatching(/^\.jianbao-green \{ background-color: #[0-9a-f]{6}; \}$/) },
      color: 'green',
      article: { title: '一件提案让老街重焕生机', paper: '云岭政协报', date: '2026-03-04', page: 2 },
    });
    expect(withComment.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
  });

  it('keeps a quote with a character outside the BMP whole, and names its underline in styleClass', () => {
    const ferry = toW3cAnnotation(exported.find((a) => a.annotation.style === 'underline')!);
    const [quote, position] = ferry.target.selector;
    expect(quote.exact).toBe('名叫𥕛溪的小村');
    expect(position.end - position.start).toBe('名叫𥕛溪的小村'.length);
    expect(ferry.target.styleClass).toBe('jianbao-purple-underline');
    expect(parseStyleClass(ferry.target.styleClass)).toEqual({ color: 'purple', style: 'underline' });
    expect(failures(suite.annotationMusts, ferry)).toEqual([]);
  });

  it('leaves out the body of a plain highlight rather than writing an empty one', () => {
    const plain = toW3cAnnotation(exported.find((a) => a.annotation.body.length === 0)!);
    expect(plain).not.toHaveProperty('body');
    expect(plain.motivation).toBe('highlighting');
    expect(failures(suite.annotationMusts, plain)).toEqual([]);
  });

  it('makes a valid AnnotationCollection whose embedded page and items are valid too', () => {
    const collection = toW3cCollection(exported, { id: 'urn:jianbao:export:5f0c1e7a-0000-4000-8000-000000000001', generated: new Date('2026-12-01T08:00:00Z') });
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 3, first: { type: 'AnnotationPage', startIndex: 0 } });
    expect(failures(suite.collectionMusts, collection)).toEqual([]);
    // The suite runs the page assertions on a collection with its page embedded…
    expect(failures(suite.pageMusts, collection)).toEqual([]);
    // …and on a page on its own, which carries its own @context.
    const page = { '@context': collection['@context'], ...collection.first };
    expect(failures(suite.pageMusts, page)).toEqual([]);
    // Items inherit the collection's @context.
    for (const item of collection.first.items) {
      expect(item).not.toHaveProperty('@context');
      expect(failures(suite.annotationMusts, { '@context': collection['@context'], ...item })).toEqual([]);
    }
  });

  it('makes a valid collection of nothing', () => {
    const empty = toW3cCollection([], { id: 'urn:jianbao:export:empty', generated: new Date() });
    expect(failures(suite.collectionMusts, empty)).toEqual([]);
    expect(failures(suite.pageMusts, empty)).toEqual([]);
  });

  it.each([
    ['an id that is not a URI', (a: Record<string, unknown>) => ({ ...a, id: '批注 1' }), '3.1-annotationIdValidated.json'],
    ['a source that is not a URI', (a: Record<string, unknown>) => ({ ...a, target: { ...(a.target as object), source: '第 2 版' } }), '3.2-targetObjectsRecognized.json'],
    ['a modified that is not a date-time', (a: Record<string, unknown>) => ({ ...a, modified: '2026年11月29日' }), '3.3.1-annotationModifiedValidated.json'],
    ['a quote selector without exact', (a: Record<string, unknown>) => ({ ...a, target: { source: 'urn:jianbao:article:x', selector: [{ type: 'TextQuoteSelector', prefix: '名叫' }] } }), '4.2.4-textQuoteSelectorValid.json'],
    ['a negative position', (a: Record<string, unknown>) => ({ ...a, target: { source: 'urn:jianbao:article:x', selector: [{ type: 'TextPositionSelector', start: -1, end: 3 }] } }), '4.2-TextDataPositionSelectorValid.json'],
  ])('is caught by the validator when an export has %s', (_name, spoil, assertion) => {
    const spoiled = spoil(toW3cAnnotation(exported[0]!) as unknown as Record<string, unknown>);
    expect(failedPaths(suite.annotationMusts, spoiled)).toContain(assertion);
  });
});

describe('the validator, on the suite’s own samples', () => {
  const samplesDir = join(suiteDir, 'tools', 'samples');
  const samples = (kind: 'correct' | 'incorrect') => readdirSync(join(samplesDir, kind)).sort();
  const sample = (name: string) => readJson('tools', 'samples', 'correct', name);
  // Two gaps of the suite's schemas, each pinned down below so that nothing else hides there:
  // - 3.2-targetObjectsRecognized does not know the model's Composite, List and Independents
  //   targets (§4.6): the correct samples using them fail it, and only it;
  // - the page assertions read `partOf` as an embedded collection (object), so a page whose
  //   partOf is a URI, as the model's own examples 42 and 43 have it, fails them there only.
  const multiplicityTargets = new Set(['Composite', 'List', 'Independents']);
  const hasMultiplicityTarget = (doc: Record<string, unknown>) => multiplicityTargets.has(String((doc.target as { type?: unknown } | undefined)?.type));
  const pages = new Set(['example42.json', 'example43.json']);
  const collections = new Set(['collection1.json', 'example41.json']);
  const annotations = samples('correct').filter((name) => !pages.has(name) && !collections.has(name));

  it.each(annotations.filter((name) => !hasMultiplicityTarget(sample(name))))('passes the correct annotation %s', (name) => {
    expect(failures(suite.annotationMusts, sample(name))).toEqual([]);
  });

  it.each(annotations.filter((name) => hasMultiplicityTarget(sample(name))))(
    'fails the correct %s only on the assertion that does not know its kind of target',
    (name) => {
      expect(failedPaths(suite.annotationMusts, sample(name))).toEqual(['3.2-targetObjectsRecognized.json']);
    },
  );

  it.each([...collections])('passes the correct collection %s, and its items when it embeds a page', (name) => {
    const collection = sample(name);
    expect(failures(suite.collectionMusts, collection)).toEqual([]);
    const first = collection.first as { items?: Record<string, unknown>[] } | string;
    if (typeof first === 'object') {
      expect(failures(suite.pageMusts, collection)).toEqual([]);
      for (const item of first.items ?? []) {
        const failed = failedPaths(suite.annotationMusts, { '@context': collection['@context'], ...item });
        expect(failed).toEqual(hasMultiplicityTarget(item) ? ['3.2-targetObjectsRecognized.json'] : []);
      }
    }
  });

  it.each([...pages])('passes the correct page %s, but for its partOf URI', (name) => {
    const { partOf, ...page } = sample(name);
    expect(typeof partOf).toBe('string');
    expect(failures(suite.pageMusts, page)).toEqual([]);
    const withPartOf = { ...page, partOf };
    const errors = suite.pageMusts.flatMap((a) => (a.validate(withPartOf) ? [] : (a.validate.errors ?? [])));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.instancePath === '/partOf')).toBe(true);
  });

  it('finds 17 incorrect samples that are not even JSON, and fails every other one', () => {
    let notJson = 0;
    const passed: string[] = [];
    for (const name of samples('incorrect')) {
      let doc: unknown;
      try {
        doc = JSON.parse(readFileSync(join(samplesDir, 'incorrect', name), 'utf8'));
      } catch {
        notJson += 1;
        continue;
      }
      if (failures(suite.annotationMusts, doc).length === 0) passed.push(name);
    }
    expect(notJson).toBe(17);
    expect(passed).toEqual([]);
  });

  it('fails an incorrect sample on format uri alone, so formats are really checked', () => {
    // anno6: "id": "not a uri"; everything else about it is fine.
    expect(failedPaths(suite.annotationMusts, readJson('tools', 'samples', 'incorrect', 'anno6.json'))).toEqual(['3.1-annotationIdValidated.json']);
  });
});
