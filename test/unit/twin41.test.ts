// One reader of "applied for" and "granted" (server/src/judge/role.ts): the line's amount and the source's are read by
// the same words and the same clause, in every kind that is asked for and granted (land too). Before, two readers with
// different word lists ran: "allocated" and "배정" counted only beside a contradiction, "allotted" nowhere, and land
// not at all, so an area asked for vouched for a line that gives it as allotted. Each case failed before.
import { strict as assert } from 'assert';
import { amountRole } from '../../server/src/judge/role';
import { figureJudged, loud, messages, reportLineJudged, writtenSources } from './judged';

const role = (t: string, fig: string, lang: string, kind: string) => {
  const at = t.indexOf(fig);
  return amountRole(t, at, at + fig.length, lang, kind);
};

describe('twin41: land asked for is not land allotted', () => {
  // A regional paper's report of a land board's decision.
  const article = `# Land board trims Stargate Karoo site

Upington, 12 March 2026

The developers of the Stargate Karoo campus had applied for 260 hectares of state land; the provincial land board allotted 210 hectares on Tuesday, leaving the northern strip to the airport authority, two board members said.
`;
  const corpus = writtenSources({ 'karoo-courier-land-board.md': article }, 'xref-twin41-land-');
  const karoo = (line: string, fig: string) => figureJudged(corpus, `# Karoo\n\n${line}\n`, fig);

  it('refutes the area applied for given as the area allotted', () => {
    const j = karoo('The provincial land board allotted 260 hectares to the Stargate Karoo campus.', '260 hectares');
    assert.deepEqual(j.codes, ['figure-mismatch'], messages(j));
    assert.match(messages(j), /210/);
  });
  it('vouches for the area allotted, and leaves the area applied for alone', () => {
    const given = karoo(
      'The provincial land board allotted 210 hectares to the Stargate Karoo campus.',
      '210 hectares',
    );
    assert.equal(given.status, 'supported', messages(given));
    const asked = karoo(
      'The developers of the Stargate Karoo campus applied for 260 hectares of state land.',
      '260 hectares',
    );
    assert.deepEqual(loud(asked), [], messages(asked));
  });

  it('unseen-60 L17: the 500 ha asked, given as allotted, is refuted by the 420 ha allotted', () => {
    const report = 'gulf-crescent-bank-pf-credit-note-stargate-shagaya-miryang-suppliers.md';
    const j = reportLineJudged('unseen-60', report, 17, '500 hectares');
    assert.deepEqual([j.codes, /420 hectares/.test(messages(j))], [['figure-mismatch'], true], messages(j));
  });
});

describe('twin41: a word of granting counts on every line, not only beside a contradiction', () => {
  // A county office's release: the subsidy applied for; the grant is decided at a later review.
  const release = [
    '# 음성군, 서진열관리 데이터센터 냉각설비 공장 유치',
    '',
    '서진열관리는 음성 금왕산업단지에 데이터센터 냉각설비 공장을 짓기로 하고, 충청북도와 음성군에 지방투자촉진보조금 74억 원을 신청했다.',
    '',
    '도와 군은 11월 투자유치 심의에서 지원액을 정한다.',
  ].join('\n');
  const county = writtenSources({ 'eumseong-gun-bodojaryo-seojin.md': release }, 'xref-twin41-ko-');
  it('gives no ✓ to a line that says the amount applied for was allocated (배정, allocated)', () => {
    const lines: [string, string][] = [
      ['충청북도와 음성군은 서진열관리 금왕 공장에 지방투자촉진보조금 74억 원을 배정했다.', '74억 원'],
      [
        'North Chungcheong and Eumseong allocated KRW 7.4 billion in local investment subsidies to Seojin.',
        'KRW 7.4 billion',
      ],
    ];
    for (const [line, fig] of lines) {
      const j = figureJudged(county, `# 서진열관리\n\n${line}\n`, fig);
      assert.notEqual(j.status, 'supported', `${line}\n${messages(j)}`);
    }
  });

  // A Korean clause is verb-final: the amounts before its verb are all the verb's.
  const filing = `# 델타걸프파워, 복합화력 3기 인가 신청

델타걸프파워는 750MW급 가스 복합화력 3기, 합계 2,250MW를 33억 달러에 짓겠다고 3월 전력위원회에 인가를 신청했다.
`;
  it('reads a Korean request past the other amounts before its verb', () => {
    const c = writtenSources({ 'energy-daily-deltagulf-filing.md': filing }, 'xref-twin41-kofiling-');
    const j = figureJudged(
      c,
      '# 델타걸프\n\n전력위원회는 델타걸프파워의 가스 복합화력 3기, 합계 2,250MW를 인가했다.\n',
      '2,250MW',
    );
    assert.notEqual(j.status, 'supported', messages(j));
  });
});

describe('twin41: amountRole, the one reader', () => {
  it('reads each role in each language, in its own clause', () => {
    const t =
      'The partners had applied for 500 hectares; the state land allocation committee allotted 420 hectares in April.';
    assert.equal(role(t, '500 hectares', 'en', 'area'), 'applied');
    assert.equal(role(t, '420 hectares', 'en', 'area'), 'granted');
    assert.equal(
      role(
        "Shagaya's 420 hectares are less than the 500 hectares its sponsors asked for.",
        '500 hectares',
        'en',
        'area',
      ),
      'applied',
    );
    assert.equal(
      role('- Seawater intake: 42,000 m³/day asked, 35,000 m³/day permitted', '42,000 m³', 'en', 'volume'),
      'applied',
    );
    const ko = '바흐강 취수는 초당 0.35㎥를 신청했지만 0.25㎥만 허가됐다.';
    assert.equal(role(ko, '0.35㎥', 'ko', 'volume'), 'applied');
    assert.equal(role(ko, '0.25㎥', 'ko', 'volume'), 'granted');
    // (a bracket is its own amount's aside; a later amount's label is not this one's)
    assert.equal(role('가스 배정 연 18억㎥(신청 20억㎥)이다.', '18억㎥', 'ko', 'volume'), undefined);
    assert.equal(role('확정액은 26억 원, 신청액은 38억 원이다.', '26억 원', 'ko', 'money'), 'granted');
    assert.equal(role('보조금은 26억 원, 신청액은 38억 원이다.', '26억 원', 'ko', 'money'), undefined);
    assert.equal(role('승인된 취수 한도는 하루 9,500㎥다.', '9,500㎥', 'ko', 'volume'), 'granted');
  });
  it('reads the first participle after the amount as its own, and what was received as granted', () => {
    const part =
      'At Baní, 2,600 of the 4,000 cubic meters a day sought were approved, and the rest comes from desalination.';
    assert.equal(role(part, '4,000 cubic meters', 'en', 'volume'), 'applied');
    const share =
      'The company applied for 4.2 million cubic meters a year and received 1.5 million, about 36 percent of it.';
    assert.equal(role(share, '36 percent', 'en', 'percent'), undefined);
  });
  it('reads no role for a length (the size of what was applied for approval)', () => {
    assert.equal(
      role('The utility applied for approval of a new 62 km, 345 kV transmission line.', '62 km', 'en', 'length'),
      undefined,
    );
  });
});
