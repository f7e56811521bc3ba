// Wrong verdicts read on unseen-26 and unseen-27 (held out until this session, written blind). Each case failed
// before its rule.
import { strict as assert } from 'assert';
import { saidOn } from '../../server/src/judge/figureFacts';
import { scopeOf } from '../../server/src/judge/scope';
import * as path from 'path';
import { figureJudged, figuresRead as figures, loadSources, loud } from './judged';

const fixtures = path.join(__dirname, '..', 'fixtures');
const u27 = loadSources(path.join(fixtures, 'unseen-27', 'sources'));
const u21 = loadSources(path.join(fixtures, 'unseen-21', 'sources'));

describe("trust24: a report's date line set out in pieces", () => {
  it('"desk · memo · 20 November 2026" and "전략기획팀 · 2026. 11. 24." under the title are the report\'s, no claim', () => {
    assert.deepEqual(
      figures(
        '# Stargate Haesol: memory, power and local risk\nAsia infrastructure desk · research memo · 20 November 2026\n\n## Summary\n\nThe campus sits on about 2.64 million square metres.\n',
      ),
      ['2.64 million square metres'],
    );
    assert.deepEqual(figures('# 동향 보고 (2026년 11월)\n전략기획팀 · 2026. 11. 24.\n\n사업비는 20조 원이다.\n'), [
      '20조 원',
    ]);
    assert.deepEqual(figures('# Note\n\nPolicy team | March 3, 2026\n\nIt costs $20 billion.\n'), ['$20 billion']);
  });
  it('…a head line with a figure beside the date, or after the first paragraph, is read', () => {
    assert.deepEqual(figures('# Note\n\nAbilene · 1.2 GW · January 2026\n\nText.\n'), ['1.2 GW', 'January 2026']);
    assert.deepEqual(figures('# Note\n\nText.\n\nResearch desk · 20 November 2026\n'), ['20 November 2026']);
  });
});

describe('trust24: the day something was said is no day of what was said', () => {
  it('saidOn: "…했다고 4일 밝혔다", "지난 18일 서울 중구에서 인터뷰하고", "said on Nov. 4", "March 3, he told reporters"', () => {
    const on = (text: string, date: string, lang: string) => {
      const at = text.indexOf(date);
      return saidOn(text, at, at + date.length, lang);
    };
    assert.ok(on('청해전선은 케이블 공급 계약을 체결했다고 4일 밝혔다.', '4일', 'ko'));
    assert.ok(on('프리처드 총괄이 지난 18일 서울 중구에서 인터뷰하고 있다.', '18일', 'ko'));
    assert.ok(on('회사 측은 5일(화) 기자들에게 말했다.', '5일', 'ko'));
    assert.ok(on('The company said on Nov. 4 that it had signed the cable contract.', 'Nov. 4', 'en'));
    assert.ok(on('On March 3, he told reporters the plant would open in 2027.', 'March 3', 'en'));
    // the day of the event itself
    assert.ok(!on('블라이스 스테이스는 6월 9일 계획위원회에서 승인됐다.', '6월 9일', 'ko'));
    assert.ok(!on('계약은 4일 체결됐다고 회사가 밝혔다.', '4일', 'ko'));
    assert.ok(!on('The committee approved it on June 9, the council said.', 'June 9', 'en'));
  });
  it("a planning committee's approval on 6월 9일 is not refuted by the day a supplier announced its contract (4일 밝혔다) or a caption's interview day", () => {
    const j = figureJudged(
      u27,
      '# 동향\n\n영국 블라이스 스테이스는 6월 9일 노섬벌랜드 계획위원회에서 찬성 9표, 반대 3표로 승인됐다.\n',
      '6월 9일',
    );
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
  });
});

describe("trust24: a line that names no place is of the place the report's title names", () => {
  const report = (title: string) =>
    `# ${title}\n\n## Jobs\n\nConstruction will need up to 2,600 workers, and about 320 will stay on.\n`;
  it('"# Wellington\'s data centre" / "## Jobs" / "up to 2,600 workers": the Patagonian campus\'s 5,000 workers do not refute it', () => {
    const j = figureJudged(u27, report("Wellington's data centre, in numbers"), '2,600 workers');
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
    assert.equal(j.status, 'supported');
  });
  it('…under a title naming the Patagonian campus, or no place, the 5,000 workers still refute it', () => {
    for (const title of ['Meseta Azul in numbers', 'The data centre, in numbers']) {
      const j = figureJudged(u27, report(title), '2,600 workers');
      assert.equal(j.mismatches.length, 1, `${title}: ${j.codes.join()}`);
      assert.match(j.mismatches[0].message, /5,000/);
    }
  });
});

describe('trust24: a Korean line after a line of its paragraph that names a site', () => {
  const report = (before: string) =>
    `# 동향\n\n## 현장별 현황\n\n${before}\n건설 인력은 최대 2,600명, 운영 인력은 약 320명이다.\n`;
  it('"쿨라바의 첫 홀(250MW)은 …" / "건설 인력은 최대 2,600명": the Patagonian campus\'s 5,000 workers do not refute it', () => {
    const j = figureJudged(u27, report('쿨라바의 첫 홀(250MW)은 2027년 하반기 가동이 목표다.'), '2,600명');
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
    assert.equal(j.status, 'supported');
  });
  it('…after a line on the Patagonian campus, or one whose names no English source writes as a place, they still do', () => {
    for (const before of [
      '파타고니아 메세타 아술의 1단계 가동은 2028년 상반기로 미뤄졌다.',
      '첫 홀은 2027년 하반기 가동이 목표다.',
    ]) {
      const j = figureJudged(u27, report(before), '2,600명');
      assert.equal(j.mismatches.length, 1, `${before}: ${j.codes.join()}`);
      assert.match(j.mismatches[0].message, /5,?000/);
    }
  });
});

describe('trust24: "taking the cluster to 600MW" is the whole, as "bring the cluster to 600 MW" is', () => {
  const at = (s: string, fig: string) => scopeOf(s, s.indexOf(fig));
  it('scopeOf: take … to before an amount speaks of the whole; take … to before anything else does not', () => {
    const s = 'A second phase of 400MW is due to come online in the second half of 2027, taking the cluster to 600MW.';
    assert.equal(at(s, '600MW'), 'whole');
    assert.equal(at(s, '400MW'), 'phase');
    assert.equal(at('The second phase took the project to about $12 billion.', '$12 billion'), 'whole');
    assert.notEqual(
      at('The first 200 MW phase, which cost $3 billion, took the builder to court in 2026.', '$3 billion'),
      'whole',
    );
  });
  it("unseen-21's true line: the Emirates Courier's 600MW vouches; Kepco's 5GW campus does not refute it", () => {
    const j = figureJudged(
      u21,
      '# Memo\n\n## Abu Dhabi\n\n- A second phase of 400 MW is due in the second half of 2027, which would bring the cluster to 600 MW.\n',
      '600 MW',
    );
    assert.deepEqual(loud(j), [], j.findings.map((f) => f.message).join('\n'));
    assert.equal(j.status, 'supported');
  });
});

describe("trust24: another site's date does not vouch for a line of the report title's site", () => {
  const u = loadSources(path.join(fixtures, 'unseen-ok20', 'sources'));
  const note = (title: string) =>
    `# ${title}\n\nConstruction at the Valdosta site began in March 2026.\n\nThe first 150 MW hall is due by the end of 2027.\n`;
  it('"# Valdosta campus: construction note": a Nordic campus\'s "end of 2027" gives no ✓ against the Valdosta hall\'s 2028', () => {
    const j = figureJudged(u, note('Valdosta campus: construction note'), '2027');
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /2028/);
  });
});

describe("trust24: the report title's site sets aside no refuter of a line that names its own place or has a Korean source", () => {
  it('"Clovis expects 300 permanent jobs." opens with a name, not a common word: the Clovis article\'s 420 still refutes it', () => {
    const u = loadSources(path.join(fixtures, 'unseen-ok20', 'sources'));
    const j = figureJudged(
      u,
      '# Host towns and jobs: two campuses breaking ground this autumn\n\nClovis expects 300 permanent jobs.\n',
      '300 permanent jobs',
    );
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /420/);
  });
  it('"# Dangjin seawater-cooled campus" / "Seawater cooling will draw up to 80,000 tonnes a day": the Korean daily\'s 18만 톤 still refutes it', () => {
    const u = loadSources(path.join(fixtures, 'unseen-vocab20', 'sources'));
    const j = figureJudged(
      u,
      '# Dangjin seawater-cooled campus: desk note\n\n- Seawater cooling will draw up to 80,000 tonnes a day.\n',
      '80,000 tonnes',
    );
    assert.equal(j.mismatches.length, 1, j.codes.join());
    assert.match(j.mismatches[0].message, /180,000/);
  });
});
