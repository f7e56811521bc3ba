// A source figure its own sentence says is not so, in either shape: a denial of a report, claim or estimate before an
// English figure or after a Korean one ("denied a report that …", "…라는 보도를 부인했다"), and a report its sentence
// then says is untrue ("Reports that … are inaccurate", "…했다고 보도하였으나, 이는 사실과 다릅니다"). Two readings did
// this (figureFacts' deniedAt, figures' deniedReport); one reads both now, and such a figure neither vouches for a line
// nor refutes one. Each case below was read wrong by one of the two.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { deniedAt } from '../../server/src/judge/figureFacts';
import { figureJudged, loud, writtenSources } from './judged';

/** A company's notice on other papers' reports (Korean), written for these tests. */
const DAEJIN_NOTICE = [
  '[알려드립니다] 노르웨이 나르비크 스타게이트 캠퍼스 냉각설비 관련 보도에 대하여',
  '',
  '대진공조 홍보실 | 2027년 3월 9일',
  '',
  '최근 일부 언론에서 당사(대진공조)가 노르웨이 나르비크 스타게이트 캠퍼스의 냉각설비 전량을 약 2,600억 원에 수주했다고 보도하였으나, 이는 사실과 다릅니다.',
  '당사는 현재 발주처와 협의를 진행하고 있으며, 아직 계약을 체결하지 않았습니다.',
  '당사의 창원 공장은 연간 냉각탑 400기를 생산할 수 있습니다.',
  '',
].join('\n');

/** A ministry's 설명자료 on a paper's story (Korean), written for these tests. */
const MINISTRY_NOTE = [
  '과학기술정보통신부 설명자료',
  '',
  '배포일시: 2027. 5. 14.(금) 10:00',
  '',
  '「정부, 새만금 스타게이트 캠퍼스에 전력 3GW 우선 배정」 기사 관련',
  '',
  '□ 5월 13일자 ○○경제는 정부가 새만금 스타게이트 캠퍼스에 전력 3GW를 우선 배정했다고 보도했으나, 이는 사실이 아님.',
  '□ 새만금 캠퍼스의 전력 공급 방안은 관계부처와 한국전력공사가 협의하고 있으며, 확정된 바 없음.',
  '□ 새만금 캠퍼스 부지는 약 90만㎡임.',
  '',
].join('\n');

/** A company's statement (English) and a wire story on the same campus, written for these tests. */
const HALVORSEN_STATEMENT = [
  'Halvorsen Systems statement on Stargate Tromsø',
  '',
  'OSLO, March 9, 2027 (Halvorsen Systems) - Reports that Halvorsen Systems will hire 600 people for the Stargate Tromsø campus are inaccurate.',
  'Media reports that the Tromsø campus will draw 300 megawatts are also untrue, the company said.',
  'Halvorsen Systems had revenue of NOK 3.8 billion in 2026.',
  '',
].join('\n');
const NORDIC_WIRE = [
  'Tromsø campus gets its grid connection',
  '',
  'TROMSØ, March 2, 2027 (Nordic Power Wire) - Statnett approved a grid connection for the Stargate Tromsø campus, which will draw 240 megawatts when complete.',
  '',
].join('\n');

const said = (j: { findings: { message: string }[] }) => j.findings.map((f) => f.message).join('\n');

describe('denied36: a report its own sentence says is untrue, read by the one denial reading', () => {
  const corpus = writtenSources(
    {
      'daejin-notice.txt': DAEJIN_NOTICE,
      'ministry-note.txt': MINISTRY_NOTE,
      'halvorsen-statement.txt': HALVORSEN_STATEMENT,
      'nordic-wire.txt': NORDIC_WIRE,
    },
    'xref-denied36-',
  );

  // The denial after "보도하였으나, 이는" was read only where another source spoke against the line (deniedReport): with
  // none, the denied 2,600억 원 gave the line a ✓.
  it('"…2,600억 원에 수주했다고 보도하였으나, 이는 사실과 다릅니다" vouches for no 2,600억 원; the plant\'s 400기 still does', () => {
    const j = figureJudged(
      corpus,
      '# 메모\n\n대진공조는 나르비크 캠퍼스 냉각설비를 2,600억 원에 수주했다.\n',
      '2,600억 원',
    );
    assert.notEqual(j.status, 'supported', said(j));
    assert.deepEqual(loud(j), [], said(j));
    const plant = figureJudged(corpus, '# 메모\n\n대진공조 창원 공장은 연간 냉각탑 400기를 생산한다.\n', '400기');
    assert.equal(plant.status, 'supported', said(plant));
  });

  // A ministry writes "사실이 아님", which neither reading had ("사실이 아니" is not "사실이 아님", syllable by syllable).
  it('"…3GW를 우선 배정했다고 보도했으나, 이는 사실이 아님" vouches for no 3GW; the site\'s 90만㎡ still does', () => {
    const j = figureJudged(corpus, '# 메모\n\n정부는 새만금 스타게이트 캠퍼스에 전력 3GW를 우선 배정했다.\n', '3GW');
    assert.notEqual(j.status, 'supported', said(j));
    assert.deepEqual(loud(j), [], said(j));
    const site = figureJudged(corpus, '# 메모\n\n새만금 캠퍼스 부지는 약 90만㎡다.\n', '90만㎡');
    assert.equal(site.status, 'supported', said(site));
  });

  // "Reports that … are inaccurate" was read only where another source spoke against the line: with none, it vouched.
  it('"Reports that Halvorsen Systems will hire 600 people … are inaccurate" vouches for no 600 people', () => {
    const j = figureJudged(
      corpus,
      '# Notes\n\nHalvorsen Systems will hire 600 people for the Tromsø campus.\n',
      '600 people',
    );
    assert.notEqual(j.status, 'supported', said(j));
    assert.deepEqual(loud(j), [], said(j));
    const revenue = 'Halvorsen Systems had revenue of NOK 3.8 billion in 2026.\n';
    assert.equal(figureJudged(corpus, `# Notes\n\n${revenue}`, 'NOK 3.8 billion').status, 'supported');
  });

  // …and a denied report's figure stopped vouching only: it still refuted a line with another figure.
  it('"Reports that Halvorsen Systems will hire 600 people … are inaccurate" does not refute 450 people', () => {
    const j = figureJudged(
      corpus,
      '# Notes\n\nHalvorsen Systems will hire 450 people for the Tromsø campus.\n',
      '450 people',
    );
    assert.deepEqual(loud(j), [], said(j));
  });

  // "are also untrue" was not read as a denial: the denied 300 megawatts gave the line a ✓ against the wire's 240.
  it('"Media reports that the Tromsø campus will draw 300 megawatts are also untrue": the wire\'s 240 judges', () => {
    const wrong = figureJudged(corpus, '# Notes\n\nThe Tromsø campus will draw 300 megawatts.\n', '300 megawatts');
    assert.equal(wrong.mismatches.length, 1, said(wrong));
    assert.match(wrong.mismatches[0].message, /240 megawatts/);
    const right = figureJudged(corpus, '# Notes\n\nThe Tromsø campus will draw 240 megawatts.\n', '240 megawatts');
    assert.equal(right.status, 'supported', said(right));
  });

  it('deniedAt reads both shapes in both languages, and not a report that is not denied', () => {
    const at = (t: string, f: string, lang: string) => deniedAt(t, t.indexOf(f), t.indexOf(f) + f.length, lang);
    assert.ok(at('Reports that the plant will use 2 million gallons a day are inaccurate.', '2 million', 'en'));
    assert.ok(at('Claims that the site would employ 5,000 people were false, the company said.', '5,000', 'en'));
    assert.ok(!at('Reports that the plant will use 2 million gallons a day surprised residents.', '2 million', 'en'));
    assert.ok(
      !at('The plant will use 2 million gallons a day; reports that it will use more are untrue.', '2 million', 'en'),
    );
    assert.ok(at('당사가 1조 원을 투자한다고 보도하였으나, 이는 사실과 다릅니다.', '1조 원', 'ko'));
    assert.ok(at('정부가 3GW를 배정했다고 보도했으나 사실이 아님.', '3GW', 'ko'));
    assert.ok(at('1조 원 투자설은 사실과 다름.', '1조 원', 'ko'));
    assert.ok(at('3000명을 채용한다는 보도는 사실이 아닙니다.', '3000명', 'ko'));
    assert.ok(!at('당사가 1조 원을 투자한다고 보도했다.', '1조 원', 'ko'));
    assert.ok(!at('당사는 1조 원을 투자했으며, 2조 원 투자설은 사실과 다릅니다.', '1조 원', 'ko'));
    assert.ok(at('「정부, 새만금 캠퍼스에 전력 3GW 우선 배정」 기사 관련', '3GW', 'ko'));
    assert.ok(!at('「정부, 새만금 캠퍼스에 전력 3GW 우선 배정」', '3GW', 'ko'));
  });
  // The tuning sets' own: Miraeon's notice (unseen-49, where the old rule was found) and 한전's 설명자료 (unseen-21).
  it('reads the denied report in the tuning sets: unseen-49 Miraeon notice, unseen-21 KEPCO headline', () => {
    const fixtures = path.join(__dirname, '../fixtures');
    const sentence = (file: string, has: string) =>
      fs
        .readFileSync(path.join(fixtures, file), 'utf8')
        .split('\n')
        .find((l) => l.includes(has))!
        .replace(/<[^>]+>/g, '')
        .trim();
    const at = (t: string, f: string) => deniedAt(t, t.indexOf(f), t.indexOf(f) + f.length, 'ko');
    const miraeon = sentence(
      'unseen-49/sources/miraeon-energy-notice-bulgaria-ess-report-position-ko.html',
      '보도하였으나',
    );
    assert.ok(at(miraeon, '1,200MWh') && at(miraeon, '3,400억 원'), miraeon);
    const kepco = sentence('unseen-21/sources/kepco-explanation-uae-stargate-power-ko.txt', '」 보도 관련');
    assert.ok(at(kepco, '1GW'), kepco);
  });
});
