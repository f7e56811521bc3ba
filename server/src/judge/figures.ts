// A report figure against the source figures of the same kind whose subject matches.
import type { Corpus, PartOfCorpus } from '../corpus/corpus';
import { clauses, nounTerms, SENTENCE_WEIGHT, similarityTo, Subject, type TermWeights } from '../extract/subjects';
import { defaultEngineState } from '../engineState';
import { concept, findTerms, measureIds, termsIn, type Concept } from '../domain/lexicon';
import {
  agrees,
  datesAgree,
  datesSharePart,
  interval,
  intervalsAgree,
  isOddApprox,
  type Interval,
} from '../extract/values';
import { describeFigure, figureMismatchMessage, figureUnsupportedMessage, fixTitle, sourceLabel } from './messages';
import { formatFigure } from '../format/figures';
import { styleOf } from './messages';
import { sourceRank } from './sourceRank';
import { learnWordPairs } from './wordPairs';
import { placesIn, placesShared, scopeOf, type Scope } from './scope';
import type { Claim, Figure, Finding, Fix, Lang, RawFigure, Severity, Source, SourceRef, Span } from '../types';

/**
 * To contradict a claim, a source figure must cover half of the claim's subject (idf-weighted) with at
 * least two shared terms: a false "wrong number" costs the user more than a miss.
 */
const MIN_SCORE = 0.5;
const MIN_SHARED_TERMS = 2;
/** To support it, less: stating the same amount is itself evidence of the same subject. */
const MIN_SCORE_AGREEING = 0.15;
/** Sources this close are named beside a version they state, though they do not judge. */
const MIN_SCORE_NAMED = 0.3;
/** A source figure within this fraction of the best score belongs to the group the claim is judged against. */
const GROUP_RATIO = 0.7;
/** Versions whose closest sources score within this of each other are ordered by how many sources state them. */
const NEAR_TIE = 0.1;
/** Postings longer than this share of a bucket are too common to find candidates by (they still score). */
export const COMMON = 0.25;
/** A bucket no larger than this is read whole: leaving its common postings out would save next to nothing. */
export const MIN_COMMON_BUCKET = 40;

/**
 * How far above a source's floor a claim may go before it no longer reports it: "more than 100,000 jobs" is what a
 * writer says of 110,000, not of 200,000 (the same reach as a claim's own bound, values.ts NEAR).
 */
const FLOOR_REACH = 1.25;
/**
 * Words that make a floor a requirement any larger value meets: need and obligation ("150㎿ 이상이 필요하다", "운영하기
 * 위해선 … 확보해야 한다", "requires at least", "must have").
 */
const THRESHOLD =
  /필요|요구|최소|[아어해]야\s?(?:한다|하는|하며|하고|했|할|합니다|돼|된다)|위해선|위해서는|려면|\b(?:needs?|needed|requires?|required|requirement|minimum|at least|must|ha(?:ve|s) to)\b/i;

const DISTRIBUTIVE = /\b(?:each|apiece|per (?:company|firm|partner|person))\b|각각|각자|(?:개사|기업|회사)당/i;

/** Kinds whose unsupported figures are worth telling the user about (dates and durations are too common). */
const REPORT_UNSUPPORTED = new Set(['money', 'count', 'percent', 'power', 'area', 'length']);

/** Where a figure stands in a run of figures of its kind in its sentence ("from four to three": 0 of 2, 1 of 2). */
export interface Ordinal {
  ord: number;
  n: number;
}
/** Figures of a kind this close ("4기에서 3기로", "from $100 billion to as much as $500 billion") form a run. */
const RUN_GAP = 20;
interface Entry {
  fig: Figure;
  src: Source;
  /** The figure's Ordinal, inline (one object fewer per source figure). */
  ord: number;
  n: number;
  /** last candidates() call that took it */ mark: number;
  /** Figures with the same sig are the same to agrees(), whichever side they are on (see agreeSig). */
  sig: number;
  /** What the judging reads of the figure's subject, worked out the first time it is read (Facts). */
  facts?: Facts;
}
/** One direction of a stated equivalence ("5000억 달러(약 718조 원)": the dollars, then the won, and back). */
interface Direction {
  mine: Entry;
  other: Entry;
}
/**
 * The source figures of a kind and unit, and for each subject term the entries naming it (in corpus order): the
 * entries of term t are all[ids[starts[slot]]] … all[ids[starts[slot + 1] - 1]], slot = slots.get(t). One typed
 * array for the whole bucket instead of an array of entries per term: four bytes per posting, no spare capacity.
 */
interface Bucket {
  all: Entry[];
  slots: Map<number, number>;
  starts: Int32Array;
  ids: Int32Array;
}
interface Index {
  version: number;
  buckets: Map<string, Bucket>;
  partOf?: PartOfCorpus;
  /** The equivalences between different units, each both ways, by the unit of `mine` (in corpus order). */
  equivalences: Map<string, Direction[]>;
  /** How many sigs there are. */
  sigs: number;
  /** interval() of the figures of a sig, and of them taken as approximate, worked out when first asked. */
  intervals: (Interval | undefined)[];
  approx: (Interval | undefined)[];
  /** Entries by source, for claims that cite one (entriesOf). */
  bySource?: Map<Source, Entry[]>;
  /** The last candidates() call's mark (Entry.mark). */
  marks: number;
}

/** Per-entry answers about a source figure's subject that do not depend on the claim. */
interface Facts {
  share?: 'part' | 'whole' | null;
  countries1?: string[];
  countriesS?: string[];
  entities1?: string[];
  events1?: string[];
  eventsS?: string[];
  area?: 'land-area' | 'floor-area' | null;
  threshold?: boolean;
  parts?: boolean;
  scope?: Scope | null;
  places?: string[];
}

/**
 * Everything agrees() and interval() read of a figure, as a string: figures alike in all of it agree or disagree
 * with anything alike (many source figures state the same "$500 billion").
 */
function agreeSig(f: Figure): string {
  return `${f.kind}|${f.value}|${f.low}|${f.high}|${f.precision}|${f.qualifier}|${isOddApprox(f.text)}`;
}

export function ordinals(figs: Figure[]): Map<Figure, Ordinal> {
  const groups = new Map<string, Figure[]>();
  for (const f of figs) {
    const k = `${f.sentence}|${f.kind}|${f.unit}`;
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]); // not [...g, f]: thousands of figures in one sentence
  }
  const out = new Map<Figure, Ordinal>();
  // Only figures next to each other pair up: "$500 billion over four years; only the first $100 billion" are two
  // statements, not a change from one to the other.
  for (const g of groups.values()) {
    g.sort((a, b) => a.start - b.start);
    let run: Figure[] = [];
    const flush = () => {
      run.forEach((f, ord) => out.set(f, { ord, n: run.length }));
      run = [];
    };
    for (const f of g) {
      if (run.length && f.start - run[run.length - 1].end > RUN_GAP) flush();
      run.push(f);
    }
    flush();
  }
  return out;
}

/** The index of a corpus, kept by the corpus's engine (engineState.ts). */
const indexes = (corpus: Corpus) => (corpus.engine ?? defaultEngineState()).tables<Corpus, Index>('figures');

export function bucketKey(kind: string, unit: string) {
  return kind === 'count' ? 'count' : `${kind}|${unit}`;
}

function indexOf(corpus: Corpus): Index {
  const cached = indexes(corpus).get(corpus);
  if (cached && cached.version === corpus.version) return cached;
  const idx: Index = {
    version: corpus.version,
    buckets: new Map(),
    equivalences: new Map(),
    sigs: 0,
    intervals: [],
    approx: [],
    marks: 0,
    partOf: corpus.partOf,
  };
  const sigs = new Map<string, number>();
  const sigOf = (f: Figure) => {
    const k = agreeSig(f);
    let n = sigs.get(k);
    if (n === undefined) sigs.set(k, (n = sigs.size));
    return n;
  };
  // First the entries by bucket, then per bucket how many entries name each term (slot order: first seen first),
  // then the postings.
  let maxId = 0;
  for (const src of corpus.sources) {
    const ords = ordinals(src.figures);
    // Only a source stating equivalences needs its figures' entries looked up.
    const entries = src.equivalences.length ? new Map<Figure, Entry>() : undefined;
    for (const fig of src.figures) {
      const k = bucketKey(fig.kind, fig.unit);
      let b = idx.buckets.get(k);
      if (!b)
        idx.buckets.set(k, (b = { all: [], slots: new Map(), starts: new Int32Array(0), ids: new Int32Array(0) }));
      const pos = ords.get(fig)!;
      const e: Entry = { fig, src, ord: pos.ord, n: pos.n, mark: 0, sig: sigOf(fig), facts: undefined };
      entries?.set(fig, e);
      b.all.push(e);
      for (let i = 0; i < fig.subject.size; i++) {
        const t = fig.subject.idAt(i);
        if (t > maxId) maxId = t;
      }
    }
    for (const eq of src.equivalences) {
      const a = entries!.get(eq.a),
        b = entries!.get(eq.b);
      if (!a || !b || a.fig.unit === b.fig.unit) continue;
      for (const [mine, other] of [
        [a, b],
        [b, a],
      ]) {
        const list = idx.equivalences.get(mine.fig.unit);
        if (list) list.push({ mine, other });
        else idx.equivalences.set(mine.fig.unit, [{ mine, other }]);
      }
    }
  }
  // Term id -> slot + 1 in the bucket at hand (0: none), an array rather than a Map lookup per posting.
  const slotOf = new Int32Array(maxId + 1);
  for (const b of idx.buckets.values()) {
    const c: number[] = [];
    for (let id = 0; id < b.all.length; id++) {
      const subject = b.all[id].fig.subject;
      for (let i = 0; i < subject.size; i++) {
        const t = subject.idAt(i);
        const slot = slotOf[t];
        if (slot === 0) {
          b.slots.set(t, c.length);
          c.push(1);
          slotOf[t] = c.length;
        } else c[slot - 1]++;
      }
    }
    const starts = new Int32Array(c.length + 1);
    for (let s = 0; s < c.length; s++) starts[s + 1] = starts[s] + c[s];
    const ids = new Int32Array(starts[c.length]);
    const fill = starts.slice(0, c.length);
    for (let id = 0; id < b.all.length; id++) {
      const subject = b.all[id].fig.subject;
      for (let i = 0; i < subject.size; i++) ids[fill[slotOf[subject.idAt(i)] - 1]++] = id;
    }
    for (const t of b.slots.keys()) slotOf[t] = 0;
    b.starts = starts;
    b.ids = ids;
  }
  // Korean and English words the corpus states the same figures with (용량/capacity), for the subjects' similarity.
  corpus.weights.setLearned(learnWordPairs(corpus.sources));
  idx.sigs = sigs.size;
  idx.intervals = new Array(sigs.size).fill(undefined);
  idx.approx = new Array(sigs.size).fill(undefined);
  indexes(corpus).set(corpus, idx);
  return idx;
}

/** A source's entries, in its order (built for the first claim that cites it). */
function entriesOf(idx: Index, src: Source): Entry[] {
  if (!idx.bySource) {
    idx.bySource = new Map();
    for (const b of idx.buckets.values())
      for (const e of b.all) {
        const l = idx.bySource.get(e.src);
        if (l) l.push(e);
        else idx.bySource.set(e.src, [e]);
      }
  }
  return idx.bySource.get(src) ?? [];
}

function candidates(idx: Index, claim: Figure, unit: string, weights: TermWeights): Entry[] {
  const bk = bucketKey(claim.kind, unit);
  const b = idx.buckets.get(bk);
  if (!b) return [];
  // Part of a larger corpus: which postings are too common is the whole corpus's to say.
  const common = idx.partOf?.common.get(bk);
  // Postings overlap a lot: entries are marked as taken rather than put in a Set (same order: first seen first).
  const seen: Entry[] = [];
  const mark = ++idx.marks;
  if (claim.kind === 'count' && unit === 'count') return [];
  const take = (t: number) => {
    const slot = b.slots.get(t);
    if (slot === undefined) return;
    const from = b.starts[slot],
      to = b.starts[slot + 1];
    if (common ? common.has(t) : to - from > COMMON * b.all.length && b.all.length > MIN_COMMON_BUCKET) return;
    for (let k = from; k < to; k++) {
      const e = b.all[b.ids[k]];
      if (e.mark === mark) continue;
      e.mark = mark;
      if (measuresAlike(claim, unit, e.fig)) seen.push(e);
    }
  };
  for (let i = 0; i < claim.subject.size; i++) {
    const t = claim.subject.idAt(i);
    take(t);
    // A name the sources write in the other script (나르비크 for "Narvik") finds their figures too.
    for (const l of weights.linked(t)) take(l);
  }
  return seen;
}

/** agrees({ ...v.fig, qualifier: 'approx' }, e.fig) || agrees(e.fig, v.fig), from the intervals of their sigs. */
function viaAgrees(idx: Index, v: Entry, e: Entry): boolean {
  if (v.fig.kind === 'date' || e.fig.kind === 'date')
    return agrees({ ...v.fig, qualifier: 'approx' }, e.fig) || agrees(e.fig, v.fig);
  const ev = (idx.intervals[e.sig] ??= interval(e.fig));
  return (
    intervalsAgree((idx.approx[v.sig] ??= interval({ ...v.fig, qualifier: 'approx' })), ev) ||
    intervalsAgree(ev, (idx.intervals[v.sig] ??= interval(v.fig)))
  );
}

/**
 * Whether a source figure measures in `unit` what the claim measures (its kind). A count is compared only with
 * counts of the same thing (jobs with jobs, chips with chips): a bare number ("64,000 GB200 chips", whose noun the
 * scanner does not reach) is of no counted thing the sources state.
 */
function measuresAlike(claim: Figure, unit: string, fig: Figure): boolean {
  if (fig.kind !== claim.kind || (claim.kind === 'count' && unit === 'count')) return false;
  return fig.unit === unit || (claim.kind === 'count' && sameCounted(fig.unit, unit));
}

/** 곳 counts organizations as well as sites: "일본 대기업 8곳" are eight companies. */
function sameCounted(a: string, b: string): boolean {
  return (a === 'places' && b === 'companies') || (a === 'companies' && b === 'places');
}

/** A source figure kept for a claim (a literal, not a copy of the Entry: there may be thousands per claim). */
interface Scored {
  fig: Figure;
  src: Source;
  score: number;
  agrees: boolean;
  via?: Entry;
  /** terms shared with the claim */ count?: number;
}

/**
 * Moves the items of `from` that `move` picks to the end of `to`, last first (as splicing them out one by one
 * from the end did), keeping the order of the rest; in one pass.
 */
function moveWhere(from: Scored[], to: Scored[], move: (s: Scored) => boolean): void {
  let k = 0;
  const moved: Scored[] = [];
  for (let i = 0; i < from.length; i++) {
    const s = from[i];
    if (move(s)) moved.push(s);
    else from[k++] = s;
  }
  from.length = k;
  for (let i = moved.length - 1; i >= 0; i--) to.push(moved[i]);
}

/** `self`: the file of the report's own source (CheckOptions.self), which is no evidence for it. */
export function judgeFigure(
  corpus: Corpus,
  claimFig: Figure & { sentenceText?: string; sentenceStart?: number; sentenceFigures?: readonly RawFigure[] },
  pos: Ordinal,
  cited: string[],
  unsupported: Severity | 'off',
  self?: string,
): { claim: Claim; finding?: Finding } {
  corpus.probe?.figure?.(claimFig, cited);
  const idx = indexOf(corpus);
  const scored: Scored[] = [];
  const named: Scored[] = [];
  const similarity = similarityTo(claimFig.subject, corpus.weights);
  const pressShared = claimFig.subject.weightOf('press') !== undefined;
  const contradictable = contradictionGate(claimFig);
  const sf = sentenceFactsOf(claimFig, idx);
  const actor = sf.actor;
  const share = shareOf(claimFig);
  // One site, campus or phase (a part), or the whole venture, as the claim's clause says; and the places it names.
  const claimScope =
    claimFig.sentenceText !== undefined
      ? scopeOf(claimFig.sentenceText, claimFig.start - (claimFig.sentenceStart ?? 0), sf.clauses)
      : undefined;
  const claimPhase = claimScope === 'phase' || share === 'part';
  const claimPart = claimScope === 'site' || claimPhase;
  const claimWhole = claimScope === 'whole' || share === 'whole';
  // The sentence's other figures of this kind: "₩718tn … Korea's own pledge of about ₩65tn".
  const kindUnit = `${claimFig.kind}|${claimFig.unit}`;
  const alike = sf.groups.get(kindUnit) ?? [];
  const hasSiblings = (sf.distinct.get(kindUnit) ?? 0) > 1;
  // agrees() with the claim and with a sibling, shareDatePart with the claim, by sig: 0 not asked yet, 1 no, 2 yes.
  const agreesClaim = new Uint8Array(idx.sigs),
    agreesSibling = new Uint8Array(idx.sigs);
  const claimInterval = claimFig.kind === 'date' ? undefined : interval(claimFig);
  const claimAgrees = (e: Entry) => {
    let a = agreesClaim[e.sig];
    // agrees(claimFig, e.fig), the source's interval worked out once per sig.
    if (!a)
      agreesClaim[e.sig] = a = (
        claimInterval && e.fig.kind !== 'date'
          ? intervalsAgree(claimInterval, (idx.intervals[e.sig] ??= interval(e.fig)))
          : agrees(claimFig, e.fig)
      )
        ? 2
        : 1;
    return a === 2;
  };
  const sharesDate = new Uint8Array(claimFig.kind === 'date' ? idx.sigs : 0);
  const sharesDatePart = (e: Entry) => {
    let a = sharesDate[e.sig];
    if (!a) sharesDate[e.sig] = a = datesSharePart(claimFig.value, e.fig.value) ? 2 : 1;
    return a === 2;
  };
  const siblingAgrees = (e: Entry) => {
    let a = agreesSibling[e.sig];
    if (!a) {
      // The texts of the sentence's figures of this kind that agree with the entry, once a sentence and sig.
      const key = `${kindUnit}|${e.sig}`;
      let texts = sf.agreeing.get(key);
      if (!texts) {
        texts = new Set();
        for (const g of alike) if (!texts.has(g.text) && agrees(g, e.fig)) texts.add(g.text);
        sf.agreeing.set(key, texts);
      }
      agreesSibling[e.sig] = a = texts.size > 1 || (texts.size === 1 && !texts.has(claimFig.text)) ? 2 : 1;
    }
    return a === 2;
  };
  // Through an equivalent amount (`via`), a candidate agrees; else when its value agrees with the claim's.
  const consider = (e: Entry, via?: Entry) => {
    if (self !== undefined && (e.src.file === self || via?.src.file === self)) return;
    // Two figures of a kind in both sentences ("from four to three" / "from four to two") pair up in order.
    if (pos.n > 1 && e.n === pos.n && e.ord !== pos.ord) return;
    // "January 24" and "2027" state no part in common: neither agrees with the other nor contradicts it.
    if (claimFig.kind === 'date' && !sharesDatePart(e)) return;
    // A total and an added or first amount are different amounts, whatever their values ("총 4000억" / "4000억 추가").
    if (share) {
      const other = shareOfEntry(e);
      if (other && other !== share) return;
    }
    // A site's or a phase's figure and the venture's total are different amounts, both ways ("the site … 1.4 GW" /
    // "bring Stargate to nearly 7 gigawatts"). A part is refuted only by a part, and one site only by a sentence
    // about that site: a source part naming only other places is about them, one naming none may only support it.
    // An unmarked claim is likewise refuted by no source part.
    const es = entryScope(e);
    const entryPhase = es === 'phase' || shareOfEntry(e) === 'part';
    const entryPart = es === 'site' || entryPhase;
    const entryWhole = es === 'whole' || shareOfEntry(e) === 'whole';
    if ((claimPart && entryWhole && !entryPart) || (claimWhole && !claimPart && entryPart && !entryWhole)) return;
    const cp =
      claimPart || entryPart
        ? (sf.places ??= placesIn(claimFig.sentenceText ?? '', claimFig.lang, claimFig.sentenceFigures ?? []))
        : [];
    // A part and an unmarked figure: the same site only when the source names the claim's place ("the Texas campus" /
    // "텍사스에 … 데이터센터 건설에 1000억달러"). A phase is refuted only by a sentence that speaks of phases (the first
    // 200 megawatts of a cluster not by the cluster's 1 gigawatt), and a phase of a source only by a claim's phase.
    let partKnown =
      claimPart === entryPart || claimWhole || (cp.length > 0 && placesShared(cp, entryPlaces(e), corpus.weights));
    if (claimPhase ? !(entryPhase || speaksOfParts(e)) : es === 'phase') partKnown = false;
    if (claimPart && entryPart) {
      const ep = entryPlaces(e);
      // Other names in the sentence, of an article that names none of the claim's places anywhere: another site's.
      // (When the article does name them, its other names may be a company's: Aker, Nscale.)
      if (cp.length && ep.length && !placesShared(cp, ep, corpus.weights)) {
        if (!placesShared(cp, articlePlaces(e.src), corpus.weights)) return;
        partKnown = false;
      }
      // A sentence that names no place is about the article's: when that names none of the claim's, it cannot refute.
      if (cp.length && !ep.length && !placesShared(cp, articlePlaces(e.src), corpus.weights)) partKnown = false;
    }
    const { score: shared, count } = similarity(e.fig.subject);
    // A source the sentence cites that states the claim's value is its evidence even when its words share none of
    // the claim's ("Korean outlets put the total at about 718 trillion won [@edaily]": Edaily's 약 718조 원).
    const isCited = cited.includes(e.src.key);
    if (count === 0 && !(isCited && claimAgrees(e))) return;
    const score = isCited && count === 0 ? MIN_SCORE_AGREEING : shared;
    // "UAE는 … 1조5000억 달러를 투자한다" is the UAE's money, not Stargate's, however much the sentence before says
    // of Stargate: a source sentence that does not name the claim's actor neither vouches for it nor refutes it.
    if (actor && !namesActor(e, actor)) return;
    // Below the lowest bar (agreeing) nothing is kept, whatever the values say: skip comparing them.
    if (score < MIN_SCORE_AGREEING) return;
    const agree = via ? true : claimAgrees(e);
    // A vague amount (수십만, hundreds of thousands) does not vouch for a precise one.
    if (agree && isVague(e.fig) && !isVague(claimFig)) return;
    // A source figure that states another figure of the sentence is that figure's source, not a contradiction of this one.
    if (!agree && hasSiblings && siblingAgrees(e)) return;
    // A value above a floor a source states: a threshold ("150㎿ 이상이 필요하다", "needs at least") is met by any
    // value above it, so "1.2 GW" for one campus is not refuted; a floor on an estimate ("10만 개 이상의 일자리")
    // stands for about that number, as a claim's own floor does (values.ts, NEAR), so "20만 개" misreports it while
    // "110,000" is left alone. (A cap is another matter: "\$50 billion" misreports "up to \$500 billion".)
    if (
      !agree &&
      e.fig.qualifier === 'min' &&
      (claimFig.qualifier === 'exact' || claimFig.qualifier === 'approx') &&
      Number(claimFig.value) > Number(e.fig.value)
    ) {
      if (Number(claimFig.value) <= Number(e.fig.value) * FLOOR_REACH || isThreshold(e)) return;
    }
    // A source the sentence cites is itself evidence of the subject: it stands in for one shared term.
    const minShared = cited.includes(e.src.key) ? MIN_SHARED_TERMS - 1 : MIN_SHARED_TERMS;
    // Who reported a figure (media, 기사) says nothing of what it measures: "Korean media put the sum at 720조"
    // shares Korea and press with the blog's "한국 정부는 … 65조 원 …(기사)" and is not refuted by it.
    const bySubject = pressShared && e.fig.subject.weightOf('press') !== undefined ? count - 1 : count;
    // A phase or an addition ("the first phase puts \$100 billion into data centers") is not refuted by an amount
    // from a sentence that speaks of no phase or addition: that is the whole, as far as its words say. ("1000억달러를
    // 투입하고 향후 … 4000억달러를 추가로" speaks of phases: its first amount judges the first phase.)
    const phaseKnown = (share !== 'part' || speaksOfParts(e)) && partKnown;
    if (
      agree
        ? score >= MIN_SCORE_AGREEING
        : score >= MIN_SCORE && bySubject >= minShared && phaseKnown && contradictable(e)
    )
      scored.push({ fig: e.fig, src: e.src, score, agrees: agree, via, count });
    else if (score >= MIN_SCORE_NAMED) named.push({ fig: e.fig, src: e.src, score, agrees: agree, via, count });
  };
  const taken = candidates(idx, claimFig, claimFig.unit, corpus.weights);
  for (const e of taken) consider(e);
  // The cited sources' figures of the claim's kind and unit, found by the citation when no shared word finds them.
  if (cited.length) {
    const seen = new Set(taken);
    for (const k of cited) {
      const src = corpus.byKey(k);
      for (const e of (src && entriesOf(idx, src)) || []) {
        if (!seen.has(e) && measuresAlike(claimFig, claimFig.unit, e.fig)) consider(e);
      }
    }
  }
  // Another currency only through an amount a source itself states as equal ("5000억 달러(약 718조 원)").
  if (claimFig.kind === 'money') {
    // Of the equivalent amounts in each other unit, the first of each sig: a later one alike finds the same
    // candidates, so the first via found is the one a search over all of them would find.
    const others = new Map<string, { vias: Entry[]; sigs: Set<number> }>();
    for (const { mine, other } of idx.equivalences.get(claimFig.unit) ?? []) {
      if (!claimAgrees(mine)) continue;
      const o = others.get(other.fig.unit);
      if (!o) others.set(other.fig.unit, { vias: [other], sigs: new Set([other.sig]) });
      else if (!o.sigs.has(other.sig)) {
        o.vias.push(other);
        o.sigs.add(other.sig);
      }
    }
    for (const [unit, { vias }] of others) {
      const viaBySig = new Map<number, Entry | undefined>();
      for (const e of candidates(idx, claimFig, unit, corpus.weights)) {
        let via = viaBySig.get(e.sig);
        if (via === undefined && !viaBySig.has(e.sig)) {
          via = vias.find((v) => viaAgrees(idx, v, e));
          viaBySig.set(e.sig, via);
        }
        if (via) consider(e, via);
      }
    }
  }
  // "Korean papers covered it on Jan. 22": a date in a clause about the coverage is when a source was
  // published; its dateline says so (the event's own date is not what the clause states).
  const dateline =
    claimFig.kind === 'date' && (claimFig.subject.weightOf('press') ?? 0) >= 1
      ? datelineOf(corpus, claimFig, cited, self)
      : undefined;
  if (dateline) scored.push(dateline);
  // A source about the claim's own company that contradicts it outweighs one about other companies that happens
  // to state the same value ("라피더스 … 3나노": Rapidus's sentence says 2나노, Samsung's says 3나노 이상).
  const own = entitiesOf(claimFig, 1);
  if (own.length && scored.some((s) => !s.agrees && s.score >= MIN_SCORE && namesAny(s.fig, own))) {
    moveWhere(scored, named, (s) => s.agrees && !namesAny(s.fig, own) && entitiesOf(s.fig, SENTENCE_WEIGHT).length > 0);
  }
  // A source that contradicts the claim on the subject (every disagreeing entry kept here does) outweighs one
  // that shares a single term with it and happens to state the value: "invest \$500 billion over five years" is
  // the sources' 4년, not Kioxia's "10여 년 전". A cited source still counts.
  if (scored.some((s) => !s.agrees)) {
    moveWhere(
      scored,
      named,
      (s) => s.agrees && s.count !== undefined && s.count < MIN_SHARED_TERMS && !cited.includes(s.src.key),
    );
  }
  scored.sort((a, b) => b.score - a.score || Number(b.agrees) - Number(a.agrees));
  const best = scored[0]?.score ?? 0;
  let group = scored.filter((s) => s.score >= best * GROUP_RATIO || s.agrees);
  // A cited source is the first judge: when it speaks of the subject, it decides.
  // It speaks of the subject when its closest figure is as close to the claim as the group's: a cited article
  // that states the venture's total is no judge of a figure about one site that another article gives.
  const citedGroup = cited.length
    ? scored.filter((s) => cited.includes(s.src.key) && s.score >= MIN_SCORE && s.score >= best * GROUP_RATIO)
    : [];
  const judges = citedGroup.length ? citedGroup.filter((s) => s.score >= citedGroup[0].score * GROUP_RATIO) : group;
  if (citedGroup.length) {
    const j = new Set(judges);
    group = [...judges, ...group.filter((g) => !j.has(g))];
  }
  const supported = judges.some((s) => s.agrees);
  // "each", "각각": an amount per member is not the total the sources state, so it cannot contradict it.
  const distributive = sf.distributive;
  const status: Claim['status'] = !group.length
    ? 'unsupported'
    : supported
      ? 'supported'
      : distributive
        ? 'unsupported'
        : 'conflicting';
  const lang = claimFig.lang;

  // Best first for Go to Definition (sourceRank), then closeness.
  const rank = (s: Scored) =>
    sourceRank(cited.includes(s.src.key), s.agrees, s.fig.unit === claimFig.unit, s.fig.lang === claimFig.lang);
  const refs: SourceRef[] = onePerSentence(
    group.sort((a, b) => rank(b) - rank(a) || b.score - a.score),
    MAX_REFS,
    cited,
  ).map((s) => toRef(s));
  const claim: Claim = {
    type: 'figure',
    text: claimFig.text,
    range: claimFig.range,
    lang,
    figure: {
      value: claimFig.value,
      low: claimFig.low,
      high: claimFig.high,
      unit: claimFig.unit,
      kind: claimFig.kind,
      qualifier: claimFig.qualifier,
    },
    cited,
    status,
    sources: refs,
  };
  if (status === 'supported' || (distributive && group.length)) return { claim };
  if (status === 'unsupported') {
    // A count of something the domain does not know ("4 editors") is no claim about the sources.
    if (
      unsupported === 'off' ||
      !REPORT_UNSUPPORTED.has(claimFig.kind) ||
      (claimFig.kind === 'count' && !nounTerms(claimFig.noun, lang).length)
    )
      return { claim };
    return {
      claim,
      finding: {
        code: 'figure-unsupported',
        severity: unsupported,
        range: claimFig.range,
        claim,
        message: figureUnsupportedMessage(describeFigure(claimFig, lang), lang),
        fixes: [],
      },
    };
  }
  // Conflicting: name every version the judging sources give.
  const versions = new Map<string, { fig: Figure; srcs: Source[]; has: Set<Source>; score: number }>();
  const versionKey = (f: Figure) => `${f.unit}|${f.value}|${f.low ?? ''}|${f.high ?? ''}`;
  for (const s of judges) {
    const k = versionKey(s.fig);
    const v = versions.get(k) ?? { fig: s.fig, srcs: [], has: new Set<Source>(), score: 0 };
    if (!v.has.has(s.src)) {
      v.srcs.push(s.src);
      v.has.add(s.src);
    }
    v.score = Math.max(v.score, s.score);
    versions.set(k, v);
  }
  // Everyone who states a version on this subject is named, not only the closest sentence.
  for (const s of [...scored, ...named]) {
    const v = versions.get(versionKey(s.fig));
    if (v && !v.has.has(s.src)) {
      v.srcs.push(s.src);
      v.has.add(s.src);
    }
  }
  // The version closest to the claim's subject first (its fix is the preferred one), the most-cited among near ties:
  // "\$200 billion for the Texas data center" is the 1000억달러 of the Texas sentence before Stargate's total.
  const ordered = [...versions.values()].sort((a, b) =>
    Math.abs(b.score - a.score) >= NEAR_TIE ? b.score - a.score : b.srcs.length - a.srcs.length,
  );
  const message = figureMismatchMessage(
    ordered.map((v) => ({
      text: describeFigure(v.fig, lang),
      original: v.fig.lang !== lang ? v.fig.text : undefined,
      sources: v.srcs.map((x) => sourceLabel(x, lang)),
    })),
    describeFigure(claimFig, lang),
    lang,
  );
  const fixes: Fix[] = [];
  for (const [n, v] of ordered.entries()) {
    if (v.fig.unit !== claimFig.unit && claimFig.kind !== 'count') continue;
    const newText = replacementText(claimFig, v.fig);
    if (!newText || newText === claimFig.text || fixes.some((f) => f.newText === newText)) continue;
    fixes.push({
      title: fixTitle(
        newText,
        v.srcs.map((x) => sourceLabel(x, lang)),
        lang,
      ),
      range: claimFig.range,
      newText,
      preferred: n === 0,
    });
  }
  return {
    claim,
    finding: { code: 'figure-mismatch', severity: 'error', range: claimFig.range, claim, message, fixes },
  };
}

/** The source's value written the way the report writes this figure. */
function replacementText(claim: Figure, source: Figure): string | undefined {
  // The source's own words when it writes the report's language and unit ("34.5만명", "$1.57 billion").
  if (source.lang === claim.lang && source.unit === claim.unit) return source.text;
  if (source.qualifier === 'range') return undefined;
  try {
    const formatted = formatFigure(source.value, claim.unit, claim.kind, claim.lang, styleOf(claim));
    return formatted || undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a source figure must share before it may contradict the claim: the measure the claim states (a
 * valuation, revenue or budget is not the investment the sources give), the company the money goes to, at least
 * half of the companies and people the claim's own clause names ("Microsoft will spend 800억 달러" is not
 * Stargate's 4000억달러), half of its topics (data centers, chips, jobs …), one of the countries it names, the
 * kind of area (land or floor); a date in a clause about press coverage is never contradicted.
 */
function contradictionGate(claim: Figure, allEntities = false): (e: Entry) => boolean {
  const area = claim.kind === 'area' ? areaMeasure(claim, 1) : undefined;
  const measures: string[] = [],
    entities: string[] = [],
    recipients: string[] = [],
    countries: string[] = [],
    topics: string[] = [];
  for (let i = 0; i < claim.subject.size; i++) {
    if (claim.subject.weightAt(i) < 1) continue;
    const name = claim.subject.nameAt(i);
    if (name.startsWith('to:')) {
      recipients.push(name);
      continue;
    }
    // A named thing the lexicon does not know ("SoftBank's Vision Fund"): only a source naming it speaks of it.
    if (name.startsWith('named:')) {
      entities.push(name);
      continue;
    }
    const type = concept(name)?.type;
    if (type === 'country') countries.push(name);
    else if (type === 'topic') topics.push(name);
    else if (type === 'measure') measures.push(name);
    else if (type === 'org' || type === 'person') entities.push(name);
  }
  // A date in a clause about press coverage or publication ("covered it on Jan. 22", "Published: 24 Jan 2025") is
  // when something was published: a dateline may confirm it, no event date contradicts it.
  if (claim.kind === 'date' && (claim.subject.weightOf('press') ?? 0) >= 1) return () => false;
  // A source date of an event (announced, founded, left) contradicts only a claim about that event: Musk's
  // "2018년 … 떠난" says nothing of "capex for 2025", the announcement's 21일 nothing of the inauguration.
  if (claim.kind === 'date') {
    const inner = contradictionGate({ ...claim, kind: 'count' } as Figure, true);
    return (entry) => {
      const f = factsOf(entry);
      const own = (f.events1 ??= conceptsOf(entry.fig, 'event', 1));
      const events = own.length ? own : (f.eventsS ??= conceptsOf(entry.fig, 'event', SENTENCE_WEIGHT));
      return (!events.length || events.some((e) => (claim.subject.weightOf(e) ?? 0) >= 1)) && inner(entry);
    };
  }
  if (!measures.length && !entities.length && !recipients.length && !area && !countries.length && !topics.length)
    return () => true;
  return (entry) => {
    const source = entry.fig,
      src = entry.src;
    // Korea's 65조 원 is not refuted by America's 700조원: a source naming only other countries is about them.
    if (countries.length) {
      const f = factsOf(entry);
      const own = (f.countries1 ??= countriesOf(source, 1));
      const theirs = own.length ? own : (f.countriesS ??= countriesOf(source, SENTENCE_WEIGHT));
      if (theirs.length && !theirs.some((c) => countries.includes(c))) return false;
      // A country as the actor ("Korea will invest …") is not the companies or people a source's clause is about.
      if (!theirs.length && !entities.length && (f.entities1 ??= entitiesOf(source, 1)).length) return false;
    }
    // "1 trillion won on AI chips" is not the 65조 원 of a sentence that says nothing of chips.
    if (topics.length && topics.filter((t) => source.subject.weightOf(t) !== undefined).length * 2 < topics.length)
      return false;
    // The acreage of a site is not the floor area of the building on it ("875 acres" vs "9만3000㎡ 규모로 짓고").
    if (area) {
      const f = factsOf(entry);
      const other = f.area === undefined ? (f.area = areaMeasure(source, SENTENCE_WEIGHT) ?? null) : f.area;
      if (other && other !== area) return false;
    }
    // Investment is what this corpus measures by default: a source figure with no measure word counts as one.
    if (measures.length && !measures.some((m) => source.subject.weightOf(m) !== undefined)) {
      if (measures.some((m) => m !== 'invest') || measureIds.some((m) => source.subject.weightOf(m) !== undefined))
        return false;
    }
    // Money that goes to OpenAI is not the money OpenAI and its partners put into Stargate.
    if (recipients.length && !recipients.some((r) => source.subject.weightOf(r) !== undefined)) return false;
    // An article about the venture speaks of it in every sentence, named there or not.
    const present = entities.filter(
      (x) => source.subject.weightOf(x) !== undefined || (concept(x)?.venture && ventures(src).has(x)),
    ).length;
    // A date is of an event, and the event is everyone's the clause names: "Son founded SoftBank in 1981" is not
    // Rapidus's 2022, which SoftBank had a part in.
    return allEntities ? present === entities.length : present * 2 >= entities.length;
  };
}

// Shared by every engine: a memo of a pure function of one source object (which belongs to one corpus).
const venturesOf = new WeakMap<Source, Set<string>>();
/** The ventures (lexicon venture: true) an article names anywhere. */
function ventures(src: Source): Set<string> {
  let v = venturesOf.get(src);
  if (!v) {
    v = new Set();
    for (const sent of src.sentences)
      for (const h of termsIn(sent.text, sent.lang)) if (concept(h.id)?.venture) v.add(h.id);
    venturesOf.set(src, v);
  }
  return v;
}

/** Units that only measure land. */
const LAND_UNITS = /acre|hectare|에이커|헥타르/i;

/** Whether an area figure gives the land of a site or the floor of a building, when its words say which. */
function areaMeasure(f: Figure, minWeight: number): 'land-area' | 'floor-area' | undefined {
  const land = LAND_UNITS.test(f.text) || (f.subject.weightOf('land-area') ?? 0) >= minWeight;
  const floor = (f.subject.weightOf('floor-area') ?? 0) >= minWeight;
  return land === floor ? undefined : land ? 'land-area' : 'floor-area';
}

/** Companies and people (not the venture itself) a figure's subject names at `minWeight` or more. */
function entitiesOf(f: Figure, minWeight: number): string[] {
  return conceptsWhere(f, minWeight, (c) => (c.type === 'org' || c.type === 'person') && !c.venture);
}

/** Countries a figure's clause (minWeight 1) or sentence (SENTENCE_WEIGHT) names. */
function countriesOf(f: Figure, minWeight: number): string[] {
  return conceptsOf(f, 'country', minWeight);
}

/** Lexicon concepts of a type in a figure's subject at `minWeight` or more. */
function conceptsOf(f: Figure, type: string, minWeight: number): string[] {
  return conceptsWhere(f, minWeight, (c) => c.type === type);
}

/** Lexicon concepts in a figure's subject at `minWeight` or more that `pick` keeps, in subject order. */
function conceptsWhere(f: Figure, minWeight: number, pick: (c: Concept) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < f.subject.size; i++) {
    if (f.subject.weightAt(i) < minWeight) continue;
    const c = concept(f.subject.nameAt(i));
    if (c && pick(c)) out.push(c.id);
  }
  return out;
}

function namesAny(f: Figure, ids: string[]): boolean {
  return ids.some((id) => (f.subject.weightOf(id) ?? 0) >= SENTENCE_WEIGHT);
}

function factsOf(e: Entry): Facts {
  return (e.facts ??= {});
}

/**
 * What judging reads of a claim's sentence whatever the figure: worked out once for all the figures a sentence
 * states (thousands in a pathological table row), keyed by the array of them check.ts hands every figure.
 */
interface SentenceFacts {
  idx: Index;
  distributive: boolean;
  actor: Actor | undefined;
  /** The sentence's figures by kind and unit. */
  groups: Map<string, RawFigure[]>;
  /** By kind and unit: how many different texts the group's figures have (another than the claim's when 2 or more). */
  distinct: Map<string, number>;
  /** By kind, unit and sig: the texts of the group's figures that agree with an entry of that sig. */
  agreeing: Map<string, Set<string>>;
  /** The sentence's clauses, and the places it names (scope.ts), when first asked. */
  clauses?: Span[];
  places?: string[];
}
// Shared by every engine: keyed by the figures of one report sentence in one check, and checked against the
// corpus index it was worked out with.
const sentenceFacts = new WeakMap<readonly RawFigure[], SentenceFacts>();
function sentenceFactsOf(
  f: Figure & { sentenceText?: string; sentenceFigures?: readonly RawFigure[] },
  idx: Index,
): SentenceFacts {
  const key = f.sentenceFigures;
  const known = key && sentenceFacts.get(key);
  if (known && known.idx === idx) return known;
  const groups = new Map<string, RawFigure[]>();
  for (const g of key ?? []) {
    const k = `${g.kind}|${g.unit}`;
    const l = groups.get(k);
    if (l) l.push(g);
    else groups.set(k, [g]);
  }
  const distinct = new Map<string, number>();
  for (const [k, l] of groups) distinct.set(k, new Set(l.map((g) => g.text)).size);
  const facts: SentenceFacts = {
    idx,
    distributive: DISTRIBUTIVE.test(f.sentenceText ?? ''),
    actor: actorOf(f),
    groups,
    distinct,
    agreeing: new Map(),
    clauses: f.sentenceText !== undefined ? clauses(f.sentenceText) : undefined,
  };
  if (key) sentenceFacts.set(key, facts);
  return facts;
}

/**
 * Who does what the claim's figure states, when its sentence opens by naming it: the topic or subject of a Korean
 * sentence ("UAE는", "MGX가", "소프트뱅크는") or the proper name that opens an English one ("Nvidia will ship …",
 * "The UAE will invest …"). A company or country the lexicon knows is its concept; another name is its spelling,
 * looked for in source sentences of the claim's language (another language may spell it otherwise). People are
 * left out: "트럼프는 …라고 했다" names who said it, not who does it.
 */
interface Actor {
  id?: string;
  text: string;
  lang: Lang;
}
function actorOf(f: Figure & { sentenceText?: string }): Actor | undefined {
  const text = f.sentenceText;
  if (!text) return undefined;
  const m = ACTOR[f.lang].exec(text);
  const name = m?.[1];
  // One Hangul syllable before a particle is a pronoun or a word cut short ("그는", "이는").
  if (!name || NOT_ACTOR.test(name) || (f.lang === 'ko' && name.length < 2)) return undefined;
  const hits = findTerms(name, f.lang);
  if (hits.length) {
    const c = concept(hits[0].id);
    return c && (c.type === 'org' || c.type === 'country') ? { id: c.id, text: name, lang: f.lang } : undefined;
  }
  // A Korean topic the lexicon does not know is a name or a common noun ("네이버는", "정부는"); either way a
  // sentence in Korean that does not write it is about something else. Not when the sentence reports speech:
  // "전문가들은 …라고 본다" names who judges, not who acts.
  if (f.lang === 'ko' && REPORTED.test(text)) return undefined;
  return { text: name, lang: f.lang };
}
/** A Korean sentence that reports what someone said, wrote or expects. */
const REPORTED =
  /(?:[다라]고|것으로|[으이]?라며)\s?(?:했|말했|밝혔|전망했|예상했|내다봤|설명했|강조했|덧붙였|주장했|분석했|평가했|봤|본다|보고 있|전했|기대했|예측했|보도했|발표했|알렸|썼)/;
/** A name before a topic or subject particle opening the sentence: "UAE는", "MGX가", "소프트뱅크는". */
const KO_ACTOR = /^([A-Za-z][A-Za-z0-9&.-]*(?:\s[A-Z][A-Za-z0-9&.-]*)*|[\uac00-\ud7a3A-Za-z0-9]+?)(?:은|는|이|가)\s/;
/** "Nvidia will ship", "The UAE will invest", "MGX and G42 said": capitalized words opening the sentence before a verb. */
const EN_ACTOR =
  /^(?:The\s+)?([A-Z][A-Za-z0-9&.-]*(?:\s(?:[A-Z][A-Za-z0-9&.-]*|and|&))*?)\s+(?:will|would|could|has|have|had|is|was|are|were|plans?|planned|announced|invests?|invested|pledged|spends?|spent|ships?|shipped|expects?|expected|intends?|aims?)\b/;
const ACTOR: Record<Lang, RegExp> = { ko: KO_ACTOR, en: EN_ACTOR };
/** Openings that are no actor's name. */
const NOT_ACTOR =
  /^(?:AI|A|I|It|We|They|He|She|This|That|These|Those|There|In|On|At|By|For|About|Some|Its|Our|Their|His|Her|이|그|이들|그들|이는|이번|올해|당시|현재)$/;

/** Whether a source figure's sentence names the claim's actor (its concept, or its spelling case aside). */
function namesActor(e: Entry, actor: Actor): boolean {
  if (actor.id) {
    if (
      e.fig.subject.weightOf(actor.id) !== undefined ||
      (!!concept(actor.id)?.venture && ventures(e.src).has(actor.id))
    )
      return true;
    // A country acts through its government, which a paper of that country calls just "the government" (정부는):
    // a sentence naming no country may be about it; one naming only others (America's 5000억 달러) is not.
    if (concept(actor.id)?.type === 'country') {
      const f = factsOf(e);
      return !(f.countriesS ??= countriesOf(e.fig, SENTENCE_WEIGHT)).length;
    }
    return false;
  }
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent) return false;
  // A sentence in the other language may write the name in its own script ("Seoul" / 서울, 엔비디아): it cannot
  // be told not to name it.
  if (sent.lang !== actor.lang) return true;
  return sent.text.toLowerCase().includes(actor.text.toLowerCase());
}

/** Whether the clause that states an entry's floor is a requirement (THRESHOLD), worked out once. */
function isThreshold(e: Entry): boolean {
  const f = factsOf(e);
  if (f.threshold === undefined) {
    const text = e.src.sentences[e.fig.sentence]?.text ?? '';
    // The figure's offsets are into its sentence; the clause around it decides.
    const at = e.fig.start - (e.src.sentences[e.fig.sentence]?.start ?? 0);
    const clause = clauses(text).find((c) => c.start <= at && at < c.end) ?? { start: 0, end: text.length };
    f.threshold = THRESHOLD.test(text.slice(clause.start, clause.end));
  }
  return f.threshold;
}

/** Whether an entry's sentence calls any amount a phase or an addition (a 'part' term at sentence weight). */
function speaksOfParts(e: Entry): boolean {
  const f = factsOf(e);
  if (f.parts === undefined) f.parts = conceptsWhere(e.fig, SENTENCE_WEIGHT, (c) => c.type === 'part').length > 0;
  return f.parts;
}

/** The scope an entry's own clause gives it (scope.ts), worked out once. */
function entryScope(e: Entry): Scope {
  const f = factsOf(e);
  if (f.scope === undefined) {
    const sent = e.src.sentences[e.fig.sentence];
    f.scope = (sent && scopeOf(sent.text, e.fig.start - sent.start, clausesOf(sent))) ?? null;
  }
  return f.scope ?? undefined;
}

/** The places an entry's sentence names, or when it names none the sentence before it (the article's context). */
function entryPlaces(e: Entry): string[] {
  const f = factsOf(e);
  if (!f.places) {
    const inSentence = (i: number) => {
      const sent = e.src.sentences[i];
      if (!sent) return [];
      let p = placesOfSentence.get(sent);
      if (!p) {
        const spans =
          figuresBySentence(e.src)
            .get(i)
            ?.map((g) => ({ start: g.start - sent.start, end: g.end - sent.start })) ?? [];
        placesOfSentence.set(sent, (p = placesIn(sent.text, sent.lang, spans)));
      }
      return p;
    };
    f.places = inSentence(e.fig.sentence);
    if (!f.places.length && e.fig.sentence > 0) f.places = inSentence(e.fig.sentence - 1);
  }
  return f.places;
}

const clausesOfSentence = new WeakMap<object, Span[]>();
/** A source sentence's clauses, worked out once (its many figures share them). */
function clausesOf(sent: { text: string }): Span[] {
  let c = clausesOfSentence.get(sent);
  if (!c) clausesOfSentence.set(sent, (c = clauses(sent.text)));
  return c;
}
const placesOfSentence = new WeakMap<object, string[]>();
const figuresOfSentence = new WeakMap<Source, Map<number, Figure[]>>();
/** A source's figures by sentence index. */
function figuresBySentence(src: Source): Map<number, Figure[]> {
  let m = figuresOfSentence.get(src);
  if (!m) {
    m = new Map();
    for (const g of src.figures) {
      const l = m.get(g.sentence);
      if (l) l.push(g);
      else m.set(g.sentence, [g]);
    }
    figuresOfSentence.set(src, m);
  }
  return m;
}
const placesOfArticle = new WeakMap<Source, string[]>();
/** Every place an article names (placesIn over its sentences), worked out once. */
function articlePlaces(src: Source): string[] {
  let out = placesOfArticle.get(src);
  if (!out) {
    const all = new Set<string>();
    for (const sent of src.sentences) for (const p of placesIn(sent.text, sent.lang, [])) all.add(p);
    placesOfArticle.set(src, (out = [...all]));
  }
  return out;
}

/** shareOf an entry's figure, worked out once. */
function shareOfEntry(e: Entry): 'part' | 'whole' | undefined {
  const f = factsOf(e);
  if (f.share === undefined) f.share = shareOf(e.fig) ?? null;
  return f.share ?? undefined;
}

/** Whether the figure's own clause calls it a total ('whole') or a phase or addition ('part'), when it says only one. */
function shareOf(f: Figure): 'part' | 'whole' | undefined {
  let part = false,
    whole = false;
  for (let i = 0; i < f.subject.size; i++) {
    if (f.subject.weightAt(i) < 1) continue;
    const type = concept(f.subject.nameAt(i))?.type;
    if (type === 'part') part = true;
    else if (type === 'whole') whole = true;
  }
  return part === whole ? undefined : part ? 'part' : 'whole';
}

export function isVague(f: Pick<Figure, 'qualifier' | 'text'>): boolean {
  return f.qualifier === 'range' && !/\d/.test(f.text);
}

/** A source whose publication date is the claim's (cited sources first), as an agreeing entry on its first sentence. */
function datelineOf(corpus: Corpus, claim: Figure, cited: string[], self?: string): Scored | undefined {
  const dated = corpus.sources.filter(
    (src) => src.meta.date && src.file !== self && datesAgree(claim.value, src.meta.date),
  );
  const src = dated.find((x) => cited.includes(x.key)) ?? dated[0];
  const first = src?.sentences[0];
  if (!src || !first) return undefined;
  // A figure in every field the judging reads (an empty subject: the dateline is about no term).
  const fig = {
    text: src.meta.date!,
    range: first.range,
    value: src.meta.date!,
    unit: 'date',
    kind: 'date',
    qualifier: 'exact',
    lang: first.lang,
    sentence: 0,
    subject: Subject.of(claim.subject.terms, new Map()),
  } as Figure;
  return { fig, src, score: 1, agrees: true, via: undefined, count: undefined };
}

/**
 * At most this many source sentences in a claim's sources, besides the cited sources' (never left out): more
 * than the hover shows (MAX_HOVER_SOURCES), so Go to Definition and Peek can list other versions, and bounded,
 * since a figure like "$500 billion" is stated in nearly every article of the corpus.
 */
const MAX_REFS = 12;

/**
 * One entry per source sentence, the first in `ranked` order: a sentence that states the claim's value
 * ("1000억달러" beside "최대 4000억달러") is one agreeing ref, not an agreeing and a disagreeing one, and its
 * figure in the claim's unit is the one shown. The first `max` sentences, and every cited source's.
 */
function onePerSentence(ranked: Scored[], max: number, cited: string[]): Scored[] {
  const seen = new Set<string>();
  const out: Scored[] = [];
  for (const s of ranked) {
    const k = `${s.src.file}\0${s.fig.sentence}`;
    if (seen.has(k)) continue;
    seen.add(k);
    if (out.length < max || cited.includes(s.src.key)) out.push(s);
  }
  return out;
}

function toRef(s: Scored): SourceRef {
  const sent = s.src.sentences[s.fig.sentence];
  return {
    key: s.src.key,
    file: s.src.file,
    outlet: s.src.meta.outlet,
    author: s.src.meta.authors[0],
    date: s.src.meta.date,
    title: s.src.meta.title,
    lang: s.fig.lang,
    sentence: { range: sent.range, text: sent.text },
    match: { text: s.fig.text, range: s.fig.range, value: s.fig.value, unit: s.fig.unit, qualifier: s.fig.qualifier },
    agrees: s.agrees,
    score: Math.round(s.score * 1000) / 1000,
  };
}
