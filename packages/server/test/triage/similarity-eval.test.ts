/**
 * Measures the similarity of tickets on the labelled pairs (test/fixtures/similar-tickets.json):
 * precision and recall of the chosen method (TF-IDF over character bigrams + the matter lexicon, cosine,
 * matter lexicon, place factor) and of the alternative (MinHash over character 2-shingles, the same place
 * adjustment), printed for the report. No server: the method is pure.
 */
import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { describe, expect, it } from 'vitest';
import {
  charBigrams,
  combine,
  concepts,
  cosine,
  minhash,
  minhashSimilarity,
  normalise,
  placeFactor,
  SAME_MATTER,
  type SimilarityDoc,
  tfidf,
} from '../../src/modules/triage/similarity.js';

interface Item {
  id: string;
  matter: string;
  estate: string | null;
  building: string | null;
  location: string | null;
  title: string;
  body: string;
}
interface Pair {
  a: string;
  b: string;
  same: boolean;
  kind: string;
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/similar-tickets.json', import.meta.url), 'utf8')) as {
  items: Item[];
  pairs: Pair[];
};
const docs: SimilarityDoc[] = fixture.items.map((i) => ({
  id: i.id,
  title: i.title,
  body: i.body,
  estateId: i.estate,
  buildingId: i.building,
  locationText: i.location,
}));
const byId = new Map(docs.map((d) => [d.id, d]));

type Scorer = (a: SimilarityDoc, b: SimilarityDoc) => number;

function measure(score: Scorer, threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const p of fixture.pairs) {
    const s = score(byId.get(p.a) as SimilarityDoc, byId.get(p.b) as SimilarityDoc);
    const said = s >= threshold;
    if (said && p.same) tp++;
    else if (said) {
      fp++;
      misses.push(`FP ${p.a}~${p.b} ${s.toFixed(2)} (${p.kind})`);
    } else if (p.same) {
      fn++;
      misses.push(`FN ${p.a}~${p.b} ${s.toFixed(2)}`);
    }
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1), misses };
}

/** The threshold with the best F1 (for the alternative, so that it is compared at its best). */
function best(score: Scorer) {
  let top = { threshold: 0, ...measure(score, 0) };
  for (let t = 0.05; t < 0.9; t += 0.01) {
    const m = measure(score, t);
    if (m.f1 > top.f1) top = { threshold: Math.round(t * 100) / 100, ...m };
  }
  return top;
}

const jieba = Jieba.withDict(dict);
/** jieba words (the measured alternative segmentation), without single Han characters. */
const words = (t: string) =>
  jieba.cut(normalise(t), true).filter((w) => w.trim() && !(w.length === 1 && /\p{Script=Han}/u.test(w)));
const vectors = tfidf(docs);
const wbVectors = tfidf(docs, (t) => [...words(t).map((w) => `w:${w}`), ...charBigrams(t), ...concepts(t)]);
const wordsBigrams: Scorer = (a, b) =>
  combine(cosine(wbVectors.get(a.id) as never, wbVectors.get(b.id) as never), placeFactor(a, b)).score;
const chosen: Scorer = (a, b) =>
  combine(cosine(vectors.get(a.id) as never, vectors.get(b.id) as never), placeFactor(a, b)).score;
const textOnly: Scorer = (a, b) => cosine(vectors.get(a.id) as never, vectors.get(b.id) as never);
const noLexicon: Scorer = (a, b) =>
  combine(cosine(vectors.get(a.id) as never, vectors.get(b.id) as never, 1), placeFactor(a, b)).score;
const wordVectors = tfidf(docs, words);
const wordsOnly: Scorer = (a, b) =>
  combine(cosine(wordVectors.get(a.id) as never, wordVectors.get(b.id) as never), placeFactor(a, b)).score;
const bigramVectors = tfidf(docs, charBigrams);

const bigramsOnly: Scorer = (a, b) =>
  combine(cosine(bigramVectors.get(a.id) as never, bigramVectors.get(b.id) as never), placeFactor(a, b)).score;
const signatures = new Map(docs.map((d) => [d.id, minhash(d)]));
const minhashed: Scorer = (a, b) =>
  combine(minhashSimilarity(signatures.get(a.id) as never, signatures.get(b.id) as never), placeFactor(a, b)).score;

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

describe('similarity on the labelled pairs', () => {
  it('has at least 150 labelled pairs with near misses of both kinds', () => {
    expect(fixture.pairs.length).toBeGreaterThanOrEqual(150);
    expect(fixture.pairs.filter((p) => p.kind === 'same place, other matter').length).toBeGreaterThan(30);
    expect(fixture.pairs.filter((p) => p.kind === 'same words, other place').length).toBeGreaterThan(30);
  });

  it('the chosen method beats MinHash over character shingles, and both are printed', () => {
    const a = measure(chosen, SAME_MATTER);
    const b = best(minhashed);
    const bAtSame = measure(minhashed, SAME_MATTER);
    const rows = [
      ['chosen: TF-IDF char bigrams + matter lexicon, cosine, place', SAME_MATTER, a],
      ['chosen at its best threshold', best(chosen).threshold, best(chosen)],
      ['alternative: MinHash char 2-shingles, place (best threshold)', b.threshold, b],
      ['alternative: MinHash char 2-shingles, place (same threshold)', SAME_MATTER, bAtSame],
      ['variant: chosen without the matter lexicon (best threshold)', best(noLexicon).threshold, best(noLexicon)],
      ['variant: chosen without place', best(textOnly).threshold, best(textOnly)],
      [
        'variant: TF-IDF jieba words only (no lexicon), place (best threshold)',
        best(wordsOnly).threshold,
        best(wordsOnly),
      ],
      ['variant: + jieba words (t=0.30)', SAME_MATTER, measure(wordsBigrams, SAME_MATTER)],
      ['variant: TF-IDF char bigrams only, place (best threshold)', best(bigramsOnly).threshold, best(bigramsOnly)],
    ] as const;
    console.log(`\n${fixture.pairs.length} labelled pairs (${fixture.pairs.filter((p) => p.same).length} same matter)`);
    for (const [name, t, m] of rows) {
      console.log(
        `${name.padEnd(62)} t=${t.toFixed(2)} precision ${pct(m.precision)} recall ${pct(m.recall)} F1 ${pct(m.f1)}`,
      );
    }
    console.log(`chosen method's errors:\n  ${a.misses.join('\n  ')}`);
    expect(a.precision).toBeGreaterThanOrEqual(0.9);
    expect(a.recall).toBeGreaterThanOrEqual(0.8);
    expect(a.f1).toBeGreaterThan(b.f1);
  });
});
