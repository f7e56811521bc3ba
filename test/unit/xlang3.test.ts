// Facts only the other language's sources state, and speakers named in the other script (issue 10). The material
// (test/fixtures/unseen-xlang3/) was written before running the checker on it: Korean dailies on a Stargate Chile site
// and a Korean transformer order, English stories on Whyalla and Wyoming; an English report on the Korean facts that
// quotes the Korean speakers in Korean, and a Korean report on the English facts that names the speakers in Hangul.
import { strict as assert } from 'assert';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { namesAlike, speakerIdOf } from '../../server/src/extract/people';
import { indexOf } from '../../server/src/judge/figureIndex';
import { placesIn } from '../../server/src/judge/scope';
import { soundAlike } from '../../server/src/text/translit';
import { extractQuotes } from '../../server/src/extract/quotes';
import { checkReport } from '../../server/src/judge/check';
import { splitSentences } from '../../server/src/text/sentences';
import type { CheckResult } from '../../server/src/types';
import { scoreReport, totals } from '../../scripts/eval';
import { lineOf, read, ROOT } from './reports';

const FIX = path.join(ROOT, 'test/fixtures/unseen-xlang3');
const corpus = Corpus.load({ folders: [path.join(FIX, 'sources')], useBundled: false });

/** The quotations of a text with their speaker phrase and the person it names. */
function quotes(text: string) {
  return extractQuotes(text, splitSentences(text, [{ start: 0, end: text.length }])).map((q) => ({
    text: q.text,
    speaker: q.speaker?.text,
    person: q.person,
    id: speakerIdOf(q),
  }));
}

/** The loud finding's code on the report line containing `needle`, else the status of its claim of `type`. */
function verdictOn(r: CheckResult, text: string, needle: string, type: 'figure' | 'quote'): string {
  const line = lineOf(text, needle);
  const f = r.findings.find((x) => x.range.start.line === line && (x.severity === 'error' || x.severity === 'warning'));
  if (f) return f.code;
  const c = r.claims.find((x) => x.type === type && x.range.start.line === line);
  assert.ok(c, `no ${type} claim on line ${line + 1}`);
  return c!.status;
}

describe('xlang3: one name in two scripts', () => {
  it('a final mb is said m, a ch may be k, diacritics are their letters', () => {
    assert.ok(namesAlike('데이나 휘트컴', 'Dana Whitcombe'));
    assert.ok(namesAlike('클레이 니컬스', 'Clay Nichols'));
    assert.ok(namesAlike('카롤리나 무뇨스', 'Carolina Muñoz'));
    assert.ok(namesAlike('발레리아 카스타녜다', 'Valeria Castañeda'));
  });
  it('a given name beside a family name that is alike may have one consonant (호르헤/Jorge), but must still be alike', () => {
    assert.ok(namesAlike('호르헤 벨라스코', 'Jorge Velasco'));
    assert.ok(!namesAlike('후안 벨라스코', 'Jorge Velasco'));
    assert.ok(!namesAlike('그레이엄 휫필드', 'Dana Whitcombe'));
  });
});

describe('xlang3: who speaks', () => {
  it('a syllable of a hyphenated Korean given name is no lexicon person ("Kim Do-yoon" is not Yoon Suk Yeol)', () => {
    const [q] = quotes(
      'Hangyeol E&C chief executive Kim Do-yoon said "We will keep the schedule on every site we build".',
    );
    assert.equal(q.id, 'person:Kim Do-yoon');
  });
  it('a company the lexicon knows is no Korean name, though it opens with a surname (오라클)', () => {
    const [q] = quotes('클레이 니컬스 오라클 부사장은 "Every megawatt we build here counts"라고 했다.');
    assert.equal(q.id, 'person:클레이 니컬스');
  });
  it('a one-syllable foreign given name after an organisation in the possessive (메사빌드의 톰 래드퍼드)', () => {
    const [q] = quotes(
      '미국 현지 개발사 메사빌드의 톰 래드퍼드 최고운영책임자(COO)는 "납기를 지킬 수 있는 공급사는 손에 꼽는다"고 했다.',
    );
    assert.equal(q.person, '톰 래드퍼드');
  });
  it('an English sentence quoting Korean words is English speech, and a name may hold an ñ', () => {
    const [q] = quotes(
      'Economy Minister Carolina Muñoz said "구리와 리튬에 이어 AI 컴퓨팅을 수출하는 나라" (a country).',
    );
    assert.equal(q?.person, 'Carolina Muñoz');
  });
  it('a name may open with a capital with a diacritic ("Øyvind Eriksen" is not the byline\'s "Lars Eriksen")', () => {
    const [q] = quotes(
      'By Lars Eriksen\n\n"Norway has the clean energy and the engineers to make this work," Aker chief executive Øyvind Eriksen said.',
    );
    assert.equal(q.id, 'person:Øyvind Eriksen');
  });
  it('a partial quotation closing a reported clause ("said Chile would be “…”") is the speaker\'s', () => {
    const [q] = quotes('Carolina Munoz said Chile would be "a country that exports computing after copper".');
    assert.equal(q?.person, 'Carolina Munoz');
    // a name in quotation marks there is no speech
    assert.deepEqual(quotes('He said the so-called "Stargate" project would grow.'), []);
  });
});

const en = read('test/fixtures/unseen-xlang3/report-chile-en.md');
const rEn = checkReport(corpus, en);
const ko = read('test/fixtures/unseen-xlang3/report-whyalla-ko.md');
const rKo = checkReport(corpus, ko);

describe('xlang3: the reports against the other language only', () => {
  it('Korean quotations in an English report: true ones stay clean, moved and changed ones are caught', () => {
    assert.equal(verdictOn(rEn, en, 'Kim Do-yoon called it', 'quote'), 'supported');
    assert.equal(verdictOn(rEn, en, 'Jorge Velasco said', 'quote'), 'supported');
    assert.equal(verdictOn(rEn, en, 'Jorge Velasco promised', 'quote'), 'quote-misattributed');
    assert.equal(verdictOn(rEn, en, 'Carolina Muñoz said Chile would be', 'quote'), 'quote-mismatch');
    assert.equal(verdictOn(rEn, en, 'Choi Min-hyuk said', 'quote'), 'quote-misattributed');
    assert.equal(verdictOn(rEn, en, "Mesa Build's Tom Radford said", 'quote'), 'quote-misattributed');
  });
  it('English quotations given to people named in Hangul', () => {
    assert.equal(verdictOn(rKo, ko, '그레이엄 휫필드 서던크로스컴퓨트 CEO는', 'quote'), 'supported');
    assert.equal(verdictOn(rKo, ko, '데이나 휘트컴 오픈AI 국제 인프라 총괄은', 'quote'), 'quote-misattributed');
    assert.equal(verdictOn(rKo, ko, '헬레나 브란트 프레리크레스트에너지 CEO는', 'quote'), 'quote-misattributed');
    assert.equal(verdictOn(rKo, ko, '클레이 니컬스 오라클 부사장은', 'quote'), 'quote-misattributed');
  });
  it('by the keys: no finding off the planted lines', () => {
    const scores = ['report-chile-en.key.json', 'report-whyalla-ko.key.json'].map((k) =>
      scoreReport(path.join(FIX, k)),
    );
    const t = totals(scores);
    assert.equal(t.flaggedPlanted, t.flagged, JSON.stringify(scores.flatMap((s) => s.lines.filter((l) => !l.pass))));
    // 14 of the 22 planted mistakes; the misses are figures whose only words in common with the source are ones no
    // link reaches (contract/계약, transformers/변압기, covers, 와이앨라/Whyalla of one consonant), a site's cost
    // against a campus sentence, and a count narrowed by 상시 against "permanent".
    assert.ok(t.found >= 14, `found ${t.found}/${t.planted}`);
  });
});

describe('xlang3: figures only the other language states', () => {
  it('아이 writes an English y said as in "byte" (와이오밍/Wyoming, 샤이엔/Cheyenne, 바이트/byte)', () => {
    assert.ok(soundAlike('와이오밍', 'wyoming'));
    assert.ok(soundAlike('샤이엔', 'cheyenne'));
    assert.ok(soundAlike('바이트', 'byte'));
  });
  it('the t of a tch is not said (쿠치/Kutch, 스케치/sketch)', () => {
    assert.ok(soundAlike('쿠치', 'kutch'));
    assert.ok(soundAlike('스케치', 'sketch'));
    assert.ok(!soundAlike('쿠키', 'kutch'));
  });
  it('a d or t before s inside a word is said (글래드스톤/Gladstone, 미드소머/Midsomer); a final one runs into the s (리즈/Leeds, 로버츠/Roberts)', () => {
    assert.ok(soundAlike('글래드스톤', 'gladstone'));
    assert.ok(soundAlike('미드소머', 'midsomer'));
    assert.ok(soundAlike('리즈', 'leeds'));
    assert.ok(soundAlike('로버츠', 'roberts'));
  });
  it('a place name is also the word as written, not only the stem of a common word ("Wyoming", not just "wyom")', () => {
    assert.ok(placesIn('Stargate heads to Wyoming with a campus near Cheyenne', 'en', []).includes('en:wyoming'));
  });
  it('a Korean compound meets the words of the name it writes (프레리크레스트에너지 / Prairie Crest Energy)', () => {
    indexOf(corpus);
    const w = corpus.weights;
    const names = (n: string) => w.linked(w.terms.id(n)).map((t) => w.terms.name(t));
    assert.deepEqual(names('ko:프레리크레스트에너지').sort(), ['en:crest', 'en:energy', 'en:prairie']);
    assert.deepEqual(names('ko:서던크로스컴퓨트').sort(), ['en:compute', 'en:cross', 'en:southern']);
    // (each part must meet a word: a native compound of loanword shape meets none)
    assert.deepEqual(names('ko:산업용지'), []);
  });
  it('a line under a heading naming a place is not refuted by an article that never names it (Chile jobs under 와이오밍)', () => {
    assert.equal(verdictOn(rKo, ko, '상시 일자리 400개가 생긴다', 'figure'), 'supported');
  });
  it('counts narrowed by words of the two languages nothing links may vouch for each other, not refute', () => {
    // "직접 일자리" is not known to be the English article's "construction jobs", nor its "permanent jobs".
    const alone = Corpus.load({ folders: [path.join(FIX, 'sources/wyoming-plains-en.txt')], useBundled: false });
    const r = checkReport(
      alone,
      '프레리크레스트에너지는 직접 일자리 1500개를 만든다.\n\n프레리크레스트에너지는 직접 일자리 2500개를 만든다.\n',
    );
    const statuses = r.claims.filter((c) => c.type === 'figure').map((c) => c.status);
    assert.deepEqual(statuses, ['supported', 'unsupported']);
  });
  it('…while the stage of the project links them (건설/construction: judge/counted.ts countPhase)', () => {
    const alone = Corpus.load({ folders: [path.join(FIX, 'sources/wyoming-plains-en.txt')], useBundled: false });
    const r = checkReport(
      alone,
      '프레리크레스트에너지는 건설 일자리 1500개를 만든다.\n\n프레리크레스트에너지는 건설 일자리 2500개를 만든다.\n',
    );
    const statuses = r.claims.filter((c) => c.type === 'figure').map((c) => c.status);
    assert.deepEqual(statuses, ['supported', 'conflicting']);
  });
});
