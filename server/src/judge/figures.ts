// A report figure judged against the source figures of the same kind whose subject matches: judgeSentenceFigures'
// verdict (supported, conflicting, unsupported) and the thresholds it is reached by. The index it searches is
// figureIndex.ts, what may contradict a claim contradictionGate.ts, the finding it returns figureFindings.ts.
import { isPartOf, otherPart, partLabelOf, type PartLabel } from '../extract/partLabel';
import type { Corpus } from '../corpus/corpus';
import { extractFigures } from '../extract/figures';
import { formatFigure } from '../format/figures';
import { KO_NATIVE_NUMERALS } from '../extract/figures/units';
import { EN_UNITS } from '../extract/numerals/english';
import { amountRole, givenAsAsked, rowRole, type Role } from './role';
import { dividedWhole, givenAsShare } from './dividedWhole';
import {
  figureBreaks,
  koreanFirmName,
  koreanFirmStem,
  mayNameKoreanFirm,
  figurePiece,
  nounTerms,
  SENTENCE_WEIGHT,
  WORD_WEIGHT,
  pointsBack,
  similarityTo,
  soundLinked,
  Subject,
  type TermWeights,
} from '../extract/subjects';
import {
  changeOf,
  changesOf,
  firstAt,
  hasChangeWord,
  perTimeAside,
  sameQuantity,
  type Change,
} from '../extract/change';
import {
  agrees,
  datesAgree,
  datesSharePart,
  coarserDate,
  dateParts,
  dateWithinBound,
  type DateParts,
  interval,
  intervalsAgree,
  type Interval,
  sameValue,
} from '../extract/values';
import {
  AMOUNT_KINDS,
  type Claim,
  type Figure,
  type Finding,
  type Fix,
  type Lang,
  type RawFigure,
  type Severity,
  type Source,
  type SourceRef,
  type Span,
} from '../types';
import {
  DISTRIBUTIVE,
  groupKey,
  itemLabelActor,
  namesActor,
  sentenceFactsOf,
  sentenceSays,
  type SentenceFacts,
} from './claimSentence';
import { figureLabels, namesLabels } from './bracketLabel';
import { DUE_NOW, EN_MONTH_NAMES, NOW, THEN, UNCHANGED } from './laterLevel';
import { currentLevel } from './current';
import { articleWritesName, enSubjectName, issuerElsewhere, ownerElsewhere } from './carriedOwner';
import { contradictionGate } from './contradictionGate';
import { joinedPlaces, namesOneSideOnly } from './joinedPlaces';
import { entryFrame, ofAnotherBase, percentFrame, type PercentFrame } from './percentBase';
import { countedNounOf, countedSumAt, sumOfOneThing } from './countedSum';
import {
  articlePlaces,
  sectionPlacesOf,
  entitiesOf,
  entryPlaces,
  entrySectionPlaces,
  entryKoSectionPlaces,
  additionOf,
  entryCell,
  entryInRow,
  sentencePlaces,
  entryClausePlaces,
  entryDenied,
  entryEach,
  entryGenerates,
  entryNamesSite,
  generatesAt,
  namesSiteAt,
  perOneAt,
  entryKoSites,
  entryPartCount,
  entryCarriedOwner,
  entrySpeakerFirm,
  entryIssuer,
  entrySummed,
  entryKoName,
  entryItem,
  entryItemOthers,
  commonFirstOff,
  koSiteWordsIn,
  entrySiteNames,
  entryChange,
  entryDateOfThen,
  dateOfThenIn,
  entryClauseActor,
  entryHead,
  entryFullSite,
  entryHolder,
  entryLabel,
  entryKoLabel,
  entryBare,
  entryPartLabel,
  entryMembers,
  entryNarrowing,
  entryPlanned,
  entryScope,
  entryVague,
  INCLUDING,
  isThreshold,
  isVague,
  measuredHead,
  namesAny,
  shareOf,
  shareOfEntry,
  speaksOfParts,
  usedAsPlace,
  placeUsesIn,
  saidOn,
  documentDatedAt,
  asOfAt,
  entryDatelineDays,
  entryInstead,
  entryLater,
  entryRevised,
  versionWords,
} from './figureFacts';
import { MAX_REFS, mismatchFinding, onePerSentence, toRef } from './figureFindings';
import {
  bucketKey,
  candidateNumbers,
  entriesOf,
  sentenceEntries,
  indexOf,
  measuresAlike,
  viaAgrees,
  Scored,
  type Named,
  sentenceKey,
  type Bucket,
  type Entry,
  type Ordinal,
} from './figureIndex';
import {
  describeFigure,
  figurePartOnlyMessage,
  figureUnsupportedMessage,
  shareFixTitle,
  shareSlipMessage,
  productSlipMessage,
  rateSlipMessage,
  productFixTitle,
  sourceLabel,
} from './messages';
import { countedAlike, countedApart, countedUncertain, isStage, runNarrowingTerms } from './counted';
import {
  isPlaceWord,
  isTotal,
  EN_PLACE_HEADING,
  placesIn,
  siteNamesIn,
  placesShared,
  readingsIn,
  scopeOf,
  speaksOfFullSite,
  ofNamedPhases,
} from './scope';
import { concept, termsIn, wordTerm } from '../domain/lexicon';
import { foreignNameShaped } from '../text/translit';
import { sourceRank } from './sourceRank';
import { enWords, koWords } from '../domain/language';
import { alternation, escapeRe, firstIndex } from '../text/text';
import {
  holderOf,
  koLabelBefore,
  koNameBefore,
  koTopicOf,
  labelOf,
  nameOf,
  sameHolder,
  sameLabel,
  sentenceNames,
  stretchOf,
} from './holder';

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
/** Words by which an English line points back to the site the sentence before names. */
const POINTS_BACK =
  /\b(?:its|their)\b|^\s*(?:[-*+]\s+)?(?:it|there)\b|^\s*(?:[-*+]\s+)?(?:the|this|that)\s+(?:site|campus|facility|complex|cluster|plant|data\s+cent(?:er|re))\b/i;

/** How many sentences back a source sentence that names no place looks for the place it goes on about. */
const PLACE_BACK = 3;
/** A contradicting source this many times closer on the subject than every agreeing one leaves the claim unknown. */
const OUTWEIGHS = 2;
/** A source figure within this fraction of the best score belongs to the group the claim is judged against. */
const GROUP_RATIO = 0.7;

/**
 * How far above a source's floor a claim may go before it no longer reports it: "more than 100,000 jobs" is what a
 * writer says of 110,000, not of 200,000 (the same reach as a claim's own bound, values.ts NEAR).
 */
const FLOOR_REACH = 1.25;

/** Kinds whose unsupported figures are worth telling the user about (dates and durations are too common). */
const REPORT_UNSUPPORTED = AMOUNT_KINDS;

/**
 * Moves the items of `from` that `move` picks to the end of `to`, last first (as splicing them out one by one
 * from the end did), keeping the order of the rest; in one pass.
 */
function moveWhere(from: Scored[], to: Named[], move: (s: Scored) => boolean): void {
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

type ClaimFigure = Figure & {
  sentenceText?: string;
  /**
   * For a figure in a table's cell: its row's text (its other cells say what the cell's figure is), its column's
   * header cell's, and whether the cell is the figure alone (but for a qualifier).
   */
  tableRow?: { text: string; column?: string; bare: boolean };
  sentenceStart?: number;
  sentenceFigures?: readonly RawFigure[];
  /** The heading the claim's block stands under. */
  headingText?: string;
  /** The report's title (CheckInput.titleOf). */
  titleText?: string;
  /** The places of a heading of names the report writes as places elsewhere (CheckInput.headingPlacesOf). */
  headingPlaces?: string[];
  /** The places its heading names as names (CheckInput.headingNamesOf). */
  headingNames?: string[];
  /** The sentence before it that a phase's figure goes back to for its place (CheckInput.placeContextOf). */
  placeContext?: () => { text: string; lang: Lang; places: string[] } | undefined;
  /** The sentence whose amount the claim's sentence opens on, as its topic (CheckInput.actorContextOf). */
  actorContext?: () => string | undefined;
  /** The labelled parent item of a 개조식 sub-item (CheckInput.itemLabelOf). */
  itemLabel?: () => string | undefined;
  /** The sentence right before the claim's in its block, when there is one (a line that points back reads it). */
  sentenceBefore?: () => { text: string; lang: Lang } | undefined;
};

/**
 * The figures of one report sentence, judged together: each against the source figures that speak of its subject, and
 * each also against the source sentence that restates the report's sentence, when one does (restatedBy). `self`: the
 * file of the report's own source (CheckOptions.self), which is no evidence for it.
 */
export function judgeSentenceFigures(
  corpus: Corpus,
  figs: readonly ClaimFigure[],
  ords: ReadonlyMap<ClaimFigure, Ordinal>,
  cited: string[],
  unsupported: Severity | 'off',
  self?: string,
): { claim: Claim; finding?: Finding }[] {
  // (the sources whose outlet the sentence names as its teller: they judge as cited ones do, tellerKeys)
  const tellers = tellerKeys(corpus, figs[0]?.sentenceText, figs[0]?.lang);
  const judgedBy = tellers.length ? [...new Set([...cited, ...tellers])] : cited;
  const evidence = figs.map((f) => {
    corpus.probe?.figure?.(f, cited);
    return collectEvidence(corpus, f, ords.get(f)!, judgedBy, self, undefined, false, tellers);
  });
  // Each figure's restating sentence, as another figure of the line would name it (none in a sentence of many figures:
  // a table row or a list, which no one source sentence restates; and so the work stays linear in a long line).
  const anchors =
    figs.length > 1 && figs.length <= MAX_RESTATED_FIGURES ? evidence.map((ev) => anchorOf(ev.scored)) : undefined;
  const arithmetic = lineArithmetic(figs);
  // (whether the line says its levels are today's, read once a line)
  const said = figs[0]?.sentenceText;
  const lineNow =
    said !== undefined && (saysToday(sentenceFactsOf(figs[0], indexOf(corpus)), said) || tableToday(figs[0]));
  let amounts: SiteShareAmounts | undefined;
  const judged = figs.map((f, i) => {
    let ev = evidence[i];
    // An article that states this figure and, in the next or the previous sentence, another figure of the line, and
    // contradicts neither, is the version the line gives, wherever its words differ from the line's: another
    // source's other version is no refutation (both stay in the hover).
    const version = coStatedVersion(figs, i, evidence);
    const restatedAs =
      (anchors && !version ? restatedBy(corpus, figs, anchors, i, evidence) : undefined) ??
      (!version ? restatedByParty(corpus, f, evidence[i]) : undefined);
    const restated = restatedAs?.entry;
    if (restated) {
      // Its figure in place of this one judges it, whatever the gates that keep a figure of another level, a bound
      // or a sibling's value from judging; and a figure of another sentence that agrees only weakly (below the bar
      // that a contradiction must pass) is no evidence beside it: the source's own sentence says otherwise.
      ev = collectEvidence(corpus, f, ords.get(f)!, judgedBy, self, restated, restatedAs.held, tellers);
      const k = sentenceKey(restated);
      // (an amount the restating sentence pairs with another date than the line's is that date's, restatedByAnchor; and
      // so is one another sentence pairs so, where the line's date found its figure by such a pairing: "80 local people
      // in 2027 and 120 local people in 2028" vouches for no "2028년에 … 80명". Its text read only for such a line)
      const apart = restatedAs.apart;
      if (apart?.length)
        moveWhere(
          ev.scored,
          ev.named,
          (s) =>
            s.agrees &&
            !!s.entry &&
            (apart.includes(s.entry) || (!s.via && sentenceKey(s) !== k && pairedWithOtherDate(corpus, s.entry, figs))),
        );
      // (Not one paired by its holder or its stage below the contradiction bar: it judges where nothing vouches, and an
      // agreeing figure of another sentence still vouches beside it, as "450 permanent jobs" of the campus does beside
      // the power plants' "about 60 permanent positions" that a line's "on top of about 1,100 jobs" finds.)
      if (ev.scored.some((s) => s.entry === restated && !s.agrees && (!restatedAs.held || s.score >= MIN_SCORE))) {
        moveWhere(ev.scored, ev.named, (s) => s.agrees && s.score < MIN_SCORE && sentenceKey(s) !== k);
        // …nor, where the line's run of this measure found the restating sentence (restatedByRun), is a sentence less
        // close than that one whose own run of this measure is another: it states this figure's value beside another
        // of the measure that none of the line's figures is, and none of the line's others ("The campus is planned in
        // two phases: 100 MW … and a further 150 MW by 2031", another campus's, for "… a first phase of 100 MW and a
        // second phase of 120 MW", which the restating sentence gives as 60 MW and 120 MW).
        const bar = restatedAs.run
          ? ev.scored.reduce((m, s) => (s.entry === restated ? Math.max(m, s.score) : m), 0)
          : 0;
        moveWhere(
          ev.scored,
          ev.named,
          (s) => s.agrees && s.score < bar && sentenceKey(s) !== k && anotherRun(corpus, figs, i, s),
        );
      }
    }
    const { scored, named, distributive, partOnly } = ev;
    // The writer's own arithmetic ("At \$25 billion, High Plains alone was about 5% of Stargate's \$500 billion pledge")
    // is said of the line's own amounts: a percent of another thing in a source does not refute it.
    if (derivedShare(f, figs) || derivedChange(f, figs) || shareOfShare(f, figs))
      moveWhere(scored, named, (s) => !s.agrees);
    // …and so is a share of the site or cost its line names that the sources' part and whole make ("AUD390 million,
    // about 22% of the project cost" beside "The total project cost is estimated at AUD1.8 billion"): a source's
    // percent of another thing ("funded 65% by project finance debt") does not refute it (siteShareOf).
    else if (
      f.kind === 'percent' &&
      scored.some((s) => !s.agrees) &&
      siteShareOf(corpus, f, figs, (amounts ??= siteShareAmounts(figs)), i, evidence)?.covered
    )
      moveWhere(scored, named, (s) => !s.agrees);
    else {
      const held = arithmetic.get(f);
      if (held) moveWhere(scored, named, (s) => !s.agrees && !held(corpus, s));
    }
    // The part that the line's own percent makes of this amount ("at least 30 per cent of the 1,800 construction jobs")
    // is what a source that states that part gives ("not less than 30 per cent of the construction jobs, that is 540
    // jobs"): the part of the whole, not another version of it.
    const share = lineShareOf(f, figs, i);
    if (share) moveWhere(scored, named, (s) => !s.agrees && !!s.entry && share(s.entry));
    // …and the other way: the line's amount that one of its own percents makes of a source's amount ("to be financed
    // 70% by project debt and 30% by equity" of "US\$11.5 billion", for "which put total equity at about US\$3.45
    // billion") is that share of it, worked out: the source's whole is no other version of it.
    const sharedOf = shareOfSourceBy(f, figs);
    if (sharedOf) {
      const wholes = scored
        .filter((s) => !s.agrees && !!s.entry && sharedOf(s.entry))
        .map((s) => Number(s.entry!.sigFig.value));
      moveWhere(scored, named, (s) => !s.agrees && !!s.entry && sharedOf(s.entry));
      // …and so is a source amount nearer such a whole than the line's amount (a later or another total, "The agreement
      // puts the total investment at US\$7.2 billion", beside the US\$11.5 billion the line took its 30% of): another
      // version of the whole, not of the part; an amount near the line's own still judges it.
      if (wholes.length) {
        const part = Number(f.value);
        const far = (v: number, w: number) => Math.abs(Math.log(v / w));
        moveWhere(
          scored,
          named,
          (s) =>
            !s.agrees &&
            !!s.entry &&
            s.entry.kind === f.kind &&
            s.entry.unit === f.unit &&
            wholes.some((w) => far(Number(s.entry!.sigFig.value), w) < far(Number(s.entry!.sigFig.value), part)),
        );
      }
    }
    // A level the line says its amount changed to at a time it gives ("In October the order grew to 300 MW / 1,200 MWh
    // and US\$365 million") is not refuted by an article published before that time: what it states is the level
    // before (the June article's 250 MW / 1,000 MWh heads of agreement). Both stay in the hover.
    // (and the date of that change: the June article's "A final contract is expected by September" expected it)
    const since = changedAt(f, figs);
    if (since) moveWhere(scored, named, (s) => !s.agrees && publishedBefore(s.src.meta.date, since));
    // A line that gives its level as today's ("Stargate currently puts the campus itself at about A\$34 billion") is
    // not refuted by a level a source says was revised to the line's ("In March, Stargate put the campus at about A\$31
    // billion. By September it was telling investors about A\$34 billion."), nor by that level in an article no later.
    // (asked only where no source vouches at the bar a contradiction needs: it reads the sources' next sentences)
    if (lineNow && !scored.some((s) => s.agrees && s.score >= MIN_SCORE)) {
      const revised = revisedToClaim(corpus, f, scored);
      if (revised) moveWhere(scored, named, revised);
    }
    // A source amount that the line's own amounts of this measure add up to ("풍력 900MW와 배터리 450MW" against
    // "up to 1,350 megawatts … from new wind farms and batteries") is their whole: it refutes none of them.
    const whole = wholeOfParts(f, figs);
    if (whole) moveWhere(scored, named, (s) => !s.agrees && whole(s));
    // …nor does a source sentence that writes another whole with its own parts, where the line writes its whole with
    // its parts (the other campus's "80 MW …: 32 MW … and 48 MW", against "60 MW …, 24 MW … and 36 MW"): anotherWholeOf.
    const another = scored.some((s) => !s.agrees) ? anotherWholeOf(corpus, f, figs) : undefined;
    if (another) moveWhere(scored, named, another);
    // …and the other way: a line's amount that amounts of one source sentence add up to ("700 MW of solar and wind"
    // against "520 MW of solar photovoltaic and 180 MW of wind capacity") is their whole: they refute it no more.
    const summed = partsSummingTo(corpus, f, scored);
    if (summed) moveWhere(scored, named, (s) => !s.agrees && summed.has(s.entry!));
    // …and across a source's sentences: a line's amount that amounts of one source in two or more of its sentences add
    // up to, each of them a figure of the line's subject (one refuting, the others refuting or named beside it), is their
    // total: a tracker's rows "| Namgang Cable (Jinju) | Plomin | … | ≈ KRW 86.4bn |" and "| Namgang Cable (Jinju) |
    // Dunamente, phase 1 | … | ≈ KRW 51.2bn |" do not refute "Namgang Cable for KRW 137.6 billion".
    const rows = partsAcrossSentences(corpus, f, scored, named);
    if (rows) moveWhere(scored, named, (s) => !s.agrees && rows.has(s.entry!));
    // A difference the line works out of two amounts a source states ("From the lowest bid to the highest is a spread of
    // USD 14.7m" of "offered USD 46.8 million" and "the highest was USD 61.5 million") is their difference: the levels
    // it is the difference of, or others of theirs, do not refute it (differenceOfSource).
    if (scored.some((s) => !s.agrees) && differenceOfSource(corpus, f, scored))
      moveWhere(scored, named, (s) => !s.agrees);
    // A total the line gives of a number of things ("Together the three campuses come to 330 MW") is refuted only by a
    // source amount given of that many: another total, of other things ("two heat pumps totalling 18 MW"), or one
    // thing's level, is not that sum (totalOfCounted).
    const counted = scored.some((s) => !s.agrees) ? totalOfCounted(f, figs) : undefined;
    if (counted) moveWhere(scored, named, counted);
    // …and a total the line adds up from its own part and another part one source states beside that part ("부족분은
    // 처리수 연 210만㎥로 메우며, 지하수와 처리수를 합친 물은 연 360만㎥" of a concession's "1,500,000 cubic meters" of
    // groundwater and "2,100,000 cubic meters per year of treated wastewater"): the writer's own sum of the source's
    // parts, which another amount of one part ("to 1,200,000 cubic meters per year" of the groundwater by 2031) does
    // not refute.
    if (scored.some((s) => !s.agrees) && sumOfLinePart(corpus, f, figs, evidence))
      moveWhere(scored, named, (s) => !s.agrees);
    // A total the line works out over its own term from a rate a source states ("Stargate pays \$4 million a year into a
    // county fund" for "Over 15 years that county fund would receive \$60 million"): another amount of those sources
    // (the abatement's "\$290 million over 15 years") does not refute it.
    if (scored.some((s) => !s.agrees) && rateOverTerm(corpus, f, figs, scored))
      moveWhere(scored, named, (s) => !s.agrees);
    // The line's own conversion of another amount of it ("Teesside's £15.5 billion is about \$20 billion", "12조 원은 약
    // 90억 달러다") is said at a rate no source gives: an amount in its currency that a source states of something else
    // (an analyst's nine-campus total "at our exchange rates") does not refute it. Only a source that states the
    // conversion of that very amount ("12조 원(약 84억 달러)") judges it, whatever words its sentence shares.
    const from = conversionOf(f, figs, i);
    if (from !== undefined) {
      moveWhere(scored, named, (s) => !s.agrees);
      for (const s of statedConversions(corpus, f, figs[from], evidence[from].scored))
        if (!scored.some((x) => x.entry === s.entry)) scored.push(s);
    }
    // The line's own restatement of its amount before in another unit ("1,150 acres, or about 465 hectares", "1.4 GW
    // (1,400 MW)") is that amount again: what vouches for it vouches for this one, and another source figure that
    // disagrees with this one disagrees with that one too, whose own verdict says so (once, not twice).
    const again = unitRestatementOf(f, figs, i);
    if (again !== undefined) {
      moveWhere(scored, named, (s) => !s.agrees);
      for (const s of evidence[again].scored) if (s.agrees && !scored.some((x) => x.entry === s.entry)) scored.push(s);
    }
    // …and one that does not work out to it ("540 hectares of dry farmland, about 2,300 acres") is refuted by what
    // vouches for the amount it restates: the sources give that amount, and the line's other unit says another.
    const wrongly = again === undefined ? unitRestatementOf(f, figs, i, true) : undefined;
    if (wrongly !== undefined) {
      const vouching = evidence[wrongly].scored.filter((s) => s.agrees && s.entry && !s.via && s.score >= MIN_SCORE);
      if (vouching.length) {
        moveWhere(scored, named, () => true);
        for (const s of vouching)
          scored.push(new Scored(s.entry, undefined, s.src, s.score, false, undefined, s.count));
      }
    }
    // "Prairie Plains Electric will supply the campus's full 1.8 gigawatts" against "… contract to serve 1,200
    // megawatts of the campus's 1.8 gigawatts": the whole the line gives the actor is stated there as what the actor's
    // part is of; the part judges the line (a part given as the whole), not the whole.
    // (then a source that gives the whole alone, "a 1.4 GW campus", says nothing of the actor's share: only one that
    // gives the actor the whole as the line does, "all 1.4 GW", still vouches)
    const parts = partsOfWhole(corpus, f, scored);
    if (parts.length) {
      moveWhere(scored, named, (s) => s.agrees && !givesWhole(s));
      for (const [, part] of parts) if (!scored.some((x) => x.entry === part.entry)) scored.push(part);
    }
    // "Cheonghae Cable's Stargate orders total about KRW 260bn" against "두 계약을 합친 금액은 4,150억 원이다. 영국 계약은 …
    // 2,600억 원 규모다. 아르헨티나 계약은 … 1,550억 원이다": the line's total is a part the source adds up to its total.
    // …and "해림전선이 공급하는 HVDC 케이블은 모두 340㎞다" against "해저케이블 680㎞ (해저 구간 340㎞ × 2회선)": the line's total
    // is one of the source's equal parts, whose product the source states beside it.
    const totals = [...totalsOfPart(corpus, f, scored), ...productsOfPart(corpus, f, scored)];
    if (totals.length) {
      moveWhere(scored, named, (s) => s.agrees && totals.some(([p]) => p === s));
      for (const [, t] of totals) if (!scored.some((x) => x.entry === t.entry)) scored.push(t);
    }
    // What a party asked for that the next sentence says was not adopted is no fact of the subject: it vouches for
    // nothing. Asked only where a source speaks against the line, of the closest agreeing figures: it reads their
    // sources' text, and asked of every candidate a check decoded a snapshot many times over.
    // (and only where at most two sources vouch: past that, one request set aside changes no verdict)
    const vouching = scored.some((s) => !s.agrees) ? closestAgreeing(scored) : [];
    if (vouching.length && new Set(vouching.map((s) => s.src)).size <= 2) {
      const rejected = new Set(vouching.filter((s) => rejectedProposal(s.entry!)));
      if (rejected.size) moveWhere(scored, named, (s) => rejected.has(s));
    }
    // An amount applied for is not the amount granted ("연간 260만㎥의 취수를 신청했으나 … 190만㎥만 허가했다", "applied
    // for a concession to abstract up to 2,600,000 m3", "The partners had applied for 500 hectares; the … committee
    // allotted 420 hectares"): a line whose own clause calls its amount granted ("The province and the city granted KRW
    // 3.8 billion in subsidies", "26억 원이 확정됐다", "allotted 500 hectares") is neither vouched for nor refuted by a
    // source amount its own clause calls applied for ("보조금 38억 원을 신청했으며", "신청액은 38억 원"): what was asked for
    // says nothing of what was decided ("델타걸프파워는 … 합계 2,250MW를 33억 달러에 짓겠다고 … 신청했다" for "위원회는 … 2기
    // (1,500MW, 상한 22억 달러)를 인가하고"); and a line that calls its amount applied for by none its own clause calls
    // granted. A line whose clause says neither, or both ("granted 2.6 of the 3.8 applied for"), is judged as before.
    // One reader of both roles, the line's and the source figure's (role.ts), on every line, asked of the closest
    // agreeing figures and the strongest contradicting ones.
    const role = lineRole(f);
    if (role) {
      const other = role === 'granted' ? 'applied' : 'granted';
      const asked = new Set([
        ...closestAgreeing(scored),
        ...scored
          .filter((s) => !s.agrees && s.entry && !s.via)
          .sort((a, b) => b.score - a.score)
          .slice(0, MAX_REFS),
      ]);
      const applied = role === 'granted' ? [...asked].filter((s) => s.agrees && entryRole(s.entry!) === 'applied') : [];
      moveWhere(scored, named, (s) => asked.has(s) && entryRole(s.entry!) === other);
      // …and where nothing else vouches for a line's amount granted, an article that gives it as the amount applied for
      // and another amount of its measure as the one granted ("the application requests an exemption from Income Tax
      // for a period of fifteen (15) years" … "The company is granted an exemption from Income Tax for a period of ten
      // (10) years", "소득세 면제를 15년 신청했는데 10년만 승인") says what was granted: that amount judges the line, at the
      // bar an agreeing figure passes (grantedBeside).
      // (not a line that writes another amount of the measure: "approved … 65% …, below the 80% Stargate had requested"
      // tells the request and the grant itself, in its own words)
      const alone = !figs.some((g, j) => j !== i && groupKey(g.kind, g.unit) === groupKey(f.kind, f.unit));
      if (applied.length && alone && !scored.some((s) => s.agrees))
        for (const s of applied) {
          const g = grantedBeside(corpus, f, s.entry!);
          if (g && !scored.some((x) => x.entry === g.entry))
            scored.push(new Scored(g.entry, undefined, g.entry.src, g.score, false, undefined, g.count));
        }
    }
    // A total the line adds up from its own amounts before it, each vouched for at the bar a contradiction needs ("신규
    // 고용은 중원패널 60명, 새솔이엔에스 80명으로 모두 140명이다"), is the writer's sum of what the sources state: a source figure
    // of something else (a ceremony's "20여 명이 참석했다") does not refute it. One a source gives as a total still does.
    if (scored.some((s) => !s.agrees) && sumOfVouchedParts(f, figs, i, evidence))
      moveWhere(scored, named, (s) => !s.agrees && !(s.entry && sourceTotal(s.entry)));
    // A figure the line gives as talk, what is said among some people ("회사 내부 계획이 65명이라는 말이 나온다", "…130명이라는
    // 말도 나온다", "rumoured to be 65"), claims only that it is said: a source that states it vouches, and one that states
    // another level (the official 60명 the line's "다만" sets it against) does not refute it.
    if (scored.some((s) => !s.agrees) && talkLine(f)) moveWhere(scored, named, (s) => !s.agrees);
    // A memorandum's amount is not the contract's ("최대 3,000억 원 규모의 … 공급 양해각서(MOU)를 맺었다" for "3,000억 원
    // 규모 … 공급 계약 체결(8월)", where "8월 본계약은 … 2,150억 원"): a line that says a contract was signed is vouched for by
    // no source figure that a memorandum, a letter of intent or a framework agreement is the nearest deal word to.
    // Asked as the request above is, where a source speaks against the line, of the closest agreeing figures.
    if (vouching.length && contractLine(f)) {
      const memo = new Set(vouching.filter((s) => memorandumAmount(s.entry!)));
      if (memo.size) moveWhere(scored, named, (s) => memo.has(s));
    }
    if (version) moveWhere(scored, named, (s) => !s.agrees && s.src !== version);
    // A table row whose one cell states the line's other figure (its column: "| 1단계 | 350MW, 2028년 1분기 | 200MW,
    // 2028년 상반기 |" for "에디스토 1단계 350MW는 … 2028년 2분기로") speaks of the line in that cell only: the other
    // cells' figures are other columns' (another site's date), and neither vouch for this one nor refute it.
    // (asked only where the line's figure has sources both ways, and only of the rows its own candidates stand in: a
    // source's text is read for a candidate's cell, not for every candidate of the line)
    if (scored.some((s) => s.agrees) && scored.some((s) => !s.agrees)) {
      const columns = lineColumns(corpus, figs, i, evidence, scored);
      if (columns.size)
        moveWhere(scored, named, (s) => {
          const k = s.entry && columns.get(sentenceKey(s.entry));
          return k !== undefined && entryCell(s.entry!) !== k;
        });
    }
    // A figure vouched for only by source figures that share a single word with the line (a Korean county's "신청 45억 원
    // 중 30억 원 확정" for "Boseong county … adds a KRW 3bn access-road grant", on 보조금 and grant alone) is not vouched
    // for where the line names its place and those source sentences, and the ones before them, do not write it: one
    // word of the subject says nothing of whose amount it is. (A single word never outweighed a contradiction either,
    // setAsideWeaker; this one vouches for nothing, and the line's figure is no source's.)
    if (scored.some((s) => s.agrees) && scored.every((s) => !s.agrees || thinVoucher(s, cited, restated))) {
      const cp = lineOwnPlaces(f);
      if (cp.length) moveWhere(scored, named, (s) => s.agrees && !writesPlaceAt(cp, s, corpus.weights));
    }
    // A figure the line gives of things its own sentence names (a plan, a road, a facility: "The Traffic Management Plan
    // allows up to 340 truck trips a day at peak on the West Bank Public Road") is not vouched for by an article that
    // never writes any of those names, where a source figure that writes one of them in its sentence (or the one before)
    // gives another value, OUTWEIGHS times as close and with the terms a contradiction needs: the same number in an
    // article on another place ("about 340 truck trips per day …, most of it between the Modjo dry port and the site")
    // is that place's (namedElsewhere).
    if (scored.some((s) => s.agrees) && scored.some((s) => !s.agrees)) {
      const apart = namedElsewhere(f, scored, cited, restated, corpus.weights);
      if (apart.size) moveWhere(scored, named, (s) => apart.has(s));
    }
    setAsideWeaker(f, scored, named, cited, ev.narrowed);
    const { group, judges } = pickJudges(scored, cited);
    return verdictOf(f, cited, unsupported, { group, judges, scored, named, distributive, partOnly });
  });
  // A share the line works out from two amounts of its own that the sources state ("about 330 GWh …, about 70 per cent
  // of the town's 520 GWh demand"; "12조 4,000억 원이며, 이 중 … 3조 6,000억 원으로 약 19%를 차지한다") and that those
  // amounts do not make, within the rounding its writing allows, is the writer's slip: wrong whatever percent another
  // source gives of something else.
  const wholes = shareWholes(figs);
  for (let i = 0; i < figs.length; i++) {
    const slip = lineShareSlip(figs[i], figs, wholes);
    if (!slip) continue;
    const part = judged[slip.part].claim;
    const whole = judged[slip.whole].claim;
    if (part.status !== 'supported' || whole.status !== 'supported') continue;
    judged[i] = shareSlipVerdict(figs[i], judged[i].claim, figs[slip.part], figs[slip.whole], slip.share, part, whole);
  }
  // …and one it works out of the site it names but gives no amount for ("The first 60 MW is due in the third quarter
  // of 2028, or 45% of the campus"), where the source sentence that states the line's part gives the whole beside it
  // ("It is to reach 150 megawatts … with the first 60 megawatts due in the third quarter of 2028": 40%).
  for (let i = 0; i < figs.length; i++) {
    // (only where no source states the line's percent of anything near its subject: that is the writer's own sum; a
    // source's percent of another thing that refutes it, "funded 65% by project finance debt", gives way to the sum)
    const status = judged[i].claim.status;
    if (figs[i].kind !== 'percent' || (status !== 'unsupported' && status !== 'conflicting')) continue;
    const slip = siteShareOf(corpus, figs[i], figs, (amounts ??= siteShareAmounts(figs)), i, evidence);
    if (slip && !slip.covered && judged[slip.part].claim.status === 'supported')
      judged[i] = siteShareVerdict(figs[i], judged[i].claim, figs[slip.part], slip.whole, slip.share);
  }
  // …and one it works out, pointing back, of the amount of the sentence before ("… under a €64 million subcontract. That
  // is about 25% of the €187.4 million contract …": 34.2%), where a source sentence that vouches for the line's whole
  // states that part beside it ("a €64m subcontract under the €187.4m … contract").
  for (let i = 0; i < figs.length; i++) {
    const status = judged[i].claim.status;
    if (figs[i].kind !== 'percent' || (status !== 'unsupported' && status !== 'conflicting')) continue;
    const slip = shareOfPartBefore(corpus, figs[i], figs, evidence);
    if (!slip) continue;
    // (shown with the source sentence that vouches for the whole and states the part, as the whole's claim has it)
    const whole = judged[slip.whole].claim;
    const refs = whole.sources
      .filter((r) => r.agrees && r.key === slip.src.key && r.sentence.text === slip.src.sentences[slip.sentence]?.text)
      .slice(0, 1)
      .map((r) => ({ ...r, agrees: false }));
    if (whole.status === 'supported' && refs.length)
      judged[i] = shareSlipFinding(figs[i], judged[i].claim, slip.part, figs[slip.whole].text, slip.share, refs);
  }
  // A total the line works out as a count times an amount each ("6대는 …, 대당 약 210톤으로 6대 합계 약 1,560톤") that
  // those two do not make, within the rounding the three are written to, is the writer's slip, when the sources state
  // the count and the amount each and none states the total.
  const product = lineProductSlip(figs);
  if (product) {
    const { total, count, each, made } = product;
    const [t, c, e] = [judged[total].claim, judged[count].claim, judged[each].claim];
    if (t.status !== 'supported' && c.status === 'supported' && e.status === 'supported')
      judged[total] = productSlipVerdict(figs[total], t, figs[count], figs[each], made, [c, e]);
  }
  // …and an amount the line works out as a rate applied to an amount it states ("applies its 2.5% rate to the site's
  // assessed value of EUR 17.6 million, about EUR 404,000 a year": 440,000), when the sources state the rate and the
  // amount and not the line's result: the writer's slip, what the two make shown.
  const rated = lineRateSlip(figs);
  if (rated) {
    const { result, rate, base, made } = rated;
    const [t, r, b] = [judged[result].claim, judged[rate].claim, judged[base].claim];
    if (t.status !== 'supported' && r.status === 'supported' && b.status === 'supported')
      judged[result] = productSlipVerdict(figs[result], t, figs[rate], figs[base], made, [r, b], true);
  }
  return judged;
}

/**
 * A line's total that is a count times an amount each, worked out wrong: the line's one amount of a unit written per
 * one of a counter ("대당 약 210톤": t/대; "about 210 tonnes per unit": t/unit; "기당 15MW"), not per a time; its one
 * count, every count of the line that value; and its one amount of that unit with no "per", which a word of the total
 * stands next to ("6대 합계 약 1,560톤", "총 210MW", "1,260 tonnes in all"). The count times the amount each, outside
 * what the total's writing and the amount each's rounding cover, is the slip (`made`). A sentence of more figures is
 * a table row or a list.
 */
function lineProductSlip(
  figs: readonly ClaimFigure[],
): { total: number; count: number; each: number; made: number } | undefined {
  if (figs.length < 3 || figs.length > MAX_RESTATED_FIGURES) return undefined;
  const counts = figs.map((g, k) => (g.kind === 'count' ? k : -1)).filter((k) => k >= 0);
  if (!counts.length || counts.some((k) => figs[k].value !== figs[counts[0]].value)) return undefined;
  const count = counts[0];
  const n = Number(figs[count].value);
  if (!(n > 1) || figs[count].qualifier !== 'exact') return undefined;
  const perOne = (g: ClaimFigure) => {
    const k = g.unit.indexOf('/');
    if (k < 0 || !AMOUNT_KINDS.has(g.kind) || g.kind === 'percent' || g.kind === 'count') return undefined;
    const per = g.unit.slice(k + 1);
    const counter =
      per === figs[count].unit ||
      `${per}s` === figs[count].unit ||
      (/^[\uAC00-\uD7A3]$/.test(per) && !KO_TIME_COUNTERS.has(per));
    return counter ? g.unit.slice(0, k) : undefined;
  };
  const eaches = figs.map((g, k) => (perOne(g) !== undefined ? k : -1)).filter((k) => k >= 0);
  if (eaches.length !== 1) return undefined;
  const each = eaches[0];
  const base = perOne(figs[each])!;
  const totals = figs.map((g, k) => (g.kind === figs[each].kind && g.unit === base ? k : -1)).filter((k) => k >= 0);
  if (totals.length !== 1) return undefined;
  const total = totals[0];
  const t = figs[total];
  if (t.qualifier !== 'exact' && t.qualifier !== 'approx') return undefined;
  if (figs[each].qualifier === 'range' || t.sentenceText === undefined) return undefined;
  const at = t.start - (t.sentenceStart ?? 0);
  const end = t.end - (t.sentenceStart ?? 0);
  const before = t.sentenceText.slice(Math.max(0, at - 16), at);
  const after = t.sentenceText.slice(end, end + 16);
  if (!(TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(after))) return undefined;
  const made = Number(figs[each].value) * n;
  const v = Number(t.value);
  if (!(made > 0 && v > 0)) return undefined;
  // (what the writing covers: the total's last written place, and the amount each's, times the count, either way;
  // and a tenth more where either is "about")
  const slack =
    (Number(t.precision || '1') || 1) / 2 +
    ((Number(figs[each].precision || '1') || 1) / 2) * n +
    (t.qualifier === 'approx' || figs[each].qualifier === 'approx' ? made * 0.1 : made * 0.02);
  return Math.abs(v - made) > slack ? { total, count, each, made } : undefined;
}
/**
 * A line's amount that is a percent rate applied to another amount of it, worked out wrong: the line's one percent
 * (exact or about, under 100) and two amounts of one currency or unit (the result may be one a time: "EUR 404,000 a
 * year"), neither a range, the result the later and smaller. In English the rate is applied to the base ("its 2.5%
 * rate to the site's assessed value of EUR 17.6 million", "2.5% of EUR 17.6 million", "a 2.5% levy on …") or the base
 * taken at it ("EUR 17.6 million at 2.5%"), and the result set off after both as an aside (", about EUR 440,000", ",
 * or", " — ", "which comes to", "giving"); in Korean the rate is applied to the base by a verb before the result
 * ("과세표준 176억 원에 세율 2.5%를 적용하면 연 4억 4,000만 원", "곱하면", "매기면", "부과하면"), or the result is the base's
 * rate ("176억 원의 2.5%인 4억 4,000만 원"). The rate times the base, outside what the three's writing covers, is the
 * slip (`made`). A sentence of more figures is a table row or a list.
 */
function lineRateSlip(
  figs: readonly ClaimFigure[],
): { result: number; rate: number; base: number; made: number } | undefined {
  if (figs.length < 3 || figs.length > MAX_RESTATED_FIGURES) return undefined;
  const pcts = figs.map((g, k) => (g.kind === 'percent' ? k : -1)).filter((k) => k >= 0);
  if (pcts.length !== 1) return undefined;
  const rate = pcts[0];
  const p = figs[rate];
  const pv = Number(p.value);
  if (!(pv > 0 && pv < 100) || (p.qualifier !== 'exact' && p.qualifier !== 'approx')) return undefined;
  if (p.sentenceText === undefined) return undefined;
  const baseUnit = (g: ClaimFigure) => g.unit.split('/')[0];
  const amounts = figs
    .map((g, k) => (AMOUNT_KINDS.has(g.kind) && g.kind !== 'percent' && g.kind !== 'count' ? k : -1))
    .filter((k) => k >= 0);
  if (amounts.length !== 2) return undefined;
  const [base, result] = amounts;
  const b = figs[base],
    a = figs[result];
  if (a.kind !== b.kind || b.unit.includes('/') || baseUnit(a) !== b.unit) return undefined;
  if (a.qualifier === 'range' || b.qualifier === 'range' || a.qualifier === 'min' || a.qualifier === 'max')
    return undefined;
  const bv = Number(b.value),
    av = Number(a.value);
  if (!(av > 0 && bv > av)) return undefined;
  const text = p.sentenceText;
  const at = (n: number) => n - (p.sentenceStart ?? 0);
  const between = (x: ClaimFigure, y: ClaimFigure) => text.slice(at(x.end), at(y.start));
  if (a.start < Math.max(p.end, b.end)) return undefined;
  const gap = text.slice(at(Math.max(p.end, b.end)), at(a.start));
  if (p.lang === 'en') {
    const applied = p.end <= b.start ? EN_RATE_TO.test(between(p, b)) : EN_BASE_AT.test(between(b, p));
    if (!applied || !EN_RATE_RESULT.test(gap)) return undefined;
  } else {
    const of = b.end <= p.start && KO_BASE_OF.test(between(b, p)) && KO_RATE_IS.test(gap);
    if (!of && !KO_RATE_APPLIED.test(gap)) return undefined;
  }
  const made = (bv * pv) / 100;
  // (what the writing covers: the result's last written place, the rate's and the base's, each half; and a little
  // more where any is "about")
  const half = (g: ClaimFigure) => (Number(g.precision || '1') || 1) / 2;
  const slack =
    half(a) +
    (half(p) * bv) / 100 +
    (half(b) * pv) / 100 +
    made * ([a, b, p].some((g) => g.qualifier === 'approx') ? 0.03 : 0.01);
  return Math.abs(av - made) > slack ? { result, rate, base, made } : undefined;
}
/** Between a rate and the amount it is applied to: "rate to the site's assessed value of", "of", "levy on the". */
const EN_RATE_TO =
  /^\s*(?:per\s*cent|percent)?\s*(?:[\p{L}'’-]+\s+){0,3}(?:to|of|on)\s+(?:[\p{L}'’-]+\s+){0,6}(?:(?:of|at)\s+)?$/iu;
/** Between an amount and the rate it is taken at: "at", "taxed at", "at a rate of". */
const EN_BASE_AT = /^\s*,?\s*(?:[\p{L}'’-]+\s+){0,3}at\s+(?:a\s+(?:rate|levy|tax)\s+of\s+)?$/iu;
/** Before a rate's result, set off as an aside: ", about", ", or", " — ", ", which comes to", ", giving". */
const EN_RATE_RESULT =
  /^\s*(?:per\s*cent|percent)?(?:\s+[\p{L}'’-]+){0,3}\s*(?:,|\s—|\s–|:|\()\s*(?:(?:or|so|that\s+is|which\s+(?:is|comes\s+to|gives|makes|brings(?:\s+in)?|means)|giving|making|bringing(?:\s+in)?|for|about|around|roughly|some|approximately|nearly|almost)\s+)*(?:a\s+year\s+|annually\s+)?$/iu;
/** "176억 원의 2.5%인 4억 4,000만 원": the base's rate, then the result. */
const KO_BASE_OF = /^\s*의\s*(?:약)?\s*$/;
const KO_RATE_IS = /^\s*(?:%|퍼센트)?\s*(?:인|이면|는|은)\s*(?:약|연간?|매년)?\s*$/;
/** "…에 세율 2.5%를 적용하면 연", "곱하면 약", "매기면", "부과하면": a verb applying the rate, right before the result. */
const KO_RATE_APPLIED =
  /(?:적용하면|적용해|적용한|곱하면|곱한|매기면|매긴|부과하면|부과한)\s*(?:[가-힣]+\s+){0,2}(?:약|연간?|매년)?\s*$/;

/**
 * `made` written as the report wrote `f`: its one number replaced, at `f`'s scale ("EUR 0.40 million" → "EUR 0.44
 * million", "EUR 404,000" → "EUR 440,000") and to its decimals; a figure of several numbers ("4억 4,000만 원") written
 * afresh.
 */
function writtenLike(f: ClaimFigure, made: number): string {
  const nums = f.text.match(/\d[\d,]*(?:\.\d+)?/g) ?? [];
  const one = nums.length === 1 ? nums[0] : undefined;
  const factor = one === undefined ? NaN : Number(f.value) / Number(one.replace(/,/g, ''));
  if (one === undefined || !(factor > 0 && Number.isFinite(factor)))
    return formatFigure(String(Math.round(made)), f.unit, f.kind, f.lang);
  const dec = (one.split('.')[1] ?? '').length;
  const v = made / factor;
  const written =
    one.includes(',') || v >= 10000
      ? v.toLocaleString('en-US', { minimumFractionDigits: dec, maximumFractionDigits: dec })
      : v.toFixed(dec);
  return f.text.replace(one, written);
}

/** Korean counters of time, which make an amount a rate ("일당", "연간"), not an amount each. */
const KO_TIME_COUNTERS = new Set(['년', '월', '일', '시', '분', '초', '주']);
/** Words of a total right before its amount ("합계 약", "총", "모두", "a total of", "totalling"). */
const TOTAL_BEFORE =
  /(?:합계|합쳐|총|모두|전체)\s*(?:약|대략)?\s*$|\b(?:a\s+total\s+of|totall?ing|total(?:s|ed)?|combined)\s+(?:(?:about|around|roughly|some|nearly|almost|approximately)\s+)?$/i;
/** Words of a total right after its amount ("in all", "in total", "altogether", "all told", "combined"). */
const TOTAL_AFTER = /^\s*(?:in\s+(?:all|total)|altogether|all\s+told|combined)\b/i;

/** A product slip's verdict (lineProductSlip): conflicting, shown with the sentences that state the count and the
 *  amount each, its message the total they make, its fix that total written as the report writes the total. */
function productSlipVerdict(
  f: ClaimFigure,
  claim: Claim,
  count: ClaimFigure,
  each: ClaimFigure,
  made: number,
  stated: readonly Claim[],
  rate = false,
): { claim: Claim; finding: Finding } {
  const refs = stated
    .map((c) => c.sources.find((r) => r.agrees))
    .filter((r): r is SourceRef => r !== undefined)
    .map((r) => ({ ...r, agrees: false }))
    // (a rate and its base stated in one source sentence are shown once)
    .filter((r, k, all) => !rate || all.findIndex((x) => x.key === r.key && x.sentence.text === r.sentence.text) === k);
  const out: Claim = { ...claim, status: 'conflicting', sources: refs } as Claim;
  const lang = f.lang;
  const digits = Number.isInteger(made) ? 0 : Math.min(2, Math.max(0, -Math.floor(Math.log10(made % 1 || 1))));
  const num = /\d,\d{3}/.test(f.text)
    ? made.toLocaleString('en-US', { maximumFractionDigits: digits })
    : made.toFixed(digits);
  // (a rate's result written as the report writes the amount, its scale word kept: "EUR 0.44 million")
  const newText = rate ? writtenLike(f, made) : f.text.replace(/\d[\d,]*(?:\.\d+)?/, num);
  const madeText = newText.replace(/^(?:about|around|roughly|some|약|대략)\s*/i, '');
  const message = (rate ? rateSlipMessage : productSlipMessage)(
    count.text,
    each.text,
    madeText,
    refs.map((r) => sourceLabel(r, lang)),
    describeFigure(f, lang),
    lang,
  );
  const fixes: Fix[] =
    newText !== f.text ? [{ title: productFixTitle(newText, lang), range: f.range, newText, preferred: true }] : [];
  return {
    claim: out,
    finding: { code: 'figure-mismatch', severity: 'error', range: f.range, claim: out, message, fixes },
  };
}

/**
 * Of a line's figures, worked out once a line (a line of thousands of percents asked it of each): the last amount
 * before each figure, past dates, and how many figures each kind and unit has.
 */
interface SiteShareAmounts {
  before: number[];
  perMeasure: Map<string, number>;
}
function siteShareAmounts(figs: readonly ClaimFigure[]): SiteShareAmounts {
  const before: number[] = [];
  const perMeasure = new Map<string, number>();
  let last = -1;
  figs.forEach((g, k) => {
    before.push(last);
    if (g.kind !== 'date') last = k;
    const key = `${g.kind}\u0000${g.unit}`;
    perMeasure.set(key, (perMeasure.get(key) ?? 0) + 1);
  });
  return { before, perMeasure };
}
/**
 * "A, or p% of the campus": a percent set off as an aside after the line's one amount of its kind and unit (as
 * lineShareSlip reads the aside), of the site or project the line names with no amount ("of the campus", "of the
 * project's planned capacity", "of the total"), the clause ending there. The whole is the one other amount of that
 * kind and unit, larger, in the source sentence that vouches for the part at the bar a contradiction needs (the
 * closest such; for a cost the percent names, "of the project cost", one a sentence next to it names: costNamedBeside),
 * when that amount is no plant's output and no other labelled part: A/W outside what p's writing covers (as
 * lineShareSlip) is the writer's slip, within it the writer's sum (`covered`). A Korean line writes the whole before
 * the percent ("1단계 120MW는 캠퍼스 전체의 약 35%로").
 */
function siteShareOf(
  corpus: Corpus,
  f: ClaimFigure,
  figs: readonly ClaimFigure[],
  amounts: SiteShareAmounts,
  i: number,
  evidence: readonly { scored: readonly Scored[] }[],
): { part: number; whole: Scored; share: number; covered: boolean } | undefined {
  if (f.kind !== 'percent' || f.sentenceText === undefined) return undefined;
  if (f.qualifier !== 'exact' && f.qualifier !== 'approx') return undefined;
  const p = Number(f.value);
  if (!(p > 0 && p < 100)) return undefined;
  const text = f.sentenceText;
  const at = (n: number) => n - (f.sentenceStart ?? 0);
  const of = f.lang === 'en' ? EN_SHARE_OF_SITE.exec(text.slice(at(f.end), at(f.end) + 80)) : null;
  if (f.lang === 'en' && !of) return undefined;
  // (what the whole is a cost of, when the percent names it: "of the project cost", "of the project's budget")
  const costNoun = of?.[1] ?? of?.[2];
  // (the part: the line's last amount before the aside, past its dates, the one of its kind and unit in the line)
  const part = amounts.before[i];
  if (part < 0) return undefined;
  const a = figs[part];
  if (a.kind === 'percent' || a.kind === 'ratio' || a.kind === 'count' || a.kind === 'duration') return undefined;
  if (a.qualifier === 'range' || amounts.perMeasure.get(`${a.kind}\u0000${a.unit}`) !== 1) return undefined;
  if (f.start - a.end > MAX_SHARE_GAP) return undefined;
  const gap = text.slice(at(a.end), at(f.start));
  if (f.lang === 'en' ? !(EN_SHARE_GAP.test(gap) || EN_SHARE_VERB.test(gap)) : !KO_SHARE_OF_SITE.test(gap))
    return undefined;
  const vouching = evidence[part].scored
    .filter((s) => s.agrees && s.entry && !s.via && s.score >= MIN_SCORE)
    .sort((x, y) => y.score - x.score)[0];
  if (!vouching) return undefined;
  const e = vouching.entry!;
  const idx = indexOf(corpus);
  const value = (x: Entry) => Number(idx.sigFigs[x.sig].value);
  const others = sentenceEntries(idx, e.src, e.sentence).filter(
    (x) => x.sentence === e.sentence && x !== e && x.kind === e.kind && x.unit === e.unit,
  );
  // A cost the percent names that the part's sentence does not give is the one a sentence next to it names so
  // ("3.2 The total project cost is estimated at ZAR11.6 billion …" / "3.3 The Group's share of the equity commitment
  // is ZAR2.1 billion …"): the one amount of its kind and unit, larger than the part, of the two sentences either side.
  if (others.length === 0 && costNoun && a.kind === 'money') others.push(...costNamedBeside(idx, e, costNoun));
  if (others.length !== 1) return undefined;
  const w = others[0];
  if (idx.sigFigs[w.sig].qualifier === 'range' || !(value(w) > value(e))) return undefined;
  if (entryGenerates(w) || entryPartLabel(w) !== undefined) return undefined;
  const share = (Number(a.value) / value(w)) * 100;
  if (!(share > 0 && share < 100)) return undefined;
  const whole = new Scored(w, undefined, w.src, vouching.score, false, undefined, vouching.count);
  return { part, whole, share, covered: shareCovered(f, p, share) };
}
/** How far a share's percent may stand from its part (characters): the asides read are short. */
const MAX_SHARE_GAP = 80;
/**
 * After a percent: "of the campus", "of the project's planned capacity", "of the total", ending the clause; or a cost
 * of the project ("of the project cost", "of the project's budget", "of the total cost"; the noun captured).
 */
const EN_SHARE_OF_SITE =
  /^\s*(?:per\s*cent|percent|%)?\s+of\s+(?:the|its|their)\s+(?:(?:planned|total|full|whole|entire|eventual|final|estimated)\s+)?(?:(?:campus|site|project|total|build-?out)(?:['’]s\s+(?:(?:planned|total|full|eventual|final|estimated)\s+)?(?:capacity|load|size|(cost|budget)))?|(?:project\s+)?(cost|budget))\s*(?:[.;)]|,\s|$)/i;

/** How far around a part's source sentence a cost the line's percent names is looked for (sentences either side). */
const COST_BESIDE = 2;
/**
 * The amounts of the sentences next to a source figure's (COST_BESIDE either side, not its own) of its kind and unit,
 * larger than it, no range, whose sentence names `noun` ("cost", "budget") in the six words before the amount ("The total
 * project cost is estimated at ZAR11.6 billion"; not the "exchange rate of ZAR18.40" after it).
 */
function costNamedBeside(idx: ReturnType<typeof indexOf>, e: Entry, noun: string): Entry[] {
  const value = (x: Entry) => Number(idx.sigFigs[x.sig].value);
  const named = new RegExp(`\\b${noun.toLowerCase()}s?\\b`, 'i');
  return sentenceEntries(idx, e.src, Math.max(0, e.sentence - COST_BESIDE), e.sentence + COST_BESIDE).filter((x) => {
    if (x.sentence === e.sentence || x.kind !== e.kind || x.unit !== e.unit) return false;
    if (idx.sigFigs[x.sig].qualifier === 'range' || !(value(x) > value(e))) return false;
    const sent = x.src.sentences[x.fig.sentence];
    if (!sent) return false;
    const before = sent.text.slice(0, x.fig.start - sent.start);
    return named.test(before.slice(wordsBack(before, before.length, 6)));
  });
}

/**
 * Between a Korean line's amount and its percent: the site's whole the percent is of, "는 캠퍼스 전체의 약", "로 단지 전체
 * 용량의", "(전체의"; after a topic or an aside, no other words.
 */
const KO_SHARE_OF_SITE =
  /^\s*(?:은|는|이|가|으로|로|이며|이고|,|\()?\s*(?:(?:캠퍼스|데이터센터|단지|부지|사업|프로젝트)\s*)?(?:전체|총)\s*(?:(?:용량|규모|설비\s*용량)\s*)?의\s*(?:약|대략)?\s*$/;
/** A site share slip's verdict (siteShareOf): as shareSlipVerdict, the whole the source sentence's. */
function siteShareVerdict(
  f: ClaimFigure,
  claim: Claim,
  a: ClaimFigure,
  whole: Scored,
  share: number,
): { claim: Claim; finding: Finding } {
  return shareSlipFinding(f, claim, a.text, whole.fig.text, share, [toRef(whole)]);
}

/** Words between the part and its percent that make the percent the part's share: an aside (", about", "(", "or"). */
const EN_SHARE_GAP =
  /^[^,;.()]{0,40}(?:,|\(|\s—|\s–|\s-)\s*(?:(?:or|which\s+is|that\s+is|some|roughly|about|around|approximately|nearly|almost|close\s+to|just\s+(?:over|under))\s+)*$/i;
/**
 * "A … would use about p% of B": a verb that makes the amount before it the percent's part (the subject's amount used,
 * taken or drawn, or what it makes up, or is or was), in a clause of its own with the amount ("At 400 MW the campus would
 * use about 30% of …", "The winning bid, 1,647,300,000 won, was roughly 91 percent of …"; not "and 10 per cent of …").
 */
const EN_SHARE_VERB =
  /^,?[^,;.()]{0,40}\b(?:(?:would|will|could|might|may|should)\s+)?(?:uses?|take|takes|consumes?|draws?|represents?|accounts?\s+for|makes?\s+up|amounts?\s+to|equals?|(?:would|will)\s+be|is|was|were|are)\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|close\s+to|just\s+(?:over|under))\s+)*$/i;
/**
 * "p% of [the town's] B": the whole right after the percent, past at most four words; or past at most six words that
 * are no preposition and the "of" that gives the whole's amount ("about 30% of Tasmania's
 * winter peak demand of about 1,900 MW"; not "30% of its power from the 1,900 MW plant").
 */
const EN_SHARE_OF = /^\s*(?:per\s*cent|percent|%)?\s*of\s+(?:[\p{L}'’]+\s+){0,4}$/iu;
const EN_SHARE_OF_AMOUNT =
  /^\s*(?:per\s*cent|percent|%)?\s*of\s+(?:(?!(?:from|to|in|at|for|by|with|on|into|than|per|over|under)\s)[\p{L}'’-]+\s+){1,6}of\s+(?:(?:about|around|roughly|some|nearly|almost|approximately)\s+)?$/iu;
/** "B …, 이 중 A(으)로 약 p%를 차지한다": the part named as one of the whole's, then its share. */
const KO_OF_WHOLE = /(?:이|그)\s*(?:중|가운데)|가운데/;
const KO_SHARE_GAP = /^\s*(?:\(|,|으로|로|이며|이고|으로서|로서)?\s*(?:약|대략|전체의|총액의)?\s*$/;
const KO_SHARE_AFTER = /^\s*(?:%|퍼센트)?\s*(?:를|을)\s*차지|^\s*(?:%|퍼센트)?\s*에\s*해당/;

/**
 * The line's own share that its amounts do not make: a percent (exact or about) that the line gives as the share of
 * one of its amounts in another of the same unit — "A, about p% of B" (the whole right after "of", the part the one
 * amount of that unit before it, set off as an aside) or "B …, 이 중 A(으)로 약 p%를 차지한다" — where A/B lies outside
 * what p's writing covers (shareCovered). Only a sentence with exactly two amounts of that unit: with more, which is
 * the part is not read.
 */
function lineShareSlip(
  f: ClaimFigure,
  figs: readonly ClaimFigure[],
  wholes: readonly ShareWhole[],
): { part: number; whole: number; share: number } | undefined {
  if (f.kind !== 'percent' || f.sentenceText === undefined) return undefined;
  if (f.qualifier !== 'exact' && f.qualifier !== 'approx') return undefined;
  const text = f.sentenceText;
  const at = (n: number) => n - (f.sentenceStart ?? 0);
  const p = Number(f.value);
  if (!(p > 0 && p < 100)) return undefined;
  let found: { part: number; whole: number } | undefined;
  for (const { whole: w, part } of wholes) {
    if (found) break;
    const b = figs[w];
    const a = figs[part];
    if (f.lang === 'en') {
      if (!(a.end <= f.start && f.end <= b.start)) continue;
      const gap = text.slice(at(a.end), at(f.start));
      const of = text.slice(at(f.end), at(b.start));
      if (!(EN_SHARE_GAP.test(gap) || EN_SHARE_VERB.test(gap))) continue;
      if (!(EN_SHARE_OF.test(of) || EN_SHARE_OF_AMOUNT.test(of))) continue;
    } else {
      if (!(b.end <= a.start && a.end <= f.start)) continue;
      if (!KO_OF_WHOLE.test(text.slice(at(b.end), at(a.start)))) continue;
      if (!KO_SHARE_GAP.test(text.slice(at(a.end), at(f.start)))) continue;
      if (!KO_SHARE_AFTER.test(text.slice(at(f.end), at(f.end) + 12))) continue;
    }
    found = { part, whole: w };
  }
  if (!found) return undefined;
  const share = (Number(figs[found.part].value) / Number(figs[found.whole].value)) * 100;
  if (!(share > 0 && share < 100)) return undefined;
  return shareCovered(f, p, share) ? undefined : { ...found, share };
}

/**
 * Whether a share worked out (`share`, in percent) is what the line's percent `p` covers as written: from half its last
 * written digit's place below, and a percentage point more, up to that place above when the place is a unit or finer
 * (rounded or cut: "about 8%" for 8.9) or half of it when the percent ends in a zero (rounded only: "roughly 70%" is
 * 65 to 75, not 79, which a writer rounds to 80), and a point more either way (a writer works from rounded amounts).
 */
function shareCovered(f: ClaimFigure, p: number, share: number): boolean {
  const place = Number(f.precision || '1') || 1;
  const up = place > 1 ? place / 2 : place;
  return share >= p - place / 2 - 1 && share < p + up + 1;
}

/** "That is about p% of …", "This was roughly p% of …": the pointing word, a verb of being, and words of rounding. */
const EN_POINTED_SHARE =
  /^\s*(?:that|this|it)(?:\s+alone)?\s+(?:is|was|would\s+be|represents|represented|makes\s+up|made\s+up|amounts\s+to|amounted\s+to|comes\s+to|came\s+to|equals|accounts\s+for|accounted\s+for)\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|close\s+to|just\s+(?:over|under))\s+)*$/i;
/** "이는 (…) B의 (약) p%": the pointing word at the sentence's opening, the whole and its 의 right before the percent. */
const KO_POINTED_SHARE = /^\s*(?:이는|이것은|이게)\s/;
const KO_OF_BEFORE_SHARE = /^\s*의\s*(?:약|대략|거의|무려|불과|겨우)?\s*$/;
/** How many source sentences either side of one that vouches for the whole a stated part may stand in. */
const PART_BESIDE = 1;

/**
 * A percent the line gives, pointing back, as the share the amount of the sentence before makes of its own amount
 * ("That is about 25% of the €187.4 million contract", "이는 지난해 매출 4,800억 원의 25%다"): the sentence before's one
 * amount of the whole's kind and unit is the part. The share they make, outside what the percent's writing covers, is
 * the writer's slip, when a source sentence that vouches for the whole states that part in it or next to it (a part the
 * line's own sources do not give beside the whole is another thing's, or unknown): the part as written, the whole's
 * index, the share, and that sentence's reference.
 */
function shareOfPartBefore(
  corpus: Corpus,
  f: ClaimFigure,
  figs: readonly ClaimFigure[],
  evidence: readonly { scored: readonly Scored[] }[],
): { part: string; whole: number; share: number; src: Source; sentence: number } | undefined {
  if (f.sentenceText === undefined || (f.qualifier !== 'exact' && f.qualifier !== 'approx')) return undefined;
  const p = Number(f.value);
  if (!(p > 0 && p < 100)) return undefined;
  const text = f.sentenceText;
  const at = (n: number) => n - (f.sentenceStart ?? 0);
  let w = -1;
  if (f.lang === 'en') {
    if (!EN_POINTED_SHARE.test(text.slice(0, at(f.start)))) return undefined;
    w = figs.findIndex((b) => b.start >= f.end && EN_SHARE_OF.test(text.slice(at(f.end), at(b.start))));
  } else {
    if (!KO_POINTED_SHARE.test(text)) return undefined;
    w = figs.findIndex((b) => b.end <= f.start && KO_OF_BEFORE_SHARE.test(text.slice(at(b.end), at(f.start))));
  }
  const b = figs[w];
  if (!b || !AMOUNT_KINDS.has(b.kind) || b.kind === 'percent' || b.qualifier === 'range' || !(Number(b.value) > 0))
    return undefined;
  // (the line's one amount of that measure: a second one of its own may be the part)
  if (figs.filter((g) => g.kind === b.kind && g.unit === b.unit).length > 1) return undefined;
  const before = f.sentenceBefore?.();
  if (!before) return undefined;
  const parts = extractFigures(before.text, before.lang)
    .figures.slice(0, MAX_BEFORE_FIGURES)
    .filter((a) => a.kind === b.kind && a.unit === b.unit && a.qualifier !== 'range');
  if (parts.length !== 1) return undefined;
  const a = parts[0];
  const share = (Number(a.value) / Number(b.value)) * 100;
  if (!(share > 0 && share < 100) || shareCovered(f, p, share)) return undefined;
  // (a source sentence that vouches for the whole and states the part, in it or beside it)
  const idx = indexOf(corpus);
  const av = Number(a.value);
  for (const s of closestAgreeing(evidence[w].scored)) {
    const e = s.entry!;
    if (s.via || s.score < MIN_SCORE) continue;
    const near = sentenceEntries(idx, e.src, Math.max(0, e.sentence - PART_BESIDE), e.sentence + PART_BESIDE).filter(
      (x) => x.kind === a.kind && x.unit === a.unit && Math.abs(Number(idx.sigFigs[x.sig].value) - av) <= av * 0.005,
    );
    if (!near.length) continue;
    return { part: a.text, whole: w, share, src: e.src, sentence: e.sentence };
  }
  return undefined;
}

/** An amount of a line that may be a share's whole (lineShareSlip), and the one other amount of its kind and unit. */
interface ShareWhole {
  whole: number;
  part: number;
}
/**
 * The amounts of a line that lineShareSlip may read as a share's whole, in the line's order: each amount of a kind and
 * unit the line has exactly two of, neither a range. Worked out once a line, not once a percent (a line of 20,000
 * percents read its every figure, and for each its every figure again, for each percent).
 */
function shareWholes(figs: readonly ClaimFigure[]): ShareWhole[] {
  const byMeasure = new Map<string, number[]>();
  figs.forEach((g, k) => {
    const key = `${g.kind}\u0000${g.unit}`;
    const l = byMeasure.get(key);
    if (l) l.push(k);
    else byMeasure.set(key, [k]);
  });
  const out: ShareWhole[] = [];
  figs.forEach((b, w) => {
    if (b.kind === 'percent' || b.kind === 'date' || b.kind === 'ratio' || b.qualifier === 'range') return;
    const same = byMeasure.get(`${b.kind}\u0000${b.unit}`)!;
    if (same.length !== 2) return;
    const part = same[0] === w ? same[1] : same[0];
    if (figs[part].qualifier !== 'range') out.push({ whole: w, part });
  });
  return out;
}

/**
 * A share slip's verdict (lineShareSlip): conflicting, shown with the sentences that state the line's part and whole,
 * its message the share they make, and its fix that share, written to the place of the report's percent (at most a
 * unit: "about 70 per cent" for 63.5 is 63, not 60).
 */
function shareSlipVerdict(
  f: ClaimFigure,
  claim: Claim,
  a: ClaimFigure,
  b: ClaimFigure,
  share: number,
  part: Claim,
  whole: Claim,
): { claim: Claim; finding: Finding } {
  const refs = [part, whole]
    .map((c) => c.sources.find((r) => r.agrees))
    .filter((r): r is SourceRef => r !== undefined)
    .map((r) => ({ ...r, agrees: false }));
  return shareSlipFinding(f, claim, a.text, b.text, share, refs);
}

/**
 * The finding of a share slip (shareSlipVerdict, siteShareVerdict): the percent `f` conflicting, shown with `refs`, its
 * message the share the part `partText` makes of the whole `wholeText`, its fix that share written to the place of the
 * report's percent.
 */
function shareSlipFinding(
  f: ClaimFigure,
  claim: Claim,
  partText: string,
  wholeText: string,
  share: number,
  refs: SourceRef[],
): { claim: Claim; finding: Finding } {
  const place = Math.min(1, Number(f.precision || '1') || 1);
  const digits = Math.max(0, Math.round(-Math.log10(place)));
  const made = share.toFixed(digits);
  const out: Claim = { ...claim, status: 'conflicting', sources: refs } as Claim;
  const lang = f.lang;
  const message = shareSlipMessage(
    partText,
    wholeText,
    `${made}%`,
    refs.map((r) => sourceLabel(r, lang)),
    describeFigure(f, lang),
    lang,
  );
  const newText = f.text.replace(/\d[\d,]*(?:\.\d+)?/, made);
  const fixes: Fix[] =
    newText !== f.text ? [{ title: shareFixTitle(newText, lang), range: f.range, newText, preferred: true }] : [];
  return {
    claim: out,
    finding: { code: 'figure-mismatch', severity: 'error', range: f.range, claim: out, message, fixes },
  };
}

/**
 * The source whose version of a pair of figures the line gives ("Bluestem pays \$560 million of it, so the members pay
 * the remaining \$180 million" against "… raising Bluestem's share … to \$560 million of its \$740 million cost. That
 * leaves \$180 million for the cooperative's members"; the regulator's summary gives the application's \$520 million
 * and \$220 million): an article one of whose sentences agrees with figs[i] and the sentence next to it with another
 * figure of the line, and no figure of which contradicts either. Two values of a line stated in neighbouring
 * sentences of one article are evidence of one subject that shared words need not add to. Not for a sentence's own
 * pair (a swap of two values in one source sentence agrees with both: holders and lists judge those), and not through
 * an equivalence or a rate.
 */
function coStatedVersion(
  figs: readonly ClaimFigure[],
  i: number,
  evidence: readonly { scored: readonly Scored[] }[],
): Source | undefined {
  if (figs.length < 2 || figs.length > MAX_RESTATED_FIGURES) return undefined;
  const mine = evidence[i].scored;
  if (!mine.some((s) => !s.agrees)) return undefined;
  const contradicting = (src: Source, j: number) => evidence[j].scored.some((x) => !x.agrees && x.src === src);
  for (const s of mine) {
    if (!s.agrees || !s.entry || s.via || contradicting(s.src, i)) continue;
    for (let j = 0; j < figs.length; j++) {
      if (j === i || figs[j].value === figs[i].value || contradicting(s.src, j)) continue;
      const beside = evidence[j].scored.some(
        (t) => t.agrees && t.entry && !t.via && t.src === s.src && Math.abs(t.sentence - s.sentence) === 1,
      );
      if (beside) return s.src;
    }
  }
  return undefined;
}

/**
 * Whether a percent is "p% of" an amount of its own sentence that another amount of the sentence, in the same unit,
 * is p% of (within the rounding its writing allows): the writer's own arithmetic, not a figure the sources state.
 */
function derivedShare(f: ClaimFigure, figs: readonly ClaimFigure[]): boolean {
  if (f.kind !== 'percent' || f.sentenceText === undefined || figs.length < 3) return false;
  const after = f.sentenceText.slice(f.end - (f.sentenceStart ?? 0), f.end - (f.sentenceStart ?? 0) + 8);
  // "p% of B", "p%의"; and in Korean the whole comes first: "매출 38조9000억 원의 18.51%", "매출액 대비 18.51%", with a
  // word of rounding between ("매출 1,650억 원의 약 61%").
  const before = f.sentenceText.slice(
    Math.max(0, f.start - (f.sentenceStart ?? 0) - 10),
    f.start - (f.sentenceStart ?? 0),
  );
  if (
    !/^\s*(?:of|의)\b|^의/.test(after) &&
    !/(?:의|대비)\s*(?:(?:약|대략|거의|무려|불과|겨우|최대|최소)\s*)?$/.test(before)
  )
    return false;
  const p = Number(f.value);
  const tol = Math.max(0.5, f.qualifier === 'exact' ? 0.5 : p * 0.1);
  return lineRatiosOf(figs).shares.near(p, tol) || shareOfSentenceBefore(f, figs, p, tol);
}

/**
 * Whether a percent is a share of a share the line works out: another percent of the line times a percent of the line or
 * of the sentence before it ("… 70% Stargate and 30% Danube Gate Infrastructure (DGI). DGI is itself 40% state-owned …, so
 * the state holds an indirect 12% of the project": 40% of 30% is 12%), within the percent's rounding. A factor from the
 * sentence before only where the line says the share is indirect or effective, or works it out ("so", "which gives").
 * The writer's arithmetic: another holder's share in a source sentence that restates a factor (the 60% beside the 40%)
 * is no version of it.
 */
function shareOfShare(f: ClaimFigure, figs: readonly ClaimFigure[]): boolean {
  if (f.kind !== 'percent' || f.sentenceText === undefined || f.qualifier === 'range') return false;
  const p = Number(f.value);
  if (!(p > 0 && p < 100)) return false;
  const factors = shareFactorsOf(figs);
  if (!factors) return false;
  const own = factors.own.filter((g) => g.f !== f && g.v > p).map((g) => g.v);
  if (!own.length) return false;
  const tol = Math.max(0.5, f.qualifier === 'exact' ? 0.5 : p * 0.1);
  const makes = (a: number, b: number) => Math.abs((a * b) / 100 - p) <= tol;
  if (own.some((a, i) => own.some((b, j) => i !== j && makes(a, b)))) return true;
  if (!WORKED_OUT[f.lang].test(f.sentenceText)) return false;
  const theirs = (factors.before ??= percentsBefore(f)).filter((v) => v > p);
  return own.some((a) => theirs.some((b) => makes(a, b)));
}
/**
 * A line's percents below 100 (not ranges) that shareOfShare multiplies, read once a line, and those of the sentence
 * before it, read when first asked; undefined for a line of more than MAX_LINE_PERCENTS of them (a table row or a
 * list, not one share worked out: and so the pairs asked stay bounded in a long line).
 */
function shareFactorsOf(figs: readonly ClaimFigure[]): ShareFactors | undefined {
  if (shareFactors.has(figs)) return shareFactors.get(figs);
  const own: { f: ClaimFigure; v: number }[] = [];
  let factors: ShareFactors | undefined = { own };
  for (const g of figs) {
    const v = Number(g.value);
    if (g.kind !== 'percent' || g.qualifier === 'range' || !(v > 0 && v < 100)) continue;
    if (own.length >= MAX_LINE_PERCENTS) {
      factors = undefined;
      break;
    }
    own.push({ f: g, v });
  }
  shareFactors.set(figs, factors);
  return factors;
}
type ShareFactors = { own: { f: ClaimFigure; v: number }[]; before?: number[] };
const shareFactors = new WeakMap<readonly ClaimFigure[], ShareFactors | undefined>();
/** The percents below 100 (not ranges) of the sentence before a claim's, at most MAX_BEFORE_FIGURES figures read. */
function percentsBefore(f: ClaimFigure): number[] {
  const before = f.sentenceBefore?.();
  if (!before) return [];
  return extractFigures(before.text, before.lang)
    .figures.slice(0, MAX_BEFORE_FIGURES)
    .filter((g) => g.kind === 'percent' && g.qualifier !== 'range')
    .map((g) => Number(g.value))
    .filter((v) => v > 0 && v < 100);
}
/** Words of a share worked out through another holder (shareOfShare). */
const WORKED_OUT: Record<Lang, RegExp> = {
  en: /\b(?:indirect(?:ly)?|effective(?:ly)?|look-through|in\s+effect|so|thus|hence|which\s+(?:gives|means|makes))\b/i,
  ko: /간접|실질/,
};

/** The most figures of the sentence before a line that shareOfSentenceBefore reads. */
const MAX_BEFORE_FIGURES = 32;
/** A line's amounts and those of the sentence before it (shareOfSentenceBefore), read once a line. */
const amountsBefore = new WeakMap<
  readonly ClaimFigure[],
  { wholes: readonly ClaimFigure[]; parts: readonly { kind: string; unit: string; value: string }[] }
>();
/**
 * Whether a line that points back to the sentence before it works out its percent of its own amount from an amount of
 * that sentence: "Landsafl's 15-year contract is for … about 1,180 GWh a year. That is about 8% of the 14,200 GWh
 * Landsafl generated in 2025." (1,180 / 14,200 = 8.3%), "… 1,200억 원을 수주했다. 이는 지난해 매출 4,800억 원의 25%다.":
 * the writer's arithmetic over the sentence before, which a source's percent of something else does not refute.
 */
function shareOfSentenceBefore(f: ClaimFigure, figs: readonly ClaimFigure[], p: number, tol: number): boolean {
  if (f.sentenceText === undefined || !pointsBack(f.sentenceText, f.lang)) return false;
  let amounts = amountsBefore.get(figs);
  if (!amounts) {
    // (once a line, not once a percent: the sentence before is read once however many percents the line has)
    const wholes = figs.filter((g) => AMOUNT_KINDS.has(g.kind) && g.kind !== 'percent' && Number(g.value) > 0);
    const before = wholes.length ? f.sentenceBefore?.() : undefined;
    const parts = before
      ? extractFigures(before.text, before.lang)
          .figures.slice(0, MAX_BEFORE_FIGURES)
          .filter((a) => AMOUNT_KINDS.has(a.kind) && a.kind !== 'percent')
      : [];
    amountsBefore.set(figs, (amounts = { wholes, parts }));
  }
  const { wholes, parts } = amounts;
  return parts.some((a) =>
    wholes.some(
      (b) =>
        b.kind === a.kind &&
        // (a rate's time aside: "about 1,180 GWh a year" of "the 14,200 GWh Landsafl generated in 2025")
        perTimeAside(b.unit) === perTimeAside(a.unit) &&
        Math.abs((Number(a.value) / Number(b.value)) * 100 - p) <= tol,
    ),
  );
}

/** At most this many pairs of a line's values are worked out and sorted at once (PairValues); past it, each asked. */
const MAX_PAIR_VALUES = 100_000;
/**
 * What a function of pairs of a line's values (one of `xs`, one of `ys`, for each such pair of lists) makes, to be
 * asked whether any is within a tolerance of a percent: derivedShare's shares, derivedChange's rises. Worked out once
 * a line from its distinct values, not once a percent (a line of 20,000 percents read every pair of its amounts for
 * each percent): sorted and bisected. A line of more pairs than MAX_PAIR_VALUES asks each distinct percent of each
 * `x` by bisection among the sorted `ys`, as `pivot` allows: `of(x, y)` never falls as y rises from `pivot(x)` up,
 * never rises as y rises up to it, and is undefined only above every value on the rising side (a line of thousands
 * of distinct amounts and percents tried every pair for each percent: cubic).
 */
class PairValues {
  private sorted?: number[] | null;
  private readonly asked = new Map<string, boolean>();
  /** Each list's ys in ascending order (none when a value is not finite: then every pair is tried). */
  private ordered?: (number[] | undefined)[];
  constructor(
    private readonly lists: readonly [readonly number[], readonly number[]][],
    private readonly of: (x: number, y: number) => number | undefined,
    private readonly pivot: (x: number) => number,
  ) {}
  near(p: number, tol: number): boolean {
    if (this.sorted === undefined) {
      let n = 0;
      for (const [xs, ys] of this.lists) n += xs.length * ys.length;
      this.sorted = n <= MAX_PAIR_VALUES ? this.values().sort((a, b) => a - b) : null;
    }
    if (this.sorted) return anyNear(this.sorted, p, tol);
    const key = `${p}|${tol}`;
    let r = this.asked.get(key);
    if (r === undefined) this.asked.set(key, (r = this.anyWithin(p, tol)));
    return r;
  }
  /** The values the pairs make (NaN none). */
  private values(): number[] {
    const out: number[] = [];
    for (const [xs, ys] of this.lists)
      for (const x of xs)
        for (const y of ys) {
          const v = this.of(x, y);
          if (v !== undefined && !Number.isNaN(v)) out.push(v);
        }
    return out;
  }
  /** Whether a pair makes a value v with |v - p| <= tol, as written (rounding and all). */
  private anyWithin(p: number, tol: number): boolean {
    const within = (v: number | undefined) => v !== undefined && Math.abs(v - p) <= tol;
    this.ordered ??= this.lists.map(([xs, ys]) =>
      xs.every(Number.isFinite) && ys.every(Number.isFinite) ? [...ys].sort((a, b) => a - b) : undefined,
    );
    if (!(Number.isFinite(p) && Number.isFinite(tol)))
      return this.lists.some(([xs, ys]) => xs.some((x) => ys.some((y) => within(this.of(x, y)))));
    for (const [k, [xs, ys]] of this.lists.entries()) {
      const sorted = this.ordered[k];
      if (!sorted) {
        if (xs.some((x) => ys.some((y) => within(this.of(x, y))))) return true;
        continue;
      }
      const n = sorted.length;
      for (const x of xs) {
        // (v - p is rounded monotonically in v: the values at least p - tol are a run; its first is the nearest)
        // (bisections written out: a line of thousands of amounts asks this of each of them, for each percent)
        const pivot = this.pivot(x);
        let lo = 0,
          hi = n;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (sorted[mid] >= pivot) hi = mid;
          else lo = mid + 1;
        }
        const at = lo;
        // rising from the pivot: the first at least p - tol
        hi = n;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          const v = this.of(x, sorted[mid]);
          if (v === undefined || v - p >= -tol) hi = mid;
          else lo = mid + 1;
        }
        if (lo < n && within(this.of(x, sorted[lo]))) return true;
        // falling up to it (the pivot's own value included): the last at least p - tol
        const end = at < n && sorted[at] === pivot ? at + 1 : at;
        lo = 0;
        hi = end;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          const v = this.of(x, sorted[mid]);
          if (!(v === undefined || v - p >= -tol)) hi = mid;
          else lo = mid + 1;
        }
        if (lo > 0 && within(this.of(x, sorted[lo - 1]))) return true;
      }
    }
    return false;
  }
}
interface LineRatios {
  /** Each amount's share of another of its unit, in percent, below 100 (not a percent, a date or a ratio). */
  shares: PairValues;
  /** Each rise or fall, in percent, from a level the line gives as the one before a change to a plain level of its unit. */
  rises?: PairValues;
}
const lineRatios = new WeakMap<readonly ClaimFigure[], LineRatios>();
function lineRatiosOf(figs: readonly ClaimFigure[]): LineRatios {
  let r = lineRatios.get(figs);
  if (r) return r;
  // (every pair of the line's amounts of a unit: pairs of one value make a share of 100, which none is below)
  const byUnit = new Map<string, Set<number>>();
  // (a volume a line gives per day and one it gives without the day are of one unit: "하루 1,500㎥로, 신청량 2,400㎥의
  // 62.5%", the day written once for both)
  for (const g of figs)
    if (g.kind !== 'percent' && g.kind !== 'date' && g.kind !== 'ratio')
      setIn(byUnit, g.kind === 'volume' ? g.unit.replace(/\/day$/, '') : g.unit).add(Number(g.value));
  const lists = [...byUnit.values()].map((v): [number[], number[]] => [[...v], [...v]]);
  const share = (b: number, a: number) => {
    if (!(b > 0)) return undefined;
    const v = (a / b) * 100;
    return v < 100 ? v : undefined;
  };
  // (a/b rises with a from the lowest: no value past 100)
  lineRatios.set(figs, (r = { shares: new PairValues(lists, share, () => -Infinity) }));
  return r;
}
function setIn<K, V>(m: Map<K, Set<V>>, k: K): Set<V> {
  let v = m.get(k);
  if (!v) m.set(k, (v = new Set()));
  return v;
}
/** Whether a sorted list holds a value within `tol` of `p` (|x - p| <= tol, as written), by bisection. */
function anyNear(sorted: readonly number[], p: number, tol: number): boolean {
  if (!(Number.isFinite(p) && Number.isFinite(tol))) return sorted.some((x) => Math.abs(x - p) <= tol);
  // (a little either side of the bounds: each candidate is tested as written, rounding and all)
  const slack = 1e-9 * (Math.abs(p) + tol + 1);
  for (let i = firstIndex(sorted.length, (k) => sorted[k] >= p - tol - slack); i < sorted.length; i++) {
    if (sorted[i] > p + tol + slack) break;
    if (Math.abs(sorted[i] - p) <= tol) return true;
  }
  return false;
}

/**
 * Whether an amount of a line is the whole a percent of the line takes a share of, written right before it ("30 per
 * cent of the 1,800 construction jobs") or, in Korean, right after it ("건설 일자리 1,800개의 30%"): then which source
 * figures are that share of it (of its kind and unit, within the percent's rounding).
 */
function lineShareOf(f: ClaimFigure, figs: readonly ClaimFigure[], i: number): ((e: Entry) => boolean) | undefined {
  if (f.sentenceText === undefined || !AMOUNT_KINDS.has(f.kind) || f.kind === 'percent' || !(Number(f.value) > 0))
    return undefined;
  const at = f.sentenceStart ?? 0;
  // (the percent is the line's figure right before it, or in Korean right after it: a bounded look in a long line)
  for (const g of [figs[i - 1], figs[i + 1]]) {
    if (!g || g.kind !== 'percent' || !(Number(g.value) > 0) || Number(g.value) >= 100) continue;
    const before = g.end <= f.start && SHARE_OF[f.lang].before.test(f.sentenceText.slice(g.end - at, f.start - at));
    const after = f.end <= g.start && SHARE_OF[f.lang].after.test(f.sentenceText.slice(f.end - at, g.start - at));
    if (!before && !after) continue;
    const p = Number(g.value),
      whole = Number(f.value);
    return (e) => e.kind === f.kind && e.unit === f.unit && isShareOf(Number(e.sigFig.value), p, whole);
  }
  return undefined;
}
/** At most this many distinct percents of a line are asked whether the line's amount is one's share of a source's. */
const MAX_LINE_PERCENTS = 16;
const linePercents = new WeakMap<readonly ClaimFigure[], number[]>();
/**
 * Whether an amount of a line is what one of the line's own percents makes of a source amount: then which source
 * figures it is that share of (of its kind and unit, within the percent's rounding: isShareOf). The
 * line's distinct percents below 100 are read once a line, at most MAX_LINE_PERCENTS of them.
 */
function shareOfSourceBy(f: ClaimFigure, figs: readonly ClaimFigure[]): ((e: Entry) => boolean) | undefined {
  if (!AMOUNT_KINDS.has(f.kind) || f.kind === 'percent' || !(Number(f.value) > 0) || figs.length < 2) return undefined;
  let ps = linePercents.get(figs);
  if (!ps) {
    const seen = new Set<number>();
    for (const g of figs) {
      if (seen.size >= MAX_LINE_PERCENTS) break;
      const v = Number(g.value);
      if (g.kind === 'percent' && v > 0 && v < 100 && g.qualifier !== 'range') seen.add(v);
    }
    linePercents.set(figs, (ps = [...seen]));
  }
  if (!ps.length) return undefined;
  const part = Number(f.value);
  return (e) => e.kind === f.kind && e.unit === f.unit && ps!.some((p) => isShareOf(part, p, Number(e.sigFig.value)));
}
/**
 * Whether `part` is `p` percent of `whole`, within the percent's rounding (a percent read as exact is rounded to its
 * last digit: "30 per cent" of 1,800 is 531 to 549) or 2%, whichever is wider.
 */
function isShareOf(part: number, p: number, whole: number): boolean {
  const want = (p / 100) * whole;
  return Math.abs(part - want) <= Math.max(0.02 * want, (0.5 / p) * want);
}
/**
 * For a line that gives its level as today's: the source figures against it that a source says were revised to the
 * line's level (laterLevelOf, of the closest ones at the bar a source is named at, at most MAX_REFS: their next
 * sentences are read), and the same values in articles dated no later than the latest of those sources. Undefined
 * when none was.
 */
function revisedToClaim(
  corpus: Corpus,
  f: ClaimFigure,
  scored: readonly Scored[],
): ((s: Scored) => boolean) | undefined {
  const against = scored
    .filter((s) => !s.agrees && s.entry && !s.via && s.score >= MIN_SCORE_NAMED)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_REFS);
  if (!against.length) return undefined;
  const idx = indexOf(corpus);
  const from = new Set<string>();
  let by = '';
  for (const s of against) {
    const later = laterLevelOf(idx, s.entry!);
    if (!later || !agrees(f, later.sigFig)) continue;
    from.add(s.entry!.sigFig.value);
    const d = s.src.meta.date ?? '';
    if (d > by) by = d;
  }
  if (!from.size) return undefined;
  return (s) => !s.agrees && !!s.entry && from.has(s.entry.sigFig.value) && (s.src.meta.date ?? '') <= by;
}

/**
 * The time a line dates the change of one of its amounts to, when it says the amount changed to it ("In October the
 * order grew to 300 MW / 1,200 MWh and US\$365 million", "10월 변경계약으로 출력은 300MW로 늘었다"): the sentence's one date
 * of a month, if it has one; and that date's own, the date of the change. An amount listed right after the one the
 * change names ("/ 1,200 MWh and US\$365 million") changed with it.
 */
function changedAt(f: ClaimFigure, figs: readonly ClaimFigure[]): DateParts | undefined {
  let read = changedAtLine.get(figs);
  if (!read) changedAtLine.set(figs, (read = changesDated(figs)));
  return read.get(f);
}
/** changedAt's readings of a line, worked out once a line (one sort and one pass over its amounts). */
const changedAtLine = new WeakMap<readonly ClaimFigure[], Map<ClaimFigure, DateParts>>();
function changesDated(figs: readonly ClaimFigure[]): Map<ClaimFigure, DateParts> {
  const out = new Map<ClaimFigure, DateParts>();
  const dates = figs.filter((g) => g.kind === 'date');
  const text = figs[0]?.sentenceText;
  if (dates.length !== 1 || text === undefined) return out;
  // (a date of a month, not a year, a quarter or a half: "In October", "2026년 10월 27일")
  const when = dateParts(dates[0].value);
  if (when.m === undefined) return out;
  const at = figs[0].sentenceStart ?? 0,
    lang = figs[0].lang;
  // The runs of amounts joined by nothing but list words.
  const amounts = figs
    .filter((g) => AMOUNT_KINDS.has(g.kind) && g.kind !== 'percent')
    .sort((a, b) => a.start - b.start);
  const joined = (a: ClaimFigure, b: ClaimFigure) =>
    b.start - a.end <= MAX_LIST_JOIN && LIST_JOIN.test(text.slice(a.end - at, b.start - at));
  for (let first = 0; first < amounts.length;) {
    let last = first;
    while (last + 1 < amounts.length && joined(amounts[last], amounts[last + 1])) last++;
    const head = amounts[first],
      tail = amounts[last];
    const changed =
      lang === 'en'
        ? EN_CHANGED_TO.test(text.slice(Math.max(0, head.start - at - 40), head.start - at))
        : KO_CHANGED_TO.test(text.slice(tail.end - at, tail.end - at + 16));
    if (changed) for (let k = first; k <= last; k++) out.set(amounts[k], when);
    first = last + 1;
  }
  if (out.size) out.set(dates[0], when);
  return out;
}
/** The longest stretch of list words between two amounts of one list (LIST_JOIN). */
const MAX_LIST_JOIN = 12;
/** What joins the amounts of one list: "/", ",", "and", "·", "및", "와", "과". */
const LIST_JOIN = /^\s*(?:[/,·]|,?\s*and|및|와|과)\s*$/;
/** A verb of change right before the level it changed to: "grew to", "was raised to", "has been cut to about". */
const EN_CHANGED_TO =
  /\b(?:grew|grown|rose|risen|increased|expanded|enlarged|raised|climbed|jumped|swelled|went up|fell|fallen|dropped|declined|decreased|cut|reduced|lowered|shrank|shrunk|went down|revised|amended|upsized|downsized)\s+to\s+(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+|almost\s+)?$/i;
/** A Korean level "…로" a change verb follows: "300MW로 늘었다", "3억 6,500만 달러로 증액됐다". */
const KO_CHANGED_TO =
  /^\s*(?:으로|로)\s*(?:늘|증가|확대|증액|상향|커졌|줄|감소|축소|감액|하향|변경|조정|바뀌|올랐|올려|내려)/;
/**
 * Whether an article dated `date` (YYYY-MM-DD) was published before `when`: before its month, or before its day when
 * it gives one. A line's month without a year is of the article's year.
 */
function publishedBefore(date: string | undefined, when: DateParts): boolean {
  const { y, m, d } = date ? dateParts(date.slice(0, 10)) : {};
  if (y === undefined || m === undefined || d === undefined || when.m === undefined) return false;
  const wy = when.y ?? y;
  if (y !== wy) return y < wy;
  if (m !== when.m) return m < when.m;
  return when.d !== undefined && d < when.d;
}

/** What stands between a percent and the whole it is a share of: " of the ", " of its "; Korean "…의 ", "… 중 ". */
const SHARE_OF: Record<Lang, { before: RegExp; after: RegExp }> = {
  en: { before: /^\s+of\s+(?:the|its|their|all|all the)\s+$/i, after: /^$/ },
  ko: { before: /^$/, after: /^\s*(?:의|중|가운데)\s*$/ },
};

/** A claim sentence's change readings (extract/change.ts), worked out once a sentence: keyed by its figures. */
const changesBySentence = new WeakMap<readonly RawFigure[], ReturnType<typeof changesOf>>();
function sentenceChanges(f: ClaimFigure): ReturnType<typeof changesOf> | undefined {
  const figs = f.sentenceFigures;
  if (f.sentenceText === undefined || !figs) return undefined;
  let c = changesBySentence.get(figs);
  if (!c) changesBySentence.set(figs, (c = changesOf(f.sentenceText, figs, f.lang)));
  return c;
}

/** Whether a figure of the claim's kind and unit in its sentence is read as the level before a change. */
/** The figure of the claim's kind and unit its sentence gives as the level before a change, if one. */
function lineLevelBefore(f: ClaimFigure): RawFigure | undefined {
  const figs = f.sentenceFigures;
  const read = sentenceChanges(f);
  if (!figs || !read) return undefined;
  return figs.find((g, i) => g.kind === f.kind && g.unit === f.unit && read.changes[i] === 'before');
}

function claimRunIsChange(f: ClaimFigure): boolean {
  const figs = f.sentenceFigures;
  const read = sentenceChanges(f);
  if (!figs || !read) return false;
  // (a level before, or the change's size: "rose by \$2.5 billion to \$18.5 billion" is a change run too)
  // (the kinds and units that have one, read once a sentence: each figure of a long line read all the others)
  let changed = changedMeasures.get(figs);
  if (!changed) {
    changed = new Set();
    figs.forEach((g, i) => {
      if (read.changes[i] !== undefined) changed!.add(`${g.kind}\u0000${g.unit}`);
    });
    changedMeasures.set(figs, changed);
  }
  return changed.has(`${f.kind}\u0000${f.unit}`);
}
/**
 * The sizes of the changes a claim's sentence states between its figures of the claim's kind and unit: for each level
 * read as the one before a change, the next such figure less it ("410명에서 560명으로": 150).
 */
function runSteps(f: ClaimFigure): number[] {
  const figs = f.sentenceFigures;
  const read = sentenceChanges(f);
  if (!figs || !read) return [];
  const out: number[] = [];
  for (let i = 0; i < figs.length; i++) {
    if (read.changes[i] !== 'before' || figs[i].kind !== f.kind || figs[i].unit !== f.unit) continue;
    const next = figs.slice(i + 1).find((g) => g.kind === f.kind && g.unit === f.unit);
    const d = next && Math.abs(Number(next.value) - Number(figs[i].value));
    if (d && Number.isFinite(d)) out.push(d);
  }
  return out;
}
/** Two sizes the same within rounding (a hundredth). */
function sameSize(a: number, b: number): boolean {
  return Number.isFinite(b) && Math.abs(a - b) <= a / 100;
}
/** The kind and unit of each figure of a claim sentence that its change readings give a change: once a sentence. */
const changedMeasures = new WeakMap<readonly RawFigure[], Set<string>>();

/** How far apart in its sentence a level and the level before its change are ("4,200 people at its peak, up from the 3,800"). */
const CHANGE_REACH = 80;

/**
 * The nearest figure of a source figure's kind and unit in its sentence, within CHANGE_REACH, whose change reading
 * `want` accepts: the level before a change of a level after it (levelBeforeOf), or the other way (levelAfterOf).
 */
function changePartner(
  idx: ReturnType<typeof indexOf>,
  e: Entry,
  want: (c: Change | undefined) => boolean,
): Entry | undefined {
  // (the index's entries first; the text is read only when two or more could be the partner)
  const found: Entry[] = [];
  for (const x of sentenceEntries(idx, e.src, e.sentence)) {
    if (x === e || x.sentence !== e.sentence || x.kind !== e.kind || x.unit !== e.unit) continue;
    if (Math.abs(x.fig.start - e.fig.start) <= CHANGE_REACH && want(entryChange(x))) found.push(x);
  }
  if (found.length < 2) return found[0];
  let best: Entry | undefined;
  let d = CHANGE_REACH + 1;
  const text = e.src.text;
  for (const x of found) {
    // (not an amount in brackets the other is not in, a part or a conversion beside the level: "4,420억 원(조호르
    // 2,150억 원, …, 박닌 890억 원)으로, 6월의 3,530억 원에서 늘었음")
    const first = x.fig.end <= e.fig.start;
    if (bracketed(text, first ? x.fig.end : e.fig.end, first ? e.fig.start : x.fig.start, first)) continue;
    const dx = Math.abs(x.fig.start - e.fig.start);
    if (dx < d) {
      best = x;
      d = dx;
    }
  }
  return best;
}

/** Whether a text writes a word at least twice. */
function writtenTwice(text: string, word: string): boolean {
  const i = text.indexOf(word);
  return i >= 0 && text.indexOf(word, i + word.length) >= 0;
}

/**
 * Whether the text between two figures leaves the first one in brackets (`closes`: a bracket closes between them that
 * did not open there) or the second (a bracket opens between them that does not close there).
 */
function bracketed(text: string, from: number, to: number, closes: boolean): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') {
      if (depth === 0 && closes) return true;
      depth = Math.max(0, depth - 1);
    }
  }
  return !closes && depth > 0;
}

/**
 * The level after a change that supersedes a claim given as today's, every source judging it agreeing (currentLevel,
 * current.ts): scored at the closest vouching source's subject, so it judges as that source would have.
 */
function supersededNow(
  idx: ReturnType<typeof indexOf>,
  claimFig: ClaimFigure,
  scored: readonly Scored[],
  claimAgrees: (e: Pick<Entry, 'sig' | 'kind'>) => boolean,
  similarity: (t: Entry['terms'], other: boolean) => { score: number; count: number },
  self: string | undefined,
): Scored | undefined {
  if (scored.some((s) => !s.agrees)) return undefined;
  // (not where the line tells a change itself, "now estimated at $142 million, up from $126 million in February": its
  // figures are the levels and dates of that change, which its own words set in time)
  if (claimFig.sentenceFigures && sentenceChanges(claimFig)?.changes.some((c) => c === 'before')) return undefined;
  const vouching = scored.filter((s) => s.entry && !s.via && s.score >= MIN_SCORE_AGREEING);
  if (!vouching.length) return undefined;
  const bucket = idx.buckets.get(bucketKey(claimFig.kind, claimFig.unit));
  if (!bucket) return undefined;
  const sameValue: Entry[] = [];
  for (let i = 0; i < bucket.size; i++)
    if (claimAgrees({ sig: bucket.sigOf(i), kind: bucket.kind })) sameValue.push(bucket.entry(i));
  const digits = String(claimFig.value)
    .replace(/\D/g, '')
    .replace(/^0+|0+$/g, '').length;
  const x = currentLevel({
    sameValue,
    levelAfter: (e) => (entryChange(e) === 'before' ? levelAfterOf(idx, e) : laterLevelOf(idx, e)),
    shared: (e) => similarity(e.terms, e.lang !== claimFig.lang),
    vouchingDates: vouching.map((s) => s.src.meta.date),
    loose: claimFig.kind !== 'money' || digits < 2,
    self,
  });
  if (!x || claimAgrees(x)) return undefined;
  const top = vouching.reduce((a, b) => (b.score > a.score ? b : a));
  return new Scored(x, undefined, x.src, top.score, false, undefined, top.count);
}

/** The level before a change of a source level ("4,400, up from 3,800": 3,800 of 4,400). */
function levelBeforeOf(idx: ReturnType<typeof indexOf>, e: Entry): Entry | undefined {
  return changePartner(idx, e, (c) => c === 'before');
}

/** The level after a change of a source figure that is its level before ("up from the 3,800": 4,200). */
function levelAfterOf(idx: ReturnType<typeof indexOf>, e: Entry): Entry | undefined {
  return changePartner(idx, e, (c) => c === undefined);
}

/** Terms a source figure shares with the claim, as a contradiction counts them (a press word is no subject). */
function bySubjectCount(count: number, e: Entry): number {
  return count - (e.terms.weightOf('press') !== undefined ? 1 : 0);
}

/**
 * Whether a claim's sentence (`text`, the one `sf` is of) gives its levels as today's ("now", "currently", "현재", and
 * no word of then), or says they have not changed ("unchanged at", "당초 계획에서 변동 없음").
 */
function saysToday(sf: SentenceFacts, text: string): boolean {
  return (
    ((sentenceSays(sf, NOW, text) || sentenceSays(sf, DUE_NOW, text)) && !sentenceSays(sf, THEN, text)) ||
    sentenceSays(sf, UNCHANGED, text)
  );
}
/**
 * Whether a claim is a table's cell that gives its figure as the table's today's level: the cell is the figure alone
 * ("| Estimated capital cost | €6.4 billion |", a fact sheet of where things stand), and neither its row nor its
 * column's header dates it or sets it in the past ("| Cost in the application (2025) |", "| | Original | Revised |").
 */
function tableToday(f: ClaimFigure): boolean {
  const t = f.tableRow;
  if (!t?.bare) return false;
  const words = `${t.text} ${t.column ?? ''}`;
  return (
    !TABLE_THEN.test(words) &&
    !THEN.test(words) &&
    !TABLE_DATED.test(words) &&
    !extractFigures(words, f.lang).figures.some((g) => g.kind === 'date')
  );
}
/** A month, a quarter, a half or a year in a table's row or column ("| Investment (March) |", "| Q3 2026 |", "| 3월 |"). */
const TABLE_DATED = new RegExp(
  `\\b(?:${EN_MONTH_NAMES}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?|q[1-4]|h[12]|(?:19|20)\\d\\d)\\b|\\d{1,2}\\s?월|\\d{4}\\s?년|[1-4]\\s?분기|[상하]반기`,
  'i',
);
/** Words of a table's row or column that set its figures in the past or at a step of a procedure. */
const TABLE_THEN =
  /\b(?:original(?:ly)?|initial(?:ly)?|first|earlier|previous(?:ly)?|prior|former|old|before|application|applied|proposed|requested|asked|sought|announced|announcement|as\s+of|at\s+the\s+time)\b|당초|기존|최초|이전|종전|신청|요청|발표|당시|기준/i;

/**
 * The keys of the sources whose outlet a line names as the one that tells its figure ("Andean Metals Report put Daon
 * Cell's 2025 revenue at about US\$41 million", "according to the Altiplano Tribune", "유성과학신문에 따르면", "유성과학신문은
 * … 보도했다"): the line names the article it reports, as a citation does. Such an article's figure judges at the bar of
 * a named one: its name, in the line, is no word of what the figure is about, and its sentence never writes it (the
 * report's "Andean Metals Report" against the article's "Daon Cell, which reported revenue of about US\$29 million last
 * year"). An outlet of one word shorter than four letters is not looked for (a platform's "BAND").
 */
function tellerKeys(corpus: Corpus, text: string | undefined, lang: Lang | undefined): string[] {
  if (text === undefined || lang === undefined) return [];
  const byFirst = outletsByFirstWord(corpus);
  if (!byFirst.size) return [];
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const list =
      byFirst.get(m[0]) ?? (lang === 'ko' ? byFirst.get(m[0].replace(/(?:에|은|는|이|가|의)$/, '')) : undefined);
    if (!list) continue;
    for (const o of list) {
      if (!text.startsWith(o.name, m.index!)) continue;
      const before = text.slice(0, m.index!),
        after = text.slice(m.index! + o.name.length);
      if (/^[\p{L}\p{N}]/u.test(after) && !(lang === 'ko' && /^(?:에|은|는|이|가)/.test(after))) continue;
      if (TELLER_BEFORE.test(before) || (lang === 'en' ? EN_TELLER_AFTER : KO_TELLER_AFTER).test(after))
        for (const k of o.keys) if (!out.includes(k)) out.push(k);
    }
  }
  return out;
}
/** Right before an outlet's name: "according to (the)", "per", "(the) … reported by". */
const TELLER_BEFORE = /\b(?:according\s+to|per|reported\s+by|cited\s+by|quoted\s+by)\s+(?:the\s+)?$/i;
/** Right after it, its verb of telling: "put", "puts", "reported", "said", "wrote", "gave", "estimated", "'s figures". */
const EN_TELLER_AFTER =
  /^\s+(?:(?:has|had|also|then|now|last\s+\w+)\s+)?(?:put|puts|reported|reports|said|says|wrote|writes|gave|gives|estimated|estimates|quoted|quotes|cited|cites|valued|values|counted|counts)\b/;
/** After a Korean outlet's name, its particle and a verb of reporting later: "에 따르면", "은 … 보도했다", "가 … 전했다". */
const KO_TELLER_AFTER = /^(?:에\s*따르면|(?:은|는|이|가)\s[^.]*?(?:보도|전했|보고|집계|추산|적었))/;
/** The corpus's outlets (names of four letters or more, or of two words) by their first word, per corpus version. */
const outletIndex = new WeakMap<
  Corpus,
  { version: number; n: number; byFirst: Map<string, { name: string; keys: string[] }[]> }
>();
function outletsByFirstWord(corpus: Corpus): Map<string, { name: string; keys: string[] }[]> {
  const had = outletIndex.get(corpus);
  if (had && had.version === corpus.version && had.n === corpus.sources.length) return had.byFirst;
  const byName = new Map<string, string[]>();
  for (const src of corpus.sources) {
    const name = src.meta.outlet?.trim();
    if (!name || !/[\p{L}]/u.test(name)) continue;
    if (!/\s/.test(name) && [...name].length < 4) continue;
    const keys = byName.get(name);
    if (keys) keys.push(src.key);
    else byName.set(name, [src.key]);
  }
  const byFirst = new Map<string, { name: string; keys: string[] }[]>();
  for (const [name, keys] of byName) {
    const first = /[\p{L}\p{N}]+/u.exec(name)?.[0];
    if (!first || !name.startsWith(first)) continue;
    const list = byFirst.get(first);
    if (list) list.push({ name, keys });
    else byFirst.set(first, [{ name, keys }]);
  }
  outletIndex.set(corpus, { version: corpus.version, n: corpus.sources.length, byFirst });
  return byFirst;
}
/**
 * The level a source figure's sentence or the next one says it changed to (`replaced`: that the next one puts in its
 * place instead), from its stored facts (figureFacts.ts entryLater, entryInstead): no text is read.
 */
function laterLevelOf(idx: ReturnType<typeof indexOf>, e: Entry, replaced = false): Entry | undefined {
  const fi = replaced ? entryInstead(e) : entryLater(e);
  if (fi === undefined) return undefined;
  // (its sentence, the next, or the one after a sentence that only tells the change: figureFacts.ts laterPastTelling)
  return sentenceEntries(idx, e.src, e.sentence, e.sentence + 2).find((x) => x.fi === fi);
}
/** The entries of the sentence after a source figure's, of its kind and unit (from the index: no text is read). */
function nextSentenceEntries(idx: ReturnType<typeof indexOf>, e: Entry): Entry[] {
  return sentenceEntries(idx, e.src, e.sentence + 1).filter(
    (x) => x.sentence === e.sentence + 1 && x.kind === e.kind && x.unit === e.unit,
  );
}

/** Whether a source figure's run (its sentence's figures of its kind and unit, as many) states a change. */
function runChanges(idx: ReturnType<typeof indexOf>, e: Entry, change: Change | undefined): boolean {
  return change === 'before' || levelBeforeOf(idx, e) !== undefined;
}

/**
 * Whether a percent is the change between a level its own sentence gives as the one before (`12조 원에서`, `from $4.2
 * billion`) and another amount of the sentence in the same unit (`13조5000억 원으로 … 12.5% 늘었다`): the writer's own
 * arithmetic, as derivedShare's. A source's percent rise from another level (`2024년 첫 발표 때의 10조 원에서 … 35%
 * 늘었다`) is no judge of it; the levels themselves are judged.
 */
function derivedChange(f: ClaimFigure, figs: readonly ClaimFigure[]): boolean {
  if (f.kind !== 'percent' || f.sentenceText === undefined || !f.sentenceFigures || figs.length < 3) return false;
  const raw = f.sentenceFigures;
  const at = f.sentenceStart ?? 0;
  const p = Number(f.value);
  if (!(p > 0)) return false;
  const tol = Math.max(0.5, f.qualifier === 'exact' ? 0.5 : p * 0.1);
  const ratios = lineRatiosOf(figs);
  if (!ratios.rises) {
    // (once a line: the line's figures are its sentence's, each read as the one of its span there)
    const { changes } = sentenceChanges(f)!;
    const reading = new Map<string, Change | undefined>();
    raw.forEach((r, k) => {
      const key = `${r.start}:${r.end}`;
      if (!reading.has(key)) reading.set(key, changes[k]);
    });
    const readingOf = (g: ClaimFigure) => reading.get(`${g.start - at}:${g.end - at}`);
    const before = new Map<string, Set<number>>(),
      levels = new Map<string, Set<number>>();
    for (const g of figs) {
      if (!AMOUNT_KINDS.has(g.kind) || g.kind === 'percent') continue;
      const r = readingOf(g);
      if (r === 'before' && Number(g.value) > 0) setIn(before, g.unit).add(Number(g.value));
      else if (r === undefined) setIn(levels, g.unit).add(Number(g.value));
    }
    const lists = [...before].map(([unit, as]): [number[], number[]] => [[...as], [...(levels.get(unit) ?? [])]]);
    // (|b - a| / a falls as b rises to a, and rises after: every level before is above 0)
    ratios.rises = new PairValues(
      lists,
      (a, b) => (Math.abs(b - a) / a) * 100,
      (a) => a,
    );
  }
  return ratios.rises.near(p, tol);
}

/**
 * The index among `figs` of the amount a money figure is the line's own conversion of: the amount just before it, in
 * another currency, joined to it by nothing but words that state an equality ("£15.5 billion is about \$20 billion",
 * "9 trillion won, about \$6.3 billion", "¥1.2 trillion, or about \$8 billion", "12조 원은 약 90억 달러다", "12조 원(약 84억
 * 달러)"; domain/en.json and ko.json `conversionLinks`). Undefined when it is none.
 */
function conversionOf(f: ClaimFigure, figs: readonly ClaimFigure[], i: number): number | undefined {
  // A count of a noun that restates the measure before it ("85 ha (about 210 acres, or 112.6 manzanas)": a land unit no
  // list has, read as a count of manzanas) is a conversion into that noun: a source that converts the same amount
  // into it judges it, as one that converts an amount into a currency does.
  if (f.kind === 'count') {
    const k = linkedBefore(f, figs, i);
    return k !== undefined && CONVERTED_MEASURES.has(figs[k].kind) ? k : undefined;
  }
  if (f.kind !== 'money' || f.unit.includes('/')) return undefined;
  const k = linkedBefore(f, figs, i);
  const j = k === undefined || figs[k].kind === 'date' ? convertedPastWords(f, figs, i) : k;
  const g = j === undefined ? undefined : figs[j];
  return g && g.kind === 'money' && g.unit !== f.unit && !g.unit.includes('/') ? j : undefined;
}
/**
 * The index of the line's amount that `figs[i]` restates past the words of what that amount is of, behind a comma and
 * a word of equality, as the last thing of its clause ("under a KRW 123.6 billion contract signed on June 15, about
 * C\$122 million", "a KRW 123.6 billion contract, about C\$122 million"): only dates stand between the two amounts, in
 * one clause (no semicolon, no bracket). Undefined when it is none.
 */
function convertedPastWords(f: ClaimFigure, figs: readonly ClaimFigure[], i: number): number | undefined {
  if (f.sentenceText === undefined) return undefined;
  let j = i - 1;
  while (j >= 0 && j >= i - CONVERSION_LOOKBACK && figs[j].kind === 'date') j--;
  if (j < 0 || j < i - CONVERSION_LOOKBACK || figs[j].kind !== 'money') return undefined;
  // (the figures are in the order the line writes them: each date between ends before the amount that restates)
  if (figs[j].end > (figs[j + 1]?.start ?? f.start) || figs[i - 1].end > f.start) return undefined;
  if (f.start - figs[j].end > 2 * MAX_CONVERSION_LINK) return undefined;
  const at = f.sentenceStart ?? 0;
  const between = f.sentenceText.slice(figs[j].end - at, f.start - at);
  if (between.length > 2 * MAX_CONVERSION_LINK || /[;()（）]/.test(between)) return undefined;
  // (and the restatement ends its clause: "about C\$50 million of it from Canada" is a part, not the whole again; a
  // comma may end it, as before the next item of a run: "…, about KRW 11.9bn, 14.2% of its 2025 revenue")
  if (!/^\s*(?:[.,;)）]|$)/.test(f.sentenceText.slice(f.end - at))) return undefined;
  const comma = between.lastIndexOf(',');
  return comma > 0 && CONVERSION_LINK[f.lang].test(between.slice(comma)) ? j : undefined;
}
/**
 * The index of the line's figure just before `figs[i]` when nothing but words that state an equality join them
 * (domain/en.json and ko.json `conversionLinks`: "…, or about", "(약", "은 약"): what a conversion or a restatement in
 * another unit is of (conversionOf, unitRestatementOf).
 */
function linkedBefore(
  f: ClaimFigure,
  figs: readonly ClaimFigure[],
  i: number,
  /** Also past what the amount before is of: "540 hectares of dry farmland, about 2,300 acres". */
  ofPhrase = false,
): number | undefined {
  if (f.sentenceText === undefined) return undefined;
  // The figures of a line are in the order it writes them: the amount before it is among the few before it in the
  // list (a bounded look, so a line of thousands of amounts stays linear).
  let j = -1;
  for (let k = i - 1; k >= 0 && k >= i - CONVERSION_LOOKBACK; k--)
    if (figs[k].end <= f.start && (j < 0 || figs[k].end > figs[j].end)) j = k;
  const g = figs[j];
  if (!g) return undefined;
  const at = f.sentenceStart ?? 0;
  const between = f.sentenceText.slice(g.end - at, f.start - at);
  // (a bracket of several amounts of its measure lists them and restates none: "about 1.85 GW (1,000 MW, 400 MW and
  // 450 MW)" gives the three campuses' parts of the whole, not the whole in megawatts)
  if (/[(（]/.test(between) && listsOnInBracket(f, figs, i)) return undefined;
  if (between.length <= MAX_CONVERSION_LINK && CONVERSION_LINK[f.lang].test(between)) return j;
  if (!ofPhrase || f.lang !== 'en') return undefined;
  // (and nothing after it that makes it a part: "about 2,300 acres of it", "about 200 hectares irrigated")
  const after = f.sentenceText.slice(f.end - at);
  const m = OF_PHRASE.exec(between);
  return m && m[1].length <= MAX_CONVERSION_LINK && CONVERSION_LINK.en.test(m[2]) && /^\s*(?:[.;)]|$)/.test(after)
    ? j
    : undefined;
}
/** Whether the line's next figure is of the same measure as `f` and inside the bracket `f` opens (no bracket closes
 *  between them): `f` is the first of a bracketed list. */
function listsOnInBracket(f: ClaimFigure, figs: readonly ClaimFigure[], i: number): boolean {
  const next = figs[i + 1];
  if (!next || next.kind !== f.kind || next.unit !== f.unit || next.start < f.end) return false;
  const at = f.sentenceStart ?? 0;
  return !/[)）]/.test(f.sentenceText!.slice(f.end - at, next.start - at));
}
/** What an amount is of, before the comma that restates it: " of dry farmland, about ". */
const OF_PHRASE = /^(\s+of\s+[a-z][a-z -]*?)(,\s*[a-z. ]*)$/i;
/**
 * For each table row in which the line's other figures agree with a source figure in exactly one cell, that cell (by
 * the row's sentence key): the column of the row the line speaks of.
 */
function lineColumns(
  corpus: Corpus,
  figs: readonly ClaimFigure[],
  i: number,
  evidence: readonly { scored: readonly Scored[]; named: readonly Named[] }[],
  own: readonly Scored[],
): Map<string, number> {
  const cells = new Map<string, Set<number>>();
  const rowOf = new Map<string, Entry>();
  if (figs.length < 2 || figs.length > MAX_RESTATED_FIGURES) return new Map();
  // The sentences the figure's own agreeing candidates stand in (what a column would set aside is a ✓ of another
  // site's), of which only those where another figure of the line agrees too are read as table rows: keys are
  // compared before any source's text is.
  const rows = new Set<string>();
  for (const s of own) if (s.entry && s.agrees) rows.add(sentenceKey(s.entry));
  const idx = indexOf(corpus);
  evidence.forEach((ev, j) => {
    if (j === i) return;
    const put = (e: Entry) => {
      if (!rows.has(sentenceKey(e))) return;
      const k = entryCell(e);
      if (k === undefined) return;
      const key = sentenceKey(e);
      cells.set(key, (cells.get(key) ?? new Set()).add(k));
      rowOf.set(key, e);
    };
    for (const s of ev.scored) if (s.agrees && s.entry && !s.via) put(s.entry);
    // (and those close enough to be named beside the claim, the value the line's: a row's cell is read by its words)
    for (const n of ev.named) {
      const e = n instanceof Scored ? (n.via ? undefined : n.entry) : n;
      if (e && agrees(figs[j], idx.sigFigs[e.sig])) put(e);
    }
  });
  // (a column that gives no figure of this one's measure is another measure's, not another site's: a row of one firm,
  // `| (주)세한냉열 | … | 1억2,340만 달러 | 7,860만 달러 | 57.0% |`, whose growth column states the line's "57%", says
  // nothing against its exports, "1억2,340만 달러", in the exports column)
  const f = figs[i];
  const out = new Map<string, number>();
  for (const [key, ks] of cells) {
    if (ks.size !== 1) continue;
    const k = [...ks][0];
    const row = rowOf.get(key)!;
    const inColumn = sentenceEntries(idx, row.src, row.sentence).some(
      (x) => x.sentence === row.sentence && entryCell(x) === k && measuresAlike(f, f.unit, x),
    );
    if (inColumn) out.set(key, k);
  }
  return out;
}

/**
 * The line's figure right before `figs[i]` that it restates in another unit, when it does: the same kind and measure,
 * written in another unit ("1,150 acres, or about 465 hectares", "1.4 GW (1,400 MW)", "2만 톤(약 2200만 리터)"), joined
 * by a conversion's words, the two values agreeing once normalized. Not money (conversionOf: a rate no source gives),
 * nor dates and counts, whose units are not measures.
 */
function unitRestatementOf(
  f: ClaimFigure,
  figs: readonly ClaimFigure[],
  i: number,
  /** The one whose value does not work out to the amount before it, linked as a restatement is (below). */
  wrong = false,
): number | undefined {
  if (f.kind === 'money' || f.kind === 'date' || f.kind === 'count') return undefined;
  const j = linkedBefore(f, figs, i, wrong);
  const g = j === undefined ? undefined : figs[j];
  if (!g || g.kind !== f.kind || g.unit !== f.unit) return undefined;
  // (another unit as written: the words of the two figures without their numbers differ)
  const unitWords = (x: ClaimFigure) =>
    x.text
      .replace(/[\d.,\s]+/g, ' ')
      .trim()
      .toLowerCase();
  if (unitWords(g) === unitWords(f)) return undefined;
  const approx = (x: ClaimFigure) => ({ ...x, qualifier: 'approx' as const });
  const same = agrees(approx(f), g) || agrees(approx(g), f);
  if (!wrong) return same ? j : undefined;
  // (said as a restatement, not as what the amount before makes up: "(약 12,500헥타르)", ", about 2,300 acres"; not
  // "400MW로 1GW를")
  const at = f.sentenceStart ?? 0;
  if (!RESTATING.test(f.sentenceText!.slice(g.end - at, f.start - at))) return undefined;
  // (a restatement the line says is rough, "about 2,300 acres", more than a rounding off: a third or more apart)
  const a = Number(f.value),
    b = Number(g.value);
  return !same && Math.max(a, b) >= WRONG_RESTATEMENT * Math.min(a, b) ? j : undefined;
}
/** Words that say the amount after restates the one before, as a conversion: "(", "약", "환산", "about", "or". */
const RESTATING = /[(（=≈~]|약|환산|즉|\b(?:about|roughly|approximately|around|nearly|some|or|i\.e\.)\b/i;
/** How far apart a line's amount and its restatement in another unit must be to be another amount, not a rounding. */
const WRONG_RESTATEMENT = 1.3;
/**
 * A line's figure that an actor's words give as the whole ("will supply all 1.4 GW of the campus's power", "will supply
 * the campus's full 1.8 gigawatts", "1.4GW 전량을 공급"): each agreeing source figure whose sentence names that actor
 * and states, right before it, the actor's part of it ("to supply 1,000 megawatts of the campus's 1.4 gigawatts"),
 * with that part as a figure that judges the line. The whole agrees with the line's value, but not with what the line
 * says of it: the actor's share.
 */
/**
 * The agreeing source figures of an entry (none made for the claim, none through an equivalent), closest first, at most
 * MAX_REFS: what the rules that read a source's text around its figure ask (a corpus states a figure in hundreds of
 * articles: asked of each, a check decoded a snapshot many times over).
 */
function closestAgreeing(scored: readonly Scored[]): Scored[] {
  return scored
    .filter((s) => s.agrees && s.entry && !s.via)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_REFS);
}

function partsOfWhole(corpus: Corpus, f: ClaimFigure, scored: readonly Scored[]): [Scored, Scored][] {
  if (f.sentenceText === undefined || !scored.some((s) => s.agrees && s.entry)) return [];
  const at = f.start - (f.sentenceStart ?? 0);
  if (!markedWhole(f.sentenceText, at, at + (f.end - f.start), f.lang)) return [];
  const idx = indexOf(corpus);
  const sf = sentenceFactsOf(f, idx);
  // (a 개조식 sub-item that names no actor is its labelled parent item's: "□ 미래온에너지(아산): …" over "ㅇ 마리차 캠퍼스
  // ESS 1,200MWh 전량을 …"; read for this rule only, where the line gives the whole, not as the line's actor everywhere:
  // a sum of the company's contracts, "ㅇ 두 계약 물량은 합계 4만7,500톤", is vouched for by a casebook that names the
  // company a page before)
  const label = sf.actor ? undefined : f.itemLabel?.();
  const actor = sf.actor ?? (label !== undefined ? itemLabelActor(label, f.lang) : undefined);
  // (a line that has one party pay, cover or fund the whole, "Stargate pays the full €340 million cost", is judged by
  // a split of it whoever its payer: splitOfWhole)
  const pays = f.lang === 'en' && sentenceSays(sf, PAYS_WHOLE, f.sentenceText);
  if (!actor && !pays) return [];
  const out: [Scored, Scored][] = [];
  // (the closest agreeing figures, at most MAX_REFS: their sources' text is read)
  for (const s of closestAgreeing(scored)) {
    const e = s.entry!;
    const theirs = entriesOf(idx, e.src);
    // The actor's part the next sentence gives of it, back to it by "of that cost", "of it" ("KVEC will build … at an
    // estimated cost of \$380 million. Juniata Ridge will pay \$290 million of that cost …"): a source that names the
    // actor only there.
    // (past a paragraph's label between them, "7. Cost responsibility.")
    const label = e.src.sentences[e.fig.sentence + 1];
    const skip = label && label.text.length <= MAX_LABEL && !theirs.some((x) => x.sentence === label.index) ? 1 : 0;
    const next = e.src.sentences[e.fig.sentence + 1 + skip];
    if (actor && next && next.lang === 'en')
      for (const p of theirs) {
        if (p.sentence !== next.index || p.kind !== e.kind || p.unit !== e.unit) continue;
        if (!namesActor(p, actor) || agrees(f, idx.sigFigs[p.sig])) continue;
        if (!OF_THAT.test(next.text.slice(p.fig.end - next.start, p.fig.end - next.start + 24))) continue;
        out.push([s, new Scored(p, undefined, e.src, s.score, false, undefined, s.count)]);
      }
    // The whole split, in the rows or sentences right after it, between a part and the rest that someone else bears ("|
    // Cost of substation and line works | EUR 340 million |" / "| Construction cost contribution paid by the customer |
    // EUR 210 million |" / "| Remainder via grid fees | EUR 130 million |"), as cost-sharing tables and notices write
    // it: no one party pays it all, and the part that is not the rest judges the line.
    if (pays)
      for (const p of splitOfWhole(idx, e))
        out.push([s, new Scored(p, undefined, e.src, s.score, false, undefined, s.count)]);
    if (!actor || !namesActor(e, actor)) continue;
    const sent = e.src.sentences[e.fig.sentence];
    if (!sent) continue;
    for (const p of theirs) {
      if (p === e || p.sentence !== e.sentence || p.kind !== e.kind || p.unit !== e.unit) continue;
      // (English writes the part first, "1,000 megawatts of the campus's 1.4 gigawatts"; Korean the whole, "캠퍼스
      // 1.4GW 가운데 1,000MW를")
      const partFirst = p.fig.end <= e.fig.start;
      const between = partFirst
        ? sent.text.slice(p.fig.end - sent.start, e.fig.start - sent.start)
        : sent.text.slice(e.fig.end - sent.start, p.fig.start - sent.start);
      if (!(partFirst ? EN_PART_OF : WHOLE_THEN_PART).test(between) || agrees(f, idx.sigFigs[p.sig])) continue;
      out.push([s, new Scored(p, undefined, e.src, s.score, false, undefined, s.count)]);
    }
  }
  return out;
}
/** How many sentences (a table's rows) after a whole its split between a part and the rest is looked for in. */
const SPLIT_REACH = 3;
/**
 * The part of a source whole that the sentences right after it split between that part and the rest: the rest said to
 * be borne elsewhere ("Remainder via grid fees", "the remaining \$130 million is recovered through tariffs", "the rest
 * from the state budget"), or the part said to be paid as a part of it ("will pay \$21 million of the expansion … and
 * the city \$7 million"); each a figure of the whole's kind and unit, the two adding up to it. Read from the index's
 * entries, and the two sentences only where the values add up.
 */
function splitOfWhole(idx: ReturnType<typeof indexOf>, e: Entry): Entry[] {
  const value = (x: Entry) => Number(idx.sigFigs[x.sig].value);
  const whole = value(e);
  if (!(whole > 0) || e.kind !== 'money') return [];
  const after = sentenceEntries(idx, e.src, e.sentence + 1, e.sentence + SPLIT_REACH).filter(
    (x) =>
      x.sentence > e.sentence &&
      x.sentence <= e.sentence + SPLIT_REACH &&
      x.kind === e.kind &&
      x.unit === e.unit &&
      value(x) > 0 &&
      value(x) < whole,
  );
  const out: Entry[] = [];
  for (const part of after)
    for (const rest of after) {
      if (rest === part || Math.abs(value(part) + value(rest) - whole) > whole * 0.005) continue;
      const sent = rest.src.sentences[rest.fig.sentence];
      const partSent = part.src.sentences[part.fig.sentence];
      if (!sent || !partSent) continue;
      // (the rest said to be borne elsewhere; or the part said to be paid as a part of the whole, "Kettle Creek Data
      // Campus LLC will pay \$21 million of the expansion, up from \$18 million, and the city \$7 million")
      if (REST_BORNE.test(sent.text) ? !REST_BORNE.test(partSent.text) : paidAsPart(part, partSent)) out.push(part);
    }
  return out;
}
/** Whether a figure's own clause pays it as a part of something: "will pay \$21 million of the expansion". */
function paidAsPart(e: Entry, sent: { text: string; start: number }): boolean {
  const at = e.fig.start - sent.start,
    end = e.fig.end - sent.start;
  return (
    PAYS_BEFORE.test(sent.text.slice(Math.max(0, at - 40), at)) && PART_OF_AFTER.test(sent.text.slice(end, end + 24))
  );
}
const PAYS_BEFORE =
  /\b(?:pay|pays|paid|cover|covers|covered|fund|funds|funded|contribute|contributes|contributed|bear|bears|bore)\s+(?:(?:about|around|roughly|some|nearly|almost|up\s+to)\s+)?$/i;
const PART_OF_AFTER = /^\s+of\s+(?:the|that|this|its|it)\b/i;
/** A line's verb of paying the whole, right before it: "pays the full", "will cover all of the", "funds the entire". */
const PAYS_WHOLE =
  /\b(?:pay|pays|paid|paying|cover|covers|covered|covering|fund|funds|funded|funding|bear|bears|bore|finance|finances|financed|foot|foots|footed)\s+(?:all(?:\s+of)?(?:\s+(?:the|its|their))?|(?:the|its|their)\s+(?:full|entire|whole))\s+(?:[$€£¥₩]|[A-Z]{3}\s?|[A-Z]{1,2}\$)?\d/i;
/**
 * The rest of a whole said to be borne elsewhere: "Remainder via grid fees", "the rest from the state budget"; not a
 * time it comes by ("the remaining \$400 billion by 2029", "by the end of 2027": a phase, not a payer).
 */
const REST_BORNE =
  /\b(?:remainder|remaining|the\s+rest|balance)\b[^.;]{0,60}?\b(?:via|through|from|by|under|paid|borne|covered|recovered|financed|funded)\b(?!\s+(?:(?:the\s+)?(?:end|middle|mid|start|beginning|first|second|third|fourth|next|last)\b|(?:early|late|mid)-?\d|\d|Q[1-4]\b|H[12]\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))/i;

/**
 * A source figure a party asked for, in a sentence the next one says was turned down ("The Office of Consumer Advocate
 * asked that Juniata Ridge pay the full \$380 million. The Commission did not adopt that proposal, …"), as orders and
 * rulings write the positions of the parties: the amount is the party's request, not what was decided.
 */
function rejectedProposal(e: Entry): boolean {
  const sent = e.src.sentences[e.fig.sentence];
  const next = e.src.sentences[e.fig.sentence + 1];
  if (!sent || !next || sent.lang !== 'en') return false;
  return ASKED.test(sent.text.slice(0, e.fig.start - sent.start)) && NOT_ADOPTED.test(next.text);
}
/** A request that governs what follows it in its sentence: "asked that", "proposed that", "sought", "urged". */
const ASKED =
  /\b(?:asked(?:\s+that|\s+for)?|proposed(?:\s+that)?|requested(?:\s+that)?|sought|urged(?:\s+that)?|called\s+for|recommended(?:\s+that)?)\b[^.;]*$/i;
/** A next sentence that says the request was turned down. */
const NOT_ADOPTED =
  /\b(?:did\s+not\s+(?:adopt|accept|approve|grant)|declined\s+to\s+(?:adopt|accept|approve)|rejected|denied|turned\s+down|was\s+not\s+adopted)\b/i;

/**
 * What a line's own clause calls its amount (role.ts amountRole): applied for or granted; else, a line that gives the
 * amount asked for as the amount given ("will supply the 250 MW of surplus hydropower the developers asked for") a
 * grant; else what a table cell's row label calls it ("| Seawater intake permitted (September) | 30,000 |").
 */
function lineRole(f: ClaimFigure): Role | undefined {
  const t = f.sentenceText;
  const at = f.start - (f.sentenceStart ?? 0),
    end = f.end - (f.sentenceStart ?? 0);
  const own = amountRole(t, at, end, f.lang, f.kind);
  if (own) return own;
  if (t !== undefined && givenAsAsked(t, at, end, f.lang, f.kind)) return 'granted';
  return rowRole(f.tableRow?.text, f.lang, f.kind);
}
/**
 * Whether a line's amount is the sum of two or more of its amounts before it of its kind and unit, exactly, and the line
 * calls it a whole right before or after it ("모두 140명", "총 140명", "140 jobs in all", "a total of 140"), each part
 * vouched for by a source at the bar a contradiction needs.
 */
function sumOfVouchedParts(
  f: ClaimFigure,
  figs: readonly ClaimFigure[],
  i: number,
  evidence: readonly { scored: readonly Scored[] }[],
): boolean {
  if (f.kind !== 'count' && f.kind !== 'money' && f.kind !== 'power') return false;
  if (f.sentenceText === undefined || figs.length > MAX_RESTATED_FIGURES) return false;
  const at = f.start - (f.sentenceStart ?? 0),
    end = f.end - (f.sentenceStart ?? 0);
  const before = f.sentenceText.slice(Math.max(0, at - 16), at),
    after = f.sentenceText.slice(end, end + 16);
  if (!(f.lang === 'ko' ? KO_SUM_BEFORE.test(before) : EN_SUM_BEFORE.test(before) || EN_SUM_AFTER.test(after)))
    return false;
  const parts: number[] = [];
  for (let k = 0; k < i; k++)
    if (figs[k].kind === f.kind && figs[k].unit === f.unit && figs[k].end <= f.start) parts.push(k);
  if (parts.length < 2) return false;
  const sum = parts.reduce((a, k) => a + Number(figs[k].value), 0),
    whole = Number(f.value);
  if (!(whole > 0) || Math.abs(sum - whole) > whole * 1e-9) return false;
  return parts.every((k) => evidence[k].scored.some((s) => s.agrees && !s.via && s.score >= MIN_SCORE));
}
/** The word of a whole right before a line's sum: "모두 140명", "총 140명", "합계 140명". */
const KO_SUM_BEFORE = /(?:모두|총|합계|합쳐|합친|합하면|전체)\s*(?:약\s*)?$/;
const EN_SUM_BEFORE =
  /\b(?:a\s+total\s+of|totall?ing|in\s+total|altogether|combined)\s+(?:of\s+)?(?:about\s+|some\s+)?$/i;
const EN_SUM_AFTER = /^\s*(?:in\s+(?:all|total)|altogether|combined)\b/i;
/**
 * Whether a source figure's own sentence calls it a total, within 20 characters either side ("모두 합쳐 150명", "총 150명",
 * "150 jobs in total"; not a list's "… 대표 등 20여 명", whose 등 sums names, not the line's parts).
 */
function sourceTotal(e: Entry): boolean {
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent) return false;
  const at = e.fig.start - sent.start,
    end = e.fig.end - sent.start;
  return SUM_WORDS.test(sent.text.slice(Math.max(0, at - 20), end + 20));
}
const SUM_WORDS =
  /합친|합계|합쳐|총액|더하면|더해|더한|모두|총\s?\d|\b(?:total|totals|combined|in all|altogether|together)\b/i;

/**
 * A line that gives its figure as talk, what is said among some people, not as what it states: the figure, then
 * "(이)라는 말이 나온다", "…라는 얘기도 돈다", "…라는 소문이 있다" in its clause; in English "rumoured to be", "there is
 * talk of" before it.
 */
function talkLine(f: ClaimFigure): boolean {
  const t = f.sentenceText;
  if (t === undefined) return false;
  const at = f.start - (f.sentenceStart ?? 0),
    end = f.end - (f.sentenceStart ?? 0);
  return f.lang === 'ko'
    ? KO_TALK_AFTER.test(t.slice(end, end + 40))
    : EN_TALK_BEFORE.test(t.slice(Math.max(0, at - 40), at));
}
const KO_TALK_AFTER =
  /^[^.;,]{0,20}?(?:이?라는|다는)\s*(?:말|얘기|이야기|소문|설)(?:이|도|은|까지)?\s*(?:나오|나온|돌|도는|있|퍼지|퍼졌)/;
const EN_TALK_BEFORE =
  /\b(?:rumou?red\s+(?:to\s+be|at)|there\s+is\s+talk\s+of|talk\s+of|rumou?rs?\s+of)\s+(?:about\s+)?$/i;

/** What a source figure's own clause calls it: an amount applied for, or one granted (role.ts amountRole). */
function entryRole(e: Entry): Role | undefined {
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent) return undefined;
  return amountRole(sent.text, e.fig.start - sent.start, e.fig.end - sent.start, sent.lang, e.kind);
}
/**
 * The amount of a line's measure, other than the line's value, that the article of `applied` (an amount applied for)
 * gives as granted, with how close it is to the line: in that sentence ("15년 신청했는데 10년만 승인"), else the one of
 * the article clearly closest to the line (a decree's "The company is granted an exemption from Income Tax for a period
 * of ten (10) years", after its recital "the application requests an exemption … for a period of fifteen (15) years";
 * not its "exemption from customs duties … for a period of five (5) years"): what the request came to
 * (judgeSentenceFigures). From the index; the roles read of that article's figures of the measure only.
 */
function grantedBeside(
  corpus: Corpus,
  f: ClaimFigure,
  applied: Entry,
): { entry: Entry; score: number; count: number } | undefined {
  const at = applied.fig.sentence;
  const other = entriesOf(indexOf(corpus), applied.src).filter(
    (e) => e !== applied && measuresAlike(f, f.unit, e) && !agrees(f, e.sigFig) && entryRole(e) === 'granted',
  );
  const own = other.filter((e) => e.fig.sentence === at);
  const similarity = similarityTo(f.subject, corpus.weights);
  const ranked = (own.length ? own : other)
    .map((e) => {
      const r = similarity(e.terms, e.lang !== f.lang);
      return { entry: e, score: r.score, count: r.count };
    })
    .sort((x, y) => y.score - x.score);
  const top = ranked[0];
  if (!top || top.score < MIN_SCORE_AGREEING) return undefined;
  // (another value as close is no answer)
  const next = ranked.find((x) => Number(x.entry.sigFig.value) !== Number(top.entry.sigFig.value));
  return next && next.score >= top.score * GROUP_RATIO ? undefined : top;
}
/** A line that says a contract was signed, won or awarded ("공급 계약 체결", "본계약을 맺었다", "signed a … contract"), and
 *  names no memorandum. */
function contractLine(f: ClaimFigure): boolean {
  const t = f.sentenceText;
  if (t === undefined || MEMO_WORD.test(t)) return false;
  return f.lang === 'ko' ? KO_CONTRACTED.test(t) : EN_CONTRACTED.test(t);
}
/**
 * Whether the deal word nearest a source figure in its sentence is a memorandum's ("양해각서", "MOU", "업무협약", "letter
 * of intent", "framework agreement") rather than a contract's ("계약", "본계약", "contract"), within 60 characters.
 */
function memorandumAmount(e: Entry): boolean {
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent) return false;
  const at = e.fig.start - sent.start,
    end = e.fig.end - sent.start;
  const nearest = (re: RegExp) => {
    let best = Infinity;
    for (const m of sent.text.matchAll(re)) {
      const d = m.index! >= end ? m.index! - end : m.index! + m[0].length <= at ? at - (m.index! + m[0].length) : 0;
      best = Math.min(best, d);
    }
    return best;
  };
  const memo = nearest(MEMO_WORDS);
  return memo <= MEMO_REACH && memo < nearest(CONTRACT_WORDS);
}
/** How far a memorandum's word may stand from the amount it gives (characters). */
const MEMO_REACH = 60;
const MEMO_SOURCE =
  '양해각서|업무협약|의향서|\\bMOU\\b|\\bMoU\\b|\\bLOI\\b|\\bmemorand(?:um|a)\\s+of\\s+understanding\\b|\\bletters?\\s+of\\s+intent\\b|\\bframework\\s+agreements?\\b|\\bheads\\s+of\\s+terms\\b';
const MEMO_WORD = new RegExp(MEMO_SOURCE, 'i');
const MEMO_WORDS = new RegExp(MEMO_SOURCE, 'gi');
const CONTRACT_WORDS = /계약|\bcontracts?\b/gi;
const KO_CONTRACTED = /계약\s*(?:을|를)?\s*(?:체결|맺|따|수주|했|하였|확정)|본계약/;
const EN_CONTRACTED =
  /\b(?:signed|won|awarded|agreed|secured|landed|booked)\b[^.;]{0,60}\bcontracts?\b|\bcontracts?\s+(?:worth|valued|signed|awarded)\b/i;
/** How long a line between two sentences may be to be a paragraph's label ("7. Cost responsibility."). */
const MAX_LABEL = 40;
/** Right after a part, back to the whole the sentence before gave: " of that cost", " of it", " of this amount". */
const OF_THAT = /^\s+of\s+(?:that|this|it\b|the\s+(?:total|cost|sum|amount)\b)/i;
/**
 * A line's amount it calls a total ("total about KRW 260bn", "합계 2,600억 원") that an agreeing source gives as one of
 * the parts its own total is the sum of, within TOTAL_REACH sentences of it: each such source figure with that total, which
 * judges the line. The sum is worked out, so a part is known by the arithmetic, not by its words.
 */
function totalsOfPart(corpus: Corpus, f: ClaimFigure, scored: readonly Scored[]): [Scored, Scored][] {
  if (f.kind !== 'money' && f.kind !== 'power' && f.kind !== 'count') return [];
  if (f.sentenceText === undefined) return [];
  const idx = indexOf(corpus);
  if (!sentenceSays(sentenceFactsOf(f, idx), LINE_TOTAL[f.lang], f.sentenceText)) return [];
  // (the line's one amount of its measure: a line that lists parts and their total, "800 MW of offshore wind and 400 MW
  // of solar, 1.2 GW in total", calls none of its parts the total)
  if ((f.sentenceFigures ?? []).filter((g) => g.kind === f.kind && g.unit === f.unit).length > 1) return [];
  const out: [Scored, Scored][] = [];
  // (the closest agreeing figures, at most MAX_REFS: their sources' text is read)
  for (const s of closestAgreeing(scored)) {
    const e = s.entry!;
    const near = sentenceEntries(idx, e.src, e.sentence - TOTAL_REACH, e.sentence + TOTAL_REACH).filter(
      (x) => Math.abs(x.sentence - e.sentence) <= TOTAL_REACH && x.kind === e.kind && x.unit === e.unit,
    );
    const v = (x: Entry) => Number(idx.sigFigs[x.sig].value);
    const part = v(e);
    for (const w of near) {
      const whole = v(w);
      if (w === e || !(whole > part) || agrees(f, idx.sigFigs[w.sig])) continue;
      const sent = w.src.sentences[w.fig.sentence];
      if (!sent || !SOURCE_TOTAL.test(sent.text)) continue;
      const rest = near.some((p) => p !== e && p !== w && Math.abs(part + v(p) - whole) <= whole * 0.005);
      if (rest) out.push([s, new Scored(w, undefined, e.src, s.score, false, undefined, s.count)]);
    }
  }
  return out;
}
/**
 * A line's amount it calls the whole ("케이블은 모두 340㎞다", "340 km of cable in all") that an agreeing source sentence
 * gives as one of n equal parts whose product it states beside it ("680㎞ (해저 구간 340㎞ × 2회선)", "680 km of cable (two
 * cables of 340 km)", "해저 340㎞ 구간에 두 회선을 까는 …, 케이블 길이로는 680㎞"): each such source figure with that
 * product, which judges the line. The product is worked out, and the sentence must write its multiplier ("× 2", "두
 * 회선", "two cables"): an amount that is by chance a multiple of another is no product of it.
 */
function productsOfPart(corpus: Corpus, f: ClaimFigure, scored: readonly Scored[]): [Scored, Scored][] {
  if (!AMOUNT_KINDS.has(f.kind) || f.kind === 'percent' || f.sentenceText === undefined) return [];
  const at = f.start - (f.sentenceStart ?? 0);
  const before = f.sentenceText.slice(Math.max(0, at - 16), at),
    after = f.sentenceText.slice(f.end - (f.sentenceStart ?? 0));
  if (!(f.lang === 'ko' ? KO_ALL_BEFORE.test(before) : EN_ALL_BEFORE.test(before) || EN_ALL_AFTER.test(after)))
    return [];
  if ((f.sentenceFigures ?? []).filter((g) => g.kind === f.kind && g.unit === f.unit).length > 1) return [];
  const idx = indexOf(corpus);
  const v = (x: Entry) => Number(idx.sigFigs[x.sig].value);
  const out: [Scored, Scored][] = [];
  for (const s of closestAgreeing(scored)) {
    const e = s.entry!;
    const sent = e.src.sentences[e.sentence];
    if (!sent) continue;
    const part = v(e);
    for (const w of sentenceEntries(idx, e.src, e.sentence)) {
      if (w === e || w.sentence !== e.sentence || w.kind !== e.kind || w.unit !== e.unit) continue;
      const n = Math.round(v(w) / part);
      if (n < 2 || n > MAX_MULTIPLIER || Math.abs(v(w) - n * part) > v(w) * 0.005 || agrees(f, idx.sigFigs[w.sig]))
        continue;
      if (!multiplierWritten(sent.text, n)) continue;
      out.push([s, new Scored(w, undefined, e.src, s.score, false, undefined, s.count)]);
    }
  }
  return out;
}
/** The most equal parts productsOfPart reads a product of. */
const MAX_MULTIPLIER = 4;
/** A word of the whole right before a line's amount: "모두 340㎞", "총 340㎞", "전체 340㎞", "in all 340 km" (rare). */
const KO_ALL_BEFORE = /(?:모두|총|전체|합계|합쳐서?)\s*(?:약\s*)?$/;
const EN_ALL_BEFORE = /\b(?:a\s+total\s+of|total(?:ling|ing|s)?|in\s+all)\s+(?:(?:about|around|some|roughly)\s+)?$/i;
const EN_ALL_AFTER = /^\s*(?:of\s+(?:[\p{L}-]+\s+){1,3})?(?:in\s+all|in\s+total|altogether|all\s+told)\b/iu;
/** How a source writes a multiplier n (productsOfPart): "× 2", "x2", "2회선", "두 회선", "two cables". */
function multiplierWritten(text: string, n: number): boolean {
  const ko = ['', '', '두', '세', '네'][n],
    en = ['', '', 'two', 'three', 'four'][n];
  return new RegExp(
    `(?:×|(?<![A-Za-z])[xX*])\\s*${n}(?![\\d,.])|(?<![\\d,.])${n}\\s*(?:회선|가닥|줄|선)|(?:^|[^가-힣])${ko}\\s*(?:회선|가닥|줄)|\\b${en}\\s+(?:cables?|circuits?|lines?|strings?|poles?|links?|units?)\\b`,
    'i',
  ).test(text);
}

/**
 * How many sentences from a part its source's total may stand: the next, or past one more row of the same table (a
 * fact sheet's rows "| … 취·배수관 | … | 1,140억 원 |", "| … 강구조물 | … | 410억 원 |", "| 합계 | | | 1,550억 원 |").
 */
const TOTAL_REACH = 2;
/** A line that calls its amount a total ("수주 총액은", as "total" in English). */
const LINE_TOTAL: Record<Lang, RegExp> = {
  en: /\b(?:total|totals|totalled|totaled|totalling|totaling|combined|in all|altogether)\b/i,
  ko: /합계|합쳐|합친|총액|총\s?\d|모두 합/,
};
/** A source sentence that gives a total: "두 계약을 합친 금액은", "42대(2천870억 원)를 더하면 … 4천950억 원어치", "in total",
 *  "combined", a Korean list of items and their sum after 등 ("취·배수관(1,140억 원)과 … 강구조물(410억 원) 등 1,550억 원을";
 *  the sum itself is worked out by totalsOfPart). */
const SOURCE_TOTAL =
  /합친|합계|합쳐|총액|더하면|더해|더한|등\s*\d|\b(?:total|totals|combined|in all|altogether|together)\b/i;

/**
 * Whether an English source figure is written as a part of what follows it: "1,200 MWh of its 2,000 MWh", "1,200 MWh
 * of the batteries", "80 MW of the campus's load" (an amount, then "of" and a determiner or a possessive). Asked only of
 * a figure that agrees with a line that gives its figure as the whole (markedWhole): it reads the source's text.
 */
function enPartOfWhatFollows(e: Entry): boolean {
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent || sent.lang !== 'en') return false;
  const end = e.fig.end - sent.start;
  return EN_PART_OF_WHAT_FOLLOWS.test(sent.text.slice(end, end + 40));
}
const EN_PART_OF_WHAT_FOLLOWS = /^\s+of\s+(?:the|its|their|[\p{L}\d-]+['’]s?)\s/iu;
/** Whether a source figure is given as the whole, as partsOfWhole reads a line's: "all 1.4 GW", "1.4GW 전량". */
function givesWhole(s: Scored): boolean {
  const e = s.entry;
  const sent = e && e.src.sentences[e.fig.sentence];
  return !!e && !!sent && markedWhole(sent.text, e.fig.start - sent.start, e.fig.end - sent.start, sent.lang);
}
/** Whether the words around a figure at [at, end) of a sentence give it as the whole: "all 1.4 GW", "1.4GW 전량". */
function markedWhole(text: string, at: number, end: number, lang: Lang): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return lang === 'en'
    ? EN_FULL_BEFORE.test(before)
    : KO_FULL_BEFORE.test(before) || KO_FULL_AFTER.test(text.slice(end, end + 12));
}
/** "all", "all of the", "the full", "its entire", "the campus's full" right before the figure. */
const EN_FULL_BEFORE =
  /\b(?:all(?:\s+of)?(?:\s+(?:the|its|their))?|(?:the|its|their|[\p{L}\d-]+['’]s?)\s+(?:full|entire|whole))\s+$/iu;
/** "전체 1.4GW", "인력 전체인 320명", "ESS 전체 용량은 1,200MWh" (전체, a noun, a topic particle), "1.4GW 전량(을)", "1.4GW 전부(를)". */
const KO_FULL_BEFORE = /(?:전체|전량|모든)인?\s*$|(?:^|[\s의])전체\s+[가-힣A-Za-z]{1,6}(?:은|는|이|가)\s+$/;
const KO_FULL_AFTER = /^\s*(?:전량|전부)/;
/** What stands between a part and its whole: " of the campus's ", " of its ", " of the ". */
const EN_PART_OF = /^\s+of\s+(?:(?:the|its|their|a|an)\s+)?(?:[\p{L}\d'’-]+\s+){0,3}$/iu;
/** What stands between a whole and its part written after it: "1.4GW 가운데 1,000MW", "1.4GW 중 ", "1.4GW 중에서 ". */
const WHOLE_THEN_PART = /^\s*(?:가운데|중|중에서)\s+$/;
/**
 * How the figure at `x` of a sentence stands to the figure at `y`, when the words between them say: 'part' of it
 * ("3,100 tonnes of the 16,500 tonnes", "1만6,500톤 중 3,100톤", "Of the 16,500 tonnes, 3,100", "16,500 tonnes, of which
 * 3,100"), or its 'whole' (the same, the other way round); else undefined.
 */
function partOfAnother(text: string, x: Span, y: Span): 'part' | 'whole' | undefined {
  const partOf = (p: Span, w: Span) =>
    partBesideWhole(text, p, w) ||
    (w.end <= p.start &&
      (EN_WHOLE_THEN_PART.test(text.slice(w.end, p.start)) ||
        (EN_OF_THE_BEFORE.test(text.slice(Math.max(0, w.start - 12), w.start)) &&
          /^\s*,\s*$/.test(text.slice(w.end, p.start)))));
  return partOf(x, y) ? 'part' : partOf(y, x) ? 'whole' : undefined;
}
/**
 * Whether the words between a part at `p` and its whole at `w` of a sentence say so: the whole after it in English
 * ("15,000 of the 18,000 tonnes", EN_PART_OF), before it in Korean ("하루 1만8천 톤 가운데 1만5천 톤", WHOLE_THEN_PART).
 */
function partBesideWhole(text: string, p: Span, w: Span): boolean {
  return p.end <= w.start
    ? EN_PART_OF.test(text.slice(p.end, w.start))
    : w.end <= p.start && WHOLE_THEN_PART.test(text.slice(w.end, p.start));
}
/** What stands between a whole and its part written after it in English: "16,500 tonnes, of which 3,100". */
const EN_WHOLE_THEN_PART = /^\s*,?\s*of\s+which\s+$/i;
/** "Of the" right before a whole its part follows after a comma: "Of the 16,500 tonnes, 3,100 …". */
const EN_OF_THE_BEFORE = /\bof\s+(?:the|its|their|this|that)\s+$/i;
/**
 * The figure of a line's sentence that its figure is a part of, written right beside it: the whole before it in
 * Korean ("하루 1만8천 톤 가운데 1만5천 톤"), after it in English ("15,000 of the 18,000 tonnes"); of its kind.
 */
function wholeOfPartIn(f: ClaimFigure): RawFigure | undefined {
  const text = f.sentenceText,
    figs = f.sentenceFigures;
  if (text === undefined || !figs) return undefined;
  const at = f.start - (f.sentenceStart ?? 0),
    end = f.end - (f.sentenceStart ?? 0);
  const own = { start: at, end };
  const isWhole = (g: RawFigure) => g.kind === f.kind && partBesideWhole(text, own, g);
  if (figs.length < MIN_EDGE_INDEXED) return figs.find(isWhole);
  // (a sentence of many figures: only those that end or start within the words either gap may hold are tried; each
  // figure of a line of thousands read the text up to every other figure)
  const ix = edgeIndexOf(figs);
  let best = Infinity;
  const tryAll = (list: number[] | undefined) => {
    for (const k of list ?? []) if (k < best && isWhole(figs[k])) best = k;
  };
  // WHOLE_THEN_PART is one word between blanks: a whole ends no further back than the blanks before the last word
  for (let p = Math.max(0, wordsBack(text, at, 1)); p <= at; p++) tryAll(ix.endingAt.get(p));
  // EN_PART_OF is at most five words ("of", an article, three words), each after blanks
  const far = wordsOn(text, end, 5);
  for (let p = end; p <= far; p++) tryAll(ix.startingAt.get(p));
  return best < Infinity ? figs[best] : undefined;
}
/** From this many figures in a sentence, wholeOfPartIn looks its candidates up by where they end and start. */
const MIN_EDGE_INDEXED = 16;
/** A sentence's figures by where they end and where they start (their indexes, in order): kept once an array. */
const edgeIndexes = new WeakMap<
  readonly RawFigure[],
  { endingAt: Map<number, number[]>; startingAt: Map<number, number[]> }
>();
function edgeIndexOf(figs: readonly RawFigure[]) {
  let ix = edgeIndexes.get(figs);
  if (!ix) {
    const endingAt = new Map<number, number[]>(),
      startingAt = new Map<number, number[]>();
    figs.forEach((g, k) => {
      (endingAt.get(g.end) ?? endingAt.set(g.end, []).get(g.end)!).push(k);
      (startingAt.get(g.start) ?? startingAt.set(g.start, []).get(g.start)!).push(k);
    });
    edgeIndexes.set(figs, (ix = { endingAt, startingAt }));
  }
  return ix;
}
const BLANK = /\s/;
/**
 * Where the blanks begin that stand before the `n`-th word back from `at` (words: runs of what is not a blank, the
 * blanks right before `at` skipped first): no text from further back can be blanks and at most `n` words.
 */
function wordsBack(text: string, at: number, n: number): number {
  let p = at;
  while (p > 0 && BLANK.test(text[p - 1])) p--;
  for (let w = 0; w < n && p > 0; w++) {
    while (p > 0 && !BLANK.test(text[p - 1])) p--;
    while (p > 0 && BLANK.test(text[p - 1])) p--;
  }
  return p;
}
/** Where the blanks after the `n`-th word on from `end` end: no longer text from `end` is blanks and `n` words. */
function wordsOn(text: string, end: number, n: number): number {
  let p = end;
  while (p < text.length && BLANK.test(text[p])) p++;
  for (let w = 0; w < n && p < text.length; w++) {
    while (p < text.length && !BLANK.test(text[p])) p++;
    while (p < text.length && BLANK.test(text[p])) p++;
  }
  return p;
}
/**
 * The entries of a source figure's sentence other than it, of its kind, when that sentence also states `whole` (an
 * entry agreeing with it) and the figure is not that whole: the parts of the same whole, the figure among them (from
 * the index: no text is read).
 */
function sameWholeParts(idx: ReturnType<typeof indexOf>, whole: RawFigure, e: Entry): Entry[] | undefined {
  if (e.kind !== whole.kind || agrees(whole, e.sigFig)) return undefined;
  const there = sentenceEntries(idx, e.src, e.sentence).filter((x) => x.sentence === e.sentence && x.kind === e.kind);
  if (!there.some((x) => x !== e && x.unit === whole.unit && agrees(whole, x.sigFig))) return undefined;
  return there.filter((x) => !agrees(whole, x.sigFig));
}
/** The measures a count may restate as an amount of its noun (conversionOf): quantities of a unit, not counts or money. */
const CONVERTED_MEASURES: ReadonlySet<string> = new Set(['area', 'power', 'energy', 'volume', 'length', 'mass']);
/** The lists of one sentence's figures convertedBeside has put in the text's order. */
const sortedLists = new WeakSet<readonly Entry[]>();
/** How many of a line's figures before a money figure may be the amount it converts. */
const CONVERSION_LOOKBACK = 4;
/** At most this many characters between an amount and the line's conversion of it. */
const MAX_CONVERSION_LINK = 40;
const CONVERSION_LINK: Record<Lang, RegExp> = {
  en: new RegExp(`^[\\s,(（—–*_-]*(?:(?:${alternation(enWords.conversionLinks)})[\\s,(（—–*_-]*)*$`, 'i'),
  ko: new RegExp(`^[\\s,(（—–*_-]*(?:(?:${alternation(koWords.conversionLinks)})[\\s,(（—–*_-]*)*$`),
};

/**
 * What sources state the claim's conversion as: each article that vouches for the amount the line converts (`from`,
 * with its evidence `fromScored`) and states that amount somewhere as equal to one in the claim's currency ("총사업비
 * 12조 원(약 84억 달러)" in the article whose headline gives 12조 원), as close to the claim as the article's closest
 * figure was to the amount; agreeing with the claim or not.
 */
function statedConversions(corpus: Corpus, f: ClaimFigure, from: ClaimFigure, fromScored: readonly Scored[]): Scored[] {
  const idx = indexOf(corpus);
  const out: Scored[] = [];
  const seen = new Set<Source>();
  for (const s of fromScored) {
    if (!s.agrees || !s.entry || s.via || seen.has(s.src)) continue;
    seen.add(s.src);
    const all = entriesOf(idx, s.src);
    // the source's figures by sentence, made once a source (convertedBeside looks only within one)
    let bySentence: Map<number, Entry[]> | undefined;
    const inSentence = (n: number): readonly Entry[] => {
      if (!bySentence) {
        bySentence = new Map();
        for (const x of all) {
          const l = bySentence.get(x.sentence);
          if (l) l.push(x);
          else bySentence.set(x.sentence, [x]);
        }
      }
      return bySentence.get(n) ?? [];
    };
    for (const e of all) {
      if (e.unit !== from.unit || !agrees(from, e.sigFig)) continue;
      const add = (other: Entry) => {
        if (!out.some((o) => o.entry === other))
          out.push(new Scored(other, undefined, other.src, s.score, agrees(f, other.sigFig), undefined, s.count));
      };
      // (an index loop: a for…of with destructuring made an iterator result per equivalence and agreeing entry)
      const eqs = idx.equivalences.get(e.unit) ?? [];
      for (let k = 0; k < eqs.length; k++) if (eqs[k].mine === e && eqs[k].other.unit === f.unit) add(eqs[k].other);
      // …or beside it as the line writes its own ("about ¥1.2 trillion, roughly \$8 billion").
      const beside = convertedBeside(e, f.unit, inSentence(e.sentence));
      if (beside) add(beside);
      // …or in the next sentence, which opens on it ("… 140면, 920만 달러. 1,400원으로 치면 약 129억 원이고 …").
      else {
        const next = convertedNext(e, f.unit, inSentence(e.sentence), inSentence(e.sentence + 1));
        if (next) add(next);
      }
    }
  }
  return out;
}

/**
 * The figure in `unit` a source sentence writes right beside `e` as the same amount, joined as conversionOf reads a
 * line's ("about ¥1.2 trillion, roughly \$8 billion"; a parenthesis is a stated equivalence already).
 */
function convertedBeside(e: Entry, unit: string, sameSentence: readonly Entry[]): Entry | undefined {
  // (from the stored columns first: a sentence with no figure in the unit decodes nothing of a lazy source)
  if (!sameSentence.some((x) => x !== e && x.unit === unit)) return undefined;
  const sent = e.src.sentences[e.sentence];
  if (!sent) return undefined;
  // in the order of the text once (sorted in place: the list is this check's), the first figure after e by halving
  if (!sortedLists.has(sameSentence)) {
    (sameSentence as Entry[]).sort((a, b) => a.fig.start - b.fig.start);
    sortedLists.add(sameSentence);
  }
  let lo = 0,
    hi = sameSentence.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sameSentence[mid].fig.start >= e.fig.end) hi = mid;
    else lo = mid + 1;
  }
  const next: Entry | undefined = sameSentence[lo];
  if (!next || next.unit !== unit) return undefined;
  const between = sent.text.slice(e.fig.end - sent.start, next.fig.start - sent.start);
  return between.length <= MAX_CONVERSION_LINK &&
    (CONVERSION_LINK[sent.lang].test(between) || (sent.lang === 'en' && WHICH_IS.test(between)))
    ? next
    : undefined;
}
/** A relative clause that says the amount after is the one before: ", which for people here is about ". */
const WHICH_IS =
  /^\s*,?\s*(?:which|that)\b[^,;:()\d]{0,30}?\b(?:is|are|was|comes\s+to|works\s+out\s+(?:at|to))\s+(?:about|roughly|around|some|approximately|nearly|almost)?\s*$/i;

/**
 * The figure in `unit` that the sentence after `e`'s states as `e`'s amount, when `e` is the last figure of its sentence
 * and the next opens on the conversion: at a rate it gives first ("1,400원으로 치면 약 129억 원", "At 1,400 won to the
 * dollar, that is about KRW 12.9bn") or with the words of equality a line's own conversion has ("약 129억 원이다", "That
 * is about KRW 12.9bn"). Nothing else may come first: "Its 2025 revenue was KRW 108.6bn" is another amount.
 */
function convertedNext(
  e: Entry,
  unit: string,
  sameSentence: readonly Entry[],
  nextSentence: readonly Entry[],
): Entry | undefined {
  // (from the stored columns first: only a next sentence with a figure in the unit is read)
  if (!nextSentence.some((x) => x.unit === unit) || sameSentence.some((x) => x.fig.start > e.fig.start))
    return undefined;
  const sent = e.src.sentences[e.sentence];
  const after = e.src.sentences[e.sentence + 1];
  if (!sent || !after || after.lang !== sent.lang) return undefined;
  // (e ends its sentence: nothing but its closing marks after it)
  if (!/^[\s.)）]*$/.test(sent.text.slice(e.fig.end - sent.start))) return undefined;
  const figs = [...nextSentence].sort((a, b) => a.fig.start - b.fig.start);
  const text = after.text;
  const at = (x: Entry) => x.fig.start - after.start;
  const end = (x: Entry) => x.fig.end - after.start;
  const [first, second] = figs;
  // (the rate first: an amount in the unit, then the words that make it the rate of what follows)
  if (
    first.kind === 'money' &&
    second?.unit === unit &&
    /^\s*$/.test(text.slice(0, at(first))) &&
    RATE_THEN[after.lang].test(text.slice(end(first), at(second)))
  )
    return second;
  // (or the amount itself, after words of equality: some word, not the bare amount opening the sentence)
  const opener = NEXT_OPENER[after.lang](text.slice(0, at(first)));
  return first.unit === unit && /\S/.test(opener) && CONVERSION_LINK[after.lang].test(opener) ? first : undefined;
}
/** The words a sentence may open on before restating the amount before it (dropped before CONVERSION_LINK's test). */
const NEXT_OPENER: Record<Lang, (t: string) => string> = {
  en: (t) => t.replace(/^\s*(?:that|this|it|which)(?:'s| is| was| comes to| works out (?:at|to))?\s*/i, ' '),
  ko: (t) => t.replace(/^\s*(?:이는|이건|이것은|우리\s?돈으로|원화로|한화로)\s*/, ' '),
};
/** What makes an amount the rate the amount after it is converted at ("1,400원으로 치면 약", "to the dollar, about"). */
const RATE_THEN: Record<Lang, RegExp> = {
  en: /^\s*(?:to|per|a|for)\s+(?:the|one|each|a|1)?\s*(?:US\s)?(?:dollar|euro|pound|yen|\$1|USD|EUR)\s*,?\s*(?:(?:that|this|it)\s+(?:is|was|comes to)\s*)?(?:about|roughly|around|some|approximately|nearly)?\s*$/i,
  ko: /^\s*(?:으로|로|에)?\s*(?:치면|환산하면|계산하면|따지면|기준으로|기준이면|기준)\s*,?\s*(?:약|대략|우리\s?돈\s?)?\s*$/,
};

/**
 * What a source figure must be to judge a figure the line's own arithmetic holds (lineArithmetic): of the same quantity
 * as the figure is in that arithmetic, not a figure of the same kind said of something else.
 */
type HeldBy = (corpus: Corpus, s: Scored) => boolean;

/**
 * The figures of a line that its own arithmetic ties to its other figures, beside the percents derivedShare and
 * derivedChange read, and what a source figure must be to judge each:
 * - a total over a period and the amount a period it comes to ("about 14 trillion won over 20 years, roughly 700
 *   billion won a year": 14 / 20 = 0.7): each is that contract's, over that term, and a source amount judges either
 *   only when its sentence states the other or the term too (another contract's 7.2 trillion won, of a two-year
 *   supply deal, is some other amount);
 * - the level before a change that the line's percent works out from it and the level after ("rose from \$42 billion
 *   at announcement to \$45 billion …, an increase of about 7%"): a level before, judged only by a source's level
 *   before a change, not by another amount of the sentence that restates the level after (the loan's \$18 billion
 *   beside "as the cost rose to \$45 billion").
 * A source figure these set aside is named beside the claim, never a contradiction; one that agrees still vouches.
 */
function lineArithmetic(figs: readonly ClaimFigure[]): Map<ClaimFigure, HeldBy> {
  const held = new Map<ClaimFigure, HeldBy>();
  // (A line of more figures is a table row or a list, not one sum; and so the work stays linear in a long line.)
  if (figs.length < 3 || figs.length > MAX_RESTATED_FIGURES) return held;
  const statesOther = (members: readonly ClaimFigure[], f: ClaimFigure): HeldBy => {
    const others = members.filter((g) => g !== f);
    return (corpus, s) => !!s.entry && sentenceStatesOneOf(indexOf(corpus), s.entry, others);
  };
  // A total over a period, the period, and the amount per one of its units (T / D = R, within R's rounding).
  for (const d of figs) {
    if (d.kind !== 'duration' || !(Number(d.value) > 1)) continue;
    for (const t of figs) {
      if (t === d || !AMOUNT_KINDS.has(t.kind) || t.kind === 'percent' || t.unit.includes('/')) continue;
      for (const r of figs)
        if (r !== t && r.kind === t.kind && r.unit === `${t.unit}/${d.unit}` && Number(r.value) > 0) {
          const per = Number(t.value) / Number(d.value);
          const tol = r.qualifier === 'exact' ? 0.05 : 0.1;
          if (Math.abs(per - Number(r.value)) <= Number(r.value) * tol) {
            const members = [t, d, r];
            for (const g of [t, r]) held.set(g, statesOther(members, g));
          }
        }
    }
  }
  // The rest of a whole the line splits ("The \$22 billion loan covers 55% of the \$40 billion cost, with about \$18
  // billion of equity making up the rest"; "나머지 1조 원은 …"): the line's own subtraction, T - A = R within R's
  // rounding, of one kind and unit. Its inputs are judged; the rest itself is never refuted by some other amount of a
  // source sentence that states them (the cost's earlier \$38 billion), and vouched for when a source states it.
  for (const r of figs) {
    if (!AMOUNT_KINDS.has(r.kind) || r.kind === 'percent' || held.has(r) || r.sentenceText === undefined) continue;
    const at = r.start - (r.sentenceStart ?? 0);
    const near = r.sentenceText.slice(Math.max(0, at - 40), Math.min(r.sentenceText.length, at + 80));
    if (!REST_WORDS.test(near)) continue;
    const v = Number(r.value);
    const tol = r.qualifier === 'exact' ? 0.02 : 0.1;
    const parts = figs.some(
      (t) =>
        t !== r &&
        t.kind === r.kind &&
        t.unit === r.unit &&
        figs.some(
          (a) =>
            a !== r &&
            a !== t &&
            a.kind === r.kind &&
            a.unit === r.unit &&
            Math.abs(Number(t.value) - Number(a.value) - v) <= v * tol,
        ),
    );
    if (parts) held.set(r, () => false);
  }
  // A share the line works out of its own amount by its own percent ("Total investment is USD 4.2bn; IDH's 40% of that
  // would be about USD 1.68bn": 40% of 4.2 = 1.68, within the percent's rounding; isShareOf): the share of that whole,
  // judged only by a source sentence that states the whole or the percent too, not by another project's total.
  for (const a of figs) {
    if (!AMOUNT_KINDS.has(a.kind) || a.kind === 'percent' || held.has(a) || !(Number(a.value) > 0)) continue;
    for (const p of figs) {
      const pv = Number(p.value);
      if (p.kind !== 'percent' || !(pv > 0 && pv < 100) || p.qualifier === 'range') continue;
      const w = figs.find(
        (g) =>
          g !== a &&
          g.kind === a.kind &&
          g.unit === a.unit &&
          Number(g.value) > Number(a.value) &&
          isShareOf(Number(a.value), pv, Number(g.value)),
      );
      if (w) {
        held.set(a, statesOther([a, p, w], a));
        // …and the whole, where the line writes it as what the percent is of ("청해마린텍은 412억 원(매출 612억 원의
        // 67.3%)", "KRW 41.2 billion, 67.3% of its KRW 61.2 billion revenue"): the base of the line's own share, judged
        // only by a source amount written as the base of a share in a sentence that states the part or the percent
        // too ("지난해 매출 612억 원의 67.3%"), not by another amount of the line's subject (a sum of another firm's
        // orders, "정정 전 798억 원(매출의 62.1%)", beside its revised 843억 원, on the same line).
        if (!held.has(w) && writtenAsBase(p, w)) {
          const states = statesOther([a, p, w], w);
          held.set(w, (corpus, s) => states(corpus, s) && !!s.entry && entryWrittenAsBase(s.entry));
        }
        break;
      }
    }
  }
  // The date of a level the line gives after a level before ("6월 약 14GW(12곳)에서 10월 약 16GW(15곳)로", "from 14
  // gigawatts in June to 16 gigawatts in October"): when that level held, not an event's date. Judged only by a source
  // sentence that states the level too (not by "When Stargate announced the project in September 2025, …").
  for (const [d, a] of datesOfLevels(figs)) if (!held.has(d)) held.set(d, statesOther([d, a], d));
  // The date a line gives a level with, before it tells the level's change ("licensed a 500 MW campus in June with
  // US\$4.8 billion of capital, later raised to US\$5.3 billion"): when that level was set. A source sentence giving
  // the level as the level before a change ("was raised in August to US\$5.3 billion from US\$4.8 billion") dates the
  // change, not it: named beside the claim, never a contradiction.
  for (const [d, a] of datesOfLevelsBefore(figs))
    if (!held.has(d)) held.set(d, (corpus, s) => !s.entry || !sentenceGivesBefore(indexOf(corpus), s.entry, a));
  // The level before a change whose percent the line gives (derivedChange's reading, from the level's side).
  for (const p of figs)
    if (p.kind === 'percent' && derivedChange(p, figs) && p.sentenceText !== undefined && p.sentenceFigures) {
      const raw = p.sentenceFigures;
      const at = p.sentenceStart ?? 0;
      const { changes } = sentenceChanges(p)!;
      for (const a of figs) {
        const k = raw.findIndex((r) => r.start === a.start - at && r.end === a.end - at);
        if (a !== p && changes[k] === 'before' && !held.has(a))
          held.set(a, (_corpus, s) => !!s.entry && entryChange(s.entry) === 'before');
      }
    }
  return held;
}

/**
 * The amount a source percent is the share of, as its sentence writes it right before the percent: "2,260만 달러 규모, 매출
 * 대비 24.3%", "798억 원(매출의 62.1%)", "843억 원(65.7%)", "KRW 31.2 billion, or about 24% of its revenue". Not the base
 * it is of ("매출 1,284억 원의 24.3%"), nor an amount past another figure or a clause's end.
 */
function sharePartOf(idx: ReturnType<typeof indexOf>, e: Entry): Entry | undefined {
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent) return undefined;
  let part: Entry | undefined;
  for (const x of sentenceEntries(idx, e.src, e.sentence))
    if (x.sentence === e.sentence && x !== e && x.fig.end <= e.fig.start && (!part || x.fig.end > part.fig.end))
      part = x;
  if (!part || !AMOUNT_KINDS.has(part.kind) || part.kind === 'percent' || part.kind === 'date') return undefined;
  const gap = sent.text.slice(part.fig.end - sent.start, e.fig.start - sent.start);
  return (sent.lang === 'ko' ? KO_PART_BEFORE_SHARE : EN_SHARE_GAP).test(gap) ? part : undefined;
}
/**
 * Between a Korean share's part and its percent: a word of size, an aside or a clause's joint, and the base with its
 * 의 or 대비 ("규모, 매출 대비 ", "(매출의 ", "(", "으로 지난해 매출의 약 "); not the base itself ("의 ", " 대비 ").
 */
const KO_PART_BEFORE_SHARE =
  /^\s*(?:규모|상당)?\s*(?:[(,]|으로|로|이며|이고|이자)?\s*(?:(?:지난해|작년|올해|전년|연간?)\s*)?(?:[가-힣]{1,5}\s*(?:의|대비)\s*)?(?:약|대략|거의)?\s*$/u;

/**
 * Whether a source percent is the share of another amount than any the line states: its sentence writes the amount it
 * is of (sharePartOf), the line states amounts of that kind, and none of them is that amount, in its unit or as a
 * source states it in the line's ("2,260만 달러(약 312억 원)"). Unknown, and so no, where the amount is stated in no unit
 * of the line's.
 */
function shareOfAnotherAmount(idx: ReturnType<typeof indexOf>, e: Entry, line: readonly RawFigure[]): boolean {
  const part = sharePartOf(idx, e);
  if (!part) return false;
  const amounts = line.filter((g) => g.kind === part.kind && g.qualifier !== 'range');
  if (!amounts.length) return false;
  const same = (g: RawFigure, x: Entry) => g.unit === x.unit && agrees(g, x.sigFig);
  if (amounts.some((g) => same(g, part))) return false;
  // (in another unit too: as a source states that amount in one of the line's, beside it or as an equivalence)
  const stated = statedInOtherUnits(idx, part).filter((x) => amounts.some((g) => g.unit === x.unit));
  if (stated.some((x) => amounts.some((g) => same(g, x)))) return false;
  return stated.length > 0 || amounts.some((g) => g.unit === part.unit);
}

const statedOther = new WeakMap<Entry, Entry[]>();
/** The figures a source states a figure's amount as in other units: an equivalence of that value, or one beside it. */
function statedInOtherUnits(idx: ReturnType<typeof indexOf>, x: Entry): Entry[] {
  let out = statedOther.get(x);
  if (!out) {
    out = [];
    const v = Number(x.sigFig.value);
    for (const { mine, other } of idx.equivalences.get(x.unit) ?? [])
      if (Number(mine.sigFig.value) === v && !out.includes(other)) out.push(other);
    const sentence = sentenceEntries(idx, x.src, x.sentence);
    for (const u of new Set(sentence.map((y) => y.unit)))
      if (u !== x.unit) {
        const beside = convertedBeside(x, u, sentence);
        if (beside && !out.includes(beside)) out.push(beside);
      }
    statedOther.set(x, out);
  }
  return out;
}

/**
 * Whether a line writes amount `w` as what its percent `p` is of: "매출 612억 원의 (약) 67.3%", "612억 원 대비 67.3%", "67.3%
 * of its KRW 61.2 billion revenue" (the whole right after "of", past at most four words).
 */
function writtenAsBase(p: ClaimFigure, w: ClaimFigure): boolean {
  const text = p.sentenceText;
  if (text === undefined) return false;
  const at = (n: number) => n - (p.sentenceStart ?? 0);
  if (p.lang === 'en') return w.start >= p.end && EN_SHARE_OF.test(text.slice(at(p.end), at(w.start)));
  return w.end <= p.start && KO_BASE_BEFORE_SHARE.test(text.slice(at(w.end), at(p.start)));
}
/**
 * Whether a source amount is written as the base of a percent its sentence gives: "매출 612억 원의 67.3%", "작년 매출(1,284억
 * 원) 대비 37.9%", "67.3% of its KRW 61.2 billion revenue". (Its sentence is read: asked only of a held whole's refuters.)
 */
function entryWrittenAsBase(e: Entry): boolean {
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent) return false;
  if (sent.lang === 'en') return EN_BASE_AFTER_SHARE.test(sent.text.slice(0, e.fig.start - sent.start));
  return KO_BASE_THEN_SHARE.test(sent.text.slice(e.fig.end - sent.start));
}
const KO_BASE_THEN_SHARE = /^\s*\)?\s*(?:의|대비)\s*(?:약|대략|거의)?\s*[\d.,]+\s*(?:%|퍼센트)/u;
const EN_BASE_AFTER_SHARE = /(?:%|per\s*cent|percent)\s+of\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;
/** "W의 (약) p%", "W 대비 p%": the gap between a Korean whole and its percent. */
const KO_BASE_BEFORE_SHARE = /^\s*(?:의|대비)\s*(?:약|대략|거의|무려|불과|겨우)?\s*$/;

/** At most this many amounts of one source sentence are tried as the parts of a line's amount. */
const MAX_SUMMED = 6;
/**
 * The source figures that speak against a line's amount and, with other amounts of their sentence in its kind and
 * unit, add up to it (two or more levels, each smaller, their sum within the line's rounding): parts of the whole the
 * line gives. Read from the index's entries alone; undefined when none does.
 */
function partsSummingTo(corpus: Corpus, f: ClaimFigure, scored: readonly Scored[]): Set<Entry> | undefined {
  if (!AMOUNT_KINDS.has(f.kind) || f.kind === 'percent' || !scored.some((s) => !s.agrees)) return undefined;
  // (levels only: "a further 1 gigawatt" is no sum of "the first 200 megawatts" and "a further 800", nor "\$4.2
  // billion" of "\$3.5 billion, \$700 million more than estimated")
  if (claimChangeOf(f) !== undefined) return undefined;
  // (and only a line that gives its amount as of several things, or as a total: "2단계 용량은 300메가와트" is no sum
  // of a source's "2단계 … 200메가와트" and "1단계(100메가와트)", it is the whole given as a part)
  if (f.sentenceText === undefined) return undefined;
  const idx = indexOf(corpus);
  const sf = sentenceFactsOf(f, idx);
  if (!(sentenceSays(sf, LINE_TOTAL[f.lang], f.sentenceText) || ofJoinedThings(f))) return undefined;
  const v = Number(f.value);
  if (!(v > 0)) return undefined;
  let out: Set<Entry> | undefined;
  const tried = new Set<string>();
  for (const s of scored) {
    const e = s.entry;
    if (s.agrees || !e || s.via || e.unit !== f.unit || tried.has(sentenceKey(e))) continue;
    tried.add(sentenceKey(e));
    for (const [chosen, sum] of partSums(idx, e, v, (c) => c === undefined))
      // (within the line's own rounding: "about 3,600 workers" is no sum of "about 3,100 workers" and "about 420 people")
      if (agrees(f, { value: String(sum), precision: '', qualifier: 'exact' }))
        for (const x of chosen) (out ??= new Set()).add(x);
  }
  return out;
}

/**
 * Whether a line's amount is a difference it gives ("a spread of USD 14.7m", "a gap of 40 MW", "USD 2.7m less than the
 * next bid", "1,470만 달러 차이", "차액은 …") that two amounts of one kind and unit, no range, that one source states in a
 * sentence of a refuting figure or the sentences next to it (DIFFERENCE_REACH) make, one of them that refuting figure,
 * within the line's rounding: the writer's difference of the source's levels.
 */
function differenceOfSource(corpus: Corpus, f: ClaimFigure, scored: readonly Scored[]): boolean {
  if (!AMOUNT_KINDS.has(f.kind) || f.kind === 'percent' || f.kind === 'count' || f.sentenceText === undefined)
    return false;
  if (f.qualifier === 'range' || f.qualifier === 'min' || f.qualifier === 'max') return false;
  const v = Number(f.value);
  if (!(v > 0)) return false;
  const text = f.sentenceText;
  const at = (n: number) => n - (f.sentenceStart ?? 0);
  const before = text.slice(Math.max(0, at(f.start) - 100), at(f.start));
  const after = text.slice(at(f.end), at(f.end) + 30);
  const [b, a] = f.lang === 'en' ? [EN_DIFF_BEFORE, EN_DIFF_AFTER] : [KO_DIFF_BEFORE, KO_DIFF_AFTER];
  if (!(b.test(before) || a.test(after))) return false;
  const idx = indexOf(corpus);
  const value = (x: Entry) => Number(idx.sigFigs[x.sig].value);
  const tried = new Set<Entry>();
  for (const s of scored) {
    const e = s.entry;
    if (s.agrees || !e || s.via || e.kind !== f.kind || e.unit !== f.unit || tried.has(e)) continue;
    tried.add(e);
    if (idx.sigFigs[e.sig].qualifier === 'range') continue;
    const ev = value(e);
    const near = sentenceEntries(idx, e.src, Math.max(0, e.sentence - DIFFERENCE_REACH), e.sentence + DIFFERENCE_REACH);
    for (const x of near) {
      if (x === e || x.kind !== e.kind || x.unit !== e.unit || idx.sigFigs[x.sig].qualifier === 'range') continue;
      const d = Math.abs(ev - value(x));
      if (d > 0 && agrees(f, { value: String(d), precision: '', qualifier: 'exact' })) return true;
    }
  }
  return false;
}
/** How many sentences from a refuting figure the other amount of a difference may stand (a table's next rows). */
const DIFFERENCE_REACH = 3;
/**
 * Words that give the amount after them as a difference: "a spread of", "the gap is", "a difference of about", "the gap
 * between the winning bid and the highest was".
 */
const EN_DIFF_BEFORE =
  /\b(?:spread|gap|difference|margin|premium|discount|saving|savings)(?:\s+between\s+[^,;.]{1,60}?)?\s+(?:(?:of|is|was|comes\s+to|came\s+to)\s+)?(?:(?:about|around|roughly|some|nearly|almost|approximately|just\s+(?:over|under))\s+)?$/i;
/** Words that give the amount before them as a difference: "more than", "less than", "cheaper", "above", "apart". */
const EN_DIFF_AFTER = /^\s*(?:more|less|fewer|higher|lower|cheaper|dearer|above|below|apart|short\s+of)\b/i;
/** "차이는 (약)", "차액이", "격차는": a difference named before its amount. */
const KO_DIFF_BEFORE = /(?:차이|차액|격차)\s*(?:는|은|가|이)?\s*(?:약|무려|불과)?\s*$/;
/** "… 차이", "… 더 비싸다", "… 낮은": a difference named after its amount. */
const KO_DIFF_AFTER =
  /^\s*(?:의\s*)?(?:차이|차액|격차)|^\s*(?:이|가|을|를)?\s*(?:더\s*)?(?:많|적|높|낮|싸|비싸|저렴|싼|비싼)/;

/**
 * A line's total of a number of things, the count the line's own ("Together the three campuses come to 330 MW", "The
 * two plants combined draw 1.2 GW", "세 캠퍼스를 합치면 330MW"): a count figure of two or more before the amount, and a
 * total word. What it moves aside: a refuting source figure whose sentence does not write that number (in digits or
 * a word: "three", "all three", "세", "3곳"): a level of one thing, or a total of other things, is not that sum.
 */
function totalOfCounted(f: ClaimFigure, figs: readonly ClaimFigure[]): ((s: Scored) => boolean) | undefined {
  if (!AMOUNT_KINDS.has(f.kind) || f.kind === 'percent' || f.kind === 'count' || f.sentenceText === undefined)
    return undefined;
  if (!COUNTED_TOTAL[f.lang].test(f.sentenceText)) return undefined;
  const counts = figs.filter((g) => g.kind === 'count' && g.end <= f.start && g.qualifier === 'exact');
  if (counts.length !== 1) return undefined;
  const n = Number(counts[0].value);
  if (!(Number.isInteger(n) && n >= 2 && n <= 12)) return undefined;
  const words = f.lang === 'en' ? EN_NUMBER_WORDS[n] : KO_NUMBER_WORDS[n];
  const says = new RegExp(
    f.lang === 'en'
      ? `(?:^|[^\\d.,])${n}(?![\\d.,]\\d)|\\b(?:${words})\\b`
      : `(?:^|[^\\d.,])${n}(?![\\d.,]\\d)|(?:${words})\\s`,
    'i',
  );
  return (s) => {
    if (s.agrees || !s.entry) return false;
    const sent = s.entry.src.sentences[s.entry.fig.sentence];
    return !!sent && !says.test(sent.text);
  };
}
/** A total of counted things: "together", "combined", "in all", "between them", "합치면", "합계", "모두 합쳐". */
const COUNTED_TOTAL: Record<Lang, RegExp> = {
  en: /\b(?:together|combined|total|totals|totalled|totaled|totalling|totaling|in all|altogether|all told|between them)\b/i,
  ko: /합치면|합쳐|합친|합계|모두 합|총합/,
};
/** A count of two to twelve as English writes it in words: the numeral reader's (EN_UNITS), and `both` for two. */
const EN_NUMBER_WORDS = numberWords(EN_UNITS, { 2: ['both'] });
/**
 * …and as Korean writes it: the native numerals before a counter (KO_NATIVE_NUMERALS: 두, 세 …, 열), with the forms
 * that stand alone (둘, 셋, 넷) and eleven and twelve (열한, 열두), which that table does not read.
 */
const KO_NUMBER_WORDS = numberWords(KO_NATIVE_NUMERALS, {
  2: ['둘'],
  3: ['셋'],
  4: ['넷'],
  11: ['열한'],
  12: ['열두'],
});
/** The words for each count from two to twelve, joined as a regex's alternatives (index: the count). */
function numberWords(table: Record<string, number>, more: Record<number, string[]>): string[] {
  const out: string[] = [];
  for (let n = 2; n <= 12; n++)
    out[n] = [
      ...Object.entries(table)
        .filter(([, v]) => v === n)
        .map(([w]) => w),
      ...(more[n] ?? []),
    ].join('|');
  return out;
}

/**
 * The source figures that speak against an amount a line's list gives to a name (listNameOfClaim) and, with other amounts
 * of their source of its kind and unit that judge it or are named beside it, in two sentences or more that each name that
 * name, add up to it (two or more levels, each smaller, their sum within the line's rounding): the name's parts, whose
 * total the line gives. From the entries already found for the claim: no
 * text read. Undefined when none does.
 */
function partsAcrossSentences(
  corpus: Corpus,
  f: ClaimFigure,
  scored: readonly Scored[],
  named: readonly Named[],
): Set<Entry> | undefined {
  if (!AMOUNT_KINDS.has(f.kind) || f.kind === 'percent' || !scored.some((s) => !s.agrees && s.entry && !s.via))
    return undefined;
  if (claimChangeOf(f) !== undefined) return undefined;
  // (only an amount a line's list gives to a name, and only parts whose sentences name it: a total the writer worked out
  // of another thing's parts, "about \$14.2 billion" of an 8-K's \$7.8 billion and an earlier \$6.4 billion plan, or one
  // site's "총 3조 엔" of two sentences' 1조5000억 엔, is no name's rows added up)
  const name = listNameOfClaim(f)?.own;
  if (name === undefined) return undefined;
  const v = Number(f.value);
  if (!(v > 0)) return undefined;
  const idx = indexOf(corpus);
  const value = (x: Entry) => Number(idx.sigFigs[x.sig].value);
  const bySource = new Map<Source, Entry[]>();
  const add = (x: Entry | undefined) => {
    if (!x || x.kind !== f.kind || x.unit !== f.unit || entryChange(x) !== undefined) return;
    if (!sentenceNames(x.src.sentences[x.fig.sentence]?.text ?? '', name)) return;
    const n = value(x);
    if (!(n > 0 && n < v)) return;
    let list = bySource.get(x.src);
    if (!list) bySource.set(x.src, (list = []));
    // (one amount a sentence: the same amount twice in it, or two of one sentence, are the single-sentence rule's)
    if (!list.some((y) => y === x || (y.sentence === x.sentence && value(y) === n))) list.push(x);
  };
  for (const s of scored) if (!s.agrees && !s.via) add(s.entry);
  for (const x of named) add(x instanceof Scored ? (x.agrees || x.via ? undefined : x.entry) : x);
  let out: Set<Entry> | undefined;
  for (const s of scored) {
    const e = s.entry;
    if (s.agrees || s.via || !e || out?.has(e)) continue;
    const parts = bySource.get(e.src);
    if (!parts || parts.length < 2 || parts.length > MAX_SUMMED || !parts.includes(e)) continue;
    for (let mask = 1; mask < 1 << parts.length; mask++) {
      const chosen = parts.filter((_, k) => mask & (1 << k));
      if (chosen.length < 2 || !chosen.includes(e) || new Set(chosen.map((x) => x.sentence)).size < 2) continue;
      const sum = chosen.reduce((t, x) => t + value(x), 0);
      if (agrees(f, { value: String(sum), precision: '', qualifier: 'exact' }))
        for (const x of chosen) (out ??= new Set()).add(x);
    }
  }
  return out;
}

/**
 * Whether a line's amount that it calls a total or gives of things joined ("지하수와 처리수를 합친 물은 연 360만㎥") is the
 * sum of another, smaller amount of the line's sentence in its kind and unit (its part: "처리수 연 210만㎥") and an amount
 * that a source vouching for that part states elsewhere in its text (the other part, "1,500,000 cubic meters"), within
 * the line's rounding: the line adds up the source's parts.
 */
function sumOfLinePart(
  corpus: Corpus,
  f: ClaimFigure,
  figs: readonly ClaimFigure[],
  evidence: readonly { scored: readonly Scored[] }[],
): boolean {
  if (!AMOUNT_KINDS.has(f.kind) || f.kind === 'percent' || f.sentenceText === undefined) return false;
  if (claimChangeOf(f) !== undefined) return false;
  const idx = indexOf(corpus);
  if (!(sentenceSays(sentenceFactsOf(f, idx), LINE_TOTAL[f.lang], f.sentenceText) || ofJoinedThings(f))) return false;
  const whole = Number(f.value);
  if (!(whole > 0)) return false;
  for (let j = 0; j < figs.length; j++) {
    const g = figs[j];
    if (g === f || g.kind !== f.kind || g.unit !== f.unit || g.sentenceStart !== f.sentenceStart) continue;
    const part = Number(g.value);
    if (!(part > 0 && part < whole) || claimChangeOf(g) !== undefined) continue;
    for (const s of closestAgreeing(evidence[j]?.scored ?? [])) {
      const e = s.entry!;
      if (e.kind !== f.kind || e.unit !== f.unit) continue;
      const others = entriesOf(idx, e.src, (b, i) => b.kind === f.kind && b.unitOf(i) === f.unit);
      for (const x of others) {
        if (x === e || x.sig === e.sig) continue;
        const v = Number(idx.sigFigs[x.sig].value);
        if (v > 0 && v < whole && agrees(f, { value: String(part + v), precision: '', qualifier: 'exact' })) {
          // (unless the source adds up the list that amount is in itself, right after it, to another total: "Together
          // KRW 77.7 billion", after "USD 41.0 million ≈ KRW 56.6 billion at signing, raised on 22 September to … KRW
          // 64.2 billion" and "USD 9.8 million ≈ KRW 13.5 billion", or to the line's sum as the total before a change,
          // "합계 : 변경 전 701억 원 → 변경 후 777억 원": the writer's 566 + 135 took a level the source's total does not
          // count, and that total judges the line's sum. Read only here, of the one source.)
          if (!sourceSumsApart(idx, f, x, others, Math.max(part, v))) return true;
        }
      }
    }
  }
  return false;
}

/**
 * Whether a source gives, after its amount `x` and within a few lines of it, a total of the line's kind
 * and unit above `above` (the parts the line adds up) that is not the line's value, or is the line's value as the level
 * before a change: the source's own sum of the list `x` stands in (sumOfLinePart).
 */
function sourceSumsApart(
  idx: ReturnType<typeof indexOf>,
  f: ClaimFigure,
  x: Entry,
  others: readonly Entry[],
  above: number,
): boolean {
  return others.some((y) => {
    if (y.fig.start < x.fig.end || y.fig.start - x.fig.end > SUM_AFTER_PARTS) return false;
    const w = idx.sigFigs[y.sig];
    if (!(Number(w.value) > above)) return false;
    return (!agrees(f, w) || entryChange(y) === 'before') && sourceTotal(y);
  });
}
/** How far after a listed amount (in characters) a source's total of its list may stand (sourceSumsApart). */
const SUM_AFTER_PARTS = 600;

/**
 * Every choice of two or more amounts of a source figure's sentence of its kind and unit, each above zero and below
 * `below`, whose change reading `level` takes (at most MAX_SUMMED of them), with their sum.
 */
function* partSums(
  idx: ReturnType<typeof indexOf>,
  e: Entry,
  below: number,
  level: (c: Change | undefined) => boolean,
): Generator<[Entry[], number]> {
  const value = (x: Entry) => Number(idx.sigFigs[x.sig].value);
  const parts = sentenceEntries(idx, e.src, e.sentence).filter(
    (x) =>
      x.sentence === e.sentence &&
      x.kind === e.kind &&
      x.unit === e.unit &&
      level(entryChange(x)) &&
      value(x) > 0 &&
      value(x) < below,
  );
  if (parts.length < 2 || parts.length > MAX_SUMMED) return;
  for (let mask = 1; mask < 1 << parts.length; mask++) {
    const chosen = parts.filter((_, k) => mask & (1 << k));
    if (chosen.length >= 2) yield [chosen, chosen.reduce((t, x) => t + value(x), 0)];
  }
}

/**
 * Whether a source amount is the total its own sentence adds up from two or more of its other amounts of that kind and
 * unit, levels or additions ("52대 … 수주한 데 이어 … 14대를 추가로 수주해 … 모두 66대"), within its own rounding.
 */
function sumOfItsSentence(idx: ReturnType<typeof indexOf>, e: Entry): boolean {
  const whole = idx.sigFigs[e.sig];
  const v = Number(whole.value);
  if (!(v > 0)) return false;
  // (a level, or what was added to one: "14대를 추가로 수주해"; the whole itself is no part, at its own value)
  for (const [, sum] of partSums(idx, e, v, (c) => c === undefined || c === 'up'))
    if (agrees(whole, { value: String(sum), precision: '', qualifier: 'exact' })) return true;
  return false;
}

/**
 * Whether a line's amount is one item of several it gives of its kind and unit, at other values ("독일 30대(1,870억
 * 원)와 폴란드 22대(1,250억 원)로 나뉜다"), and no total: a total a source adds up from its items is not its judge.
 */
function lineItem(f: ClaimFigure, whole: boolean): boolean {
  if (whole || f.sentenceFigures === undefined) return false;
  const at = f.sentenceStart ?? 0;
  return f.sentenceFigures.some(
    (g) =>
      g.kind === f.kind &&
      g.unit === f.unit &&
      !(g.start === f.start - at && g.end === f.end - at) &&
      g.value !== f.value,
  );
}

/**
 * Whether a line's amount is of two things joined: "700 MW of solar and wind", "$2 billion of land and buildings",
 * "태양광·풍력 700MW", "태양광과 풍력 700MW".
 */
function ofJoinedThings(f: ClaimFigure): boolean {
  const at = f.start - (f.sentenceStart ?? 0),
    end = f.end - (f.sentenceStart ?? 0);
  const text = f.sentenceText ?? '';
  return f.lang === 'en'
    ? EN_OF_JOINED.test(text.slice(end, end + 50))
    : KO_JOINED_BEFORE.test(text.slice(Math.max(0, at - 30), at));
}
const EN_OF_JOINED = /^\s+of\s+(?:[a-z][a-z-]*\s+){1,3}(?:and|plus|&)\s+[a-z]/i;
const KO_JOINED_BEFORE = /[가-힣]+(?:·|와\s|과\s|및\s)\s*[가-힣]+\s*(?:발전\s*)?(?:용량\s*)?(?:합계\s*|총\s*)?$/;

/** How many times one amount may be another and still be a misreading of it, not another thing's. */
const MAX_SLIP = 1e5;
/** Whether two amounts of a unit are too far apart for one to misreport the other (MAX_SLIP). */
function farApart(a: number, b: number): boolean {
  return a > 0 && b > 0 && Math.max(a / b, b / a) > MAX_SLIP;
}

/**
 * Whether a source figure is the sum of `f` and other amounts of the line in its kind and unit (`f` and one other, or
 * all of them), within the rounding their writing allows: the whole the line's amounts are parts of. Undefined when
 * the line has no other such amount (or so many that it is a table row or a list).
 */
function wholeOfParts(f: ClaimFigure, figs: readonly ClaimFigure[]): ((s: Scored) => boolean) | undefined {
  if (!AMOUNT_KINDS.has(f.kind) || f.kind === 'percent' || figs.length > MAX_RESTATED_FIGURES) return undefined;
  const others = figs.filter((g) => g !== f && g.kind === f.kind && g.unit === f.unit && Number(g.value) > 0);
  if (!others.length || !(Number(f.value) > 0)) return undefined;
  const v = Number(f.value);
  const sums = others.map((g) => v + Number(g.value));
  if (others.length > 1) sums.push(others.reduce((t, g) => t + Number(g.value), v));
  const tol = [f, ...others].every((g) => g.qualifier === 'exact') ? 0.02 : 0.1;
  return (s) => {
    if (s.unit !== f.unit) return false;
    const x = Number(s.value.value);
    return x > 0 && sums.some((t) => Math.abs(t - x) <= t * tol);
  };
}

/**
 * The whole a line writes of this figure's measure with the parts that make it: a run of three amounts or more of one
 * kind and unit whose largest is the sum of the others ("Campus: 60 MW of IT load, 24 MW in the first phase (Q4 2028)
 * and 36 MW by 2030"), or a count the line splits into equal lots that make it ("48대를 16대씩 세 번 나눠",
 * "48 modules in three shipments of 16"), within the rounding their writing allows. Undefined where it writes none.
 */
function lineWholeOfRun(f: ClaimFigure, figs: readonly ClaimFigure[]): number | undefined {
  if (!AMOUNT_KINDS.has(f.kind) || f.kind === 'percent' || figs.length > MAX_RESTATED_FIGURES) return undefined;
  const run = figs.filter((g) => g.kind === f.kind && g.unit === f.unit);
  if (run.length >= 3 && run.every((g) => Number(g.value) > 0 && claimChangeOf(g) === undefined)) {
    const whole = wholeOfValues(
      run.map((g) => Number(g.value)),
      run.every((g) => g.qualifier === 'exact'),
    );
    if (whole !== undefined) return whole;
  }
  if (f.kind !== 'count' || f.sentenceText === undefined) return undefined;
  const lot = splitAfter(f.sentenceText, f.end - (f.sentenceStart ?? 0), f.lang);
  return lot && lot.each * lot.times === Number(f.value) ? Number(f.value) : undefined;
}
/** The largest of three values or more when the others add up to it (`exact`: within 2%, else 10%), else undefined. */
function wholeOfValues(values: readonly number[], exact: boolean): number | undefined {
  if (values.length < 3) return undefined;
  const max = Math.max(...values);
  const rest = values.reduce((t, v) => t + v, 0) - max;
  return Math.abs(rest - max) <= max * (exact ? 0.02 : 0.1) ? max : undefined;
}
/**
 * A count's equal lots, written right after it: "16대씩 세 번" (its counter's, each lot and how many times: a number or a
 * native numeral before 번, 차례 or 회), "in three shipments of 16" (a shipment, batch, lot, tranche, delivery or load).
 */
function splitAfter(text: string, end: number, lang: Lang): { each: number; times: number } | undefined {
  const after = text.slice(end, end + 80);
  const m = lang === 'ko' ? KO_SPLIT.exec(after) : EN_SPLIT.exec(after);
  if (!m) return undefined;
  const n = (w: string) =>
    /^\d/.test(w) ? Number(w.replace(/,/g, '')) : (KO_NATIVE_NUMERALS[w] ?? EN_SMALL[w.toLowerCase()]);
  const [each, times] = lang === 'ko' ? [n(m[1]), n(m[2])] : [n(m[2]), n(m[1])];
  return each > 0 && times > 1 ? { each, times } : undefined;
}
const KO_SPLIT = new RegExp(
  `^\\s*(?:을|를|은|는|이|가|도)?\\s+(\\d[\\d,]*)\\s?[\\uac00-\\ud7a3]씩\\s*(\\d+|${Object.keys(KO_NATIVE_NUMERALS).join('|')})\\s?(?:번|차례|회)`,
);
/** The number words of a few lots, two to ten (the English numeral reader's words). */
const EN_SMALL: Record<string, number> = Object.fromEntries(
  Object.entries(EN_UNITS).filter(([, v]) => v >= 2 && v <= 10),
);
const EN_SPLIT = new RegExp(
  `^[^.;:]{0,30}?\\b(?:in|into|as)\\s+(\\d+|${Object.keys(EN_SMALL).join('|')})\\s+(?:equal\\s+)?(?:shipments|batches|lots|tranches|deliveries|consignments|loads|instal(?:l)?ments)\\s+of\\s+(\\d[\\d,]*)\\b`,
  'i',
);

/**
 * Whether a source figure that speaks against a line's amount stands in a source sentence that writes another whole of
 * the measure with its own parts, where the line writes its whole with its parts (lineWholeOfRun): "The campus has 80
 * MW of IT load: 32 MW in the first phase in 2029 and 48 MW in the second phase by 2031" against "60 MW of IT load, 24
 * MW in the first phase (Q4 2028) and 36 MW by 2030"; "96대는 32대씩 세 번에 나눠 보내요" against "48대를 16대씩 세 번
 * 나눠 보내면". Each adds up in itself, and their wholes differ: two campuses, two consignments, not one misstated; a
 * line with one wrong part adds up no more, and is judged as before. From the index's entries of the sentence, and, for
 * a line that splits its count into lots, the sentence's text after the figure (asked of such lines only).
 */
function anotherWholeOf(
  corpus: Corpus,
  f: ClaimFigure,
  figs: readonly ClaimFigure[],
): ((s: Scored) => boolean) | undefined {
  const whole = lineWholeOfRun(f, figs);
  if (whole === undefined) return undefined;
  const run = figs.filter((g) => g.kind === f.kind && g.unit === f.unit);
  const split = run.length < 3;
  const idx = indexOf(corpus);
  const ofWhole = (x: number) => Math.abs(x - whole) <= whole * 0.02;
  return (s) => {
    const e = s.entry;
    if (s.agrees || !e || s.via || e.kind !== f.kind || e.unit !== f.unit) return false;
    if (split) {
      const sent = e.src.sentences[e.fig.sentence];
      if (!sent) return false;
      const lot = splitAfter(sent.text, e.fig.end - sent.start, sent.lang);
      const v = Number(e.sigFig.value);
      return !!lot && lot.each * lot.times === v && !ofWhole(v);
    }
    const values = [
      ...new Set(
        sentenceEntries(idx, e.src, e.sentence)
          .filter((x) => x.sentence === e.sentence && x.kind === f.kind && x.unit === f.unit)
          .map((x) => Number(x.sigFig.value)),
      ),
    ];
    if (values.length < 2 || !values.every((v) => v > 0)) return false;
    // (its own whole and parts, another whole; or two amounts or more, none of them one of the line's: "The first phase,
    // 40 MW, is due in the second half of 2029; the second phase adds 80 MW by 2031", a third campus's phases)
    const theirs = wholeOfValues(values, true);
    if (theirs !== undefined) return !ofWhole(theirs);
    return !values.some((v) => run.some((g) => agrees(g, { value: String(v), precision: '', qualifier: 'exact' })));
  };
}

/**
 * Whether `f` is a rate a source of its candidates states, over a term the line gives (`15 years` beside `\$60 million`,
 * against `\$4 million a year`), within `f`'s rounding; not when the line gives the rate itself (lineArithmetic's).
 */
function rateOverTerm(
  corpus: Corpus,
  f: ClaimFigure,
  figs: readonly ClaimFigure[],
  scored: readonly Scored[],
): boolean {
  if (!AMOUNT_KINDS.has(f.kind) || f.kind === 'percent' || f.unit.includes('/') || !(Number(f.value) > 0)) return false;
  const d = figs.find((g) => g.kind === 'duration' && Number(g.value) > 1);
  if (!d) return false;
  const per = `${f.unit}/${d.unit}`;
  if (figs.some((g) => g.unit === per)) return false;
  const v = Number(f.value);
  const tol = f.qualifier === 'exact' ? 0.02 : 0.1;
  const idx = indexOf(corpus);
  const seen = new Set<Source>();
  for (const s of scored) {
    if (seen.has(s.src)) continue;
    seen.add(s.src);
    for (const x of entriesOf(idx, s.src, (b, i) => b.unitOf(i) === per))
      if (x.unit === per && Math.abs(Number(x.sigFig.value) * Number(d.value) - v) <= v * tol) return true;
  }
  return false;
}

/** Words before a figure, in its own stretch of the sentence, that make it an average of many (a wage, a price, a rate). */
const AVERAGE_BEFORE = {
  en: /\b(?:average|averaging|averaged|mean|median|per[- ]capita)\b[^.;:!?]{0,40}$/i,
  ko: /(?:평균|1인당|인당|중위)[^.;:!?]{0,16}$/,
};

/** Whether a claim's figure is an average, by the words before it since its sentence's figure before it. */
function averageClaim(f: ClaimFigure): boolean {
  if (!AMOUNT_KINDS.has(f.kind) || f.kind === 'percent' || f.sentenceText === undefined) return false;
  const before = holderStretch(f)?.before ?? f.sentenceText.slice(0, spanInSentence(f).start);
  return AVERAGE_BEFORE[f.lang === 'ko' ? 'ko' : 'en'].test(before);
}

/** averageClaim of a source figure, in its sentence. */
function entryAverage(idx: ReturnType<typeof indexOf>, e: Entry): boolean {
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent) return false;
  let from = sent.start;
  for (const x of sentenceEntries(idx, e.src, e.sentence))
    if (x.sentence === e.sentence && x.fig.end <= e.fig.start) from = Math.max(from, x.fig.end);
  return AVERAGE_BEFORE[sent.lang === 'ko' ? 'ko' : 'en'].test(
    sent.text.slice(from - sent.start, e.fig.start - sent.start),
  );
}

/**
 * The dates of a line that say when a level of a change held, each with that level: in a sentence with a level before
 * a change (extract/change.ts), a date not itself of the level before that stands right before a Korean amount of the
 * same measure ("…에서 10월 약 16GW로") or right after an English one ("to 16 gigawatts in October").
 */
function datesOfLevels(figs: readonly ClaimFigure[]): [ClaimFigure, ClaimFigure][] {
  const out: [ClaimFigure, ClaimFigure][] = [];
  const first = figs[0];
  if (!figs.some((g) => g.kind === 'date') || first.sentenceText === undefined || !first.sentenceFigures) return out;
  const text = first.sentenceText;
  const raw = first.sentenceFigures;
  const at = first.sentenceStart ?? 0;
  const { changes } = sentenceChanges(first)!;
  const rawOf = (g: ClaimFigure) => raw.findIndex((r) => r.start === g.start - at && r.end === g.end - at);
  for (const d of figs) {
    if (d.kind !== 'date' || d.sentenceText !== text) continue;
    const i = rawOf(d);
    if (i < 0 || changes[i] !== undefined) continue;
    const k = first.lang === 'ko' ? i + 1 : i - 1;
    const a = raw[k];
    if (!a || !AMOUNT_KINDS.has(a.kind) || changes[k] !== undefined) continue;
    const between = first.lang === 'ko' ? text.slice(raw[i].end, a.start) : text.slice(a.end, raw[i].start);
    if (
      !(first.lang === 'ko' ? /^\s*(?:약|최대|최소|총)?\s*$/ : /^\s+(?:in|by|as\s+of|at\s+the\s+end\s+of)\s+$/i).test(
        between,
      )
    )
      continue;
    // …and a level before of the same measure in the sentence: the line tells a change, level by level.
    if (!raw.some((b, j) => j !== k && changes[j] === 'before' && b.kind === a.kind && b.unit === a.unit)) continue;
    const level = figs.find((g) => rawOf(g) === k);
    if (level) out.push([d, level]);
  }
  return out;
}

/**
 * The dates of a line that stand before a level, with no word of change between them, where a word of change then
 * leads from that level to another of its kind and unit ("in June with US\$4.8 billion of capital, later raised to
 * US\$5.3 billion"; Korean: "6월 48억 달러로 허가됐고, 8월 53억 달러로 늘었다", the word after the second level): each
 * with its level. Not "raised in August from \$4.8 billion to \$5.3 billion", whose date is the change's.
 */
function datesOfLevelsBefore(figs: readonly ClaimFigure[]): [ClaimFigure, ClaimFigure][] {
  const out: [ClaimFigure, ClaimFigure][] = [];
  const first = figs[0];
  const text = first.sentenceText;
  if (text === undefined || !figs.some((g) => g.kind === 'date')) return out;
  const at = first.sentenceStart ?? 0;
  const ko = first.lang === 'ko';
  const sorted = [...figs].filter((g) => g.sentenceText === text).sort((x, y) => x.start - y.start);
  for (let i = 0; i < sorted.length; i++) {
    const d = sorted[i];
    if (d.kind !== 'date') continue;
    const j = sorted.findIndex((g, k) => k > i && AMOUNT_KINDS.has(g.kind) && g.kind !== 'percent');
    if (j < 0) continue;
    const a = sorted[j];
    // (nothing of its kind between, and no word of change: "raised in August from")
    if (sorted.slice(i + 1, j).some((g) => g.kind === 'date')) continue;
    if (hasChangeWord(text.slice(d.end - at, a.start - at), first.lang)) continue;
    const b = sorted.find((g, k) => k > j && g.kind === a.kind && g.unit === a.unit);
    if (!b) continue;
    const between = text.slice(a.end - at, b.start - at);
    const after = ko ? text.slice(b.end - at, b.end - at + 12) : '';
    if (hasChangeWord(between, first.lang) || (ko && hasChangeWord(after, 'ko'))) out.push([d, a]);
  }
  return out;
}

/** Whether another figure of `e`'s source sentence gives `a`'s level as the level before a change. */
function sentenceGivesBefore(idx: ReturnType<typeof indexOf>, e: Entry, a: ClaimFigure): boolean {
  return sentenceEntries(idx, e.src, e.sentence).some(
    (x) =>
      x.sentence === e.sentence &&
      x !== e &&
      x.kind === a.kind &&
      x.unit === a.unit &&
      agrees(a, x.sigFig) &&
      entryChange(x) === 'before',
  );
}

/** Words that call an amount what is left of a whole. */
const REST_WORDS = /\b(?:the\s+rest|the\s+remainder|the\s+remaining|the\s+balance)\b|나머지|잔여|잔액/i;

/** Whether another figure of `e`'s source sentence states one of `figs` (of its kind and unit, agreeing with it). */
function sentenceStatesOneOf(idx: ReturnType<typeof indexOf>, e: Entry, figs: readonly RawFigure[]): boolean {
  return sentenceEntries(idx, e.src, e.sentence).some(
    (x) =>
      x.sentence === e.sentence &&
      x !== e &&
      figs.some((g) => g.kind === x.kind && g.unit === x.unit && agrees(g, x.sigFig)),
  );
}

/** Report sentences with more figures than this are not taken as restated by one source sentence (a table, a list). */
const MAX_RESTATED_FIGURES = 12;

/** The closest source figure agreeing with a report figure, when its sentence is clearly the closest (restatedBy). */
function anchorOf(scored: readonly Scored[]): Scored | undefined {
  let top: Scored | undefined;
  for (const s of scored) if (s.agrees && s.entry && !s.via && (!top || s.score > top.score)) top = s;
  if (!top || top.score < MIN_SCORE_NAMED) return undefined;
  const k = sentenceKey(top);
  const t = top;
  return scored.some((s) => s.agrees && sentenceKey(s) !== k && s.score >= t.score * GROUP_RATIO) ? undefined : top;
}

/**
 * The source figure that stands in a report figure's place, when a source sentence restates the report's sentence:
 * another figure of the report's sentence is stated there (agreeing, on its subject at least at the bar a source is
 * named at, MIN_SCORE_NAMED), that sentence is clearly its closest (no other within GROUP_RATIO of it), and it states one figure of this
 * one's measure besides those of the report's other figures. "Gas turbine prices are up about 60% since 2020" against
 * "Prices are up about 60% since 2023": the 60% says which sentence the line restates, and its year is 2023.
 * Undefined when no sentence restates it, or when the one that does states this figure's value (it agrees anyway).
 */
function restatedBy(
  corpus: Corpus,
  figs: readonly ClaimFigure[],
  anchors: readonly (Scored | undefined)[],
  i: number,
  evidence: readonly { scored: readonly Scored[] }[],
): { entry: Entry; held: boolean; run?: true; apart?: readonly Entry[] } | undefined {
  const f = figs[i];
  // Shares of named holders pair up by holder (holder.ts): "OpenAI holds 40%, with Hanbit Power and Seohae Networks at
  // 30% each" against "한빛전력 40%, 오픈AI 30%, 서해네트웍스 30%": the closest sentence stating another figure of the line
  // that lists holders' shares gives the claim's holder's share, whatever value another holder has there.
  const holder = holderOfClaim(f);
  if (holder) {
    const entry = restatedByHolder(corpus, f, holder, i, evidence);
    if (entry !== undefined) return entry ? { entry, held: true } : undefined;
  }
  // The closest anchor first; the next only where a closer one's sentence states no figure of this one's measure at all
  // ("2025년 매출 1,180억 원." restates the line's revenue, and has no percent for its "exports rose 57%": the council's
  // row that states its "\$56.3m" of exports, "| (주)대영파워텍 | … | 5,630만 달러 | 3,480만 달러 | 61.8% |", does).
  const order: number[] = [];
  for (let j = 0; j < figs.length; j++) if (j !== i && anchors[j]) order.push(j);
  order.sort((x, y) => anchors[y]!.score - anchors[x]!.score);
  for (const j of order) {
    const r = restatedByAnchor(corpus, figs, i, anchors[j]!, j, j !== order[0]);
    if (r === NOTHING_IN_PLACE) {
      const next = nextAnchor(evidence[j].scored, anchors[j]!);
      if (next) {
        const n = restatedByAnchor(corpus, figs, i, next, j, true);
        if (n !== NO_MEASURE && n !== NOTHING_IN_PLACE) return n;
      }
      return undefined;
    }
    if (r !== NO_MEASURE) return r;
  }
  return restatedByRun(corpus, figs, i, evidence) ?? restatedByDate(corpus, figs, i, evidence);
}

/**
 * restatedBy where no one sentence is clearly the closest to the line's date (two articles state it as closely): each
 * source sentence among the closest to it that lists amounts of this figure's measure by date and pairs the line's
 * date with one of them ("현지 청년을 2027년 150명, 2028년 260명", "80 local people in 2027 and 120 local people in
 * 2028") states that amount in this one's place (restatedByAnchor), when
 * every such sentence states the same value there. The pairing tells the sentence's amount apart, not nearness alone.
 */
function restatedByDate(
  corpus: Corpus,
  figs: readonly ClaimFigure[],
  i: number,
  evidence: readonly { scored: readonly Scored[] }[],
): { entry: Entry; held: boolean; apart: readonly Entry[] } | undefined {
  const f = figs[i];
  if (f.kind === 'date' || f.kind === 'duration') return undefined;
  const dates: number[] = [];
  for (let j = 0; j < figs.length; j++) if (j !== i && figs[j].kind === 'date') dates.push(j);
  // (a list by date only: a sentence that pairs the line's date with its one amount of the measure, "electricity for
  // its first 300 megawatts in June 2029", tells nothing of a line's other amount, "300 of its 1,000 MW, from June
  // 2029")
  const r = restatedOverAnchors(corpus, figs, i, evidence, dates, (r) => !!r.byDate && !!r.apart?.length);
  return r ? { entry: r.entry, held: false, apart: r.taken.flatMap((t) => t.apart ?? []) } : undefined;
}

/**
 * restatedBy for a line's figure whose clause opens on a party's name ("BURC's licence caps imports from Mexico at 50
 * MW", "The regulator …" is no name), where an agreeing source sentence sets two values of the figure's measure against
 * each other, each in its own clause past a word of contrast, and only the other value's clause writes that name
 * ("Maya Reef Digital put imports at up to 50 MW, but BURC's licence caps them at 40 MW", "마야리프디지털은 수입 전력을
 * '최대 50MW'로 제시했지만 벨리즈 규제당국(BURC)은 사업 허가에서 40MW를 상한으로 못 박았다"): the value the sentence gives
 * that party judges the line, and the line's value, another party's there, vouches for nothing (`apart`). English
 * lines only (the name read as the clause's opener); the source's clause may be in either language.
 */
function restatedByParty(
  corpus: Corpus,
  f: ClaimFigure,
  ev: { scored: readonly Scored[] },
): { entry: Entry; held: boolean; run?: undefined; apart: readonly Entry[] } | undefined {
  if (f.lang !== 'en' || f.sentenceText === undefined || !AMOUNT_KINDS.has(f.kind)) return undefined;
  const at = f.start - (f.sentenceStart ?? 0);
  // (the clause's opener is near its figure: a window before it, not the whole sentence before, once per figure; a
  // sentence of 16,000 amounts took time in the square of them. A clause longer than the window opens on no name read)
  const from = Math.max(0, at - PARTY_REACH);
  const parts = f.sentenceText.slice(from, at).split(CLAUSE_BREAK);
  if (parts.length === 1 && from > 0) return undefined;
  const opensSentence = parts.length === 1;
  const clause = parts.pop() ?? '';
  const opener = PARTY_OPENER.exec(clause);
  const name = opener?.[1];
  if (!name || EN_NOT_PARTY.test(name)) return undefined;
  // (one capitalized word that opens the sentence, no owner's 's after it, is the sentence's capital, no name: "Wind
  // power purchase agreements cover 750 MW of the 900 MW …"; an acronym, "BURC's", "Maya Reef Digital" are names)
  if (
    opensSentence &&
    !/\s/.test(name) &&
    !/^[\p{Lu}\p{N}&-]{2,}$/u.test(name) &&
    !/['’]s\s*$/.test(opener[0].slice(0, -1))
  )
    return undefined;
  const writes = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, 'u').test(text);
  const idx = indexOf(corpus);
  let found: Entry | undefined;
  const apart: Entry[] = [];
  const tried = new Set<string>();
  for (const s of ev.scored) {
    if (!s.agrees || !s.entry || s.via) continue;
    const k = sentenceKey(s);
    if (tried.has(k)) continue;
    tried.add(k);
    const sent = s.src.sentences[s.entry.sentence];
    if (!sent) continue;
    const base = sent.start;
    const contrast = sent.lang === 'ko' ? KO_CONTRAST : EN_CONTRAST;
    const own = s.entry;
    const clauseOf = (e: Entry) => {
      const before = sent.text.slice(0, e.fig.start - base);
      const m = [...before.matchAll(new RegExp(contrast.source, 'gi'))].pop();
      return before.slice(m ? m.index! + m[0].length : 0);
    };
    const ownClause = clauseOf(own);
    if (writes(ownClause)) continue;
    for (const o of sentenceEntries(idx, s.src, own.sentence)) {
      if (o === own || o.kind !== f.kind || !measuresAlike(f, f.unit, o) || agrees(f, o.sigFig)) continue;
      const between =
        own.fig.end <= o.fig.start
          ? sent.text.slice(own.fig.end - base, o.fig.start - base)
          : sent.text.slice(o.fig.end - base, own.fig.start - base);
      if (!contrast.test(between)) continue;
      if (!writes(clauseOf(o))) continue;
      if (found && Number(found.sigFig.value) !== Number(o.sigFig.value)) return undefined;
      found = o;
      apart.push(own);
    }
  }
  if (!found) return undefined;
  // (…and a sentence that states the line's value beside the party's, naming neither's holder, is the same contrast with
  // its names unsaid: a council's captions, "in our investor material we said up to 50 megawatts the regulator has given
  // us a licence with a cap of 40 megawatts", vouch no more for the licence's 50)
  const theirs = Number(found.sigFig.value);
  for (const s of ev.scored) {
    if (!s.agrees || !s.entry || s.via || apart.includes(s.entry)) continue;
    const beside = sentenceEntries(idx, s.src, s.entry.sentence).some(
      (o) => o !== s.entry && o.kind === f.kind && measuresAlike(f, f.unit, o) && Number(o.sigFig.value) === theirs,
    );
    if (beside) apart.push(s.entry);
  }
  return { entry: found, held: true, apart };
}
/** How far before its figure a line's clause is read for the party it opens on (restatedByParty). */
const PARTY_REACH = 300;
/** Where a clause starts in an English line, before its figure: punctuation that ends the one before. */
const CLAUSE_BREAK = /[,;:—–()]\s*|\s+(?:and|but|while|whereas)\s+/;
/** A name opening a clause, perhaps as an owner ("BURC's licence"), before a lower-case word. */
const PARTY_OPENER = /^\s*(?:the\s+)?((?:[A-Z][\p{L}\p{N}&-]*)(?:\s+[A-Z][\p{L}\p{N}&-]*){0,3})(?:['’]s)?\s+\p{Ll}/u;
/** Capitalized words that open a clause and are no party's name. */
const EN_NOT_PARTY =
  /^(?:The|A|An|It|Its|This|That|These|Those|They|Their|There|He|She|His|Her|We|Our|You|Your|I|Q|Then|So|Now|In|On|At|By|For|From|With|Of|To|After|Before|When|If)$/;
/** A word of contrast between two clauses that give two values (restatedByParty). */
const EN_CONTRAST = /(?:[,;]\s*|\s)(?:but|while|whereas|though|although|yet)\s|;\s*/i;
const KO_CONTRAST = /(?:지만|으나|는데|반면)[,\s]/;

/** What restatedByAnchor gives where it finds the figure in the line's figure's place. */
type AnchorRestated = Exclude<
  ReturnType<typeof restatedByAnchor>,
  undefined | typeof NO_MEASURE | typeof NOTHING_IN_PLACE
>;
/**
 * The amount the source sentences closest to the line's figures `anchors` state in `figs[i]`'s place
 * (restatedByAnchor, those `take` accepts): each sentence among the agreeing evidence of an anchor that stands within
 * GROUP_RATIO of its best, tried once. Two sentences that state another value each in its place: which of them the
 * line restates is not told (undefined). `taken`: every result that counted, in order.
 */
function restatedOverAnchors(
  corpus: Corpus,
  figs: readonly ClaimFigure[],
  i: number,
  evidence: readonly { scored: readonly Scored[] }[],
  anchors: readonly number[],
  take: (r: AnchorRestated) => boolean,
): { entry: Entry; taken: AnchorRestated[] } | undefined {
  const tried = new Set<string>();
  const taken: AnchorRestated[] = [];
  let found: Entry | undefined;
  let foundScore = 0;
  for (const j of anchors) {
    const agreeing = evidence[j].scored.filter((s) => s.agrees && s.entry && !s.via && s.score >= MIN_SCORE_NAMED);
    const top = agreeing.reduce((m, s) => Math.max(m, s.score), 0);
    for (const a of agreeing) {
      if (a.score < top * GROUP_RATIO) continue;
      const k = sentenceKey(a);
      if (tried.has(k)) continue;
      tried.add(k);
      const r = restatedByAnchor(corpus, figs, i, a, j);
      if (!r || r === NO_MEASURE || r === NOTHING_IN_PLACE || !take(r)) continue;
      if (found && Number(found.sigFig.value) !== Number(r.entry.sigFig.value)) return undefined;
      taken.push(r);
      if (!found || a.score > foundScore) {
        found = r.entry;
        foundScore = a.score;
      }
    }
  }
  return found ? { entry: found, taken } : undefined;
}

/**
 * The agreeing source sentence clearly the closest after the anchor's, at the bar a source is named at: where the
 * anchor's sentence states the line's other figures of this one's measure and nothing in this one's place ("The state
 * is paying XOF 30 billion towards that line; ADI had asked for 48", its ask a bare number), the next sentence that
 * states them may state it ("The developers asked … at XOF 48 billion; a decree … grants XOF 30 billion").
 */
function nextAnchor(scored: readonly Scored[], anchor: Scored): Scored | undefined {
  const k = sentenceKey(anchor);
  return anchorOf(scored.filter((s) => sentenceKey(s) !== k));
}

/**
 * restatedBy where no one sentence is clearly the closest to the line's other figures (several articles state them as
 * closely): a line that gives two or more other figures of this one's measure ("The campus is planned at 180 MW, in a
 * first phase of 100 MW and a second phase of 120 MW") is restated by each source sentence, among the closest to one
 * of them, that states all of those ("It is planned at 180 megawatts …, in two phases: 60 MW … and a further 120 MW"),
 * and the figure it states in this one's place judges it when every such sentence that states one there states the
 * same value. The run of the line's own measure is what tells the sentence apart, not its nearness alone.
 */
function restatedByRun(
  corpus: Corpus,
  figs: readonly ClaimFigure[],
  i: number,
  evidence: readonly { scored: readonly Scored[] }[],
): { entry: Entry; held: boolean; run: true } | undefined {
  const f = figs[i];
  const measure = groupKey(f.kind, f.unit);
  const others: number[] = [];
  for (let j = 0; j < figs.length; j++)
    if (j !== i && figs[j].unit === f.unit && groupKey(figs[j].kind, figs[j].unit) === measure) others.push(j);
  if (others.length < MIN_RUN_RESTATED) return undefined;
  const r = restatedOverAnchors(corpus, figs, i, evidence, others, () => true);
  return r ? { entry: r.entry, held: false, run: true } : undefined;
}
/**
 * Whether the source sentence of `s`, which states the line's figure `figs[i]`, states beside it a figure of that
 * measure that none of the line's figures is, and none of the line's other figures of the measure: a run of another
 * thing's (judgeSentenceFigures, where a sentence restates the line). From the index: no text read.
 */
function anotherRun(corpus: Corpus, figs: readonly ClaimFigure[], i: number, s: Scored): boolean {
  const f = figs[i];
  if (!s.entry) return false;
  const measure = groupKey(f.kind, f.unit);
  const line = figs.filter((g) => g.unit === f.unit && groupKey(g.kind, g.unit) === measure);
  if (line.length < 2) return false;
  const sent = sentenceEntries(indexOf(corpus), s.src, s.sentence).filter(
    (e) => e.sentence === s.sentence && e !== s.entry && measuresAlike(f, f.unit, e),
  );
  const stated = (g: ClaimFigure) => sent.some((e) => agrees(g, e.sigFig));
  if (line.some((g) => g !== f && stated(g))) return false;
  return sent.some((e) => !line.some((g) => agrees(g, e.sigFig)));
}
/** A source figure that agrees with the line on a single shared word of its subject: not cited, not the restating one. */
function thinVoucher(s: Scored, cited: readonly string[], restated: Entry | undefined): boolean {
  return s.count === 1 && !cited.includes(s.src.key) && (!restated || s.entry !== restated);
}

/**
 * The places an English line's own sentence names as places: a place the lexicon knows, a name written where a place
 * stands ("at Wilton", placeUsesIn), or before the noun of a place's government ("Boseong county", "Pinal County"); not
 * any capitalized word ("Hanul's US\$2.6 billion Fund I" names a company). None read of a Korean line: its place words
 * are loose.
 */
function lineOwnPlaces(f: ClaimFigure): string[] {
  const t = f.sentenceText;
  if (f.lang !== 'en' || t === undefined) return [];
  const uses = placeUsesIn(t);
  for (const m of t.matchAll(ADMIN_PLACE)) {
    const w = wordTerm(m[1]);
    if (w) uses.add(w);
  }
  return placesIn(t, 'en', f.sentenceFigures ?? []).filter((p) => !p.startsWith('en:') || uses.has(p));
}
/** A name before the noun of a place's government: "Boseong county", "Pinal County", "Oran province". */
const ADMIN_PLACE =
  /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)\s+(?:[Cc]ounty|[Pp]rovince|[Pp]refecture|[Mm]unicipality|[Dd]istrict|[Gg]overnorate|[Oo]blast|[Cc]ity|[Tt]own|[Vv]illage|[Rr]egion|[Ss]tate)\b/gu;

/** Whether a source figure's sentence, or the one before it, writes one of the places `cp` (a Korean one read in Latin). */
function writesPlaceAt(cp: readonly string[], s: Scored, w: TermWeights): boolean {
  for (let j = s.sentence; j >= 0 && j >= s.sentence - 1; j--)
    if (placesShared(cp, sentencePlaces(s.src, j), w) || readsPlaceIn(cp, s.src, j)) return true;
  return false;
}

/**
 * The agreeing source figures of an English line that its own names set apart (judgeSentenceFigures): the line's
 * sentence writes names (placesIn: capitalized words and the pairs they make, not inside its figures), an English
 * source figure agrees whose article writes none of them (the same name, or its spelling in the other script), and a
 * contradicting figure that writes one of them at its sentence or the one before is OUTWEIGHS times as close, at the
 * contradiction bar and with its shared terms. A cited source, and the sentence that restates the line, stay.
 */
function namedElsewhere(
  f: ClaimFigure,
  scored: readonly Scored[],
  cited: readonly string[],
  restated: Entry | undefined,
  w: TermWeights,
): Set<Scored> {
  const out = new Set<Scored>();
  if (f.lang !== 'en' || f.sentenceText === undefined) return out;
  const names = placesIn(f.sentenceText, 'en', f.sentenceFigures ?? []);
  if (!names.length) return out;
  let closer: number | undefined;
  const closest = () =>
    (closer ??= scored.reduce(
      (m, s) =>
        !s.agrees &&
        s.score >= MIN_SCORE &&
        (s.count ?? 0) >= MIN_SHARED_TERMS &&
        s.score > m &&
        writesPlaceAt(names, s, w)
          ? s.score
          : m,
      0,
    ));
  for (const s of scored) {
    if (!s.agrees || s.lang !== 'en' || cited.includes(s.src.key) || (restated && s.entry === restated)) continue;
    if (closest() < OUTWEIGHS * s.score || articleNamesPlace(names, s.src, w, true)) continue;
    out.add(s);
  }
  return out;
}

/** Whether a source's sentence `at` writes one of the claim's places as a Korean name (해남 for Haenam). */
function readsPlaceIn(cp: readonly string[], src: Source, at: number): boolean {
  const sent = src.sentences[at];
  if (!sent || sent.lang !== 'ko') return false;
  const r = readingsIn(sent.text, 'ko');
  return cp.some((p) => r.has(p));
}

/** How many other figures of a claim's measure its line must give for a run of them to say which sentence restates it. */
const MIN_RUN_RESTATED = 2;
/**
 * Whether a source figure is given to each of several by the words right after it ("300 MW in each of three steps",
 * "150 MW each", "150 MW apiece") or "각각" right before it: an amount per member. Not "each year", "each month" (a rate:
 * "up to 150 MW until 2032, with that supply stepping down each year"), and not an "each" further on in its clause.
 */
function givenToEach(e: Entry): boolean {
  const sent = e.src.sentences[e.fig.sentence];
  if (!sent) return false;
  const at = e.fig.start - sent.start,
    end = e.fig.end - sent.start;
  if (sent.lang === 'ko') return /각각\s*$/.test(sent.text.slice(Math.max(0, at - 8), at));
  return EACH_AFTER.test(sent.text.slice(end, end + 40));
}
const EACH_AFTER =
  /^\s*(?:[a-z-]+\s+)?(?:in\s+each\s+of|for\s+each\s+of|each|apiece)\b(?!\s+(?:year|month|week|day|quarter|season|time)\b)/i;
/** restatedByAnchor's answer when the anchor's sentence states no figure of the claim's measure. */
const NO_MEASURE = 'no measure';
/**
 * restatedByAnchor's answer when the anchor's sentence states the line's other figures of the claim's measure (one at
 * least) and no other figure of it: nothing in the claim's place.
 */
const NOTHING_IN_PLACE = 'nothing in place';

/** restatedBy with the anchor `a`, the top candidate of the line's figure `anchorAt`. */
function restatedByAnchor(
  corpus: Corpus,
  figs: readonly ClaimFigure[],
  i: number,
  a: Scored,
  anchorAt: number,
  /**
   * The anchor is not the closest (its sentence restates the line past one that states nothing of this measure): a
   * figure stands in this one's place only when it is what this one is, a level, the level before a change or a change
   * ("12년물(B클래스) 6억 유로" restates "5억 유로에서 6억 유로로 늘었고", and its A class's 7억 is no level of before).
   */
  past = false,
):
  | { entry: Entry; held: boolean; apart?: readonly Entry[]; byDate?: boolean }
  | undefined
  | typeof NO_MEASURE
  | typeof NOTHING_IN_PLACE {
  const f = figs[i];
  // How the line writes its figure against the figure the anchor states (asked only when the source writes one of its
  // figures as a part or the whole of the anchor's)
  let lineRelation: 'part' | 'whole' | null | undefined;
  const lineRelationOf = () =>
    (lineRelation ??=
      (f.sentenceText !== undefined &&
        partOfAnother(f.sentenceText, spanInSentence(f), spanInSentence(figs[anchorAt]))) ||
      null);
  // A sentence restates the line only if it states the line's other figures of the measure it shares with it: one that
  // gives the first of two versions ("건설 인력 최대 8천 명·상시 고용 1천2백 명" for "put at 8,000 in the agreement and 9,000
  // in July 2026; permanent jobs stay at 1,200") restates the clause of the one it states, not the line's date of the other.
  const sentFigs = sentenceEntries(indexOf(corpus), a.src, a.sentence).filter((x) => x.sentence === a.sentence);
  if (!sentFigs.some((e) => measuresAlike(f, f.unit, e))) return NO_MEASURE;
  if (
    a.entry &&
    figs.some(
      (g) =>
        g !== f &&
        g.kind === a.entry!.kind &&
        // (counts of people and of jobs are one measure here: "employment" and "인력")
        (g.unit === a.entry!.unit || g.kind === 'count') &&
        !sentFigs.some((x) => x.kind === g.kind && agrees(g, x.sigFig)),
    )
  )
    return undefined;
  const others = figs.filter((g) => g !== f && groupKey(g.kind, g.unit) === groupKey(f.kind, f.unit));
  const stateOthers = others.length > 0;
  // …and the line's other figures of this figure's own measure too: a line that gives two values of one measure (what
  // was asked and what was granted, "소득세 면제 15년 요청에 10년을 승인했고"; a level before and after) is restated
  // only by a sentence that states the other, so that its one figure left stands in this one's place. A sentence that
  // states neither ("정규직 80%를 … 4년 안에 채우는 것, 그리고 1단계 100MW를 2029년 3월 31일까지", which restates the line's
  // deadline) cannot say which of the two its one figure of the measure would be: it stands in neither's place.
  if (others.some((g) => !sentFigs.some((x) => x.kind === g.kind && agrees(g, x.sigFig)))) return undefined;
  const mine: Entry[] = [];
  // A quotation of several sentences is one sentence; the one the line restates is the anchor's sentence in it.
  const sent = a.src.sentences[a.sentence];
  const breaks = sent ? figureBreaks(sent.text, sent.lang) : [];
  const piece = (e: Entry) => (breaks.length ? figurePiece(breaks, e.fig.start - sent!.start) : 0);
  const anchorPiece = a.entry ? piece(a.entry) : 0;
  // An amount a list pairs with a date ("현지 청년을 2027년 150명, 2028년 260명 교육할 계획", "150 in 2027 and 260 in 2028")
  // is that date's: where the anchor is a date the sentence pairs with an amount of this figure's measure, an amount it
  // pairs with another date, none of the line's, stands in no place of the line's figure, even where it is the line's
  // value ("2028년 교육 인원은 150명이다" gives 2027's 150 for 2028's 260); nor does it vouch for it (`apart`).
  const paired = a.entry?.kind === 'date' && sent ? datePairs(sent.text, sent.start, sentFigs) : undefined;
  const anchorPaired =
    !!paired && [...paired].some(([x, d]) => d === a.entry && measuresAlike(f, f.unit, x) && x.kind === f.kind);
  const apart: Entry[] = [];
  // A count of another stage or narrowed by other words counts something else ("about 1,600 construction workers at its
  // peak and about 300 people once it is running" for "employ about 1,600 people once it runs"; counted.ts): not this
  // figure's place in the sentence, whatever its value.
  const narrowing =
    f.kind === 'count' && f.sentenceText !== undefined
      ? runNarrowingTerms(f, f.sentenceText, f.start - (f.sentenceStart ?? 0), f.sentenceFigures ?? [])
      : undefined;
  // The line's level before a change of this measure, when the figure is the level after it ("needs 64 pylons, up from
  // 46"), and whether the sentence states it as its own level before ("철탑 46기 → 52기").
  const beforeOfLine = f.sentenceText !== undefined && claimChangeOf(f) === undefined ? lineLevelBefore(f) : undefined;
  const lineBefore = f.kind === 'date' && f.sentenceText !== undefined && claimChangeOf(f) === 'before';
  let beforeStated = false;
  const perOne = f.sentenceText !== undefined && perOneAt(f.sentenceText, f.start - (f.sentenceStart ?? 0), f.lang);
  const lineEach = f.sentenceText !== undefined && DISTRIBUTIVE.test(f.sentenceText);
  // (an amount a Korean sentence labels by another topic than the line's figure is of another measure: "출자 예정액은 2조
  // 9,400억 원" does not stand in the place of "총사업비는 … 19조 원에서")
  let koLabel: string[] | null | undefined;
  let claimIsPhase: boolean | undefined;
  for (const e of sentFigs) {
    if (f.lang === 'ko' && e.lang === 'ko' && (koLabel ??= koLabelOfClaim(f) ?? null)) {
      const l = entryKoLabel(e);
      if (l && !sameLabel(koLabel, l)) continue;
    }
    // The line's value stated there per a time ("about a billion gallons" for "about 1 billion gallons a year"): the
    // sentence has it, so none of its other figures is forced on it.
    if (e.kind === f.kind && e.unit !== f.unit && perTimeAside(e.unit) === perTimeAside(f.unit) && agrees(f, e.sigFig))
      return undefined;
    if (!measuresAlike(f, f.unit, e) || piece(e) !== anchorPiece) continue;
    const pairedWith = anchorPaired ? paired!.get(e) : undefined;
    if (pairedWith && pairedWith !== a.entry && !figs.some((g) => agrees(g, pairedWith.sigFig))) {
      apart.push(e);
      continue;
    }
    // (the line's date before a schedule moved stands only where the sentence gives one: "moved the first phase to the
    // first quarter of 2028" in "its September 2026 interconnection filing" restates "slipped from the fourth quarter of
    // 2027 to the first quarter of 2028", and the filing's month is no schedule the phase slipped from. Dates only: an
    // amount of then is often written as a level, "2023년 … 15억달러를 넘었고, 지난해에는 약 21억달러" for "2023년
    // 12억달러에서 지난해 약 21억달러로 늘었다")
    if (lineBefore && entryChange(e) !== 'before') continue;
    // (a figure of another named item of the sentence's list than the anchor's is that item's: "무릉 양수발전소(…, 총사업비
    // 1조 8,400억 원, …)와 동해 수소혼소 발전소(500MW, 2029년 6월 상업운전 계획)" for a line on the hydrogen plant's cost)
    if (a.entry && entryItem(a.entry).length && entryItem(e).length) {
      const theirs = entryItem(a.entry);
      if (!entryItem(e).some((p) => theirs.includes(p))) continue;
    }
    // (nor the size of one of a unit, "An acre-foot is about 325,851 gallons, so that is about 1 billion gallons a
    // year", for a line that gives no one's)
    if (!perOne && perOneAt(sent?.text ?? '', e.fig.start - (sent?.start ?? 0), e.lang)) continue;
    // (nor an amount its clause gives to each of several, "350 MW in each of four steps, reaching the full 1,400 MW in
    // 2030", for a line whose own words give no amount per member: "data centers reach 2,300 MW in 2030" is no step's)
    if (!perOne && !lineEach && givenToEach(e)) continue;
    if (narrowing?.length && countedApart(narrowing, entryNarrowing(e))) continue;
    if (others.some((g) => agrees(g, e.sigFig))) {
      if (beforeOfLine && agrees(beforeOfLine, e.sigFig) && entryChange(e) === 'before') beforeStated = true;
      continue;
    }
    if (e === a.entry) continue;
    if (agrees(f, e.sigFig)) return undefined;
    if (a.entry && sent && tiedToOther(e, a.entry, sentFigs, figs, sent.text, sent.start)) continue;
    // (nor a figure the sentence writes as a part or the whole of the anchor's, "She discharged 3,100 tonnes of the
    // 16,500 tonnes Halvard Steel will supply", in the place of a line's figure the line does not write so of its own:
    // "16,500 tonnes for the Burgas halls, out of the 27,000 tonnes it is delivering to both campuses" gives the whole
    // the 16,500 is a part of, which one ship's load is not)
    if (a.entry && sent && e.kind === a.entry.kind && e.unit === a.entry.unit) {
      const theirs = partOfAnother(
        sent.text,
        { start: e.fig.start - sent.start, end: e.fig.end - sent.start },
        { start: a.entry.fig.start - sent.start, end: a.entry.fig.end - sent.start },
      );
      if (theirs && theirs !== lineRelationOf()) continue;
    }
    // (nor a figure the sentence labels a numbered part's, "with a first phase of 90 MW", in the place of a line's
    // figure that is no phase's: "The Lakeside campus, at 300 MW, was announced at \$4.4 billion" is the campus's size,
    // which the phase's is not; partRelation keeps such a figure from refuting it otherwise too. The label is read where
    // it stands, extract/partLabel.ts: a table row's "260억 → 285억 달러 | 1단계 300MW" labels the 300MW only)
    // …and so is an amount an ordinal stands right before as a first or next part of the things counted ("The first 16
    // modules were to leave … on 11 January 2028; … now 15 February 2028, five weeks later"), in the place of a line's
    // amount that is no part ("The 48 e-house modules … slipped five weeks, to a first shipment on 15 February 2028"):
    // the shipment's count, not the order's, though the date and the delay the two share are the shipment's in both.
    // (Amounts only: a phase's date is the date a line gives of it, "slipped to the first quarter of 2028". And the
    // ordinal before this amount, not a phase word elsewhere in its clause: "planned capacity 600 MW, investment of about
    // CZK 110 billion, …, whose first stage of 200 MW", "| 260억 → 285억 달러 | 1단계 300MW … |" are the whole's.)
    if (
      (isPartOf(entryPartLabel(e)) ||
        (AMOUNT_KINDS.has(f.kind) &&
          !!sent &&
          ORDINAL_BEFORE.test(
            sent.text.slice(Math.max(0, e.fig.start - sent.start - 24), e.fig.start - sent.start),
          ))) &&
      !(claimIsPhase ??= isPhaseClaim(f, corpus))
    )
      continue;
    // (nor the level a change of the sentence starts from, "up from the 3,000 the state announced", in the place of a
    // line's level that changed from nothing: that is a level of then, and of the anchor's measure)
    if (claimChangeOf(f) === undefined && !lineBefore && entryChange(e) === 'before') continue;
    if (past && !sameQuantity(claimChangeOf(f), entryChange(e))) continue;
    mine.push(e);
  }
  if (mine.length === 0 && stateOthers) return NOTHING_IN_PLACE;
  if (mine.length !== 1) return undefined;
  // The line's amount that the sentence's other amount and the anchor add up to, within the line's rounding, is their
  // whole, not another version of that amount: "The ₹16,800 crore project is funded 75:25, with ₹4,200 crore of
  // equity" against "funded 75:25 debt to equity -- about Rs. 12,600 crore of debt and Rs. 4,200 crore of equity"
  // splits the line's amount, and the 12,600 of debt does not stand in its place. (Levels only, as partsSummingTo:
  // a change's level after is no sum of its level before and another amount.)
  if (a.entry && claimChangeOf(f) === undefined && AMOUNT_KINDS.has(f.kind) && f.kind !== 'percent') {
    const x = mine[0],
      y = a.entry;
    if (
      x.unit === f.unit &&
      y.kind === f.kind &&
      y.unit === f.unit &&
      entryChange(x) === undefined &&
      entryChange(y) === undefined &&
      agrees(f, {
        value: String(Number(x.sigFig.value) + Number(y.sigFig.value)),
        precision: '',
        qualifier: 'exact',
      })
    )
      return undefined;
  }
  // A sentence that restates the line's change, its level before and another of its figures, gives the level after
  // it changed to: that level judges the line's at the bar an agreeing figure passes, as a holder's share does, however
  // few words of the other language it shares ("18km·철탑 46기 → 21.4km·철탑 52기" for "runs 21.4 km … and needs 64
  // pylons, up from 46 on the original 18 km route").
  if (beforeStated && entryChange(mine[0]) === undefined) return { entry: mine[0], held: true, apart };
  // A count of the claim's stage where the sentence gives the line's other count is paired by its stage, as a share by
  // its holder ("건설 인력은 최대 1200명, 상시 고용은 400명이다" against "construction will employ about 3,000 people at peak,
  // with 400 permanent jobs"): the stage and the line's other count stand for the subject.
  const stage = narrowing?.find(isStage);
  if (stage && entryNarrowing(mine[0]).includes(stage)) return { entry: mine[0], held: true, apart };
  // …and an amount of the claim's role, asked for or granted, where the sentence gives the line's other amount of the
  // measure, by its role ("The developers asked the state to fund it in full, at XOF 48 billion; a decree … grants XOF
  // 30 billion" for "The state pays XOF 30 billion of the XOF 84 billion asked"): the role and the line's other amount
  // stand for the subject.
  const role = others.length ? lineRole(f) : undefined;
  const byDate = anchorPaired && paired!.get(mine[0]) === a.entry;
  return { entry: mine[0], held: !!role && entryRole(mine[0]) === role, apart, byDate };
}

/** An ordinal of a first or next part right before an amount: "the first 16 modules", "its next 200 MW", "첫 200MW". */
const ORDINAL_BEFORE = new RegExp(
  `(?:\\b(?:the|its|their)\\s+(?:${alternation(enWords.scope.phaseOrdinals)})|(?:^|\\s)첫)\\s*$`,
  'i',
);

/**
 * The date each amount of a source sentence is paired with, where the sentence lists amounts by date: the date right
 * before it with nothing but a space, a colon or a Korean particle between ("2027년 150명, 2028년 260명", "2028년에는
 * 260명"), or the date right after it with a preposition and at most two words between ("150 in 2027 and 260 in 2028",
 * "150 places in 2027"), or in brackets after it ("32MW(2029년)"); not an amount with such a date on both sides.
 */
function datePairs(text: string, base: number, figs: readonly Entry[]): Map<Entry, Entry> {
  const out = new Map<Entry, Entry>();
  const sorted = [...figs].sort((x, y) => x.fig.start - y.fig.start);
  const gap = (x: Entry, y: Entry) =>
    x.fig.end <= y.fig.start ? text.slice(x.fig.end - base, y.fig.start - base) : undefined;
  sorted.forEach((e, k) => {
    if (e.kind === 'date' || e.kind === 'duration') return;
    const prev = sorted[k - 1],
      next = sorted[k + 1];
    const gb = prev?.kind === 'date' ? gap(prev, e) : undefined;
    const ga = next?.kind === 'date' ? gap(e, next) : undefined;
    const before = gb !== undefined && DATE_THEN_AMOUNT.test(gb) ? prev : undefined;
    const after = ga !== undefined && AMOUNT_THEN_DATE.test(ga) ? next : undefined;
    if (before && after) return;
    const d = before ?? after;
    if (d) out.set(e, d);
  });
  return out;
}
/**
 * Whether a source sentence pairs a figure with a date none of the line's figures is, and one of the line's dates with
 * another figure of its kind (datePairs): that date's figure, not the line's.
 */
function pairedWithOtherDate(corpus: Corpus, e: Entry, figs: readonly ClaimFigure[]): boolean {
  const sent = e.src.sentences[e.sentence];
  if (!sent) return false;
  const sentFigs = sentenceEntries(indexOf(corpus), e.src, e.sentence).filter((x) => x.sentence === e.sentence);
  const pairs = datePairs(sent.text, sent.start, sentFigs);
  const d = pairs.get(e);
  if (!d || figs.some((g) => agrees(g, d.sigFig))) return false;
  return [...pairs].some(
    ([x, y]) => x !== e && x.kind === e.kind && figs.some((g) => g.kind === 'date' && agrees(g, y.sigFig)),
  );
}
const DATE_THEN_AMOUNT = /^\s*(?:에는|에|엔|까지는|까지|:)?\s*$/;
const AMOUNT_THEN_DATE = /^\s*\(\s*$|^\s+(?:[\p{L}-]+\s+){0,2}?(?:in|by|for|during)\s+$/iu;

/**
 * Whether a source figure of another measure than the anchor's is said of a figure of the anchor's measure that the
 * line does not state, with no comma between them, while a comma or more stands between it and the anchor: "It is to
 * reach 600 megawatts of computing load by 2031, with a first phase of 150 MW due to come online in the fourth quarter
 * of 2027" restates "the first phase of 150 MW was due online in the fourth quarter of 2027; it has since slipped to
 * the first quarter of 2028", and its 2031 is the 600 megawatts' date, not the phase's new one.
 */
function tiedToOther(
  e: Entry,
  anchor: Entry,
  sentFigs: readonly Entry[],
  figs: readonly ClaimFigure[],
  text: string,
  base: number,
): boolean {
  if (e.kind === anchor.kind) return false;
  const between = (x: Entry, y: Entry) =>
    x.fig.end <= y.fig.start
      ? text.slice(x.fig.end - base, y.fig.start - base)
      : text.slice(y.fig.end - base, x.fig.start - base);
  if (!/[,;:]/.test(between(e, anchor))) return false;
  // (an amount is not said of a time: "leased … for 30 years at an annual rent of TT\$9.8 million, reviewed every five
  // years" gives the rent of the lease, whose term the 30 years is; a date or a span is said of an amount, "reach 600
  // megawatts … by 2031", not the other way)
  const time = (k: string) => k === 'date' || k === 'duration';
  if (AMOUNT_KINDS.has(e.kind) && time(anchor.kind)) return false;
  return sentFigs.some((x) => {
    if (x === anchor || x === e || x.kind !== anchor.kind || x.unit !== anchor.unit) return false;
    const b = between(x, e);
    // (a table's cells are apart as clauses are: "| 5,630만 달러 | 3,480만 달러 | 61.8% |" gives the growth its own column)
    return b.length <= MAX_TIE && !/[,;:()|│]/.test(b) && !figs.some((g) => agrees(g, x.sigFig));
  });
}
/** How far apart a figure and the figure it is said of may stand without a comma between them (tiedToOther). */
const MAX_TIE = 60;

/**
 * The share of the claim's holder in the closest source sentence that states another figure of the line (agreeing, on
 * its subject at least at the bar a source is named at) and names holders of its shares: the one figure there whose
 * holder is the claim's; null when that sentence gives the claim's holder no share, or several, or the claim's value;
 * undefined when no such sentence names holders.
 */
function restatedByHolder(
  corpus: Corpus,
  f: ClaimFigure,
  holder: readonly string[],
  i: number,
  evidence: readonly { scored: readonly Scored[] }[],
): Entry | null | undefined {
  const idx = indexOf(corpus);
  const tops: Scored[] = [];
  evidence.forEach((ev, j) => {
    if (j !== i)
      for (const s of ev.scored) if (s.agrees && s.entry && !s.via && s.score >= MIN_SCORE_AGREEING) tops.push(s);
  });
  tops.sort((x, y) => y.score - x.score);
  for (const t of tops) {
    const sent = t.src.sentences[t.sentence];
    if (!sent) continue;
    const breaks = figureBreaks(sent.text, sent.lang);
    const piece = (e: Entry) => (breaks.length ? figurePiece(breaks, e.fig.start - sent.start) : 0);
    const at = piece(t.entry!);
    const theirs: Entry[] = [];
    let named = false;
    for (const e of sentenceEntries(idx, t.src, t.sentence)) {
      if (e.sentence !== t.sentence || !measuresAlike(f, f.unit, e) || piece(e) !== at) continue;
      const h = entryHolder(e);
      if (!h) continue;
      named = true;
      if (sameHolder(holder, f.lang, h, sent.lang) === true) theirs.push(e);
    }
    if (!named) continue;
    return theirs.length === 1 && !agrees(f, theirs[0].sigFig) ? theirs[0] : null;
  }
  return undefined;
}

/** Whether the claim figure is a phase's or an addition's, as its clause says (collectEvidence's claimPhase). */
function isPhaseClaim(f: ClaimFigure, corpus: Corpus): boolean {
  return claimScopeOf(f, sentenceFactsOf(f, indexOf(corpus))) === 'phase' || claimShareOf(f) === 'part';
}

/**
 * Whether the claim figure's own clause calls it a total ('whole') or a phase or addition ('part') (shareOf); a count
 * of the others or the rest of a set ("## The other two campuses", "the remaining three sites", "나머지 두 곳") is a part
 * of that set, which a source's count of the whole ("announced three data center campuses") does not refute.
 */
function claimShareOf(f: ClaimFigure): 'part' | 'whole' | undefined {
  const share = shareOf(f, () =>
    f.sentenceText !== undefined
      ? { text: f.sentenceText, at: spanInSentence(f), figures: f.sentenceFigures ?? [] }
      : undefined,
  );
  if (share || f.sentenceText === undefined) return share;
  const at = spanInSentence(f).start;
  // A figure the line gives as a fraction of something, in apposition: "A quarter of the connected capacity, 30 MW
  // while the cap lasts, is reserved …", "half of the site's load — 60 MW —", "접속 용량의 4분의 1인 30㎿": a part of
  // that thing, which a source's figure of the thing itself is not.
  if (FRACTION_OF[f.lang].test(f.sentenceText.slice(Math.max(0, at - 90), at))) return 'part';
  // …or as the subject of a fraction of a whole: "Its 210 permanent jobs are about a fifth of the 1,010 promised across
  // the three sites", "그 가운데 210명은 1,010명의 5분의 1 정도다".
  const end = spanInSentence(f).end;
  if (f.lang === 'en' && FRACTION_AFTER_EN.test(f.sentenceText.slice(end, end + 90))) return 'part';
  if (f.kind !== 'count') return undefined;
  const before = f.sentenceText.slice(Math.max(0, at - 24), at);
  return (f.lang === 'ko' ? REST_OF_SET_KO : REST_OF_SET_EN).test(before) ? 'part' : undefined;
}
/** A fraction of something right before a figure set beside it (claimShareOf): "a quarter of the X, ", "X의 절반인 ". */
const FRACTION_OF: Record<Lang, RegExp> = {
  en: /\b(?:(?:a|one|two|three|four)[\s-]+(?:quarters?|thirds?|fifths?|tenths?)|(?:a\s+|one\s+)?half|\d+(?:\.\d+)?\s*(?:%|per\s*cent))\s+of\s+[^,;:.()—–]{1,60}?(?:,|\s[—–]|\()\s*(?:or\s+|i\.e\.\s+|that\s+is\s+|about\s+|some\s+|roughly\s+)?$/i,
  ko: /(?:\d+\s*분의\s*\d+|절반|\d+(?:\.\d+)?\s*%)(?:인|에\s*해당하는|에\s*이르는|가량인|정도인)\s*$/,
};
/**
 * The words after a figure that make it a fraction of a whole it names (claimShareOf): its noun, a copula and the
 * fraction, "permanent jobs are about a fifth of the", "is roughly a third of all", "make up half of the".
 */
const FRACTION_AFTER_EN =
  /^(?:\s+[a-z][a-z-]*){0,3}\s+(?:is|are|was|were|makes?\s+up|made\s+up|accounts?\s+for|accounted\s+for)\s+(?:(?:about|around|roughly|nearly|almost|some|just|over|under|only|more\s+than|less\s+than|close\s+to)\s+)?(?:(?:a|one|two|three|four)[\s-]+(?:quarters?|thirds?|fifths?|sixths?|tenths?)|(?:a\s+|one\s+)?half)\s+of\s+(?:the|all|its|their)\b/i;
/** The words right before a count of the rest of a set (claimShareOf). */
const REST_OF_SET_EN = /\b(?:other|remaining)\s+$/i;
const REST_OF_SET_KO = /(?:나머지|다른|그\s?밖의|그\s?외)\s*$/;

/** One site, campus or phase, or the whole venture, as the claim figure's clause says (scope.ts scopeOf). */
function claimScopeOf(f: ClaimFigure, sf: { clauses?: Parameters<typeof scopeOf>[2] }) {
  return f.sentenceText !== undefined
    ? scopeOf(f.sentenceText, spanInSentence(f).start, sf.clauses, f.kind === 'percent', f.sentenceFigures)
    : undefined;
}

/** Where a claim figure stands in its sentence (the offsets holder.ts reads its stretch by). */
const spanInSentence = (f: ClaimFigure) => ({
  start: f.start - (f.sentenceStart ?? 0),
  end: f.end - (f.sentenceStart ?? 0),
});

/**
 * A reading (holder.ts holderOf, labelOf) of one figure's stretch of a claim's sentence, at `span` in it: once a
 * sentence for each figure and reading (each figure of a line of 20,000 shares or amounts of things asks the readings
 * of all the others). Shared: not to be changed.
 */
function claimStretchReading(f: ClaimFigure, span: Span, read: typeof holderOf): string[] | undefined {
  if (f.sentenceText === undefined || !f.sentenceFigures) return undefined;
  let byRead = stretchReadings.get(f.sentenceFigures);
  if (!byRead) stretchReadings.set(f.sentenceFigures, (byRead = new Map()));
  let known = byRead.get(read);
  if (!known) byRead.set(read, (known = new Map()));
  const key = `${span.start}:${span.end}`;
  if (known.has(key)) return known.get(key) ?? undefined;
  const r = read(f.sentenceText, span.start, span.end, f.lang, f.sentenceFigures);
  known.set(key, r ?? null);
  return r;
}
const stretchReadings = new WeakMap<readonly RawFigure[], Map<typeof holderOf, Map<string, string[] | null>>>();
/**
 * The readings of the figures of a claim's sentence of one kind and unit (all, the claim's too), once a sentence;
 * undefined where two of its figures start at one place (then each claim's own stretch is read apart).
 */
function claimStretchList(f: ClaimFigure, read: typeof holderOf, kind: string, unit?: string) {
  const figs = f.sentenceFigures ?? [];
  let byRead = stretchLists.get(figs);
  if (!byRead) {
    // (null: two figures start at one place)
    stretchLists.set(figs, (byRead = new Set(figs.map((g) => g.start)).size === figs.length ? new Map() : null));
  }
  if (!byRead) return undefined;
  let lists = byRead.get(read);
  if (!lists) byRead.set(read, (lists = new Map()));
  const key = `${kind}\u0000${unit ?? ''}`;
  let out = lists.get(key);
  if (!out) {
    out = [];
    for (const g of figs)
      if (g.kind === kind && (unit === undefined || g.unit === unit)) {
        const l = claimStretchReading(f, g, read);
        if (l) out.push({ start: g.start, reading: l });
      }
    lists.set(key, out);
  }
  return out;
}
const stretchLists = new WeakMap<
  readonly RawFigure[],
  Map<typeof holderOf, Map<string, { start: number; reading: string[] }[]>> | null
>();

/** A claim figure's own stretch of its sentence, between its neighbouring figures (holder.ts). */
function holderStretch(f: ClaimFigure): { before: string; after: string } | undefined {
  const { start, end } = spanInSentence(f);
  return f.sentenceText !== undefined && f.sentenceFigures
    ? stretchOf(f.sentenceText, start, end, f.sentenceFigures)
    : undefined;
}

/**
 * What a claim's amount is of (holder.ts labelOf), when another amount of its sentence in its unit names what it is of
 * too: a list of parts ("\$2.6 billion of wind and \$1.2 billion of battery storage"); with the labels of that list's
 * amounts (the claim's among them).
 */
function labelOfClaim(f: ClaimFigure): { label: string[]; list: string[][] } | undefined {
  if (f.kind !== 'money') return undefined;
  const own = spanInSentence(f);
  // (its own label first: a sentence of many amounts, none of a thing, is read once, not once an amount)
  const label = claimStretchReading(f, own, labelOf);
  if (!label) return undefined;
  // (the sentence's list once: the claim's own figure is one of them, its label this one)
  const known = claimStretchList(f, labelOf, f.kind, f.unit);
  if (known) return known.length > 1 ? { label, list: known.map((x) => x.reading) } : undefined;
  const list: string[][] = [];
  for (const g of f.sentenceFigures ?? []) {
    if (g.kind !== f.kind || g.unit !== f.unit) continue;
    const l = g.start === own.start ? label : claimStretchReading(f, g, labelOf);
    if (l) list.push(l);
  }
  return list.length > 1 ? { label, list } : undefined;
}

/** What a Korean claim figure is of (holder.ts koLabelOf): the topic right before it, else the sentence's opening one. */
function koLabelOfClaim(f: ClaimFigure): string[] | undefined {
  if (f.sentenceText === undefined) return undefined;
  const own = spanInSentence(f);
  // (the figure before it by a binary search over the sentence's figures, in order: a line of 20,000 amounts asks it
  // of each)
  const figs = f.sentenceFigures ?? [];
  const k = firstIndex(figs.length, (i) => figs[i].start >= own.start);
  const prevEnd = k > 0 ? figs[k - 1].end : 0;
  const hasOther = figs.length > 1 || (figs.length === 1 && figs[0].start !== own.start);
  return (hasOther ? koLabelBefore(f.sentenceText.slice(prevEnd, own.start)) : undefined) ?? koTopicOf(f.sentenceText);
}

/**
 * The name a Korean line writes right before its amount (holder.ts koNameBefore), when its sentence gives another amount of
 * its kind and unit: "총 14항차 중 바쿠행 9항차" gives 바쿠행 for the 9. Not of a share or a date: a share's holder is read
 * by holderOf, and a date is named by no thing.
 */
function koNameOfClaim(f: ClaimFigure): string | undefined {
  if (f.lang !== 'ko' || f.sentenceText === undefined || f.kind === 'percent' || f.kind === 'date') return undefined;
  const own = spanInSentence(f);
  const figs = f.sentenceFigures ?? [];
  if (!figs.some((g) => g.start !== own.start && g.kind === f.kind && g.unit === f.unit)) return undefined;
  // (the figure before it by a binary search over the sentence's figures, in order, as koLabelOfClaim finds it: a line
  // of 20,000 amounts asks it of each, and a pass over them all for each was most of that line's check)
  const k = firstIndex(figs.length, (i) => figs[i].start >= own.start);
  let prevEnd = 0;
  for (let j = k - 1; j >= 0; j--)
    if (figs[j].end <= own.start) {
      prevEnd = figs[j].end;
      break;
    }
  return koNameBefore(f.sentenceText.slice(prevEnd, own.start));
}

/** Whose share a claim's percent is, when its sentence lists shares ("owned 45% by Sandline, 35% by OpenAI …"; holder.ts). */
function holderOfClaim(f: ClaimFigure): string[] | undefined {
  return f.kind === 'percent' && (f.sentenceFigures?.length ?? 0) > 1
    ? claimStretchReading(f, spanInSentence(f), holderOf)
    : undefined;
}

/**
 * The name an English line's amount is given to when its sentence lists amounts of its kind and unit each given to a
 * name (holder.ts nameOf: "Cheongryong Aerotech accounts for KRW 334.4 billion of that, Namgang Cable for KRW 137.6
 * billion and Yonghyeon Modular for KRW 41.2 billion"), with the list's other names. Not of a percent (a share's holder
 * is read by holderOf) nor a date.
 */
function listNameOfClaim(f: ClaimFigure): { own: string; others: string[] } | undefined {
  if (f.lang !== 'en' || !AMOUNT_KINDS.has(f.kind) || f.kind === 'percent' || (f.sentenceFigures?.length ?? 0) < 2)
    return undefined;
  const own = claimStretchReading(f, spanInSentence(f), nameOf);
  if (!own || own.length !== 1) return undefined;
  const list = claimStretchList(f, nameOf, f.kind, f.unit);
  if (!list) return undefined;
  const others = [...new Set(list.flatMap((x) => x.reading))].filter((n) => n !== own[0]);
  return others.length ? { own: own[0], others } : undefined;
}

/**
 * The places a line's sentence labels its figures by, segment by segment ("Ventspils: 2,300 and 380; Manta: 2,600 at the
 * peak and 380 permanent jobs"): the label of the claim's segment, and those of the others. Undefined unless two segments
 * or more (the sentence's start and each semicolon open one) open on a label of one to three words before a colon that
 * names a place (placesIn), the claim's among them; "Phasing: 150 MW by Q2 2028, 200 MW in 2029" is one segment.
 */
function segmentPlacesOf(f: ClaimFigure): { own: string[]; others: string[][] } | undefined {
  const text = f.sentenceText;
  if (text === undefined || !text.includes(';') || !text.includes(':')) return undefined;
  const at = spanInSentence(f).start;
  const segments: { start: number; end: number; places: string[] }[] = [];
  let start = 0;
  for (const part of text.split(';')) {
    const label = SEGMENT_LABEL.exec(part)?.[1];
    segments.push({ start, end: start + part.length, places: label ? placesIn(label, f.lang, []) : [] });
    start += part.length + 1;
  }
  const labelled = segments.filter((x) => x.places.length > 0);
  const own = labelled.find((x) => at >= x.start && at < x.end);
  if (!own || labelled.length < 2) return undefined;
  return { own: own.places, others: labelled.filter((x) => x !== own).map((x) => x.places) };
}
/** A segment's label: one to three words before a colon, at the segment's start. */
const SEGMENT_LABEL = /^\s*((?:\p{L}[\p{L}'’.-]*\s+){0,2}\p{L}[\p{L}'’.-]*):\s/u;

/**
 * Every source figure that may judge the claim, scored by how closely its subject matches: `scored` may support or
 * contradict it, `named` is only named beside a version. Each candidate passes the gates in `consider` first.
 */
function collectEvidence(
  corpus: Corpus,
  claimFig: ClaimFigure,
  pos: Ordinal,
  cited: string[],
  self: string | undefined,
  /** The figure of a source sentence that restates the claim's (restatedBy): it passes the gates that only pair figures. */
  restated?: Entry,
  /**
   * The restated figure is the claim's holder's share in a sentence listing holders' shares (restatedByHolder): the
   * holder and the line's other figure stated there stand for the subject, as an amount beside a multiple does.
   */
  restatedHeld = false,
  /** The keys of the sources whose outlet the claim's sentence names as its teller (tellerKeys). */
  tellers: readonly string[] = [],
): { scored: Scored[]; named: Named[]; distributive: boolean; partOnly: boolean; narrowed: ReadonlySet<Scored> } {
  const idx = indexOf(corpus);
  const scored: Scored[] = [];
  const named: Named[] = [];
  const marks = takeSigMarks(idx, claimFig.kind === 'date');
  const similarity = similarityTo(claimFig.subject, corpus.weights, marks.terms);
  const pressShared = claimFig.subject.weightOf('press') !== undefined;
  const claimAt = spanInSentence(claimFig);
  const claimSaid =
    claimFig.kind === 'date' &&
    claimFig.sentenceText !== undefined &&
    saidOn(claimFig.sentenceText, claimAt.start, claimAt.end, claimFig.lang);
  // (a date that dates a document, "the fund's Oct. 30 letter", is a publication's: no event date refutes it)
  const claimDocument =
    claimFig.kind === 'date' &&
    claimFig.sentenceText !== undefined &&
    documentDatedAt(claimFig.sentenceText, claimAt.start, claimAt.end, claimFig.lang);
  // (nor does any refute a date the line gives its figures as of, "orders as of June 2026": it dates no event)
  const claimAsOf =
    claimFig.kind === 'date' &&
    claimFig.sentenceText !== undefined &&
    asOfAt(claimFig.sentenceText, claimAt.start, claimAt.end, claimFig.lang);
  const contradictable = claimDocument || claimAsOf ? () => false : contradictionGate(claimFig, false, claimSaid);
  // (a figure in brackets after a noun is the noun's, "상담회(1억 2,000만 원)", and a Korean sentence's owner, "X의 … Y는",
  // owns what it gives: a source sentence that names neither does not refute it; bracketLabel.ts)
  const labels =
    claimFig.sentenceText !== undefined
      ? figureLabels(claimFig.sentenceText, claimAt, claimFig.sentenceFigures, claimFig.lang)
      : [];
  const sf = sentenceFactsOf(claimFig, idx);
  const claimPerOne =
    claimFig.sentenceText !== undefined && perOneAt(claimFig.sentenceText, claimAt.start, claimFig.lang);
  // What a plant generates and what a campus draws (figureFacts.ts generatesAt): each judged only by its own kind.
  const claimGenerates =
    claimFig.kind === 'power' &&
    claimFig.sentenceText !== undefined &&
    generatesAt(claimFig.sentenceText, claimAt.start, claimAt.end, claimFig.lang);
  let claimSite: boolean | undefined;
  const claimNamesSite = () =>
    (claimSite ??=
      claimFig.sentenceText !== undefined &&
      namesSiteAt(claimFig.sentenceText, claimAt.start, claimAt.end, claimFig.lang));
  const actor = sf.actor;
  const share = claimShareOf(claimFig);
  // What the claim's percentage is a share of, as its words say (percentBase.ts): read once, when a percent is compared.
  let claimFrameRead: PercentFrame | undefined;
  const claimFrame = () =>
    (claimFrameRead ??=
      claimFig.sentenceText !== undefined
        ? percentFrame(claimFig.sentenceText, claimAt.start, claimAt.end, claimFig.lang)
        : { lang: claimFig.lang });
  // One site, campus or phase (a part), or the whole venture, as the claim's clause says; and the places it names.
  const claimScope = claimScopeOf(claimFig, sf);
  const claimPhase = claimScope === 'phase' || share === 'part';
  const claimPart = claimScope === 'site' || claimPhase;
  // A difference or increment ("400 megawatts more than", "an additional \$18 billion", "3조원 늘린"), a level before
  // a change ("up from 1,700", "1기가와트에서"), or a level (undefined): compared only with the same (extract/change.ts).
  const claimChange = claimChangeOf(claimFig);
  const claimRemainder = claimChange === 'delta' && remainderClaim(claimFig);
  // Whether the run of figures the claim's is one of states a change (one of its figures is the level before it).
  const claimRunChanges = pos.n > 1 && claimRunIsChange(claimFig);
  // The sizes of the change the claim's run states (the later level less the one before), when it states one: a source
  // amount of that size is the change, what was added or cut, not a level ("직원은 410명에서 560명으로 늘어난다" /
  // "새로 뽑는 인력이 150명입니다").
  const claimRunSteps = claimRunChanges ? runSteps(claimFig) : [];
  // A level the claim says is there already ("already operates", "이미 … 운영"), not one planned.
  const claimAlready = sentenceSays(sf, ALREADY, claimFig.sentenceText ?? '');
  // A site at full build ("the whole 1.2 GW campus will cost …"): one phase's amount is not its amount.
  const claimFullSite =
    claimFig.sentenceText !== undefined && !claimPhase && sentenceSays(sf, speaksOfFullSite, claimFig.sentenceText);
  // Whose share the claim's percent is, when its sentence lists shares ("owned 45% by Sandline, 35% by OpenAI …").
  const claimHolder = holderOfClaim(claimFig);
  // Whose amount the claim's is, when its sentence lists amounts each given to a name ("Cheongryong Aerotech accounts for
  // KRW 334.4 billion of that, Namgang Cable for KRW 137.6 billion …").
  const claimListName = listNameOfClaim(claimFig);
  // The place the claim's segment of its sentence is labelled by, and the other segments' (segmentPlacesOf).
  const claimSegments = segmentPlacesOf(claimFig);
  // An average (`an average of $84,000 a year`, `평균 연봉 8400만 원`): compared only with averages.
  const claimAverage = averageClaim(claimFig);
  // An index figure whose unit says whether it is a target or a measured value (indexes.ts): a measure already named.
  const indexStated = claimFig.kind === 'index' && claimFig.unit.includes(':');
  // A sum over a count of things ("세 캠퍼스를 합치면 1,850㎿", "세 회사의 신규 채용도 155명이다", "Together the three come to
  // 1,850 MW"): compared only with a source's sum (countedSum.ts).
  const claimCountedSum =
    AMOUNT_KINDS.has(claimFig.kind) &&
    claimFig.kind !== 'percent' &&
    claimFig.sentenceText !== undefined &&
    countedSumAt(claimFig.sentenceText, claimAt.start, claimAt.end, claimFig.lang, claimFig.sentenceFigures);
  // …and the thing it counts, when it names one ("the three campuses": campus).
  const claimCountedNoun = claimCountedSum ? countedNounOf(claimFig.sentenceText!, claimFig.lang) : undefined;
  const ofOneCounted = claimCountedNoun !== undefined ? sumOfOneThing(claimCountedNoun) : undefined;
  // What the claim's amount is of, when its sentence lists amounts of the unit each of a thing ("\$2.6 billion of wind and
  // \$1.2 billion of battery storage"; holder.ts labelOf): only then, and only against a source amount that names its own.
  const claimList = labelOfClaim(claimFig);
  // What a Korean claim's figure is of, by the topic that labels it ("총사업비는 10월 정정공시로 19조 원에서 21조 원으로"):
  // its own, else the sentence's opening topic.
  let claimKoLabelRead: string[] | null | undefined;
  // The numbered part (phase, unit, works section) the claim's figure is of, read once when a candidate asks.
  let claimPart_: PartLabel | null | undefined;
  const claimPartLabel = (): PartLabel | undefined => {
    if (claimPart_ === undefined)
      claimPart_ =
        (claimFig.sentenceText !== undefined &&
          claimFig.sentenceFigures &&
          partLabelOf(claimFig.sentenceText, claimFig.lang, claimFig.sentenceFigures, {
            start: claimFig.start - (claimFig.sentenceStart ?? 0),
            end: claimFig.end - (claimFig.sentenceStart ?? 0),
            kind: claimFig.kind,
          })) ||
        null;
    return claimPart_ ?? undefined;
  };
  const claimKoLabelOf = () => (claimKoLabelRead ??= koLabelOfClaim(claimFig) ?? null) ?? undefined;
  // The name a Korean line writes right before its amount in a run of amounts of its kind ("총 14항차 중 바쿠행 9항차"), once.
  let claimName_: string | null | undefined;
  const claimName = () => (claimName_ ??= koNameOfClaim(claimFig) ?? null) ?? undefined;
  // Whether a Korean source sentence names two or more of its amounts of the entry's kind and unit right before them,
  // one of them by the claim's name (entryKoName, stored), once a sentence and unit.
  const namesBySentence = new Map<string, boolean>();
  const namesClaimsRun = (e: Entry): boolean => {
    const k = `${sentenceKey(e)}|${e.kind}|${e.unit}`;
    let m = namesBySentence.get(k);
    if (m === undefined) {
      let named = 0,
        claims = false;
      for (const x of sentenceEntries(idx, e.src, e.sentence)) {
        if (x.sentence !== e.sentence || x.kind !== e.kind || x.unit !== e.unit) continue;
        const n = entryKoName(x);
        if (n === undefined) continue;
        named++;
        if (n === claimName()) claims = true;
      }
      namesBySentence.set(k, (m = named >= 2 && claims));
    }
    return m;
  };
  /** Whether a Korean source sentence labels another amount of the entry's kind by the claim's topic. */
  const labelsClaimTopic = (e: Entry) =>
    sentenceEntries(idx, e.src, e.sentence).some((x) => {
      if (x === e || x.sentence !== e.sentence || x.kind !== e.kind) return false;
      const l = entryKoLabel(x);
      return !!l && sameLabel(claimKoLabelOf()!, l);
    });
  const claimLabel = claimList?.label;
  // The labels of the claim sentence's list, and its other figures (a source sentence of the same list states them).
  const claimListLabels = claimList?.list ?? [];
  const claimOthers = claimLabel
    ? (claimFig.sentenceFigures ?? []).filter((g) => g.start !== claimFig.start - (claimFig.sentenceStart ?? 0))
    : [];
  // Whether a source sentence gives amounts of at least two of the things the claim's list names, and states another
  // figure of the claim's sentence: the same list ("\$3.1 billion of solar and \$2.1 billion of gas turbines" for "\$2.1
  // billion of solar and \$3.1 billion of gas turbines"), whose words stand for the subject as a holder's list does.
  const sameList = (e: Entry) => {
    const list = sentenceEntries(idx, e.src, e.sentence).filter((x) => x.sentence === e.sentence && x.kind === e.kind);
    const theirs = list.map(entryLabel).filter((l): l is string[] => !!l);
    return (
      claimListLabels.filter((c) => theirs.some((t) => sameLabel(c, t))).length >= 2 &&
      // (the amount itself among them: in a swap of two, it is the line's other amount)
      list.some((x) => claimOthers.some((g) => g.kind === x.kind && g.unit === x.unit && agrees(g, x.sigFig)))
    );
  };
  // The holders of the claim sentence's other shares.
  // (asked only where a source's share of the same holder disagrees, and read from the sentence's list, once a sentence)
  let otherHolders: string[][] | undefined;
  const claimOtherHolders = (): string[][] =>
    (otherHolders ??= !claimHolder
      ? []
      : (claimStretchList(claimFig, holderOf, 'percent')
          ?.filter((x) => x.start !== spanInSentence(claimFig).start)
          .map((x) => x.reading) ??
        (claimFig.sentenceFigures ?? []).flatMap((g) => {
          if (g.kind !== 'percent' || g.start === spanInSentence(claimFig).start) return [];
          const h = claimStretchReading(claimFig, g, holderOf);
          return h ? [h] : [];
        })));
  // The claim's sentence, when it names no members of a total itself (claimMembersIn asks it of each source figure).
  const claimNotIncluding =
    claimFig.sentenceText !== undefined && !sentenceSays(sf, INCLUDING, claimFig.sentenceText)
      ? claimFig.sentenceText
      : undefined;
  const claimDelta = claimChange !== undefined && claimChange !== 'before';
  // A date the claim gives to the level before a change, not a schedule moved from it (entryDateOfThen's, the claim's).
  const claimThen =
    claimFig.kind === 'date' &&
    claimChange === 'before' &&
    claimFig.sentenceText !== undefined &&
    dateOfThenIn(
      claimFig.sentenceText,
      { ...spanInSentence(claimFig), unit: claimFig.unit },
      claimFig.lang,
      claimFig.sentenceFigures ?? [],
    );
  // A difference is no total, whatever its clause says of the level ("a further 800 megawatts … would bring the
  // cluster to 1 gigawatt"): between differences, only the site or phase they are of counts.
  const claimWhole = !claimDelta && (isTotal(claimScope) || share === 'whole');
  // A phase's figure whose sentence names no place ("The first 300 MW phase is now expected in the second half of
  // 2028") is of the place the sentences before it go on about ("The Teesside scheme was announced … at Wilton"): an
  // article that never names that place states another site's phase, which does not vouch for it. (Only vouching:
  // which site a contradiction is of, the sentence's own words say, as before.) English only: a Korean sentence's
  // place words are words shaped like a transliteration, a company's name as often as a place's, and a native name
  // like 당진 is none.
  // The English sentence before the line that its paragraph goes on about, when the line's own sentence names no place
  // (CheckInput.placeContextOf), with the names it writes where a place stands ("at Wilton", "in Burke County": a
  // capitalized word may be a company's, "Bitterroot pays the full \$310 million"): what carriedPlaces and carriedSite
  // read, worked out once.
  // The two places the claim's clause joins and gives its amount to together (joinedPlaces.ts), worked out once.
  let joined: ReturnType<typeof joinedPlaces> | null = null;
  const claimJoined = () =>
    joined === null
      ? (joined =
          AMOUNT_KINDS.has(claimFig.kind) && claimFig.kind !== 'percent' && claimFig.sentenceText !== undefined
            ? joinedPlaces(
                claimFig.sentenceText,
                claimFig.start - (claimFig.sentenceStart ?? 0),
                claimFig.end - (claimFig.sentenceStart ?? 0),
                claimFig.lang,
              )
            : undefined)
      : joined;
  // The places the claim's own sentence names (placesIn), worked out once a sentence.
  const ownPlaces = () =>
    (sf.places ??= linePlaces(claimFig.sentenceText ?? '', claimFig.lang, claimFig.sentenceFigures ?? []));
  // Of those of a Korean line, the names: no word the lexicon knows (a Korean sentence's place words are loose).
  let names: string[] | undefined;
  const ownNames = () =>
    (names ??=
      claimFig.lang === 'ko'
        ? ownPlaces().filter((p) => p.startsWith('ko:') && !termsIn(p.slice(3), 'ko').length)
        : []);
  let paragraph: { places: string[]; uses: Set<string> } | null | undefined;
  const paragraphPlaces = () => {
    if (paragraph !== undefined) return paragraph;
    const own = ownPlaces();
    const ctx = own.length ? undefined : claimFig.placeContext?.();
    return (paragraph = ctx?.lang === 'en' ? { places: ctx.places, uses: placeUsesIn(ctx.text) } : null);
  };
  let carried: string[] | undefined;
  const carriedPlaces = (): string[] => {
    if (carried) return carried;
    const p = claimPhase && claimFig.lang === 'en' ? paragraphPlaces() : null;
    return (carried = p ? p.places.filter((x) => p.uses.has(x)) : []);
  };
  // The places, not countries, that a line pointing back to its paragraph's site is of (`cp`), and of them those
  // written where a place stands, with the heading's place (`used`).
  // `vouches`: whether a source naming that site may vouch for the line on one shared term fewer (carriedMay): not when
  // the site is only the report title's.
  let carriedSites: { cp: string[]; used: string[]; vouches: boolean; ko?: boolean } | undefined;
  const carriedSite = (): { cp: string[]; used: string[]; vouches: boolean; ko?: boolean } => {
    if (carriedSites) return carriedSites;
    carriedSites = { cp: [], used: [], vouches: true };
    // (nor a total, which is the venture's, not a site's: "With the five new sites, Stargate's planned capacity comes to
    // nearly 9 gigawatts" after a line on two of them)
    if (claimWhole) return carriedSites;
    // (and only a line that points back to it: "Its cost estimate rose …", "The campus will draw …"; "The partners said
    // the project would create more than 100,000 jobs" after a line on Abilene is the venture's) — or a line of a
    // report whose title names one place and nothing since does ("# Wellington's data centre, in numbers" / "## Jobs" /
    // "Construction will need up to 2,600 workers"): another site's figure does not refute it (only that: which source
    // vouches for it, its own words say)
    if (!sentenceSays(sf, POINTS_BACK, claimFig.sentenceText ?? '')) {
      // (a Korean line after a line of its paragraph that names a site: "쿨라바의 첫 홀(250MW)은 …" / "건설 인력은 최대
      // 2,600명 …"; its names are read as places only where the corpus's English subjects write a name sounding like
      // them, 쿨라바 as Coolabah, not a pair the corpus learned, which linked 선순위 to "senior"; and only when the line's
      // own names are none of those: a Korean sentence's place words are words shaped like a transliteration, 하반기 or
      // 건설노조 as often as a place's. Asked of the subjects' terms, not of the candidates' articles: reading those
      // decoded most of a snapshot's sources)
      if (claimFig.lang === 'ko') {
        const ctx = claimFig.placeContext?.();
        if (ctx?.lang === 'ko') {
          const site = soundedInEnglish(ownPlaces()).length ? [] : soundedInEnglish(ctx.places);
          if (site.length) carriedSites = { cp: site, used: site, vouches: false, ko: true };
        }
        return carriedSites;
      }
      const site = titleSite();
      if (site) carriedSites = { cp: site, used: site, vouches: false };
      return carriedSites;
    }
    // (English only: a Korean sentence's place words are words shaped like a transliteration, a company's name, 예상치
    // or 해수담수화 as often as a place's, and a native name like 당진 is none)
    const p = paragraphPlaces();
    if (p) {
      // (with the places of the heading it stands under: "## Otero County, New Mexico" over "… a 1.4-gigawatt campus
      // outside Alamogordo" is of Otero County too)
      const heading = claimFig.headingText ? placesIn(claimFig.headingText, 'en', []) : [];
      const cp = [...p.places, ...heading].filter((x) => !x.startsWith('country-'));
      // (and the heading's place, "## Ogeechee Bend (Georgia)": regionsIn)
      const used = [...new Set([...cp.filter((x) => p.uses.has(x)), ...placesOfClaim()])];
      carriedSites = { cp, used, vouches: true };
    }
    return carriedSites;
  };
  // The one place, not a country, an English report's title names, when the line and its heading name none and the
  // sentences before it under its heading name none or that one.
  const titleSite = (): string[] | undefined => {
    if (claimFig.lang !== 'en' || !claimFig.titleText || /[\uac00-\ud7a3]/.test(claimFig.titleText)) return undefined;
    // (the line's own names but a common word capitalized only as it opens the sentence: "Construction will need …",
    // "Seawater cooling will draw …"; "Clovis expects …" is a name)
    const own = placesIn(commonFirstOff(claimFig.sentenceText ?? ''), 'en', []);
    if (own.length) return undefined;
    // (a heading of its own: a block under no heading but the title has the title for its heading)
    // (as names: "## Key figures" names no place called Key; headingNames, or what placesIn reads without the report)
    const heading = claimFig.headingText?.trim();
    if (
      heading &&
      heading !== claimFig.titleText.split('\n')[0].trim() &&
      (claimFig.headingNames ?? placesIn(heading, 'en', [])).length
    )
      return undefined;
    const placesOf = (text: string) =>
      placesIn(commonFirstOff(text), 'en', []).filter((x) => !x.startsWith('country-'));
    let t = placesOf(claimFig.titleText);
    // (a title that names its place before a colon, where a place stands, and what it is set beside after it,
    // "Stargate at Baracoa: water, power and tax compared with Krško and Soyo", is of the place its head names; not a
    // head that is the note's kind, "Credit note: Ile Verte Holdings Ltd, equity bridge for …")
    const head = /^([^:]+):\s/.exec(claimFig.titleText);
    if (t.length > 1 && head) {
      const uses = placeUsesIn(head[1]);
      t = placesOf(head[1]).filter((x) => uses.has(x));
    }
    if (t.length !== 1) return undefined;
    // (a sentence before it under its heading may name the same place: "Construction at the Valdosta site began …")
    const ctx = claimFig.placeContext?.();
    return !ctx || placesShared(t, ctx.places, corpus.weights, true) ? t : undefined;
  };
  // The names of a Korean line's paragraph that the corpus's English subjects write by sound (carriedSite).
  const soundedInEnglish = (names: readonly string[]): string[] => {
    const w = corpus.weights;
    return names.filter((p) => {
      const id = w.terms.id(p);
      return w.linked(id).some((t) => w.terms.name(t).startsWith('en:') && soundLinked(w.terms, id, t));
    });
  };
  // Whether the subjects of a source's figures name one of a Korean line's places by sound (its text unread). An English
  // article that does is not read as another site's anywhere: an English sentence's places a few sentences back are a
  // speaker's company as often ("said Layla al-Balushi, chief executive of Al Wusta Digital. She said the site's 500
  // hectares …").
  const entriesNamePlace = (names: readonly string[], src: Source): boolean => {
    const w = corpus.weights;
    const ids = names.map((p) => w.terms.id(p));
    for (const x of entriesOf(idx, src))
      for (let i = 0; i < x.terms.size; i++) {
        const n = x.terms.nameAt(i);
        if (!n.startsWith('en:')) continue;
        const t = w.terms.id(n);
        if (ids.some((id) => soundLinked(w.terms, id, t))) return true;
      }
    return false;
  };
  // Whether an English source figure's sentence names the line's carried site ('here'), or names no place after one a
  // few before it that does ('before': "Ogeechee Bend is 1.2 gigawatts. We own 35%, Stargate 65%. The estimate there
  // has moved …"): a shared term of the subject its words may leave to the sentence before, as the line's do.
  const carriedOf = (e: Entry): 'here' | 'before' | undefined => {
    const { cp } = carriedSite();
    if (!cp.length || e.lang !== 'en') return undefined;
    const { places, at } = placesAbout(e);
    if (!places.length || !(placesShared(cp, places, corpus.weights, true) || readsPlace(cp, e, at))) return undefined;
    return at === e.fig.sentence ? 'here' : 'before';
  };
  // A line that names no place is of the place its paragraph goes on about ("Ogeechee Bend (Georgia, 1.2 GW) …" /
  // "Its cost estimate rose from \$26 billion to \$27.5 billion"): an article that never names that place, or a
  // sentence naming only other places of an article that names it elsewhere (a roundup's "주니아타 리지
  // (펜실베이니아): 1.5GW, 총사업비 310억 달러"), states another site's figure, which does not refute the line's.
  const carriedApartOf = (e: Entry): boolean => {
    const { cp, used, vouches, ko: koLine } = carriedSite();
    // (only a sentence before that writes a place where a place stands)
    if (!used.length) return false;
    const ko = e.lang !== 'en';
    // A Korean line's site: only an English article none of whose figures' subjects names it by sound (the subjects
    // are at hand undecoded: asked of its text for every would-be judge of every Korean line, a check decoded most of a
    // snapshot's sources); a Korean source is not asked.
    if (koLine) return !ko && !entriesNamePlace(cp, e.src);
    // (a title's site: a Korean source's sentence places are read too loosely to set its figure aside)
    if (!vouches && ko) return false;
    // A Korean source: only an article that writes one of those places as the report does (오지치 벤드 for Ogeechee
    // Bend; 영광군 for Yeonggwang is read by no reading), and only the names of the sentence itself shaped like a
    // place's (a Korean sentence's place words are words shaped like a transliteration, 가운데 or 예상치 as often).
    if (!articleNamesPlace(ko ? used : cp, e.src, corpus.weights)) return !ko;
    // (of a Korean sentence, a name shaped like a place's that is no word of the lexicon and that the article comes
    // back to: 웨인즈버러, not 완공되면 or 연인원)
    const ep = ko
      ? sentencePlaces(e.src, e.fig.sentence).filter(
          (p) => isPlaceWord(p) && !termsIn(p.slice(3), 'ko').length && writtenTwice(e.src.text, p.slice(3)),
        )
      : placesAbout(e).places;
    // (the same name, not a pair the corpus learned: Korean articles write "조지아 오지치 벤드" where English ones
    // write "Ogeechee Bend", and 조지아 is learned beside it; "조지아 웨인즈버러" is still another place)
    return (
      ep.length > 0 &&
      !placesShared(cp, ep, corpus.weights, true) &&
      !readsPlace(cp, e) &&
      // (a table row's names are the row's subject, place or not: "| Juniata Ridge | PA | 1.5 GW | \$31.0B |")
      (entryInRow(e) || ep.some((p) => usedAsPlace(e.src, p)))
    );
  };
  // The site a Korean line that names no place is of, from the line before it in its section that names one (its
  // placeContext): the names written before a site's noun there, shaped as a foreign place's (방빠콩, not 신규 or 인근)
  // or spelled in Latin letters by the corpus, and the countries it names (koCarriedApartOf).
  let koCarried_: { sites: string[]; countries: string[] } | undefined;
  const koCarried = () => {
    if (koCarried_) return koCarried_;
    koCarried_ = { sites: [], countries: [] };
    if (claimFig.lang !== 'ko' || ownPlaces().length || koSitesOfClaim().length || claimWhole) return koCarried_;
    const ctx = claimFig.placeContext?.();
    if (ctx?.lang !== 'ko') return koCarried_;
    koCarried_.sites = koSiteWordsIn(ctx.text).filter(
      (x) => koPlaceName(x) || (!termsIn(x, 'ko').length && latinSpellings(x, corpus.weights).length > 0),
    );
    koCarried_.countries = ctx.places.filter((p) => concept(p)?.type === 'country');
    return koCarried_;
  };
  const koCarriedApartOf = (e: Entry): boolean => {
    const { sites, countries } = koCarried();
    if (e.lang === 'ko' && sites.length && ofAnotherKoSite(sites, e, corpus.weights, true)) return true;
    // (another country's article only where a source states the line's value: it does not overturn what a source of
    // the line's own site says; alone, it stays the judge it was)
    if (!countries.length || !scored.some((s) => s.agrees)) return false;
    const ac = articleCountries(e.src);
    if (!ac.size || countries.some((c) => ac.has(c))) return false;
    // (an English article that names the line's site by sound is of it, whatever countries it names)
    const sounded = soundedInEnglish(sites.map((x) => 'ko:' + x));
    return !(e.lang === 'en' && sounded.length && entriesNamePlace(sounded, e.src));
  };
  // The sites a Korean line names (its names the corpus spells in Latin letters too, so names, not 신규 or 버스웨이) and
  // the countries it names, worked out once.
  let koOwn: { names: string[]; countries: string[] } | undefined;
  const koOwnPlaces = () =>
    (koOwn ??= {
      names: [
        ...new Set([
          ...ownNames().filter((p) => latinSpellings(p.slice(3), corpus.weights).length > 0),
          ...koSitesOfClaim().map((x) => 'ko:' + x),
        ]),
      ],
      countries: ownPlaces().filter((p) => concept(p)?.type === 'country'),
    });
  // Whether a Korean source figure stands under a heading of its article (entryKoSectionPlaces) that names a site, or a
  // country, and none of the line's of that sort: names only against names ("라오스 사반나켓" against "크리비"), countries
  // against countries (a heading naming only a country says nothing of a line naming only its site, which may be in
  // it). Not where the figure's sentence names one of the line's (namedInSentence: its stored subject, no text read).
  const koOtherSection = (e: Entry): boolean => {
    const { names, countries } = koOwnPlaces();
    if (!names.length && !countries.length) return false;
    const sec = entryKoSectionPlaces(e);
    if (!sec.length) return false;
    const w = corpus.weights;
    const secCountries = sec.filter((p) => concept(p)?.type === 'country');
    const secNames = sec.filter((p) => p.startsWith('ko:') && latinSpellings(p.slice(3), w).length > 0);
    const ours = new Set(names.flatMap((p) => latinSpellings(p.slice(3), w)));
    const namesApart =
      names.length > 0 &&
      secNames.length > 0 &&
      !placesShared(names, secNames, w) &&
      !secNames.some((p) => latinSpellings(p.slice(3), w).some((id) => ours.has(id)));
    const countriesApart =
      countries.length > 0 && secCountries.length > 0 && !countries.some((c) => secCountries.includes(c));
    if (!namesApart && !countriesApart) return false;
    // (nor a heading that shares the line's other sort: "카메룬 크리비" for a line naming Cameroon and another site)
    if (names.length && secNames.length && !namesApart) return false;
    if (countries.length && secCountries.length && !countriesApart) return false;
    return ![...names, ...countries].some((p) => namedInSentence(e, p));
  };
  // The names a Korean line writes before a site's noun or phase ("겔밈 캠퍼스는"): those the corpus spells in Latin
  // letters too, so names, not 신규 or 인근.
  const koSitesOfClaim = () =>
    (sf.koSites ??=
      claimFig.lang === 'ko' && claimFig.sentenceText !== undefined
        ? koSiteWordsIn(claimFig.sentenceText).filter((x) => latinSpellings(x, corpus.weights).length > 0)
        : []);
  let sitePlacesOfClaim: string[] | undefined;
  let rowPlaces: string[] | undefined;
  let openerOnly: boolean | undefined;
  // Whether the claim's line may name a Korean firm (namesOneOfFirms asks a source's sentence only then).
  let claimFirmy: boolean | undefined;
  const claimParts: ClaimParts = {
    part: claimPart,
    phase: claimPhase,
    whole: claimWhole,
    delta: claimDelta,
    // (a line whose only "place" was the common word it opens on, "Building the campus will take about 2,000 workers"
    // under "## Wheatland County, Alberta", is of its heading's place, as strictly as it was of that word: an article
    // that never names the heading's place, a Korean county's 1500명, does not vouch for it)
    places: () => {
      const own = ownPlaces();
      // (a table's cell that is its figure alone is of the places its row names: "| 소백에너텍 | 영주 적서동 | 요르단 무와까르
      // 중전압 배전반 | 430억 원 |", whose other cells say what the amount is of, as its row's words are its subject's)
      if (!own.length && claimFig.tableRow?.bare)
        return (rowPlaces ??= linePlaces(claimFig.tableRow.text, claimFig.lang, []));
      if (own.length || claimFig.lang !== 'en') return own;
      openerOnly ??= placesIn(claimFig.sentenceText ?? '', 'en', claimFig.sentenceFigures ?? []).length > 0;
      return openerOnly ? placesOfClaim() : own;
    },
    sitePlaces: () => {
      if (sitePlacesOfClaim) return sitePlacesOfClaim;
      const text = claimFig.sentenceText ?? '';
      if (claimFig.lang !== 'en') return (sitePlacesOfClaim = []);
      const named = siteNamesIn(text, 'en');
      // (where a place stands, or a place the lexicon knows, only in a line about a site: "at the White House" is
      // where a pledge was made)
      if (!claimPart) return (sitePlacesOfClaim = named);
      const uses = placeUsesIn(text);
      for (const p of ownPlaces()) if (!named.includes(p) && (uses.has(p) || !p.startsWith('en:'))) named.push(p);
      return (sitePlacesOfClaim = named);
    },
    carried: () => {
      const h = placesOfClaim();
      return h.length ? h : (titleSite() ?? []);
    },
    head:
      claimFig.sentenceText !== undefined
        ? measuredHead(
            claimFig.sentenceText,
            claimFig.start - (claimFig.sentenceStart ?? 0),
            claimFig.end - (claimFig.sentenceStart ?? 0),
            claimFig.kind,
            claimFig.lang,
          )
        : undefined,
  };
  // The sizes the claim's sentence gives the phase it speaks of ("The first 200 MW is now due in the first half of 2028",
  // "첫 300MW 건물은 …"), when the claim's figure is not itself one: a source sentence that gives a phase only sizes none
  // of which is the claim's speaks of another phase, another site's or another stage ("The first 120 MW is due in the
  // first half of 2028" at Tornio), and its other figures neither vouch for the claim's nor refute them.
  const claimPhaseSizes =
    claimFig.kind !== 'power' && claimFig.sentenceText !== undefined
      ? (sf.phaseSizes ??= (claimFig.sentenceFigures ?? []).filter(
          (g) => g.kind === 'power' && scopeOf(claimFig.sentenceText!, g.start, sf.clauses) === 'phase',
        ))
      : [];
  // The part of the year the claim's bare year is of ("2026년 말까지", "by the end of 2027"): a source date of another
  // part of that year ("Ground broken March 10, 2026"; "2027년 말" for "2027년 중반") is of another event or another
  // schedule, and neither vouches for the claim's nor refutes it.
  const claimYearPart =
    claimFig.kind === 'date' && claimFig.sentenceText !== undefined
      ? yearPartIn(
          claimFig.sentenceText,
          claimFig.start - (claimFig.sentenceStart ?? 0),
          claimFig.end - (claimFig.sentenceStart ?? 0),
          claimFig.value,
        )
      : undefined;
  const ofAnotherYearPart = (e: Entry) => {
    if (!claimYearPart || e.kind !== 'date') return false;
    const sent = e.src.sentences[e.fig.sentence];
    const theirs = sent
      ? yearPartIn(sent.text, e.fig.start - sent.start, e.fig.end - sent.start, e.sigFig.value)
      : undefined;
    return !inYearPart(claimFig.value, claimYearPart, e.sigFig.value, theirs);
  };
  const phaseApart = new Map<string, boolean>();
  const ofAnotherPhase = (e: Entry) => {
    if (!claimPhaseSizes.length) return false;
    const k = sentenceKey(e);
    let a = phaseApart.get(k);
    if (a === undefined) {
      const sizes = sentenceEntries(idx, e.src, e.sentence).filter(
        (x) => x.sentence === e.sentence && x.kind === 'power' && entryScope(x) === 'phase',
      );
      a = sizes.length > 0 && !sizes.some((x) => claimPhaseSizes.some((g) => g.unit === x.unit && agrees(g, x.sigFig)));
      phaseApart.set(k, a);
    }
    return a;
  };
  // Whether a source gives the claim's level as the one before a change ("up from about 1,700", "150메가와트에서"), on
  // the claim's subject: then the claim may speak of that time, and no level after the change refutes it.
  let pastLevel = false;
  // Whether the line says its amount was granted (lineRole), read once and only where a level before a change agrees.
  let granted_: boolean | undefined;
  const claimGranted = () => (granted_ ??= lineRole(claimFig) === 'granted');
  // Whether the claim says its level is today's, and the levels after a change whose level before is the claim's.
  // (or that it has not changed, "unchanged at", "당초 계획에서 변동 없음": the 당초 there is what it is compared with)
  const claimNow =
    claimFig.sentenceText !== undefined && (saysToday(sf, claimFig.sentenceText) || tableToday(claimFig));
  // A level an English line says a change came to ("the revised design takes concrete to 95,000 m³", "the piles were
  // lengthened to 31 m"): the level after that change, which a source's level before it ("concrete rose from 95,000
  // cubic metres to 112,000 cubic metres") is not, as for a line that gives its level as today's (claimNow).
  const claimChangedTo =
    claimFig.lang === 'en' &&
    claimFig.sentenceText !== undefined &&
    claimChangeOf(claimFig) === undefined &&
    CHANGED_TO.test(claimFig.sentenceText.slice(Math.max(0, claimAt.start - CHANGED_TO_REACH), claimAt.start));
  const supersededBy: Scored[] = [];
  // Whether the line names the event of the later column of the table whose earlier column `e` stands in (versionWords).
  const namesLaterVersion = (e: Entry) => {
    const v = claimFig.sentenceText !== undefined ? versionWords(e) : undefined;
    if (!v) return false;
    const text = claimFig.sentenceText!;
    return v.later.some((w) => text.includes(w)) && !v.own.some((w) => text.includes(w));
  };
  // The levels before a change that an agreeing source gives the claim's level after ("The peak construction crew is now
  // put at 4,400, up from 3,800"): a source that states such a level is of then, and does not refute the level now.
  // (worked out at the end, and only when a source contradicts the claim: a source read from a snapshot is decoded
  // for it)
  const agreeingLevels: Entry[] = [];
  // Whether a source sentence gives another figure of the line's sentence as the level before a change, as `e` is
  // (from the index: no text is read).
  // (the source sentence's levels before first, then the line's figures for each: nothing is worked out per claim
  // figure up front, so a line of many figures stays linear)
  const otherLevelBefore = (e: Entry) =>
    sentenceEntries(idx, e.src, e.sentence).some(
      (x) =>
        x !== e &&
        x.sentence === e.sentence &&
        entryChange(x) === 'before' &&
        (claimFig.sentenceFigures ?? []).some(
          (g) => g.start !== claimAt.start && g.kind === x.kind && agrees(g, x.sigFig),
        ),
    );
  // The sentence's other figures of this kind: "₩718tn … Korea's own pledge of about ₩65tn".
  const kindUnit = groupKey(claimFig.kind, claimFig.unit);
  // (with the amounts of the measure the line writes its period once for: "연 150만㎥로 신청량 420만㎥의 약 36%", "2.1
  // million cubic meters a year, half the 4.2 million applied for": the amount without the period is of the same rate)
  const onceRated: RawFigure[] = [];
  for (const [k, l] of sf.groups)
    if (k !== kindUnit && l[0].kind === claimFig.kind && perTimeAside(l[0].unit) === perTimeAside(claimFig.unit))
      if ((l[0].unit === perTimeAside(l[0].unit)) !== (claimFig.unit === perTimeAside(claimFig.unit)))
        onceRated.push(...l);
  const alike = onceRated.length ? [...(sf.groups.get(kindUnit) ?? []), ...onceRated] : (sf.groups.get(kindUnit) ?? []);
  const hasSiblings = (sf.distinct.get(kindUnit) ?? 0) > 1 || onceRated.some((g) => g.text !== claimFig.text);
  // agrees() with the claim and with a sibling, shareDatePart with the claim, by sig: 0 not asked yet, 1 no, 2 yes.
  const agreesClaim = marks.claim,
    agreesSibling = marks.sibling;
  const claimInterval = claimFig.kind === 'date' ? undefined : interval(claimFig);
  const claimAgrees = (e: Pick<Entry, 'sig' | 'kind'>) => {
    let a = agreesClaim[e.sig];
    // agrees(claimFig, e.fig), the source's interval worked out once per sig (from what the index keeps of the sig's
    // figures: the same to agrees() for all of them).
    if (!a)
      agreesClaim[e.sig] = a = (
        claimInterval && e.kind !== 'date'
          ? intervalsAgree(claimInterval, (idx.intervals[e.sig] ??= interval(idx.sigFigs[e.sig])))
          : agrees(claimFig, idx.sigFigs[e.sig])
      )
        ? 2
        : 1;
    return a === 2;
  };
  const sharesDate = marks.date;
  const sharesDatePart = (e: Entry) => {
    let a = sharesDate[e.sig];
    if (!a) sharesDate[e.sig] = a = datesSharePart(claimFig.value, idx.sigFigs[e.sig].value) ? 2 : 1;
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
        for (const g of alike) if (!texts.has(g.text) && agrees(g, idx.sigFigs[e.sig])) texts.add(g.text);
        sf.agreeing.set(key, texts);
      }
      agreesSibling[e.sig] = a = texts.size > 1 || (texts.size === 1 && !texts.has(claimFig.text)) ? 2 : 1;
    }
    return a === 2;
  };
  // What the claim's count counts beyond its noun ("permanent", "construction"), when it is a count.
  const claimNarrowing =
    claimFig.kind === 'count'
      ? runNarrowingTerms(
          claimFig,
          claimFig.sentenceText,
          claimFig.start - (claimFig.sentenceStart ?? 0),
          claimFig.sentenceFigures ?? [],
        )
      : undefined;
  // The places the heading the claim stands under puts it in: an article that never names one of them is about
  // another place, and may vouch for the value but not refute it (a Chile article's 4500개 jobs against a line under
  // "미국 와이오밍").
  let claimPlaces: readonly string[] | undefined;
  // (the heading's places as read there, else as the report's own writing shows its name parts to be places)
  const placesOfClaim = () => {
    if (claimPlaces) return claimPlaces;
    const read = claimFig.headingText ? regionsIn(claimFig.headingText) : [];
    return (claimPlaces = read.length ? read : claimFig.headingText ? (claimFig.headingPlaces ?? []) : []);
  };
  // (every name of the heading, the state or country beside the place too: "## Cinder Flats, Utah")
  let headingAll: readonly string[] | undefined;
  const headingNames = () =>
    (headingAll ??= claimFig.headingText ? placesIn(claimFig.headingText, claimFig.lang, []) : []);
  let headingCountries: readonly string[] | undefined;
  const countriesOfHeading = () =>
    (headingCountries ??= claimFig.headingText
      ? termsIn(claimFig.headingText, /[\uac00-\ud7a3]/.test(claimFig.headingText) ? 'ko' : 'en')
          .filter((h) => concept(h.id)?.type === 'country')
          .map((h) => h.id)
      : []);
  // The kept source counts narrowed as the claim's is ("120 permanent ones" for "1,200 permanent ones"), and the
  // sentences of all such counts that pass the gates.
  const narrowedSame = new Set<Scored>();
  const narrowedSentences = new Set<string>();
  // The kept source figures that measure the noun the claim's figure measures ("a \$4.8 billion construction loan" for
  // "a \$7.5 billion construction loan"), and the sentences of all such figures that pass the gates.
  const headSame = new Set<Scored>();
  const headSentences = new Set<string>();
  // A multiple is said of the amount beside it ("about 60 million gallons a year, roughly twice the first estimate";
  // "2조3000억원으로 … 약 2배로 늘었다"): a source sentence that states the claim sentence's other amount and a
  // multiple gives the claim's multiple, however few words its clause shares with the claim's (the amount they share
  // stands for the subject: "전년보다 약 2배로 늘었다" names no revenue); a multiple of a sentence that does not is of
  // some other amount, and neither vouches nor refutes once such a sentence is found.
  const amountsBeside =
    claimFig.kind === 'ratio'
      ? (claimFig.sentenceFigures ?? []).filter((g) => g.kind !== 'ratio' && g.kind !== 'date' && g.kind !== 'duration')
      : [];
  const anchoredSentences = new Set<string>();
  // Source figures of the claim's value that their clause calls a part, where the claim's words make it the whole
  // ("전체인 320명", "all 320 staff": not "총 320명", a total that may count what the source's part counts).
  const partsStated: Scored[] = [];
  // The line's amount given as one party's share, and whether a source divides that amount among parties (dividedWhole.ts).
  const claimShareGiven =
    claimFig.kind !== 'percent' &&
    claimFig.kind !== 'date' &&
    claimFig.sentenceText !== undefined &&
    givenAsShare(claimFig.sentenceText, claimAt, claimFig.lang);
  let wholeDivided = false;
  const claimMarkedWhole =
    share === 'whole' &&
    claimFig.sentenceText !== undefined &&
    markedWhole(claimFig.sentenceText, claimAt.start, claimAt.end, claimFig.lang);
  // Whether the candidate's sentence states one of those amounts, once a sentence (a sentence's several multiples and
  // the candidates of each period and unit ask it again; the amounts are no multiples, so never the candidate itself).
  const statesAmountBeside = new Map<string, boolean>();
  const anchoredHere = (e: Entry) => {
    if (!amountsBeside.length) return false;
    const k = sentenceKey(e);
    let a = statesAmountBeside.get(k);
    if (a === undefined) statesAmountBeside.set(k, (a = sentenceStatesOneOf(idx, e, amountsBeside)));
    return a;
  };
  // Through an equivalent amount (`via`), a candidate agrees; else when its value agrees with the claim's.
  // `scaled`: the claim's interval in the period of a rate of another period (periodScale), when `e` is one.
  let restatedSeen = false;
  /** The articles whose total counts the claim's place as a member, with the members the claim's sentence names. */
  let memberTotalIn: Map<Source, string[]> | undefined;
  /** Whether a source states the claim's value for named phases of the site the claim says is whole. */
  let phaseStated = false;
  /** The sources that state it so: they mean that phase wherever else they give the value. */
  const phaseSources = new Set<Source>();
  const namesMember = (e: Entry) => {
    const members = memberTotalIn?.get(e.src);
    const sent = members && e.src.sentences[e.fig.sentence];
    return !!sent && members!.some((m) => sent.text.includes(m));
  };
  // The amount the claim's figure is a part of, written beside it ("하루 1만8천 톤 가운데 1만5천 톤", "15,000 of the 18,000
  // tonnes"): a source sentence that states that whole too gives its parts (sameWholeParts).
  const claimWholeOfPart = share === 'part' ? wholeOfPartIn(claimFig) : undefined;
  // The similarity belowBar() worked out last (`pre`: valid), for the consider() call right after it.
  let preValid = false,
    preScore = 0,
    preCount = 0,
    preOwn = 0;
  // `pre`: the call right after belowBar() of the same candidate, which worked out its similarity already.
  // The bar a source sentence that gives the claim's level as then must reach to say what it changed to: a sentence in
  // the claim's language, the bar a source is named at; one in the other language shares fewer weighted words with it
  // however closely it speaks of the same thing ("칼다란나 육양국 사업비는 당초 2,900만 유로에서 최근 3,300만 유로로 늘었다"
  // reached 0.23 for "the Kaldaranna landing station, now budgeted at EUR 29 million"), so the agreeing bar, with the
  // shared terms a contradiction needs. Not where the line cites or names as its teller another source ("… will cost Rs
  // 1.1 lakh crore, according to the Indus Press Service in February"): it gives that source's level, not today's; nor
  // where it writes another figure of its measure ("The campus cost $26 billion at announcement in April; Stargate now
  // puts it at $28.5 billion", "… in the first half of 2028 rather than at the end of 2027"): it tells the change
  // itself, and which of its levels is of then its own words say.
  const revisionBar = (e: Entry) =>
    e.lang === claimFig.lang || hasSiblings || (cited.length > 0 && !cited.includes(e.src.key))
      ? MIN_SCORE_NAMED
      : MIN_SCORE_AGREEING;
  const consider = (e: Entry, via?: Entry, scaled?: Interval, pre = false) => {
    // The day a wire's dateline sentence dates its event by, when it is the claim's (datelined, below).
    let datelineDay: string | undefined;
    const claimAgreesHere = scaled
      ? () => intervalsAgree(scaled, interval(e.sigFig))
      : () => datelineDay !== undefined || claimAgrees(e);
    if (self !== undefined && (e.src.file === self || via?.src.file === self)) return;
    const forced = e === restated && !via && !scaled;
    if (forced) {
      if (restatedSeen) return;
      restatedSeen = true;
    }
    // Two figures of a kind in both sentences ("from four to three" / "from four to two") pair up in order.
    // (Shares of named holders pair up by holder, whatever their order: "오픈AI 45%, 태화전력 35%" / "태화전력 45%, 오픈AI 35%".)
    // A change pairs by what each figure is, the level before or after, whatever order each language writes them in
    // ("360억 달러에서 395억 달러로" / "to \$39.5 billion from the \$36 billion"): when both runs are changes, the change
    // readings below pair them (a level with a level, the level before with the level before). Only to vouch: a value
    // that disagrees is paired by order, as before (its readings would decode the source of every such candidate).
    // A Korean source sentence that labels each of its amounts by a topic ("총사업비는 21조 원, 출자 예정액은 2조 9,400억 원으로
    // 늘었다") gives each its measure, in a run as long as the line's ("총사업비는 … 19조 원에서 21조 원으로"): the one labelled
    // as the line's figure is pairs with it whatever their order, and one labelled otherwise beside it is of another
    // measure, which neither vouches for the line nor refutes it. (Asked after the subject's bar: it reads the text.)
    const koAsk = claimFig.lang === 'ko' && pos.n > 1 && e.lang === 'ko' && !forced && e.n === pos.n;
    let ordApart = !forced && pos.n > 1 && e.n === pos.n && e.ord !== pos.ord && !(claimHolder && entryHolder(e));
    if (ordApart && !koAsk && !(claimRunChanges && claimAgreesHere())) return;
    // How close its subject is, first: the entry holds it, and a source read from a snapshot is decoded only for the
    // candidates that pass (the gates below are tests without side effects, so their order changes no verdict).
    let shared: number, count: number, own: number;
    if (pre && preValid) {
      shared = preScore;
      count = preCount;
      own = preOwn;
    } else ({ score: shared, count, own } = similarity(e.terms, e.lang !== claimFig.lang));
    // A source the sentence cites that states the claim's value is its evidence even when its words share none of
    // the claim's ("Korean outlets put the total at about 718 trillion won [@edaily]": Edaily's 약 718조 원).
    const isCited = cited.includes(e.src.key);
    if (count === 0 && !(isCited && claimAgreesHere())) return;
    const score = isCited && count === 0 ? MIN_SCORE_AGREEING : shared;
    // Below the lowest bar (agreeing) nothing is kept, whatever the values say: skip comparing them.
    if (score < MIN_SCORE_AGREEING) return;
    if (koAsk) {
      const claimKoLabel = claimKoLabelOf();
      const koLabel = claimKoLabel && entryKoLabel(e);
      const koSameLabel = !!koLabel && sameLabel(claimKoLabel!, koLabel);
      if (koLabel && !koSameLabel && labelsClaimTopic(e)) return;
      if (koSameLabel) ordApart = false;
      else if (ordApart && !(claimRunChanges && claimAgreesHere())) return;
    }
    // A Korean list that writes each amount's name right before it ("총 14항차(포티행 9항차, 포티 경유 바쿠행 5항차)") gives
    // each its thing: for a line that names its amount so ("총 14항차 중 바쿠행 9항차"), the amount of another name there
    // (포티행's 9) neither vouches for it nor refutes it; the amount of its name judges it. (Asked past the bar, of a line
    // that names its amount in a run of its kind, and of a source sentence that names two of its amounts, one so.)
    if (!forced && e.lang === 'ko' && claimName() !== undefined) {
      if (namesClaimsRun(e) && entryKoName(e) !== claimName()) return;
    }
    // A figure of another numbered part than the claim's ("1단계 200MW, 2단계 300MW" against "2단계는 300MW에서 400MW로
    // 확대돼"; "Phase 1: 200 MW" against "Phase 2 will add 400 MW"; extract/partLabel.ts) is an amount of another
    // thing: it neither vouches for the claim nor refutes it. (Asked only of a claim that labels its part, past the bar.)
    if (!forced && claimPartLabel() !== undefined && otherPart(claimPartLabel(), entryPartLabel(e))) return;
    // A wire's dateline is the day its story was filed: a sentence that dates its event by another day ("ANTOFAGASTA,
    // Chile, April 14, 2026 (PAN) -- … filed an environmental impact study on Monday", "yesterday", "last week") says the
    // event was not on that day. The dateline's date neither vouches for the claim's date nor refutes it; the day the
    // sentence names, when it is the claim's, vouches (figureFacts.ts datelineDaysAt). (Not for a claim that gives the
    // day something was said: the dateline is such a day.)
    if (claimFig.kind === 'date' && !forced && !claimSaid) {
      const days = entryDatelineDays(e);
      if (days) {
        datelineDay = days.find((d) => datesAgree(claimFig.value, d));
        if (datelineDay === undefined) return;
      }
    }
    // "January 24" and "2027" state no part in common: neither agrees with the other nor contradicts it.
    if (claimFig.kind === 'date' && !datelineDay && !sharesDatePart(e)) return;
    // A deadline or a start bounds a date without stating it: "came online in March 2026" is within "a further 800
    // megawatts to follow by 2028", and a claim's own deadline is another deadline (dateWithinBound).
    if (
      !forced &&
      claimFig.kind === 'date' &&
      (claimFig.qualifier === 'exact' || claimFig.qualifier === 'approx') &&
      dateWithinBound(claimFig.value, e.sigFig) &&
      !claimAgrees(e)
    )
      return;
    // Nor does a date that lies within the line's deadline or start state it: "rose … to \$13.8 billion by June 2026"
    // against the sentence restating it, "up 15% from the \$12 billion … announced … in February 2025" (the date of the
    // level before, not of the level the deadline is for); "겔밈 캠퍼스는 2030년까지 500MW를 갖추며" against a
    // transformer contract for the campus signed in August 2026 (an event on the way, not the deadline).
    if (
      claimFig.kind === 'date' &&
      (claimFig.qualifier === 'max' || claimFig.qualifier === 'min') &&
      (e.sigFig.qualifier === 'exact' || e.sigFig.qualifier === 'approx') &&
      dateWithinBound(e.sigFig.value, claimFig) &&
      !claimAgrees(e)
    )
      return;
    // A difference is not a level, nor a level before a change the level now (extract/change.ts): "400 megawatts more
    // than the Lordstown site" neither supports nor refutes "the Milam County campus is planned at 400 megawatts".
    let change = entryChange(e);
    let ownChange = claimChange;
    if (ordApart && !runChanges(idx, e, change)) return;
    // A date of the level before a change is the date of then (extract/change.ts): it vouches for the same date
    // wherever it stands, but refutes only a date of then, in the sentence that restates the claim's too. "Up from the
    // \$42 billion the governor announced in September" does not date "to \$45 billion by March 2026".
    if (claimFig.kind === 'date' && (change === 'before' || claimThen)) {
      const then = entryDateOfThen(e);
      if (then !== claimThen && !claimAgrees(e)) return;
      if (then) change = undefined;
      if (claimThen) ownChange = undefined;
    }
    // A source amount the size of the claim's change is that change, not a level of it: it neither vouches for the
    // levels nor refutes them. (Not a level of a change its own sentence states: "from four to three" plants is a run
    // of levels, whose three judges the claim's "from five to two" however big the claim's step is. Asked last: it
    // may read the source's text, which a snapshot's source decodes.)
    if (
      change === undefined &&
      !isDifference(claimChange) &&
      claimRunSteps.length &&
      !claimAgreesHere() &&
      claimRunSteps.some((d) => sameSize(d, Number(e.sigFig.value))) &&
      !runChanges(idx, e, change)
    )
      return;
    // (In the sentence that restates the claim's, a level is a level, before a change or after: only a difference
    // stays apart from a level.)
    const before = !forced && ownChange === undefined && change === 'before';
    if (forced ? isDifference(ownChange) !== isDifference(change) : !before && !sameQuantity(ownChange, change)) {
      // (the rest of a whole, a level of that part, is vouched for by the same level: it refutes only the rest as such)
      if (!(claimRemainder && ownChange === 'delta' && change === undefined && claimAgreesHere())) return;
    }
    // A total and an added or first amount are different amounts, whatever their values ("총 4000억" / "4000억 추가"); a
    // difference is compared with differences whatever either's clause calls it.
    // A party's share the source gives as the whole it divides among parties (dividedWhole.ts): no source of that value
    // vouches for the share, below.
    if (claimShareGiven && !claimDelta && !via && !scaled && !forced && claimAgreesHere() && dividedWhole(e)) {
      wholeDivided = true;
      return;
    }
    if (share && !claimDelta) {
      const other = shareOfEntry(e);
      if (other && other !== share) {
        // (a line's whole that a source states as a part of a larger amount: that amount judges it, below)
        if (other === 'part' && claimMarkedWhole && !via && !scaled && !forced && claimAgreesHere())
          partsStated.push(new Scored(e, undefined, e.src, score, true, undefined, count));
        return;
      }
    }
    // …and one its own words make a part of what follows it, as English writes a part ("the batteries for Baní (1,200
    // MWh of its 2,000 MWh)", "1,200 MWh of the batteries come from …"), where the lexicon's words of a part are not.
    if (claimMarkedWhole && !via && !scaled && !forced && claimAgreesHere() && enPartOfWhatFollows(e)) {
      partsStated.push(new Scored(e, undefined, e.src, score, true, undefined, count));
      return;
    }
    // Counts of jobs narrowed by words that have nothing in common count different jobs ("450 permanent jobs" /
    // "2,500 union construction jobs", "건설 일자리 2500개"): neither supports nor refutes the other (counted.ts).
    if (claimNarrowing && countedApart(claimNarrowing, entryNarrowing(e))) return;
    // …while the same narrowed noun ("about 450 permanent jobs" twice) is the same thing counted, wherever it stands.
    const narrowedAlike = !!claimNarrowing && countedAlike(claimNarrowing, entryNarrowing(e));
    // A figure measuring the noun the claim's measures ("construction loan") is the same thing, wherever it stands.
    const headAlike = claimParts.head !== undefined && entryHead(e) === claimParts.head;
    // Narrowed by words of the two languages nothing links ("건설 일자리" / "construction jobs"): may vouch, not refute.
    const narrowedUncertain = !!claimNarrowing && countedUncertain(claimNarrowing, entryNarrowing(e));
    if (
      claimPhase &&
      claimAgreesHere() &&
      carriedPlaces().length &&
      !articleNamesPlace(carriedPlaces(), e.src, corpus.weights)
    )
      return;
    if (!forced && ofAnotherPhase(e)) return;
    if (!forced && ofAnotherYearPart(e)) return;
    // An amount a source gives each of several ("Each of the four data halls … will draw 150 megawatts") is no amount
    // of the whole a line without "each" gives: it does not refute "The campus will draw 600 megawatts". (Refuters
    // only: set aside when it agreed too, a held-out set's true line lost its ✓ and was flagged. Not a share: "OpenAI
    // and SoftBank will each hold 40%" is each holder's, as a line's is.)
    // A plant's generating capacity ("a 1.5-gigawatt natural gas plant") is no campus's power, and the other way.
    // (Refuters only when neither names a site: "six units, 840 MW in total" is vouched for by "840 MW of new generating
    // capacity in total", but is refuted only by a figure of its own kind.)
    if (
      !forced &&
      claimFig.kind === 'power' &&
      entryGenerates(e) !== claimGenerates &&
      !(claimAgreesHere() && !claimNamesSite() && !entryNamesSite(e))
    )
      return;
    // (Likewise the size of one of a unit, "An acre-foot is about 325,851 gallons", refutes only a line that gives one's.)
    if (
      !forced &&
      !sf.distributive &&
      !claimPerOne &&
      claimFig.kind !== 'percent' &&
      !claimAgreesHere() &&
      entryEach(e)
    )
      return;
    // A Korean line naming its site ("겔밈 캠퍼스는 … 1단계 200MW는 2028년 말") and a Korean source sentence naming another
    // site as such, not the line's ("나발모랄 1단계 200MW를 2027년 4분기에 가동하겠다"): of that other site, both ways.
    if (!forced && e.lang === 'ko' && koSitesOfClaim().length && ofAnotherKoSite(koSitesOfClaim(), e, corpus.weights))
      return;
    // A Korean line naming its site by a name the corpus spells in Latin letters too ("크리비 사업비는 …, 건설 인력 추정도
    // 1,600명에서 2,100명으로", Kribi), or its country, and a Korean source figure under a heading of its article that names
    // another site or country of the same sort and not the line's ("1. 아우라지쿨링: 라오스 사반나켓" over "건설 인력은 …
    // 최대 1,200명"), its sentence not naming the line's: of that other site, both ways (koOtherSection).
    if (!forced && e.lang === 'ko' && claimFig.lang === 'ko' && koOtherSection(e)) return;
    // A line giving one amount to two places joined ("북마케도니아와 카보베르데 데이터센터에 냉각장치 136대") states their sum:
    // a source sentence naming one of them and not the other states that one's part (the Skopje order's 96대), which
    // neither refutes nor vouches for it; a total the source gives is the sum's to judge (joinedPlaces.ts).
    if (!forced && claimJoined() && !isTotal(entryScope(e))) {
      const sent = e.src.sentences[e.fig.sentence];
      if (
        sent &&
        namesOneSideOnly(
          claimJoined()!,
          claimFig.lang,
          sent.text,
          sent.lang,
          sentencePlaces(e.src, e.fig.sentence),
          corpus.weights,
        )
      )
        return;
    }
    // A figure of one named item of a source's list ("Pecos Flats in Texas (1.4 GW), Cedar Bluff in Ohio (900 MW) and
    // Lone Mesa …") is that item's: a line that names another item of the list, and not this one, is not judged by it
    // either way. (Not any line naming a place the item does not: "Abilene" may be of a list of companies' amounts.)
    if (!forced && entryItem(e).length) {
      const cp = ownPlaces().length ? ownPlaces() : placesOfClaim();
      if (
        cp.length &&
        !placesShared(cp, entryItem(e), corpus.weights) &&
        placesShared(cp, entryItemOthers(e), corpus.weights)
      )
        return;
    }
    // A part of the claim's whole, in a source sentence that states that whole and its parts ("하수처리수 1만2천 톤에 해수
    // 담수화 6천 톤을 더해 하루 1만8천 톤을 쓴다"): the same part is known, and of the parts, one that agrees with the
    // claim is its part; the others are the other parts, which do not refute it.
    const wholeParts = claimWholeOfPart && !via && !scaled ? sameWholeParts(idx, claimWholeOfPart, e) : undefined;
    if (wholeParts && !claimAgreesHere() && wholeParts.some((x) => claimAgrees(x))) return;
    // A sum the source gives over several firms it names (`세움에너지솔루션(배터리), 우진중전기(변압기), 청해전선(케이블) 세
    // 회사와 맺은 계약이 합쳐서 약 1조7,400억 원`) is none of theirs: a line that names one of them and no whole is neither
    // supported nor refuted by it.
    // (the source's sentence read only for a line that may name a firm: a snapshot's source is decoded to read it)
    if (
      !claimParts.whole &&
      isTotal(entryScope(e)) &&
      (claimFirmy ??= mayNameKoreanFirm(claimFig.sentenceText ?? '')) &&
      namesOneOfFirms(claimFig.sentenceText ?? '', entryText(e))
    )
      return;
    const rel = partRelation(claimParts, e, narrowedAlike, corpus.weights, !!wholeParts);
    if (!rel) return;
    // A phase's amount ("\$22.5 billion cost of the first two phases") neither vouches for nor refutes the site's at
    // full build ("The whole 1.2 GW campus will cost \$22.5 billion").
    if (claimFullSite && (entryScope(e) === 'phase' || shareOfEntry(e) === 'part' || entryOfPhases(e))) {
      if (claimAgreesHere()) {
        phaseStated = true;
        phaseSources.add(e.src);
      }
      return;
    }
    const { partKnown, placeRead } = rel;
    // A total that counts the claim's place among others ("도마코마이를 포함해 … 일본 내 AI 데이터센터에 총 3조 엔", "…, including
    // Tomakomai, ¥3 trillion") is not that place's amount, unless the claim says so too.
    if (claimNotIncluding !== undefined && claimMembersIn(e, claimNotIncluding).length) return;
    // What a company already has is not what it will build ("Northwind already operates more than 14 GW" / "Northwind
    // will build, own and operate 2.4 gigawatts"): a source sentence of plans neither vouches for nor refutes it.
    if (claimAlready && entryPlanned(e)) return;
    // "UAE는 … 1조5000억 달러를 투자한다" is the UAE's money, not Stargate's, however much the sentence before says
    // of Stargate: a source sentence that does not name the claim's actor neither vouches for it nor refutes it.
    if (actor && !namesActor(e, actor)) return;
    // …nor one whose own clause gives it to another ("Oracle will lease 900 megawatts …, and Microsoft has signed for
    // 300 megawatts" for "Microsoft has signed for 900 megawatts").
    if (actor?.id) {
      const other = entryClauseActor(e);
      if (other && other !== actor.id) return;
    }
    // A percentage of another thing, as the two percentages' own words say ("수출 비중은 41%" / "수주액은 … 매출 … 의 65%",
    // "exports were 41% of sales" / "65% of its 2025 revenue"), does not refute the claim's. (It may still vouch: the
    // words read of a part or base, "Red Mesa's planned 1.6 gigawatts is equal to about 38% of …" / "The campus alone
    // equals about 38% of …", are too loose to take a ✓ that the same number gives.)
    if (
      !via &&
      !scaled &&
      claimFig.kind === 'percent' &&
      e.kind === 'percent' &&
      !claimAgreesHere() &&
      ofAnotherBase(claimFrame(), entryFrame(e))
    )
      return;
    // …nor does a share of another amount: a source sentence that writes the amount its percent is of right before it
    // ("33kV 변압기·개폐기 2,260만 달러 규모, 매출 대비 24.3%", one order's) gives the share of that amount; a line that states
    // its own amounts and none of them that one ("수주액은 향수파워시스템(843억 원)이 청해마린텍(412억 원)의 약 2배지만, 매출
    // 대비 비중은 65.7%와 67.3%로", two orders together) gives shares of other amounts. (Asked where the frames were
    // read: the source's sentence is decoded already.)
    if (
      !via &&
      !scaled &&
      !forced &&
      claimFig.kind === 'percent' &&
      e.kind === 'percent' &&
      !claimAgreesHere() &&
      shareOfAnotherAmount(idx, e, claimFig.sentenceFigures ?? [])
    )
      return;
    const agree = via ? true : claimAgreesHere();
    // Another holder's share neither vouches for the claim's nor refutes it; the same holder's share judges it even
    // where its value is another figure of the claim's sentence (a swap: "35% by OpenAI" / "20% by OpenAI").
    let sameHolderHere = false;
    if (claimHolder) {
      const theirs = entryHolder(e);
      const same =
        theirs &&
        sameHolder(claimHolder, claimFig.lang, theirs, e.src.sentences[e.fig.sentence]?.lang ?? claimFig.lang);
      if (same === false) return;
      sameHolderHere = same === true;
      // A list of shares that names none of the claim's other holders, each told apart, is another venture's (OpenAI's
      // 50% of a Louisiana project company against "Seorim Energy holds 45% …, with OpenAI at 35% and Hangyeol Digital
      // at 20%"): the same holder's share there does not refute this one.
      if (sameHolderHere && !agree && claimOtherHolders().length) {
        const lang = e.src.sentences[e.fig.sentence]?.lang ?? claimFig.lang;
        const theirOthers = sentenceEntries(idx, e.src, e.sentence)
          .filter((x) => x !== e && x.sentence === e.sentence && x.kind === 'percent')
          .map(entryHolder)
          .filter((h): h is string[] => !!h);
        if (
          theirOthers.length &&
          claimOtherHolders().every((c) => theirOthers.every((t) => sameHolder(c, claimFig.lang, t, lang) === false))
        )
          return;
      }
    }
    // An amount of another name of the claim's list (a tracker's row "| Namgang Cable (Jinju) | Plomin | … | €54m (≈ KRW
    // 86.4bn) |" for "Cheongryong Aerotech accounts for KRW 334.4 billion of that, Namgang Cable for …"): a source
    // sentence that names another of the list's names and not the claim's is of that other; it neither vouches nor
    // refutes. (Its text read only for a claim of such a list.)
    if (claimListName && !forced) {
      const text = e.src.sentences[e.fig.sentence]?.text ?? '';
      if (claimListName.others.some((n) => sentenceNames(text, n)) && !sentenceNames(text, claimListName.own)) return;
    }
    // A line that labels its figures place by place ("Ventspils: 2,300 and 380; Manta: 2,600 at the peak and 380 permanent
    // jobs") gives each the place of its segment: an article that names another segment's place and never the claim's
    // (a webinar on Ventspils, "The figure we keep reading is 380 permanent jobs") is of that other place; it neither
    // vouches for the claim nor refutes it. (Its places read only for a line of such segments.)
    if (
      claimSegments &&
      !forced &&
      !articleNamesPlace(claimSegments.own, e.src, corpus.weights) &&
      claimSegments.others.some((o) => articleNamesPlace(o, e.src, corpus.weights))
    )
      return;
    // An amount of another thing of the list neither vouches for the claim's nor refutes it; the amount of the same thing
    // judges it even where its value is another figure of the claim's sentence (a swap of wind and storage).
    let sameLabelHere = false;
    if (claimLabel) {
      const theirs = entryLabel(e);
      if (theirs) {
        if (!sameLabel(claimLabel, theirs)) return;
        sameLabelHere = true;
      }
    }
    // A vague amount (수십만, hundreds of thousands) does not vouch for a precise one.
    if (agree && entryVague(e) && !isVague(claimFig)) return;
    // An amount a hundred thousand times another, or less, is no misreading of it (a scale slip is a thousand, 조 for 억
    // ten thousand): it is of another thing ("45% of it to USD 418", a school district, against the campus's \$19.4
    // billion of bonds).
    if (
      !agree &&
      claimFig.kind !== 'date' &&
      farApart(Number(scaled?.stated ?? claimFig.value), Number(e.sigFig.value))
    )
      return;
    // An average is of one of many (a wage, a price): a source amount of the unit that no word makes an average is of
    // another thing ("the payment rises to \$9 million a year" against "The permanent jobs pay an average of \$84,000 a
    // year"); it may vouch for the same amount, never refute another.
    if (!agree && !forced && claimAverage && !entryAverage(idx, e)) return;
    // A figure that measures another named noun than the claim's ("Stargate's \$500 billion pledge" / "a \$12 billion
    // bridge loan") is of another thing: it may vouch for the same amount, not refute another.
    if (!agree && !forced && claimParts.head !== undefined) {
      const h = entryHead(e);
      if (h !== undefined && h !== claimParts.head) return;
    }
    // A source figure that states another figure of the sentence is that figure's source, not a contradiction of this one.
    if (!agree && !forced && hasSiblings && !sameHolderHere && !sameLabelHere && (scaled || siblingAgrees(e))) return;
    // …and so is one the sentence states in the source's period ("about \$1.5 million a month … about \$41 million a year").
    if (!agree && scaled && (sf.groups.get(groupKey(e.kind, e.unit)) ?? []).some((g) => agrees(g, e.sigFig))) return;
    // A level a source gives as then, whose next sentence gives the level it changed to ("… the applicant's own
    // estimate for the 1.4 GW campus was \$31 billion. The lender presentation … puts it at \$34.5 billion, an increase
    // of a little over 11%"), is a level before that change for a claim that says its level is today's.
    // (a sentence about the line's carried site, "I'll start with Juniata Ridge. … When we filed with the Pennsylvania
    // PUC in February the total cost was \$31 billion", is of its subject at the agreeing bar, with the site as a term)
    const carried = claimNow && agree && !before ? carriedOf(e) : undefined;
    const laterLevel =
      claimNow && agree && !before && !forced && !via && !scaled && (score >= revisionBar(e) || carried)
        ? laterLevelOf(idx, e)
        : undefined;
    if (laterLevel && bySubjectCount(count, e) + (carried ? 1 : 0) >= MIN_SHARED_TERMS) {
      pastLevel = true;
      supersededBy.push(new Scored(laterLevel, undefined, laterLevel.src, score, false, undefined, count));
      return;
    }
    // A level before a change is not the claim's level: it only tells, when it agrees, that the claim may be of then.
    // (not an amount applied for that a grant is measured from, "AEP가 3월 신청한 연 20억㎥보다 2억㎥ 적은 규모다": what
    // was asked is no earlier level of what was granted, and a line that gives it as granted is not "of then")
    if (before) {
      if (agree && !(entryVague(e) && !isVague(claimFig)) && !(claimGranted() && entryRole(e) === 'applied')) {
        pastLevel = true;
        // A claim that says its level is today's ("is currently put at 3,800", "현재 총사업비는 450억 달러") against a
        // source that gives it as the level before a change on the claim's subject (at the bar a contradiction needs):
        // the level after it is today's.
        // (or, past the agreeing bar only, a sentence that gives another of the line's figures as its level before a
        // change too, "공급 구간이 1420㎞에서 1550㎞로 늘었고, 계약 금액도 1180억 원에서 1290억 원이 됐습니다" for "now stands
        // at KRW 118 billion for 1,420 km": two of the line's figures changed there say what it speaks of, as a
        // restating sentence's do, however few words of the other language it shares)
        // (or a line that names the event of the later version a table sets beside this one, and not this one's:
        // "기공식 기준 현지 채용 계획은 1,100명이다" against `| 구분 | 3월 발표 | 9월 기공식 |`, `| 현지 채용 | 1,100명 | 1,300명 |`)
        if (
          (claimNow || claimChangedTo || namesLaterVersion(e)) &&
          ((score >= revisionBar(e) && bySubjectCount(count, e) >= MIN_SHARED_TERMS) || otherLevelBefore(e)) &&
          entryRevised(e)
        ) {
          const x = levelAfterOf(idx, e);
          if (x) supersededBy.push(new Scored(x, undefined, x.src, score, false, undefined, count));
        }
      }
      return;
    }
    // A value above a floor a source states: a threshold ("150㎿ 이상이 필요하다", "needs at least") is met by any
    // value above it, so "1.2 GW" for one campus is not refuted; a floor on an estimate ("10만 개 이상의 일자리")
    // stands for about that number, as a claim's own floor does (values.ts, NEAR), so "20만 개" misreports it while
    // "110,000" is left alone. (A cap is another matter: "\$50 billion" misreports "up to \$500 billion".)
    if (
      !agree &&
      e.sigFig.qualifier === 'min' &&
      (claimFig.qualifier === 'exact' || claimFig.qualifier === 'approx') &&
      (scaled?.stated ?? Number(claimFig.value)) > Number(e.sigFig.value)
    ) {
      if ((scaled?.stated ?? Number(claimFig.value)) <= Number(e.sigFig.value) * FLOOR_REACH || isThreshold(e)) return;
    }
    // A source the sentence cites is itself evidence of the subject: it stands in for one shared term.
    const minShared = cited.includes(e.src.key) ? MIN_SHARED_TERMS - 1 : MIN_SHARED_TERMS;
    // Who reported a figure (media, 기사) says nothing of what it measures: "Korean media put the sum at 720조"
    // shares Korea and press with the blog's "한국 정부는 … 65조 원 …(기사)" and is not refuted by it.
    // A Korean place name read in Latin letters (해남 for Haenam) is a shared term the subject's words do not link,
    // and so is a narrowing word of the same counted noun ("permanent").
    // …and a source sentence that names no place, after one that names the line's ("Ogeechee Bend is 1.2 gigawatts.
    // The estimate there has moved from \$26 billion to \$27.5 billion."), is of that place: a shared term of the
    // subject its own words leave to the sentence before (as the line's do).
    // (whether it may be, from what the index holds: a line with a carried site written as a place, an English source)
    const carriedMay = () =>
      claimFig.kind !== 'date' && e.lang === 'en' && carriedSite().vouches && carriedSite().used.length > 0;
    const carriedBefore = () => carriedMay() && carriedOf(e) === 'before';
    const bySubject =
      (pressShared && e.terms.weightOf('press') !== undefined ? count - 1 : count) +
      (placeRead ? 1 : 0) +
      (narrowedAlike ? 1 : 0);
    // A phase or an addition ("the first phase puts \$100 billion into data centers") is not refuted by an amount
    // from a sentence that speaks of no phase or addition: that is the whole, as far as its words say. ("1000억달러를
    // 투입하고 향후 … 4000억달러를 추가로" speaks of phases: its first amount judges the first phase.)
    // (The sentence that restates the claim's speaks of its part, as its other figure shows.)
    const phaseKnown = forced || ((share !== 'part' || speaksOfParts(e) || !!wholeParts) && partKnown);
    // (not a sentence that writes the name of two words or more the line's own Korean sentence names, "| 샌드힐 윈드 |
    // 네브래스카 아델 | … |" for "샌드힐 윈드 사업비는 …" under "## 미국 그레이트플레인스·중서부 북부 거점": the line's site is
    // nearer than its heading's region. Asked of the stored subject, as words of the sentence, not of the text. One word
    // is not enough: a company's name is shaped as a place's, and an article on another country's site names it too)
    // An article whose headline names another place, and that names the section's place nowhere near the figure
    // (a Saemangeum groundbreaking speech's `하루 5만 톤까지 냉각용수로 재이용합니다`, naming 조호르 once, later, of the
    // firms that worked there), states its own place's figure: it is as elsewhere as one that never names it.
    const elsewhere = () =>
      placesOfClaim().length > 0 &&
      (!articleNamesPlace(placesOfClaim(), e.src, corpus.weights) ||
        aboutHeadlinePlace(placesOfClaim(), headingNames(), e, corpus.weights, ownPlaces())) &&
      ownNames().filter((p) => (e.terms.weightOf(p) ?? 0) >= SENTENCE_WEIGHT * WORD_WEIGHT).length < 2;
    // An article that never names the section's place and names countries, none of them the heading's ("## 말레이시아
    // 조호르" / a Hokkaido blog's "About 1,000 workers are now on site"), is about another country's site: it does not
    // vouch for the line either.
    const abroad = () => {
      const hc = countriesOfHeading();
      if (!hc.length || !elsewhere()) return false;
      const ac = articleCountries(e.src);
      return ac.size > 0 && !hc.some((c) => ac.has(c));
    };
    // A factbox's or roundup's item under another place's heading ("LORDSBURG, NEW MEXICO" over "310 permanent jobs"),
    // its own sentence and the one before naming no place, is that place's: it does not refute a line whose sentence,
    // or the heading it stands under, names other places ("## Gangneung" over "The city expects 250 permanent jobs").
    const otherSection = () => {
      const own = claimParts.places();
      let cp = own.length ? own : placesOfClaim();
      // (or the names of its heading, "## Gangneung": an item of a section whose place it does not name is of another
      // place or of none the line names, "## Costs"; nothing to refute it with either way)
      if (!cp.length && claimFig.headingText) cp = placesIn(claimFig.headingText, claimFig.lang, []);
      if (!cp.length) return false;
      const sp = entrySectionPlaces(e);
      if (!sp.length || placesShared(cp, sp, corpus.weights) || readsPlace(cp, e)) return false;
      // (nor an item whose own sentence names the line's place, whatever its section is of: "2. THE STARGATE PALAPYE
      // CAMPUS" over "The campus will draw on the Lotsane coal-fired power station for up to 150 MW" is of Lotsane for
      // "It will lean on the Lotsane coal station for up to 200 MW")
      if (placesShared(cp, entryPlaces(e), corpus.weights)) return false;
      // (a capitalized word of the item or the one before that the article never writes as a place is a company's,
      // or a word opening the sentence: "Plains Crest Energy in talks …", "Construction started …")
      return !entryPlaces(e).some((p) => usedAsPlace(e.src, p));
    };
    // An item of the line's is not refuted by a total its source sentence adds up ("모두 66대" of "52대" and "14대"
    // against "독일 30대 … 폴란드 22대").
    const totalOfItems = () =>
      AMOUNT_KINDS.has(claimFig.kind) && lineItem(claimFig, claimWhole) && sumOfItsSentence(idx, e);
    const anchored = anchoredHere(e);
    if (anchored) anchoredSentences.add(sentenceKey(e));
    // The claim's holder's share where the line's other figure and holders are stated judges at the agreeing bar too, and
    // so does the amount of the same thing in a source sentence of the same list (sameList).
    const held = (forced && restatedHeld) || (sameLabelHere && !agree && sameList(e));
    if (agree && change === undefined && !ownChange && !via && !scaled && score >= MIN_SCORE_AGREEING)
      agreeingLevels.push(e);
    if (
      agree
        ? score >= MIN_SCORE_AGREEING &&
          (forced || !abroad()) &&
          // (nor does what a firm's chief says it will do vouch for a line about another firm: under "## 2. 요천써멀", "회사는
          // 하반기 … 28명을 채용할 계획이다" is not vouched for by "탁상훈 운봉정밀 대표는 … "하반기에 28명을 더 뽑는다"고
          // 말했다"; asked last, its text read only for a line that names a firm. A Korean line only: an English line's
          // "Daesung Memory's president …" does not meet 대성메모리 by sound, and lost unseen-9 L68's ✓ of 2027)
          (forced || claimFig.lang !== 'ko' || !ownerElsewhere(claimFig, e, () => entrySpeakerFirm(e)))
        : anchored || held
          ? score >= MIN_SCORE_AGREEING && !elsewhere() && !totalOfItems()
          : // (a source figure that measures the noun the claim's measures, "the 820-acre site" for "a 1,200-acre
            // site", is named as the claim's measure: it judges at the bar a named member's figure does)
            // (so does an index whose unit says what kind of value it is and of what period, "PUE:measured:quarter":
            // the unit has stated the measure, so its subject needs only the site, extract/figures/indexes.ts)
            score >=
              (namesMember(e) || tellers.includes(e.src.key) || headAlike || indexStated
                ? MIN_SCORE_NAMED
                : MIN_SCORE) &&
            (bySubject >= minShared || (bySubject + 1 >= minShared && carriedMay())) &&
            // (the heading or the sentence before is evidence when shared, but a line is refuted by what its own
            // words, or its citation, share with the source: under "## 인도 쿠치", a tracker's Malaysia row, which
            // meets India and Kutch only in the row before it, says nothing of "The Compute Compass는 1.2GW로 적었다")
            (own > 0 || forced || isCited) &&
            phaseKnown &&
            !narrowedUncertain &&
            // (the sentence that restates the line, stating its other figures, is of the line's subject whatever
            // names it leaves out: "We raised our full-year revenue forecast from ¥720 billion to ¥765 billion, an
            // increase of 6.3%" for "구로세전기는 연간 매출 전망을 7,200억 엔에서 7,650억 엔으로 8.3% 올려 잡았다"; not
            // of its event: a date there may be of another, "approved … in July 2025" / "started grading … on
            // January 27", or the line's date of publication, "팩트박스(2026년 6월 22일)에 따르면")
            ((forced && claimFig.kind !== 'date') || (contradictable(e) && namesLabels(labels, e, claimFig.lang))) &&
            !elsewhere() &&
            !otherSection() &&
            !totalOfItems() &&
            // (a line's sum over a count of things, "Together the three come to 1,850 MW" or "세 회사의 신규 채용도
            // 155명이다", is refuted only by a source figure given as a sum, "│ 합  계 │ … │ 155명 │" or "the three campuses
            // combined": one part's figure, Debed's "250 MW by 2031" or one firm's "85명 신규 채용", is no version of it;
            // from the stored facts and the index, no text read)
            !(claimCountedSum && !entrySummed(e) && !sumOfItsSentence(idx, e)) &&
            // (nor by the total of one of the things it counts: a decree's "a data centre campus with a total connected
            // … capacity of up to 1,200 MW" is one campus's, not three campuses'; its text read only for such a line)
            !(
              ofOneCounted !== undefined &&
              e.lang === 'en' &&
              ofOneCounted(e.src.sentences[e.fig.sentence]?.text ?? '')
            ) &&
            // (last: it reads the source's text)
            (bySubject >= minShared || carriedBefore()) &&
            // (the whole of a part the source counts first, "the first two of four phases", is no refutation of the
            // part's count: "two phases" is the source's too)
            // (from the index first: only a whole larger than the claim's count may be one; the sentence is read last)
            !(claimFig.kind === 'count' && entryPartCount(e) === Number(claimFig.value)) &&
            // (a Korean source sentence that names nothing is of the firm the sentence before opens on: not of the
            // line's, whose heading names another, "## 다온셀" under which "지난해 매출 1,920억 원의 46.7%" is 누리볼트's;
            // nor is an English filing's "of the Company's revenue" of a firm the Korean line never names. The owner and
            // the issuer are stored with the figure's facts; the owner rule reads the source's text only for a line
            // that names another firm: asked last, of a figure that would refute)
            !ownerElsewhere(claimFig, e, entryCarriedOwner(e)) &&
            !issuerElsewhere(claimFig, entryIssuer(e)) &&
            // (nor a sentence that writes the claim's number too, its unit left to the figure before it: "run at 45
            // degrees …, so we tested it … in a room we heated to 50" for "tested … in a room heated to 50 degrees";
            // bareValue.ts, the bare numbers stored with its facts)
            (forced || !!via || !!scaled || !entryBare(e).includes(Number(claimFig.value)))
    ) {
      // A level the next sentence replaces ("… would require service in the fourth quarter of 2027. In an amended
      // filing …, Phase 1 would instead require service in the second quarter of 2028") is the level before: when the
      // replacing level is the claim's, it vouches for the claim in its place, and the level before refutes nothing.
      // (the next sentence's entries first, from the index: its text is read only when one is the claim's value)
      const replacing =
        !agree && !forced && !via && !scaled && nextSentenceEntries(idx, e).some(claimAgrees)
          ? laterLevelOf(idx, e, true)
          : undefined;
      if (replacing && claimAgrees(replacing)) {
        scored.push(new Scored(replacing, undefined, replacing.src, score, true, undefined, count));
        return;
      }
      const s =
        datelineDay !== undefined
          ? new Scored(undefined, datelined(e, datelineDay), e.src, score, true, undefined, count)
          : new Scored(e, undefined, e.src, score, agree, via, count);
      scored.push(s);
      if (narrowedAlike) narrowedSame.add(s);
      if (headAlike) headSame.add(s);
    }
    // (only its source and version are read of a named figure, and those the entry gives: no Scored for it)
    else if (score >= MIN_SCORE_NAMED) named.push(e);
    // (its sentence says which of its counts is the claim's, whether or not this one is close enough to judge)
    if (narrowedAlike) narrowedSentences.add(sentenceKey(e));
    if (headAlike) headSentences.add(sentenceKey(e));
  };
  // Whether a candidate, entry i of bucket b, is below the subject bar that consider() sets before anything else it
  // keeps or marks (the cited source's case aside), read from the bucket: its entry is then never made (entries are
  // kept for the corpus's life, and most candidates do not reach the bar: candidateNumbers). The restated figure goes
  // to consider() as it is. The same test as there: consider() reads the same subject (Entry.terms) and returns.
  const belowBar = (b: Bucket, i: number): boolean => {
    preValid = false;
    const made = b.madeEntry(i);
    if (made !== undefined && made === restated) return false;
    const r = similarity(b.termsOf(i), b.langOf(i) !== claimFig.lang);
    preScore = r.score;
    preCount = r.count;
    preOwn = r.own;
    preValid = true;
    if (preCount === 0) return !cited.includes(b.sourceOf(i).key);
    return preScore < MIN_SCORE_AGREEING;
  };
  // (its numbers are read before the next candidateNumbers call: a view of the index's scratch)
  const taken = candidateNumbers(idx, claimFig, claimFig.unit, corpus.weights);
  const seen = cited.length ? new Set(taken?.nos) : undefined;
  // An article that gives the claim's value as a total counting the claim's place among its members ("도마코마이를
  // 포함해 … 일본 내 AI 데이터센터에 총 3조 엔") says the value is not the place's own: its sentences that state another
  // amount of the place ("도마코마이항 인근 … 약 1조5000억 엔을 투입해") judge the claim at the bar a source is named at.
  // (Index loops over the candidates here and below: this function is too large for V8 to optimize, and a for…of
  // there makes an iterator result per candidate, garbage by the hundred thousand at 100,000 articles.)
  if (claimNotIncluding !== undefined && taken)
    for (let k = 0; k < taken.nos.length; k++) {
      const b = taken.bucket,
        i = taken.nos[k];
      if (claimAgrees({ sig: b.sigOf(i), kind: b.kind })) {
        const e = b.entry(i);
        const members = claimMembersIn(e, claimNotIncluding);
        if (members.length) (memberTotalIn ??= new Map()).set(e.src, members);
      }
    }
  if (taken)
    for (let k = 0; k < taken.nos.length; k++)
      if (!belowBar(taken.bucket, taken.nos[k])) consider(taken.bucket.entry(taken.nos[k]), undefined, undefined, true);
  if (restated) consider(restated);
  // The cited sources' figures of the claim's kind and unit, found by the citation when no shared word finds them.
  if (seen) {
    for (const k of cited) {
      const src = corpus.byKey(k);
      const own = (src && entriesOf(idx, src)) || [];
      for (let k = 0; k < own.length; k++) {
        const e = own[k];
        if (!(taken && seen.has(taken.bucket.numberOf(e))) && measuresAlike(claimFig, claimFig.unit, e)) consider(e);
      }
    }
  }
  // A rate over another period: "\$18 million a year" is "\$1.5 million a month" (twelve months a year, nothing invented).
  // The claim's value is taken to the source's period, as approximate as it was written there (its step scaled too).
  if (claimFig.kind !== 'date' && claimFig.kind !== 'duration') {
    for (const { unit, factor } of periodScale(claimFig.unit)) {
      const scaled = scaledInterval(claimFig, factor);
      const those = candidateNumbers(idx, claimFig, unit, corpus.weights);
      if (those)
        for (let k = 0; k < those.nos.length; k++)
          if (!belowBar(those.bucket, those.nos[k]))
            consider(those.bucket.entry(those.nos[k]), undefined, scaled, true);
    }
  }
  // People employed at a stage of a project are its jobs at that stage ("will employ about 2,500 people permanently" /
  // "about 350 permanent jobs"): a count of the other of the two units is taken when it is of the claim's stage.
  const stage = claimNarrowing?.find(isStage);
  if (stage && (claimFig.unit === 'people' || claimFig.unit === 'jobs')) {
    const same = scaledInterval(claimFig, 1);
    const those = candidateNumbers(idx, claimFig, claimFig.unit === 'people' ? 'jobs' : 'people', corpus.weights);
    for (let k = 0; those && k < those.nos.length; k++) {
      if (belowBar(those.bucket, those.nos[k])) continue;
      const e = those.bucket.entry(those.nos[k]);
      if (entryNarrowing(e).includes(stage)) consider(e, undefined, same);
    }
  }
  // Another currency only through an amount a source itself states as equal ("5000억 달러(약 718조 원)").
  if (claimFig.kind === 'money') {
    // Of the equivalent amounts in each other unit, the first of each sig: a later one alike finds the same
    // candidates, so the first via found is the one a search over all of them would find.
    const others = new Map<string, { vias: Entry[]; sigs: Set<number> }>();
    for (const { mine, other } of idx.equivalences.get(claimFig.unit) ?? []) {
      if (!claimAgrees(mine)) continue;
      const o = others.get(other.unit);
      if (!o) others.set(other.unit, { vias: [other], sigs: new Set([other.sig]) });
      else if (!o.sigs.has(other.sig)) {
        o.vias.push(other);
        o.sigs.add(other.sig);
      }
    }
    for (const [unit, { vias }] of others) {
      const viaBySig = new Map<number, Entry | undefined>();
      const those = candidateNumbers(idx, claimFig, unit, corpus.weights);
      for (let k = 0; those && k < those.nos.length; k++) {
        if (belowBar(those.bucket, those.nos[k])) continue;
        const e = those.bucket.entry(those.nos[k]);
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
  // So is the date of a document the line names ("in the fund's Oct. 30 letter").
  const dateline =
    claimFig.kind === 'date' &&
    ((claimFig.subject.weightOf('press') ?? 0) >= 1 ||
      (claimFig.sentenceText !== undefined &&
        documentDatedAt(
          claimFig.sentenceText,
          spanInSentence(claimFig).start,
          spanInSentence(claimFig).end,
          claimFig.lang,
        )))
      ? datelineOf(corpus, claimFig, cited, self)
      : undefined;
  if (dateline) scored.push(dateline);
  // A share as large as the whole its source divides among parties ("the school district's share … $6.1 million a year"
  // / "$6.1 million per year …, of which 45 percent would be directed to the school district"): the value is that
  // whole's, so none of the sources stating it vouches for the share.
  if (wholeDivided) moveWhere(scored, named, (s) => !!s.entry && claimAgrees(s.entry));
  // A part given as the whole: "구미 라인 운영 인력 전체인 320명" against "구미 라인은 모두 600명 규모로 운영될 예정이며, 이번
  // 1차 공고에서는 그중 320명을": the source gives the line's whole as a part of its own larger amount, written before it in
  // Korean ("600명 … 그중 320명", "6억 달러 중 4억 달러"), after it in English ("320 of the 600 jobs"). That amount
  // judges the line, as close as the part was (the part itself neither vouches for the whole nor refutes it).
  for (const s of partsStated) {
    const e = s.entry!;
    const v = (x: Entry) => Number(idx.sigFigs[x.sig].value);
    let whole: Entry | undefined;
    for (const x of sentenceEntries(idx, e.src, e.sentence)) {
      if (x.sentence !== e.sentence || x.kind !== e.kind || x.unit !== e.unit || !(v(x) > v(e))) continue;
      if (!(e.lang === 'en' ? x.fig.start >= e.fig.end : x.fig.end <= e.fig.start)) continue;
      // (the nearest such amount)
      if (!whole || (e.lang === 'en' ? x.fig.start < whole.fig.start : x.fig.start > whole.fig.start)) whole = x;
    }
    if (whole && !claimAgrees(whole) && !scored.some((x) => x.entry === whole))
      scored.push(new Scored(whole, undefined, e.src, s.score, false, undefined, s.count));
  }
  // A source sentence that counts the claim's noun narrowed as the claim does, beside another count of it ("about 1,000
  // jobs during construction and 120 permanent ones"), says which of its counts is the claim's: the other counts
  // something else, and neither vouches for the claim nor refutes it.
  if (narrowedSentences.size)
    moveWhere(scored, named, (s) => !narrowedSame.has(s) && narrowedSentences.has(sentenceKey(s)));
  // …and so does one that gives a figure measuring the claim's noun beside another of its kind ("put the cost of the
  // first phase at about \$7.5 billion and said it had signed a \$4.8 billion construction loan"): the other is of
  // something else, and neither vouches for "a \$7.5 billion construction loan" nor refutes it.
  if (headSentences.size) moveWhere(scored, named, (s) => !headSame.has(s) && headSentences.has(sentenceKey(s)));
  if (anchoredSentences.size) moveWhere(scored, named, (s) => !anchoredSentences.has(sentenceKey(s)));
  // A level the sources give as before a change is not refuted by the level after it ("was 150 MW" / "from 150 MW to
  // 250 MW"): which one the claim means is for its dates to say, and they are not read.
  // A value the line gives as today's that a source dated no earlier than every one vouching for it gives as the level
  // before a change: the level after it is today's (current.ts).
  if (claimNow && !supersededBy.length && !hasSiblings && !cited.length && !tellers.length && scored.length) {
    const later = supersededNow(idx, claimFig, scored, claimAgrees, similarity, self);
    if (later) {
      pastLevel = true;
      supersededBy.push(later);
    }
  }
  // (the sources of the claim that a level now set aside, below, as another site's, displaced)
  const displaced: Scored[] = [];
  if (pastLevel && supersededBy.length) {
    // (the sources that give the old level as a level are of then: named beside the level now, which judges)
    // (and the other sources' other values, which the change does not speak to)
    displaced.push(...scored);
    moveWhere(scored, named, () => true);
    for (const s of supersededBy) if (!scored.some((x) => x.entry === s.entry)) scored.push(s);
  } else if (pastLevel) moveWhere(scored, named, (s) => !s.agrees);
  if (agreeingLevels.length && scored.some((s) => !s.agrees)) {
    const levelsBefore = agreeingLevels.map((e) => levelBeforeOf(idx, e)).filter((x): x is Entry => !!x);
    if (levelsBefore.length)
      moveWhere(
        scored,
        named,
        (s) =>
          !s.agrees &&
          !!s.entry &&
          levelsBefore.some((x) => x.unit === s.entry!.unit && sameValue(x.sigFig, s.entry!.sigFig)),
      );
  }
  // The claim's value is a phase's the claim gives as the whole site's: wrong, but what the site's other amounts
  // measure (its cost, against the phases' financing) is not read, so none of them is offered in its place.
  // (An article that gives the value as a phase's means the phase wherever it repeats the value: "at A\$9.2 billion for
  // 400 MW, you are paying …" after "Stage one, 400 MW, is budgeted at A\$9.2 billion".)
  // A source amount that is itself the site's at full build ("the full build-out would cost around A\$31 billion") is
  // what the claim misreports, and is kept.
  if (phaseStated)
    moveWhere(scored, named, (s) => (s.agrees ? phaseSources.has(s.src) : !(s.entry && entryFullSite(s.entry))));
  // "each", "각각": an amount per member is not the total the sources state, so it cannot contradict it.
  // "each" of a sentence that lists holders' shares is said of the holders beside it ("OpenAI holds 40%, with Hanbit
  // Power and Seohae Networks at 30% each"): a share whose own stretch does not say it is one holder's, no amount each.
  const stretch = claimHolder && sf.distributive ? holderStretch(claimFig) : undefined;
  const distributive = !!sf.distributive && (!stretch || DISTRIBUTIVE.test(stretch.before + stretch.after));
  // A figure whose own clause names another place, in a sentence that names the line's places only in its other
  // clauses, is that other place's: "the proposed Stargate Luzon Campus will host … 800 MW, and the cable will connect
  // the said campus to the Stargate Hokkaido Yufutsu Campus" says nothing of Yufutsu's capacity. An agreeing one only
  // where both name their sites as such, "the Luzon campus" / "the Yufutsu campus" (set aside on any place its clause
  // names, a held-out set's true line lost its ✓ and was flagged). Asked of the sources that would judge, closest
  // first (setAsideClosest): it reads their sentences (asked of every candidate, a check decoded a snapshot's sources
  // four times over).
  if (ownPlaces().length)
    setAsideClosest(
      scored,
      named,
      restated,
      () => true,
      (e, s) =>
        s.agrees
          ? clauseOfAnotherPlace(claimParts.sitePlaces(), e, corpus.weights, true)
          : clauseOfAnotherPlace(ownPlaces(), e, corpus.weights),
    );
  // A Korean line naming its site by a name the corpus spells in Latin letters ("안토파가스타 캠퍼스 1단계") and an
  // English source sentence naming another site as such, not the line's by any of those spellings ("the first phase of
  // its Quilicura campus"): of that other site, both ways. Asked of the closest judges (it reads their sentences).
  if (koSitesOfClaim().length)
    setAsideClosest(
      scored,
      named,
      restated,
      (s) => s.lang === 'en',
      (e) => ofAnotherLatinSite(koSitesOfClaim(), e, corpus.weights),
    );
  // A Korean line that names no place after a line of its section that does ("태국 방빠콩 캠퍼스는 1.2GW 규모로 …" / "부지는
  // 1,250라이(약 200헥타르)이며 …") is of that line's site and country: a Korean source sentence naming another site as
  // such ("몽글라 캠퍼스는 310에이커(약 125헥타르) 부지에 들어서요"), or an article naming countries, none of them the line's
  // and not the site by sound (a Bengali daily's "The campus will be built on 310 acres of land in Mongla upazila"), is
  // of another site: it does not refute the line (koCarriedApartOf). Asked of the closest refuting judges.
  if (scored.some((s) => !s.agrees) && koCarried().sites.length + koCarried().countries.length > 0)
    setAsideClosest(scored, named, restated, (s) => !s.agrees, koCarriedApartOf);
  // A figure its source says is not so neither vouches nor refutes (entryDenied, a stored fact): named beside it.
  moveWhere(scored, named, (s) => !!s.entry && !s.via && s.entry !== restated && entryDenied(s.entry));
  // An English line whose sentence opens on a name as its subject ("Milseong is hiring 70 production workers to meet
  // both orders") speaks of that firm or person: an article that never writes the name, in Latin letters or in a Hangul
  // spelling of it (a city's grant notice for another firm, "㈜응천중공업은 … 생산 인력 70명을 신규 고용하고자 함"), states
  // another's figure, which gives the line no ✓. Only where no source refutes the line, and no article that writes the
  // name gives another value even short of judging: a name may be written in another language by its meaning, not its
  // sound (Kepco, 한전), and the sources set aside there would leave such a refuter alone. (A source the line cites is
  // its own evidence.)
  const lineName = claimFig.lang === 'en' && scored.length > 0 ? enSubjectName(claimFig.sentenceText) : undefined;
  const subjectName =
    lineName &&
    scored.every((s) => s.agrees) &&
    !named.some((n) => {
      const e = n instanceof Scored ? n.entry : n;
      return !!e && !claimAgrees(e) && articleWritesName(e.src, lineName);
    })
      ? lineName
      : undefined;
  if (subjectName)
    moveWhere(
      scored,
      named,
      (s) =>
        !!s.entry &&
        !s.via &&
        s.entry !== restated &&
        !cited.includes(s.src.key) &&
        !articleWritesName(s.src, subjectName),
    );
  // Another site's figure does not refute a line of its paragraph's site (carriedApartOf): asked of the sources that
  // would judge, closest first (setAsideClosest; asked of every candidate, a check decoded most of a snapshot's sources).
  const site = carriedSite();
  if (site.used.length) {
    setAsideClosest(scored, named, restated, (s) => !s.agrees, carriedApartOf);
    // A revision read from another site's article ("The company had told investors … the end of 2027" / a delay, of a
    // Nordic campus, for a Valdosta note's "The first 150 MW hall is due by the end of 2027") supersedes nothing once
    // set aside: the sources it displaced judge again, as they would have (asked of them the same way).
    if (displaced.length && supersededBy.every((s) => !scored.includes(s))) {
      const back = new Set(displaced);
      for (let i = named.length - 1; i >= 0; i--) if (back.has(named[i] as Scored)) named.splice(i, 1);
      for (const s of displaced) scored.push(s);
      setAsideClosest(scored, named, restated, (s) => !s.agrees && back.has(s), carriedApartOf);
    }
    // …nor does it vouch for it, where a source of the line's site speaks against it: an English article that never
    // names the site, whose sentence (or one a few before it) names another place, states that place's figure ("The
    // company had told investors … the first buildings at the end of 2027" of a Nordic campus, for a Valdosta note's
    // "The first 150 MW hall is due by the end of 2027" against the Valdosta hall's "now due by the end of 2028").
    if (!site.ko && scored.some((s) => !s.agrees))
      moveWhere(
        scored,
        named,
        (s) =>
          s.agrees &&
          !!s.entry &&
          !s.via &&
          s.entry !== restated &&
          s.lang === 'en' &&
          !articleNamesPlace(site.cp, s.src, corpus.weights) &&
          placesAbout(s.entry).places.length > 0,
      );
  }
  // A line under a heading that names its site ("## Toamasina, Madagascar (120 MW at Ivoloina)"), its own sentence
  // naming no place ("the campus … designed for … gusts of 285 km/h"), is not vouched for by an English source figure
  // whose sentence, or the nearest of a few before it that names places, names only others that its article writes as
  // places ("Vuda sits on the dry side of Viti Levu … Every building on the campus is designed for gusts of 285 km/h"),
  // where a figure whose sentence (or one of those before it) names the heading's place refutes the line at the bar a
  // contradiction needs ("The turbine hall, the campus buildings and the switchyard [of Toamasina] are designed for …
  // gusts of 250 km/h"): it is another site's figure. (Not only an article that never names the site, as carriedSite's:
  // a programme or a roundup names every site, each in its own paragraph.) Asked only of such a line, its text read
  // for the refuters first and for the agreeing figures only where one of those names the site.
  if (
    claimFig.lang === 'en' &&
    !ownPlaces().length &&
    placesOfClaim().length &&
    scored.some((s) => s.agrees) &&
    scored.some((s) => !s.agrees)
  ) {
    const cp = placesOfClaim();
    const of = (e: Entry) => {
      const { places, at } = placesAbout(e);
      return { mine: placesShared(cp, places, corpus.weights) || readsPlace(cp, e, at), places };
    };
    if (
      scored.some(
        (s) => !s.agrees && !!s.entry && !s.via && s.lang === 'en' && s.score >= MIN_SCORE && of(s.entry).mine,
      )
    )
      moveWhere(scored, named, (s) => {
        if (!s.agrees || !s.entry || s.via || s.entry === restated || s.lang !== 'en' || cited.includes(s.src.key))
          return false;
        const { mine, places } = of(s.entry);
        return !mine && places.some((p) => p.startsWith('en:') && usedAsPlace(s.src, p));
      });
  }
  giveBackSigMarks(idx, marks);
  return { scored, named, distributive, partOnly: phaseStated, narrowed: narrowedSame };
}

/**
 * What collectEvidence works out for one claim in arrays as long as the index's sigs or the term table: whether a sig
 * agrees with the claim, with a sibling, shares a date's part (0 not asked, 1 no, 2 yes), and the claim's subject
 * slots by term id (similarityTo).
 */
interface SigMarks {
  claim: Uint8Array;
  sibling: Uint8Array;
  date: Uint8Array;
  terms: { slotOf: Int32Array };
}
const NO_MARKS = new Uint8Array(0);
/** The index's SigMarks, lent to one claim at a time, and whether they are lent now. */
const sigMarksOf = new WeakMap<object, { marks: SigMarks; lent: boolean }>();

/**
 * SigMarks for a claim, the sig arrays all 0: the index's own when not lent, else new ones. Made for each claim
 * figure they were four arrays of ~230,000 bytes and ~600 KB at 100,000 generated articles, hundreds of times in a
 * check: churn that malloc's arena kept. `date`: a date claim's (else `date` is empty).
 */
export function takeSigMarks(idx: ReturnType<typeof indexOf>, date: boolean): SigMarks {
  const kept = sigMarksOf.get(idx);
  let m: SigMarks;
  if (kept && !kept.lent && kept.marks.claim.length === idx.sigs) {
    kept.lent = true;
    m = kept.marks;
    m.claim.fill(0);
    m.sibling.fill(0);
    if (date) m.date.fill(0);
  } else {
    m = {
      claim: new Uint8Array(idx.sigs),
      sibling: new Uint8Array(idx.sigs),
      date: new Uint8Array(idx.sigs),
      terms: { slotOf: new Int32Array(0) },
    };
    if (!kept) sigMarksOf.set(idx, { marks: m, lent: true });
  }
  return date ? m : { ...m, date: NO_MARKS };
}

/** The index's SigMarks back from a claim (a claim's own are let go of). */
export function giveBackSigMarks(idx: ReturnType<typeof indexOf>, m: SigMarks): void {
  const kept = sigMarksOf.get(idx);
  if (kept?.marks.claim === m.claim) kept.lent = false;
}

/**
 * The part of a year a date written as a bare year is of, as its words say: "the end of 2027", "late 2027", "2026년
 * 말까지", "2027년 중반", "early 2028", "2028년 초". The reader keeps only the year of these.
 */
type YearPart = 'early' | 'mid' | 'end';
const EN_YEAR_PART =
  /\b(?:(?:the\s+)?(end|close|start|beginning|middle)\s+of\s+|(late|early|mid)[-\s]+|(?:year-)?(end)-)$/i;
const KO_YEAR_PART = /^\s?연?(초반|중반|후반|말|초)(?=$|[\s,.)]|까지|께|에|부터|쯤|경|으로|로|은|는|이|가|을|의)/;
const PART_WORDS: Record<string, YearPart> = {
  end: 'end',
  close: 'end',
  late: 'end',
  말: 'end',
  후반: 'end',
  start: 'early',
  beginning: 'early',
  early: 'early',
  초: 'early',
  초반: 'early',
  middle: 'mid',
  mid: 'mid',
  중반: 'mid',
};
function yearPartIn(sentence: string, start: number, end: number, value: string): YearPart | undefined {
  if (!/^\d{4}$/.test(value)) return undefined;
  const ko = KO_YEAR_PART.exec(sentence.slice(end, end + 8));
  if (ko) return PART_WORDS[ko[1]];
  const en = EN_YEAR_PART.exec(sentence.slice(Math.max(0, start - 24), start));
  return en ? PART_WORDS[(en[1] ?? en[2] ?? en[3]).toLowerCase()] : undefined;
}
/**
 * Whether a date a source states (a month, a quarter, a half, or a year and its part) may lie in that part of the
 * claim's year; a date of another year is for the values to judge.
 */
function inYearPart(year: string, part: YearPart, value: string, sourcePart: YearPart | undefined): boolean {
  if (value.slice(0, 4) !== year) return true;
  if (/^\d{4}$/.test(value)) return sourcePart === undefined || sourcePart === part;
  const m = /^\d{4}-(\d{2})/.exec(value);
  const q = /^\d{4}-Q(\d)/.exec(value);
  const h = /^\d{4}-H(\d)/.exec(value);
  const months = m
    ? [Number(m[1])]
    : q
      ? [3 * Number(q[1]) - 2, 3 * Number(q[1])]
      : h
        ? [6 * Number(h[1]) - 5, 6 * Number(h[1])]
        : undefined;
  if (!months) return true;
  const [lo, hi] = [months[0], months[months.length - 1]];
  const [plo, phi] = part === 'early' ? [1, 4] : part === 'mid' ? [4, 9] : [9, 12];
  return lo <= phi && hi >= plo;
}

/** ofNamedPhases of a source figure in its sentence. */
function entryOfPhases(e: Entry): boolean {
  const sent = e.src.sentences[e.fig.sentence];
  return !!sent && ofNamedPhases(sent.text, e.fig.start - sent.start, e.fig.end - sent.start);
}

/** Whether a figure's change reading is a difference or increment (not a level, nor a level before a change). */
const isDifference = (c: Change | undefined): boolean => c !== undefined && c !== 'before';

/**
 * Periods a rate converts between: a year is twelve months, and 365 days as writers convert water a day to a year
 * ("2.1 million cubic metres a year", about 5,750 a day); a day is 24 hours. A month is no fixed number of days or
 * weeks.
 */
const PERIODS: Record<string, Record<string, number>> = {
  month: { year: 12 },
  year: { month: 1 / 12, day: 1 / 365 },
  day: { year: 365, hour: 1 / 24 },
  hour: { day: 24 },
};

/** The units of the same rate over another period ("USD/year" for "USD/month"), with what the value is multiplied by. */
function periodScale(unit: string): { unit: string; factor: number }[] {
  const slash = unit.lastIndexOf('/');
  const other = slash > 0 ? PERIODS[unit.slice(slash + 1)] : undefined;
  if (!other) return [];
  return Object.entries(other).map(([p, factor]) => ({ unit: `${unit.slice(0, slash)}/${p}`, factor }));
}

/**
 * The claim's interval with its value, bounds and step multiplied by `factor`: a step that is then no power of ten
 * makes it approximate by that step (values.ts interval), as a converted unit is.
 */
function scaledInterval(f: Figure, factor: number): Interval {
  const x = (v: string | undefined) => (v === undefined ? undefined : String(Number(v) * factor));
  return interval({
    text: f.text,
    value: x(f.value)!,
    low: x(f.low),
    high: x(f.high),
    precision: x(f.precision || '0')!,
    qualifier: f.qualifier,
  });
}

/**
 * Whether the claim's figure states a level, a difference or increment, or a level before a change (extract/change.ts),
 * or an addition as its clause calls it (additionOf); the sentence's readings are worked out once for all its figures
 * (sentenceChanges).
 */
function claimChangeOf(claimFig: ClaimFigure): Change | undefined {
  const r = claimChangeReading(claimFig);
  return r.own ?? r.addition;
}

/** claimChangeOf's two readings: the figure's own (extract/change.ts), and the addition its clause's words call it. */
function claimChangeReading(claimFig: ClaimFigure): { own?: Change; addition?: Change } {
  const text = claimFig.sentenceText;
  if (text === undefined) return {};
  const base = claimFig.sentenceStart ?? 0;
  const at = claimFig.start - base,
    end = claimFig.end - base;
  const figs = claimFig.sentenceFigures;
  if (!figs)
    return { own: changeOf(text, { start: at, end, kind: claimFig.kind, unit: claimFig.unit }, claimFig.lang) };
  const read = sentenceChanges(claimFig)!;
  let i = firstAt(figs, at);
  while (i < figs.length && figs[i].start === at && (figs[i].end !== end || figs[i].kind !== claimFig.kind)) i++;
  const own = i < figs.length && figs[i].start === at ? read.changes[i] : undefined;
  if (own) return { own };
  const addition = additionOf(claimFig, read.deltas.get(claimFig.kind) ?? 0, text);
  // (the rest named only after a part whose whole the sentence states, "하루 1만8천 톤 가운데 1만5천 톤을 하수처리수로,
  // 나머지를 해수 담수화로", is the whole less the part, left unstated: the part is no rest, nor added. Only there: "이
  // 가운데 2만1천 톤은 …, 나머지는 …" after a line that gives the whole is still read as before)
  if (addition === 'delta' && !ADDITION.test(text) && restOnlyAfter(text, end) && wholeOfPartIn(claimFig)) return {};
  return { addition };
}
/** Whether every word of the rest of a whole in `text` stands after offset `end`, and one does. */
function restOnlyAfter(text: string, end: number): boolean {
  let any = false;
  for (const m of text.matchAll(REMAINDER_ALL)) {
    if (m.index! < end) return false;
    any = true;
  }
  return any;
}

/** Words of the rest of a whole ("the remaining \$180 million", "나머지 600MW"), and words of an amount added to one. */
const REMAINDER = /\b(?:remaining|remainder)\b|나머지/i;
const ADDITION = /\b(?:additional|further|follow-on|extra|another|more)\b|추가/i;
const REMAINDER_ALL = new RegExp(REMAINDER.source, 'gi');

/**
 * Whether the claim's figure is read as an addition only because its clause calls it the rest of a whole ("so the
 * members pay the remaining \$180 million"): the rest is what is left of the whole, a level of that part, which a source
 * may state as a level ("That leaves \$180 million for the cooperative's members") as well as the rest.
 */
function remainderClaim(claimFig: ClaimFigure): boolean {
  const r = claimChangeReading(claimFig);
  const text = claimFig.sentenceText ?? '';
  return !r.own && r.addition === 'delta' && REMAINDER.test(text) && !ADDITION.test(text);
}

/** The claim's part of the venture, as partRelation needs it: one site, campus or phase, the whole, the places named. */
interface ClaimParts {
  part: boolean;
  phase: boolean;
  whole: boolean;
  /** Whether the claim states a difference or increment (then no source figure's clause makes it a total). */
  delta: boolean;
  /** The places the claim's sentence names (worked out when first asked). */
  places(): readonly string[];
  /**
   * Of them, those it names as a place for sure: a site's name ("the Luzon campus"), a name where a place stands ("in
   * Mariveles"), a place the lexicon knows. None of a Korean line: its names meet an English source's by sound only,
   * which does not tell a site from the town it is in (크반달 부지 / "The Narvik site", in Kvandal outside Narvik).
   */
  sitePlaces(): readonly string[];
  /** The noun the claim's figure measures when it stands before it ("a 200 MW cluster"): figureFacts measuredHead. */
  head?: string;
  /**
   * The places a line naming none of its own stands under: its heading's ("## Cimarron, Oklahoma"), else the one its
   * report's title names (worked out when first asked).
   */
  carried?(): readonly string[];
}

/**
 * Whether a source figure speaks of the claim's part (one site, phase) or of the whole: undefined when it speaks of
 * another part or the other of the two, so it neither supports nor refutes; else whether the part is known to be the
 * same (`partKnown`, needed to refute), and whether the source reads the claim's place in another script.
 */
function partRelation(
  claim: ClaimParts,
  e: Entry,
  narrowedAlike: boolean,
  w: TermWeights,
  /** The source sentence states the whole the claim's part is of, and this figure as another amount of it. */
  ofSameWhole = false,
): { partKnown: boolean; placeRead: boolean } | undefined {
  // A site's or a phase's figure and the venture's total are different amounts, both ways ("the site … 1.4 GW" /
  // "bring Stargate to nearly 7 gigawatts"). A part is refuted only by a part, and one site only by a sentence
  // about that site: a source part naming only other places is about them, one naming none may only support it.
  // An unmarked claim is likewise refuted by no source part.
  const es = entryScope(e);
  const entryPhase = es === 'phase' || shareOfEntry(e) === 'part';
  const entryPart = es === 'site' || entryPhase;
  const entryWhole = !claim.delta && (isTotal(es) || shareOfEntry(e) === 'whole');
  // …unless both measure the same noun as its modifier ("In total, Stargate UAE is a 200 MW cluster" / "Stargate UAE,
  // a 1-gigawatt cluster in Abu Dhabi"): what is measured is named, whatever the clause's words of whole or part say.
  const sameHead = claim.head !== undefined && entryHead(e) === claim.head;
  if (
    !sameHead &&
    ((claim.part && entryWhole && !entryPart) || (claim.whole && !claim.part && entryPart && !entryWhole))
  )
    return undefined;
  const cp = claim.part || entryPart ? claim.places() : [];
  // A part and an unmarked figure: the same site only when the source names the claim's place ("the Texas campus" /
  // "텍사스에 … 데이터센터 건설에 1000억달러"). A phase is refuted only by a sentence that speaks of phases (the first
  // 200 megawatts of a cluster not by the cluster's 1 gigawatt), and a phase of a source only by a claim's phase.
  const placeRead = claim.part && cp.length > 0 && readsPlace(cp, e);
  let partKnown =
    claim.part === entryPart ||
    claim.whole ||
    narrowedAlike ||
    (cp.length > 0 && (placesShared(cp, entryPlaces(e), w) || placeRead));
  // An unmarked figure of an article about one place, the claim's: its headline names that place and no other, and
  // the figure's sentence names no other ("Rio Bravo campus signs its two tenants" / "Oracle will lease 900 megawatts
  // of the campus …, and Microsoft has signed for 300 megawatts": the campus's 300, against "Microsoft has signed for
  // 900 megawatts at the Rio Bravo campus"). The article speaks of that site throughout, as the line does.
  if (
    !partKnown &&
    claim.part &&
    !entryPart &&
    !entryWhole &&
    es === undefined &&
    cp.length &&
    ofHeadlineSite(cp, e, w)
  )
    partKnown = true;
  // An unmarked line that names no place ("Planned capacity is 2.5 GW at full build-out" under "## Cimarron, Oklahoma")
  // is of the place its heading, or its report's title, names: a site's figure of a source sentence that names that
  // place ("the Cimarron campus"), or of an article whose headline is of that site alone, is of the same site.
  if (!partKnown && !claim.part && !claim.whole && es === 'site' && !cp.length && claim.carried) {
    const carried = claim.carried();
    if (
      carried.length &&
      (placesShared(carried, entryPlaces(e), w) || readsPlace(carried, e) || ofHeadlineSite(carried, e, w, true))
    )
      partKnown = true;
  }
  if (claim.phase ? !(entryPhase || speaksOfParts(e)) : es === 'phase') partKnown = false;
  if (ofSameWhole && claim.phase) partKnown = true;
  // A site's figure from an article that never names the claim's place (its own or another's, as its sentence
  // says or not) is another site's: it neither supports nor refutes ("the Michigan campus … 1,450 permanent jobs"
  // against a Wisconsin release's "about 1,000 long-term jobs").
  if (claim.part && cp.length && !articleNamesPlace(cp, e.src, w)) return undefined;
  // A sentence that names its site, another than the claim's, is of that site, both ways ("the Yufutsu campus was a
  // ¥2.4 trillion project" neither vouches for nor refutes "The Luzon campus will cost ¥2.4 trillion").
  // (The claim's places as such: a company's capitalized name is no site, "Bayou Compute plans to triple the site's …".)
  if (cp.length && entryPart) {
    const sn = entrySiteNames(e);
    const own = sn.length ? claim.sitePlaces() : [];
    if (
      own.length &&
      !placesShared(own, sn, w) &&
      !placesShared(cp, entryPlaces(e), w) &&
      !readsPlace(cp, e) &&
      // (not where the article writes one within the other: "in Kvandal outside Narvik" makes "The Narvik site"
      // Kvandal's)
      !writtenWithin(own, sn, e.src)
    )
      return undefined;
  }
  if (claim.part && entryPart) {
    const ep = entryPlaces(e);
    // Other names in the sentence, of an article that names the claim's places elsewhere: another site's, so the
    // sentence cannot refute; not a name the article never writes as a place, which is a company's ("Nscale did
    // not give a price, but … put the first phase at about \$2 billion").
    if (
      cp.length &&
      ep.length &&
      !placesShared(cp, ep, w) &&
      !readsPlace(cp, e) &&
      ep.some((p) => usedAsPlace(e.src, p))
    )
      partKnown = false;
  }
  // A total over several sites, the claim's among them, is not the one site an unmarked claim names ("Milam County
  // starts at 400 MW" / "The other two sites, in Lordstown, Ohio and Milam County, Texas, … could scale to 1.5
  // gigawatts"): neither supports nor refutes.
  if (!claim.whole && !claim.part && es === 'several' && !entryPart) {
    const named = claim.places();
    if (named.length && (placesShared(named, entryPlaces(e), w) || readsPlace(named, e))) return undefined;
  }
  return { partKnown, placeRead };
}

/**
 * Whether an English article writes a name of `a` and one of `b` as one place within or beside the other: "in Kvandal
 * outside Narvik", "Kvandal, near Narvik", "Narvik's Kvandal" (names as placesIn's terms; Korean ones are not looked
 * for). Read only where a site's name would set a figure aside.
 */
function writtenWithin(a: readonly string[], b: readonly string[], src: Source): boolean {
  return writtenWithinText(a, b, src.text);
}
/** writtenWithin in one text (a headline: `Cimarron campus near Guymon`). */
function writtenWithinText(a: readonly string[], b: readonly string[], text: string): boolean {
  const words = (l: readonly string[]) => l.filter((p) => p.startsWith('en:')).map((p) => p.slice(3));
  const wa = words(a),
    wb = words(b);
  if (!wa.length || !wb.length) return false;
  const alt = (l: string[]) => l.map(escapeRe).join('|');
  // (a site's noun may follow the first: "Cimarron campus near Guymon")
  const between =
    "(?:\\s+(?:campus|site|project|plant|park|cluster))?(?:\\s*,\\s*|\\s+(?:outside|near|in|at|of|by|close\\s+to)\\s+|['’]s\\s+)";
  const re = new RegExp(
    `\\b(?:(?:${alt(wa)})\\w*${between}(?:the\\s+)?(?:${alt(wb)})|(?:${alt(wb)})\\w*${between}(?:the\\s+)?(?:${alt(wa)}))`,
    'i',
  );
  return re.test(text);
}

/**
 * Whether a source figure's own clause names places, none of them the claim's `cp`, while its sentence names the
 * claim's places in another clause (entryClausePlaces): the figure is of the place of its clause.
 */
function clauseOfAnotherPlace(cp: readonly string[], e: Entry, w: TermWeights, sitesOnly = false): boolean {
  if (!cp.length) return false;
  // (first from the stored subject, its text unread: the claim's places named in the sentence, none in the clause)
  let inSentence = false;
  for (const p of cp) {
    const at = e.terms.weightOf(p);
    if (at === undefined) continue;
    // (a name is a content word, WORD_WEIGHT of where it stands; a place the lexicon knows, a concept: in the clause
    // 0.6 or 1, in the sentence 0.3 or SENTENCE_WEIGHT; less is the text around)
    if (at >= WORD_WEIGHT) return false;
    if (Math.abs(at - SENTENCE_WEIGHT) < 1e-9 || Math.abs(at - WORD_WEIGHT * SENTENCE_WEIGHT) < 1e-9) inSentence = true;
  }
  if (!inSentence) return false;
  const sp = sentencePlaces(e.src, e.fig.sentence);
  if (sp.length < 2 || !placesShared(cp, sp, w)) return false;
  const own = entryClausePlaces(e, sitesOnly);
  return !!own?.length && !placesShared(cp, own, w) && !readsPlace(cp, e);
}

/**
 * Whether a Korean word written before a site's noun is shaped as a foreign place's name (foreignNameShaped) that the
 * lexicon does not know, and is no word with its particle ("1단계에는 데이터센터" gives 단계에는).
 */
function koPlaceName(x: string): boolean {
  return foreignNameShaped(x) && !KO_PARTICLE_END.test(x) && !termsIn(x, 'ko').length;
}
const KO_PARTICLE_END = /(?:은|는|이|가|을|를|에|의|도|로|와|과|서|만)$/;

/**
 * The English terms a corpus spells a Korean word with (by sound, or a pair the corpus learned; not the domain
 * vocabulary's translations, which common words have): a foreign name's, 겔밈 for Guelmim. None for a word of no name.
 */
function latinSpellings(word: string, w: TermWeights): number[] {
  const t = wordTerm(word);
  if (!t || !t.startsWith('ko:')) return [];
  const links = w.linked(w.terms.id(t));
  if (!links.length || w.linkedByVocabOnly(links)) return [];
  return links.filter((id) => w.terms.name(id).startsWith('en:'));
}

/**
 * Whether a source figure's stored subject holds term `t` from its own sentence or clause (a content word weighs
 * WORD_WEIGHT there, SENTENCE_WEIGHT of that outside the clause; less is the text around): no text read.
 */
function namedInSentence(e: Entry, t: string | null): boolean {
  const at = t ? e.terms.weightOf(t) : undefined;
  return at !== undefined && at >= WORD_WEIGHT * SENTENCE_WEIGHT - 1e-9;
}

/**
 * Whether a Korean source figure's sentence names a site before its noun or phase, a name the corpus spells in Latin
 * letters, and none of the line's sites (`mine`, koSitesOfClaim), neither so nor anywhere in the sentence (its stored
 * subject: no text read), nor one spelled alike.
 */
function ofAnotherKoSite(mine: readonly string[], e: Entry, w: TermWeights, shaped = false): boolean {
  const theirs = entryKoSites(e);
  if (!theirs.length || theirs.some((x) => mine.includes(x))) return false;
  if (mine.some((m) => namedInSentence(e, wordTerm(m)))) return false;
  const ours = new Set(mine.flatMap((m) => latinSpellings(m, w)));
  let named = false;
  for (const x of theirs) {
    const spelled = latinSpellings(x, w);
    if (spelled.some((id) => ours.has(id))) return false;
    // (`shaped`: or a name shaped as a foreign place's that the lexicon does not know, "응이선 캠퍼스는", which the corpus
    // may write in Latin letters as words of its own, "Nghi Son")
    if (spelled.length || (shaped && koPlaceName(x))) named = true;
  }
  return named;
}

/**
 * Whether an English source figure's sentence names a site as such (entrySiteNames: "its Quilicura campus") and none of
 * the Latin spellings the corpus has for the Korean line's sites (`mine`), neither so nor anywhere in the sentence.
 */
function ofAnotherLatinSite(mine: readonly string[], e: Entry, w: TermWeights): boolean {
  const ours = new Set(mine.flatMap((m) => latinSpellings(m, w)).map((id) => w.terms.name(id)));
  for (const t of ours) if (namedInSentence(e, t)) return false;
  const sn = entrySiteNames(e);
  return sn.length > 0 && !sn.some((x) => ours.has(x));
}

/**
 * Moves from `scored` to `named` each source figure `apart` sets aside, asked only of those that would judge, closest
 * first, as each is set aside (`ask`: which of them a rule asks; never the figure that restates the line, nor one via an
 * equivalent amount): for rules that read a source's text, which judging those figures reads anyway.
 */
function setAsideClosest(
  scored: Scored[],
  named: Named[],
  restated: Entry | undefined,
  ask: (s: Scored) => boolean,
  apart: (e: Entry, s: Scored) => boolean,
): void {
  const asked = new Set<Scored>();
  for (;;) {
    const best = scored.reduce((m, s) => Math.max(m, s.score), 0);
    const next = scored.find((s) => ask(s) && !asked.has(s) && s.score >= best * GROUP_RATIO);
    if (!next) break;
    asked.add(next);
    if (next.entry && !next.via && next.entry !== restated && apart(next.entry, next))
      moveWhere(scored, named, (s) => s === next);
  }
}

/**
 * A verb of change, at most three words and "to" right before a figure ("rose to", "takes concrete to about", "was
 * lengthened to"): the figure is the level the change came to.
 */
const CHANGED_TO =
  /\b(?:rose|risen|rises|raised|raises|increased|increases|grew|grown|grows|climbed|jumped|fell|fallen|falls|dropped|cut|cuts|reduced|reduces|lowered|lowers|revised|lengthened|extended|expanded|widened|deepened|shortened|lifted|lifts|boosted|boosts|brought|brings|took|takes|taken)\b(?:\s+[\p{L}'’-]+){0,3}?\s+to\s+(?:(?:about|some|roughly|nearly|around|almost|approximately)\s+)?$/iu;
/** How far before a figure CHANGED_TO is read. */
const CHANGED_TO_REACH = 60;

/** Agreeing sources weaker on the subject than a contradicting one are moved from `scored` to `named`. */
function setAsideWeaker(
  claimFig: Figure,
  scored: Scored[],
  named: Named[],
  cited: string[],
  /** The kept sources that count the claim's noun narrowed as the claim does (collectEvidence's narrowedSame). */
  narrowed?: ReadonlySet<Scored>,
): void {
  // A source about the claim's own company that contradicts it outweighs one about other companies that happens
  // to state the same value ("라피더스 … 3나노": Rapidus's sentence says 2나노, Samsung's says 3나노 이상).
  const own = entitiesOf(claimFig, 1);
  if (own.length && scored.some((s) => !s.agrees && s.score >= MIN_SCORE && namesAny(s, own))) {
    moveWhere(scored, named, (s) => s.agrees && !namesAny(s, own) && entitiesOf(s, SENTENCE_WEIGHT).length > 0);
  }
  // A source that contradicts the claim on the subject (every disagreeing entry kept here does) outweighs one
  // that shares a single term with it and happens to state the value: "invest \$500 billion over five years" is
  // the sources' 4년, not Kioxia's "10여 년 전". A cited source still counts. So does one that counts the claim's noun
  // narrowed as the claim does (`narrowed`: "5,200 workers during construction" for "Construction will employ up to
  // 5,200 people") where no refuter shares more words with the claim: refuters kept on a single shared word and that
  // same narrowing word ("2,200 workers … at the peak of construction", another site's) are no closer to its subject.
  const against = scored.reduce((m, s) => (s.agrees ? m : Math.max(m, s.count ?? MIN_SHARED_TERMS)), -1);
  if (against >= 0) {
    moveWhere(
      scored,
      named,
      (s) =>
        s.agrees &&
        s.count !== undefined &&
        s.count < MIN_SHARED_TERMS &&
        !(narrowed?.has(s) && s.count >= against) &&
        !cited.includes(s.src.key),
    );
  }
}

/** The group the claim is judged against (closest first), and of it the judges: the cited sources when they speak of the subject. */
function pickJudges(scored: Scored[], cited: string[]): { group: Scored[]; judges: Scored[] } {
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
  return { group, judges };
}

/**
 * A date vouched for only by sources coarser than it ("March 2026" for "2026년 하반기": the year alone), against a source
 * that states a year and the claim's part of it on its subject, another value ("쿨라바 첫 홀은 2027년 하반기 목표"), at
 * least twice as close: the year the coarse sources share is another event's, and the close one judges.
 */
function coarseOutweighed(judges: readonly Scored[], claim: string): boolean {
  let agreeing = 0,
    against = 0;
  for (const s of judges) {
    if (s.agrees) agreeing = Math.max(agreeing, s.score);
    // (a date with its year: "11월" alone says less than the coarse "2025" beside it)
    else if (s.entry && /^\d{4}/.test(s.entry.sigFig.value) && !coarserDate(s.entry.sigFig.value, claim))
      against = Math.max(against, s.score);
  }
  return against >= MIN_SCORE && against >= COARSE_RATIO * agreeing;
}
/** How much closer the source that states the claim's part must be than the coarse ones. */
const COARSE_RATIO = 2;

/** The claim with its status and sources, and the finding when it is not supported. */
function verdictOf(
  claimFig: ClaimFigure,
  cited: string[],
  unsupported: Severity | 'off',
  e: {
    group: Scored[];
    judges: Scored[];
    scored: Scored[];
    named: Named[];
    distributive: boolean;
    /** A source states the value for a part of the site (a phase, a plant) the claim gives as the whole. */
    partOnly?: boolean;
  },
): { claim: Claim; finding?: Finding } {
  const { group, judges, scored, named, distributive, partOnly } = e;
  const supported = judges.some((s) => s.agrees);
  // "2028" agrees with "the first half of 2028" on the year and says nothing of the half: a source whose date is
  // coarser than the claim's weighs as agreeing against a contradiction, but alone it is no ✓ (unknown).
  const confirmed =
    claimFig.kind !== 'date' ||
    judges.some((s) => s.agrees && !(s.entry && coarserDate(s.entry.sigFig.value, claimFig.value)));
  // A ✓ needs its evidence to be about the claim's subject at least as much as the evidence against it: the same
  // amount stated of something that shares a word with the claim ("over the next ten years" of a pledge) beside a
  // source that states another amount of the claim's very subject ("$50 million over 20 years to a community
  // benefit fund") is no confirmation. Not a contradiction either (the README's rule that a closer source outweighs
  // an agreeing one flagged true lines): the claim is left unknown, with every source in the hover; unless no agreeing
  // source is even close enough to be named and the contradicting one is far closer (overwhelms).
  const outweighed = supported && outweighs(judges, scored, cited);
  const overwhelmed =
    (outweighed && overwhelms(judges, scored, claimFig.lang)) ||
    (supported && !confirmed && coarseOutweighed(judges, claimFig.value));
  // "each", "각각": an amount per member is not the total the sources state, so it cannot contradict it.
  const status: Claim['status'] = !group.length
    ? 'unsupported'
    : overwhelmed
      ? 'conflicting'
      : outweighed
        ? 'unknown'
        : supported
          ? confirmed
            ? 'supported'
            : 'unknown'
          : distributive
            ? 'unsupported'
            : 'conflicting';
  const lang = claimFig.lang;

  // Best first for Go to Definition (sourceRank), then closeness.
  const rank = (s: Scored) =>
    sourceRank(cited.includes(s.src.key), s.agrees, s.unit === claimFig.unit, s.lang === claimFig.lang);
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
  if (status === 'supported' || status === 'unknown' || (distributive && group.length)) return { claim };
  if (status === 'unsupported') {
    // A count of something the domain does not know ("4 editors") is no claim about the sources; people its clause
    // gives as employed are (employedCount: "expected to employ 35 people in permanent jobs").
    if (
      unsupported === 'off' ||
      !REPORT_UNSUPPORTED.has(claimFig.kind) ||
      (claimFig.kind === 'count' &&
        !nounTerms(claimFig.noun, lang).length &&
        !nounTerms(koCountedBefore(claimFig), lang).length &&
        !employedCount(claimFig))
    )
      return { claim };
    return {
      claim,
      finding: {
        code: 'figure-unsupported',
        severity: unsupported,
        range: claimFig.range,
        claim,
        message: (partOnly ? figurePartOnlyMessage : figureUnsupportedMessage)(describeFigure(claimFig, lang), lang),
        fixes: [],
      },
    };
  }
  // Conflicting: name every version the judging sources give.
  return { claim, finding: mismatchFinding(claimFig, claim, judges, scored, named) };
}

/**
 * The noun a Korean count of people written with 명 stands after ("현지 인력 800명을", "건설 근로자 약 2,000명"): what 명
 * counts, as the noun before 기 says what 기 counts. Read only to tell a count of something the domain knows (인력 is
 * the workforce) from one it does not, when no source speaks of it; not what the count is compared by.
 */
function koCountedBefore(f: ClaimFigure): string | undefined {
  if (f.lang !== 'ko' || f.noun !== '명' || f.sentenceText === undefined) return undefined;
  const before = f.sentenceText.slice(0, f.start - (f.sentenceStart ?? 0));
  // (past the day the count is given as of, to the noun it stands after: "종사자는 2025년 말 기준 1만 2,400명",
  // "직원 수는 10월 현재 320명")
  const asOf = KO_AS_OF_BEFORE_COUNT.exec(before);
  if (asOf) return KO_TOPIC_BEFORE.exec(before.slice(0, asOf.index))?.[1];
  return KO_NOUN_BEFORE_COUNT.exec(before)?.[1];
}
/** A date the count is given as of, right before it: "2025년 말 기준 ", "2026년 10월 현재 ", "9월 말 기준으로 ". */
const KO_AS_OF_BEFORE_COUNT =
  /\s(?:\d{4}년\s?)?(?:\d{1,2}월\s?)?(?:\d{1,2}일\s?)?(?:말|초|중순|상반기|하반기)?\s?(?:기준(?:으로)?|현재)\s+(?:(?:약|최대|최소|총|무려|모두)\s+)?$/;
/** The noun a clause opens on before its date, its topic or subject particle off: "종사자는", "인력이", "직원 수는". */
const KO_TOPIC_BEFORE = /([\uac00-\ud7a3]{2,}?)(?:\s수)?(?:은|는|이|가)?\s*$/;
/**
 * An English count of people its clause gives as employed or hired ("expected to employ 35 people in permanent jobs",
 * "will hire about 200 people", "60 people in full-time jobs"): a count of jobs, which the domain knows, though "people"
 * is no word of it. Read only to tell it from a count of something the domain does not know when no source speaks of it.
 */
function employedCount(f: ClaimFigure): boolean {
  if (f.lang !== 'en' || f.unit !== 'people' || f.sentenceText === undefined) return false;
  const { start: at, end } = spanInSentence(f);
  return (
    EN_EMPLOYS_BEFORE.test(f.sentenceText.slice(Math.max(0, at - 40), at)) ||
    EN_IN_JOBS_AFTER.test(f.sentenceText.slice(end, end + 40))
  );
}
const EN_EMPLOYS_BEFORE =
  /\b(?:employ|employs|employed|employing|hire|hires|hired|hiring|recruit|recruits|recruited|recruiting)\s+(?:(?:about|around|roughly|some|nearly|up\s+to|at\s+least|more\s+than|over)\s+)?$/i;
const EN_IN_JOBS_AFTER =
  /^\s+(?:in|into|for)\s+(?:(?:new|permanent|full-time|part-time|direct|local|skilled)\s+){0,2}(?:jobs|positions|roles)\b/i;
/** The word right before a count, past a word of approximation or bound ("인력 약 800명", "근로자 최대 2,000명"). */
const KO_NOUN_BEFORE_COUNT = /([\uac00-\ud7a3]{2,})\s+(?:(?:약|최대|최소|총|무려|모두)\s+)?$/;

/**
 * The names of the claim's sentence the entry's sentence counts as members of what it totals ("영천을 포함해 …
 * 국내 데이터센터 4곳에 총 9조원", "도마코마이를 포함해", "…, including Lake Arthur"; entryMembers): then the entry's amount is a
 * whole that holds the claim's place or company, not its own. Asked only of a claim sentence that names no members
 * itself (with them, the two state the same total).
 */
function claimMembersIn(e: Entry, claimText: string): string[] {
  return entryMembers(e).filter((m) => claimText.includes(m));
}

/**
 * A claim's words for what a company has or runs already ("already operates", "already has", "이미 … 운영"; not "already
 * under construction", which is one more thing to come).
 */
const ALREADY =
  /\balready\s+(?:operates|operated|runs|ran|owns|owned|has|had|holds|held|employs|employed|generates|produces|hosts|serves|is\s+(?:running|operating|online)|running|operating)\b|이미\s(?:\S+\s){0,3}?\S*(?:운영|보유|가동|고용)/i;

/** Whether a contradicting source is OUTWEIGHS times closer to the subject than every agreeing judge (none cited). */
function outweighs(judges: readonly Scored[], scored: readonly Scored[], cited: readonly string[]): boolean {
  let best = 0;
  for (const s of judges)
    if (s.agrees) {
      if (cited.includes(s.src.key)) return false;
      best = Math.max(best, s.score);
    }
  return scored.some((s) => !s.agrees && s.score >= MIN_SCORE && s.score >= OUTWEIGHS * best);
}

/**
 * Whether the evidence against an outweighed claim is strong enough to call it wrong: every agreeing source too far from
 * the claim's subject to be named beside a version (below MIN_SCORE_NAMED: "April 2028" of a compliance report for
 * "the first building … the second quarter of 2028"), and a contradicting one at OUTWEIGHS times that bar with the
 * shared terms a contradiction needs ("The first building is on schedule to be energized in the second quarter of
 * 2027"). Between the two (an agreeing source that is named, a contradiction less close) the claim stays unknown.
 */
function overwhelms(judges: readonly Scored[], scored: readonly Scored[], lang: string): boolean {
  let best: Scored | undefined;
  for (const s of judges) {
    if (!s.agrees) continue;
    if (s.score >= MIN_SCORE_NAMED) return false;
    if (!best || s.score > best.score) best = s;
  }
  // Across languages a subject is matched through linked words and scores lower whatever it is about: a low score
  // there is no sign of another subject ("48 trillion won total" against "총사업비가 48조 원으로"), so both sides must
  // be in the claim's language.
  if (!best || best.lang !== lang) return false;
  return scored.some(
    (s) => !s.agrees && s.lang === lang && s.score >= OUTWEIGHS * MIN_SCORE_NAMED && (s.count ?? 0) >= MIN_SHARED_TERMS,
  );
}

/** A dateline's date figure as the day its sentence dates the event by (datelineDaysAt): the dateline, with that day. */
function datelined(e: Entry, day: string): Figure {
  const f = e.fig;
  return {
    text: f.text,
    range: f.range,
    start: f.start,
    end: f.end,
    value: day,
    unit: 'date',
    kind: 'date',
    qualifier: 'exact',
    precision: f.precision,
    lang: f.lang,
    sentence: f.sentence,
    subject: e.subject,
  };
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
  return new Scored(undefined, fig, src, 1, true);
}

/**
 * The places a line's own sentence names (placesIn), but a common word capitalized only as it opens an English sentence
 * ("Construction will employ about 1,900 people …", "Seawater cooling will draw …"; commonFirstOff): no place of the
 * line's, so no source sentence that opens on it too ("Construction will employ up to 2,600 people …" of another
 * country's campus) is of the line's place, and no article that never writes it is of another.
 */
function linePlaces(text: string, lang: Lang, figures: readonly Span[]): string[] {
  const all = placesIn(text, lang, figures);
  if (lang !== 'en' || !all.length) return all;
  const rest = commonFirstOff(text);
  if (rest === text) return all;
  const first = placesIn(text.slice(0, text.length - rest.length), 'en', []);
  return first.length ? all.filter((p) => !first.includes(p)) : all;
}

/** The romanized words of a Korean article (scope.ts, readingsIn): 해남 as Haenam. Worked out once per source. */
const readingsOfArticle = new WeakMap<Source, Set<string>>();
function articleReadings(src: Source): Set<string> {
  let r = readingsOfArticle.get(src);
  if (!r) {
    r = new Set();
    for (const sent of src.sentences) if (sent.lang === 'ko') for (const x of readingsIn(sent.text, 'ko')) r.add(x);
    readingsOfArticle.set(src, r);
  }
  return r;
}

/**
 * The places a heading names, as term names: an English heading that is a place and where it is ("Saemangeum, South
 * Korea"), or in a Korean one a name shaped like a transliteration right after a country ("미국 와이오밍", "호주 와이앨라").
 * Other words of a heading are no place ("프로젝트 요약 보고서").
 */
function regionsIn(heading: string): string[] {
  const named = enPlacesBesideCountry(heading);
  if (named) return named;
  // "Saemangeum, South Korea", "Pinal County, Arizona: the hearing": a place and the state or country it is in, as a
  // dateline writes it; the place is the heading's.
  const en = EN_PLACE_HEADING.exec(heading);
  if (en) return placesIn(en[1], 'en', []);
  const out: string[] = [];
  for (const h of termsIn(heading, 'ko')) {
    if (concept(h.id)?.type !== 'country') continue;
    // (a word for "at home", "국내 공급망", "우리나라 기업": what follows is what is domestic, no place of the country)
    if (KO_DOMESTIC.test(heading.slice(h.start, h.end))) continue;
    const m = /^\s+([\uac00-\ud7a3]+)/.exec(heading.slice(h.end));
    const t = m && wordTerm(m[1]);
    if (t && t.startsWith('ko:') && isPlaceWord(t)) out.push(t);
  }
  // "3. 홋카이도 도마코마이 캠퍼스": the names before a site's noun, those shaped like a place's (a native name such as
  // 울산 is not read as one anywhere, so it would leave every article elsewhere) and no lexicon word.
  const site = KO_SITE_HEADING.exec(heading);
  if (site)
    for (const w of site[1].split(/\s+/)) {
      const t = w && wordTerm(w);
      if (t && t.startsWith('ko:') && isPlaceWord(t) && !termsIn(w, 'ko').length && !out.includes(t)) out.push(t);
    }
  return out;
}

/** Korean words for one's own country that stand before what is domestic, not before a place: 국내, 우리나라. */
const KO_DOMESTIC = /^(?:국내|우리나라)$/;

/** Where an English heading's parts meet: a comma, colon, bar or bracket, or a dash ("Kulai — Malaysia"). */
const EN_HEADING_PARTS = /\s*(?:[,:;|()[\]]|\s[-–—]\s|[–—])\s*/;
/** A part of a heading that is a name: up to four capitalized words ("Bukit Leman", "Nakuru County"). */
const EN_NAME_PART = /^(?:[A-Z][\p{L}'’.-]*\s+){0,3}[A-Z][\p{L}'’.-]*$/u;

/**
 * The parts of an English heading made of names only, as a memo heads a site's section ("Nebraska: Sandhill Wind",
 * "Kansas — Cimarron Ridge"): two or more, each up to four capitalized words. Whether they are places the heading
 * cannot say ("Outlook: Key Risks" has the same shape): the report's own writing of one as a place does (check.ts).
 */
export function headingNameParts(heading: string): string[] | undefined {
  const parts = headingParts(heading);
  return parts && parts.length >= 2 && parts.every((x) => EN_NAME_PART.test(x)) ? parts : undefined;
}

/**
 * The name an English heading opens with, alone ("## Querétaro") or before its subtitle ("## Ulsan: the grid is the
 * scarce thing", "## Abilene, the flagship"), as a section on one site is headed. Whether it is a place the heading
 * cannot say ("## Outlook", "## Oracle: the new tenant"): the report's own writing of it as a place does (check.ts).
 */
export function headingLeadName(heading: string): string[] | undefined {
  const parts = headingParts(heading);
  return parts?.length && EN_NAME_PART.test(parts[0]) ? [parts[0]] : undefined;
}

/**
 * The names of a Korean heading that heads a site's section by place, as an English one does ("## Crow Creek,
 * Wyoming"), though the lexicon knows none of them: two to four words, each shaped like a transliteration or a place
 * the lexicon knows, beside a sibling (the report's other headings of its level, `siblings`) of that shape that opens on a place
 * the lexicon knows ("## 와이오밍 크로 크릭" beside "## 텍사스 포트 알메다"): the report heads its sections by state and
 * site. Undefined when it is no such heading ("## 주요 리스크", "## 사업 개요": no sibling opens on a place).
 */
export function koHeadingPlaces(heading: string, siblings: readonly string[]): string[] | undefined {
  const names = koNameWords(heading);
  if (!names) return undefined;
  // (a heading that opens on a place the lexicon knows, "## 텍사스 포트 알메다", gives its lines that place already, as a
  // word of their subject; it is read as before)
  if (opensOnPlace(heading) || !siblings.some((x) => x !== heading && opensOnPlace(x))) return undefined;
  const out: string[] = [];
  for (const w of names) {
    const hits = termsIn(w, 'ko');
    const t = hits.length ? hits[0].id : wordTerm(w);
    if (t && !out.includes(t)) out.push(t);
  }
  return out.length ? out : undefined;
}
/**
 * The words of a Korean heading of names (its number off), each a place the lexicon knows or a word shaped like a
 * transliteration that the lexicon does not know.
 */
function koNameWords(heading: string): string[] | undefined {
  const words = heading
    .trim()
    .replace(/^\d+[.)]\s*/, '')
    .split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^[\uac00-\ud7a3]{2,}$/.test(w))) return undefined;
  let named = 0;
  for (const w of words) {
    const hits = termsIn(w, 'ko');
    if (!hits.length) {
      // (a name shaped like a transliteration, 와이오밍 or 크릭, not a common word: 주요, 개요, 전망)
      if (!isPlaceWord(`ko:${w}`)) return undefined;
      named++;
      continue;
    }
    if (hits.length > 1 || !isLexiconPlace(hits[0].id) || hits[0].start !== 0 || hits[0].end !== w.length)
      return undefined;
  }
  // (a name of its own, not places of the lexicon alone: "## 미국 텍사스" is regionsIn's)
  return named ? words : undefined;
}
/** Whether a lexicon concept is a place: a country, or one of no type written as a proper noun (Texas). */
function isLexiconPlace(id: string): boolean {
  const c = concept(id);
  return !!c && (c.type === 'country' || ((!c.type || !!c.place) && /^[A-Z]/.test(c.en[0] ?? '')));
}
/** Whether a Korean heading of two to four words opens on a place the lexicon knows ("텍사스 포트 알메다"). */
function opensOnPlace(heading: string): boolean {
  const words = heading
    .trim()
    .replace(/^\d+[.)]\s*/, '')
    .split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^[\uac00-\ud7a3]{2,}$/.test(w))) return false;
  const first = words[0];
  const hits = termsIn(first, 'ko');
  return hits.length === 1 && hits[0].start === 0 && hits[0].end === first.length && isLexiconPlace(hits[0].id);
}

/** The parts of an English heading, its number off ("2. Kulai, Johor: …"); undefined for a Korean one. */
function headingParts(heading: string): string[] | undefined {
  if (/[\uac00-\ud7a3]/.test(heading)) return undefined;
  return heading
    .trim()
    .replace(/^\d+[.)]\s*/, '')
    .split(EN_HEADING_PARTS)
    .filter((x) => x.length > 0);
}

/** Whether a part of an English heading is a country and nothing else ("Malaysia", "the United Kingdom"). */
function isCountryPart(part: string): boolean {
  const hits = termsIn(part, 'en');
  return (
    hits.length === 1 &&
    concept(hits[0].id)?.type === 'country' &&
    /^(?:the\s+)?$/i.test(part.slice(0, hits[0].start)) &&
    hits[0].end === part.length
  );
}

/**
 * The places of an English heading that names a country as one of its parts, as news and reports name a site: "Kulai,
 * Johor, Malaysia", "Malaysia: Kulai", "Kulai (Malaysia)", "Kulai — Malaysia", "Nakuru County, Kenya: Kilima Ridge".
 * Its other parts that are names are the place (the town, and the region it is in); a part that is no name ("for
 * comparison") is not. Undefined when no part is a country: the heading is read as before.
 */
function enPlacesBesideCountry(heading: string): string[] | undefined {
  const parts = headingParts(heading);
  if (!parts || parts.length < 2 || !parts.some(isCountryPart)) return undefined;
  const out: string[] = [];
  for (const part of parts)
    if (EN_NAME_PART.test(part) && !isCountryPart(part))
      for (const t of placesIn(part, 'en', [])) if (!out.includes(t)) out.push(t);
  return out;
}

/** A Korean heading that names a site: up to three words and the site's noun ("2. 홋카이도 도마코마이 캠퍼스"). */
const KO_SITE_HEADING =
  /^\s*(?:\d+[.)]\s*)?((?:[\uac00-\ud7a3]+\s+){1,3})(?:AI\s?)?(?:캠퍼스|데이터\s?센터|부지|단지|사업장|프로젝트)(?:\s|$)/;

const countriesOfArticle = new WeakMap<Source, Set<string>>();
/** The countries an article names anywhere (lexicon concepts of type country), worked out once. */
function articleCountries(src: Source): Set<string> {
  let out = countriesOfArticle.get(src);
  if (!out) {
    out = new Set();
    for (const sent of src.sentences)
      for (const h of termsIn(sent.text, sent.lang)) if (concept(h.id)?.type === 'country') out.add(h.id);
    countriesOfArticle.set(src, out);
  }
  return out;
}

/**
 * Whether an article names one of the claim's places: as a place it names, or a Korean name read in Latin letters.
 * `named`: the same name in either script only, no pair the corpus learned (placesShared).
 */
function articleNamesPlace(cp: readonly string[], src: Source, w: TermWeights, named = false): boolean {
  if (placesShared(cp, articlePlaces(src), w, named)) return true;
  // (a factbox's heading in capitals names its place as well: "GANGNEUNG, SOUTH KOREA" over its items)
  const sp = sectionPlacesOf(src);
  if (sp.size && placesShared(cp, [...sp], w, named)) return true;
  const r = articleReadings(src);
  return cp.some((p) => r.has(p));
}

/** What an article's headline names: its places (headlinePlaces), every name in it, and its readings of Korean names. */
interface HeadlineNames {
  places: string[];
  all: string[];
  read: Set<string>;
}
const headlineNamesOf = new WeakMap<Source, HeadlineNames>();
/**
 * The places an article's headline names that the article writes as places: in English a name it writes where a place
 * stands (usedAsPlace), in Korean no lexicon word, one shaped like a place's that the article writes twice at least
 * (새만금 of `새만금 스타게이트 AI 캠퍼스 기공식 축사`, not 기공식 or 축사) or one it writes before a site's noun (`포항
 * 캠퍼스는`: a native name is not shaped like a transliteration); beside them every name of the headline, a place or
 * not, and its readings. Worked out once an article.
 */
function headlineNames(src: Source): HeadlineNames {
  let out = headlineNamesOf.get(src);
  if (out) return out;
  const title = src.meta.title ?? '';
  const ko = /[\uac00-\ud7a3]/.test(title);
  let sites: string[] | undefined;
  const places = !title
    ? []
    : ko
      ? (title.match(/[\uac00-\ud7a3]{2,}/g) ?? []).flatMap((w) => {
          const t = wordTerm(w);
          const name = t?.slice(3) ?? '';
          return t?.startsWith('ko:') &&
            !termsIn(name, 'ko').length &&
            ((isPlaceWord(t) && writtenTwice(src.text, name)) || (sites ??= koSiteWordsIn(src.text)).includes(name))
            ? [t]
            : [];
        })
      : placesIn(title, 'en', []).filter((p) => usedAsPlace(src, p));
  // (the rest asked only of an article whose headline names a place)
  out = places.length
    ? { places, all: placesIn(title, ko ? 'ko' : 'en', []), read: readingsIn(title, 'ko') }
    : { places, all: [], read: new Set() };
  headlineNamesOf.set(src, out);
  return out;
}

/**
 * Whether a source figure is of the place its article's headline names, not of the claim's: the headline names places,
 * none of them the claim's nor another name of the heading the claim stands under (the state of `## Cinder Flats,
 * Utah`), and neither the figure's sentence nor the few before it names the claim's place.
 */
function aboutHeadlinePlace(
  cp: readonly string[],
  heading: readonly string[],
  e: Entry,
  w: TermWeights,
  own: readonly string[] = [],
): boolean {
  const { places: hp, all, read } = headlineNames(e.src);
  if (!hp.length) return false;
  // (nor when the line's own sentence names the headline's place: under "## Supply chain: Jeonbuk, Korea", "… awarded
  // on 20 May to Dongjin Powertech of Jeongeup for KRW 162bn" is of Jeongeup, which "From Jeongeup to Ventspils" is of)
  if (placesShared(own, hp, w)) return false;
  // (the claim's names against every name of the headline, a place or not: "Red Mesa data center plan grows again as
  // Basin Compute doubles down on Laramie County" is of Red Mesa)
  if (placesShared(cp, all, w) || placesShared(heading, all, w) || placesShared(cp, hp, w)) return false;
  if (cp.some((p) => read.has(p)) || heading.some((p) => read.has(p))) return false;
  for (let j = e.fig.sentence; j >= 0 && j >= e.fig.sentence - PLACE_BACK; j--)
    if (placesShared(cp, sentencePlaces(e.src, j), w) || readsPlace(cp, e, j)) return false;
  return true;
}

/**
 * Whether a source figure is of the one place its article's headline names, a place of the claim's (partRelation):
 * the headline names one of the claim's places and no other name (a lexicon concept such as a state or a country is
 * where the site is, no other site), and the figure's sentence names no other place the article writes as one.
 */
function ofHeadlineSite(cp: readonly string[], e: Entry, w: TermWeights, within = false): boolean {
  const title = e.src.meta.title;
  if (!title) return false;
  const named = placesIn(title, /[\uac00-\ud7a3]/.test(title) ? 'ko' : 'en', []);
  const apart = (p: string) => !cp.includes(p) && !placesShared([p], cp, w);
  const mine = named.filter((p) => !apart(p));
  if (!mine.length) return false;
  // (a word of a name the claim's is written as, "rio" of "riobravo", is that name)
  const other = (p: string) => apart(p) && !mine.some((m) => m.slice(0, 3) === p.slice(0, 3) && m.includes(p.slice(3)));
  // (`within`: nor a place the article writes the claim's place within or beside, "Cimarron campus near Guymon", read
  // in the headline itself; nor, for a line of the place its heading carries, a name the article never writes where a
  // place stands, a developer's or a buyer's: "Vantage Data Centers, OpenAI and Oracle Announce Stargate Wisconsin" is
  // of Wisconsin's site. Its place uses are read once an article, as the figure's own sentence's are below)
  const elsewhere = (p: string) =>
    other(p) && !(within && (writtenWithinText(mine, [p], title) || !usedAsPlace(e.src, p)));
  if (named.some((p) => (p.startsWith('en:') || p.startsWith('ko:')) && elsewhere(p))) return false;
  return !entryPlaces(e).some((p) => usedAsPlace(e.src, p) && other(p));
}

/**
 * The places a source figure's sentence is about: those it names, or, when it names none, those of the nearest
 * sentence a few before that does ("Ogeechee Bend is 1.2 gigawatts. We own 35%, Stargate 65%. The estimate there has
 * moved …"), with that sentence's number.
 */
function placesAbout(e: Entry): { places: string[]; at: number } {
  for (let j = e.fig.sentence; j >= 0 && j >= e.fig.sentence - PLACE_BACK; j--) {
    const places = sentencePlaces(e.src, j);
    if (places.length) return { places, at: j };
  }
  return { places: [], at: e.fig.sentence };
}

/** readsPlaceIn of a source figure's sentence (or of its source's sentence `at`). */
function readsPlace(cp: readonly string[], e: Entry, at = e.fig.sentence): boolean {
  return readsPlaceIn(cp, e.src, at);
}

/** The source sentence of an entry's figure. */
const entryText = (e: Entry): string => e.src.sentences[e.fig.sentence]?.text ?? '';

/**
 * Whether a source sentence names two Korean firms or more (their Hangul names: 한울전선, 동진중공업; subjects.ts
 * koreanFirmName) and the line's sentence names one of them, in Hangul or as English writes its own name.
 */
function namesOneOfFirms(line: string, sentence: string): boolean {
  const firms = new Map<string, string[]>();
  for (const w of sentence.match(/[가-힣]{4,}/gu) ?? []) {
    const stem = koreanFirmStem(w);
    if (firms.has(stem)) continue;
    const names = koreanFirmName(stem).names;
    if (names.length) firms.set(stem, names);
  }
  if (firms.size < 2) return false;
  const lower = line.toLowerCase();
  for (const [stem, names] of firms)
    if (line.includes(stem) || names.some((n) => new RegExp(`(?<![a-z])${n}(?![a-z])`).test(lower))) return true;
  return false;
}
