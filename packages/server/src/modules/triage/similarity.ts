/**
 * Similarity of two residents' matters (研判). Chinese has no spaces, so text is compared on
 * character bigrams (plus the matters named, below), weighted by TF-IDF over the tickets compared,
 * and compared by cosine. jieba words were measured too and added nothing on the labelled pairs
 * while costing 1.6 s of dictionary loading per process, so the server does not segment. The place then moves the score: the same building or estate, or location
 * texts that match, multiply it up; two different estates (or clearly different location texts)
 * multiply it down — "the 3号楼 lift is broken" in two estates is two matters. A small lexicon of
 * the matters residents raise (CONCEPTS) lets 堵车 meet 拥堵; place words are taken out of the
 * text (the place is compared apart).
 *
 * The method and its thresholds were chosen on the labelled pairs in
 * test/fixtures/similar-tickets.json (test/triage/similarity-eval.test.ts prints precision and
 * recall of this method and of MinHash over character shingles).
 */

/** What is compared of a ticket. Ids are compared for equality only. */
export interface SimilarityDoc {
  id: string;
  title: string;
  body: string;
  estateId: string | null;
  buildingId: string | null;
  locationText: string | null;
}

/** Why two tickets were found alike. */
export type SimilarityReason = 'PLACE' | 'TEXT' | 'BOTH';

export interface SimilarityScore {
  score: number;
  text: number;
  place: number;
  reason: SimilarityReason;
}

/** Score at or above which two tickets are taken to be the same matter (hot topics, the default list cut). */
export const SAME_MATTER = 0.3;
/** Lowest score the similar-tickets list shows (staff judge the rest). */
export const LIST_FLOOR = 0.18;

const CN_DIGIT: Record<string, string> = {
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  十: '10',
};

/** Lower-cased, full-width folded, 三号楼 → 3号楼; punctuation becomes a separator. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/([一二三四五六七八九十])(?=号|栋|幢|单元|期)/g, (d) => CN_DIGIT[d] ?? d)
    .replace(/[^\p{Script=Han}a-z0-9]+/gu, ' ');
}

/** Character bigrams of each run of text (a single character stands alone). */
export function charBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of normalise(text).split(' ')) {
    const chars = [...run];
    if (chars.length === 1) out.push(chars[0] as string);
    for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

export type Tokenizer = (text: string) => string[];
/**
 * What residents complain about, each with the words they use for it: a matter word found in a
 * text adds its concept as a token, so 堵车 / 拥堵 / 堵死 meet, and 漏水 / 渗水 / 漏雨.
 */
const CONCEPTS: Record<string, readonly string[]> = {
  拥堵: ['堵', '拥堵', '塞车', '排队', '走不动', '车排', '通行', '红绿灯', '车道', '抢行'],
  电梯: ['电梯', '困人', '停运', '困住'],
  漏水: ['漏水', '渗水', '漏雨', '防水', '滴水', '接水', '发霉'],
  噪音: ['噪音', '吵', '扰民', '音响', '音量', '睡不着'],
  垃圾: ['垃圾', '清运', '臭', '溢'],
  停车: ['停车', '违停', '乱停', '停满', '占道', '车位', '隔离桩'],
  照明: ['路灯', '照明', '太黑', '不亮'],
  杂物: ['杂物', '堆', '纸箱', '楼道', '楼梯间', '消防通道'],
  停水: ['停水', '没水', '自来水'],
  水管: ['水管', '管道', '爆裂', '冒水', '供水管'],
  外墙: ['外墙', '瓷砖', '墙皮', '坠物', '掉落', '脱落'],
  健身: ['健身', '器材', '单杠', '锻炼'],
  犬只: ['狗', '犬', '咬'],
  充电: ['充电', '飞线', '拉线', '电瓶', '充电桩'],
  门禁: ['门禁', '单元门', '门锁', '刷卡', '刷不开'],
  广场舞: ['广场舞', '跳舞'],
};

/** The matter concepts a text mentions. */
export function concepts(text: string): string[] {
  const t = normalise(text);
  return Object.entries(CONCEPTS)
    .filter(([, cues]) => cues.some((c) => t.includes(c)))
    .map(([concept]) => `c:${concept}`);
}

/** The chosen tokens: character bigrams and the matters named. */
export const bigramsAndMatters: Tokenizer = (t) => [...charBigrams(t), ...concepts(t)];

/** Place mentions inside the text (the place is compared apart): building numbers, roads, the location text. */
function withoutPlace(text: string, location: string | null): string {
  let t = normalise(text);
  for (const run of location ? normalise(location).split(' ') : []) if (run.length > 1) t = t.split(run).join(' ');
  return t.replace(/\d+(号楼|号|栋|幢|单元|楼)/g, ' ');
}

const docText = (d: SimilarityDoc) => withoutPlace(`${d.title} ${d.title} ${d.body}`, d.locationText);

/** A bag of weighted tokens, L2-normalised. */
type Vector = Map<string, number>;

/** TF-IDF vectors of a set of documents, the IDF taken over the set itself (smoothed). */
export function tfidf(docs: readonly SimilarityDoc[], tokenize: Tokenizer = bigramsAndMatters): Map<string, Vector> {
  const bags = docs.map((d) => {
    const bag = new Map<string, number>();
    for (const t of tokenize(docText(d))) bag.set(t, (bag.get(t) ?? 0) + 1);
    return bag;
  });
  const df = new Map<string, number>();
  for (const bag of bags) for (const t of bag.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const out = new Map<string, Vector>();
  docs.forEach((d, i) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, tf] of bags[i] as Map<string, number>) {
      const w = (1 + Math.log(tf)) * (Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    out.set(d.id, v);
  });
  return out;
}

/** Share of the TF-IDF cosine in the text score (the rest: the matters named). Chosen on the labelled pairs. */
const TEXT_MIX = 0.6;

function dot(a: Vector, b: Vector, only?: (t: string) => boolean): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) if (!only || only(t)) sum += w * (large.get(t) ?? 0);
  return sum;
}

const isConcept = (t: string) => t.startsWith('c:');

/**
 * Text similarity: 0.6 × the cosine of the TF-IDF vectors + 0.4 × the overlap of the matters named
 * (Jaccard of the concept tokens) — two wordings of one matter share few bigrams but the matter.
 * `mix` 1 is the plain cosine.
 */
export function cosine(a: Vector, b: Vector, mix = TEXT_MIX): number {
  const ca = [...a.keys()].filter(isConcept);
  const cb = new Set([...b.keys()].filter(isConcept));
  const shared = ca.filter((c) => cb.has(c)).length;
  const matter = ca.length + cb.size - shared ? shared / (ca.length + cb.size - shared) : 0;
  return Math.min(1, mix * dot(a, b) + (1 - mix) * matter);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

/**
 * How the places of two tickets compare, as a factor on the text score: the same building ×1.5,
 * the same estate ×1.25, location texts that match (bigram Jaccard ≥ 0.5) ×1.25; another estate
 * ×0.4, clearly different location texts (Jaccard < 0.35) ×0.5; nothing known ×1.
 */
export function placeFactor(a: SimilarityDoc, b: SimilarityDoc): number {
  let f = 1;
  if (a.estateId && b.estateId) {
    if (a.estateId !== b.estateId) f *= 0.4;
    else if (a.buildingId && b.buildingId && a.buildingId === b.buildingId) f *= 1.5;
    else if (a.buildingId && b.buildingId) f *= 0.8;
    else f *= 1.25;
  }
  if (a.locationText && b.locationText) {
    const j = jaccard(new Set(charBigrams(a.locationText)), new Set(charBigrams(b.locationText)));
    if (j >= 0.5) f *= 1.25;
    else if (j < 0.35) f *= 0.5;
  }
  return f;
}

/** Combines a text similarity and the place factor into a score in [0, 1] and its reason. */
export function combine(text: number, place: number): SimilarityScore {
  const score = Math.max(0, Math.min(1, text * place));
  const strongText = text >= SAME_MATTER;
  const reason: SimilarityReason = place > 1 && strongText ? 'BOTH' : place > 1 ? 'PLACE' : 'TEXT';
  return { score: Math.round(score * 1000) / 1000, text, place, reason };
}

/** Scores every candidate against one ticket (TF-IDF over the ticket and the candidates), best first. */
export function rankSimilar(
  ticket: SimilarityDoc,
  candidates: readonly SimilarityDoc[],
  floor = LIST_FLOOR,
): (SimilarityScore & { id: string })[] {
  const vectors = tfidf([ticket, ...candidates]);
  const mine = vectors.get(ticket.id) as Vector;
  return candidates
    .filter((c) => c.id !== ticket.id)
    .map((c) => ({ id: c.id, ...combine(cosine(mine, vectors.get(c.id) as Vector), placeFactor(ticket, c)) }))
    .filter((s) => s.score >= floor)
    .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
}

/**
 * The tickets linked to `seedId` by "same matter" (score ≥ threshold), directly or through one
 * another (single link), the seed included. Scores only from members found so far: O(cluster × n).
 */
export function clusterOf(seedId: string, docs: readonly SimilarityDoc[], threshold = SAME_MATTER): Set<string> {
  const vectors = tfidf(docs);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const cluster = new Set([seedId]);
  const queue = [seedId];
  while (queue.length) {
    const a = byId.get(queue.shift() as string) as SimilarityDoc;
    const va = vectors.get(a.id) as Vector;
    for (const b of docs) {
      if (cluster.has(b.id)) continue;
      if (combine(cosine(va, vectors.get(b.id) as Vector), placeFactor(a, b)).score >= threshold) {
        cluster.add(b.id);
        queue.push(b.id);
      }
    }
  }
  return cluster;
}

// ---- the alternative measured against: MinHash over character shingles -------------------------

const MINHASH_SEEDS = Array.from({ length: 128 }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) >>> 0) | 1);

function hash32(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    h = (h ^ (h >>> 15)) >>> 0;
  }
  return Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
}

/** A 128-value MinHash signature of a document's character 2-shingles. */
export function minhash(d: SimilarityDoc): Uint32Array {
  const shingles = new Set(charBigrams(docText(d)));
  const sig = new Uint32Array(MINHASH_SEEDS.length).fill(0xffffffff);
  for (const s of shingles) {
    MINHASH_SEEDS.forEach((seed, k) => {
      const h = hash32(s, seed);
      if (h < (sig[k] as number)) sig[k] = h;
    });
  }
  return sig;
}

/** Estimated Jaccard similarity of two MinHash signatures. */
export function minhashSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++;
  return same / a.length;
}
