import { strict as assert } from 'assert';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { parseArticle } from '../../server/src/corpus/article';
import { extractQuotes } from '../../server/src/extract/quotes';
import { collectErrors } from '../../server/src/errors';
import { splitSentences } from '../../server/src/text/sentences';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const seedFiles = readdirSync(SEEDS)
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .sort();
function seedQuotes(n: string) {
  const f = seedFiles.find((x) => x.startsWith(n + '_'))!;
  const text = readFileSync(join(SEEDS, f), 'utf8').normalize('NFC');
  const a = parseArticle(text, f);
  const qs = extractQuotes(text, a.sentences);
  for (const q of qs) {
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(q.outer.start < q.start && q.outer.end > q.end);
    const s = a.sentences[q.sentence];
    assert.ok(q.outer.start >= s.start && q.outer.end <= s.end, 'quote inside its sentence');
    if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
  }
  return { text, a, qs, pairs: qs.map((q) => [q.speaker?.text, q.text.slice(0, 12)]) };
}
function quotesOf(text: string) {
  return extractQuotes(text, splitSentences(text, [{ start: 0, end: text.length }]));
}

describe('extractQuotes on the seeds', () => {
  it('000: Trump (라며), 박민철 (two-sentence quote), 김경만, 이성엽 ×2; ‘스타게이트’ is no speech', () => {
    const { qs, pairs } = seedQuotes('000');
    assert.deepEqual(
      pairs.map((p) => p[0]),
      [
        '트럼프 대통령',
        '박민철 법무법인 김앤장 변호사',
        '김경만 과기정통부 인공지능정책관',
        '이성엽 고려대 데이터법정책센터장',
        '이성엽 고려대 데이터법정책센터장',
      ],
    );
    assert.equal(qs[0].text, '미국에서 일어나는 역사상 가장 큰 AI 인프라 프로젝트');
    assert.ok(qs[1].text.includes('어렵다. 한쪽이'), 'one quote over two sentences');
    assert.ok(!qs.some((q) => q.text.includes('스타게이트')));
  });

  it('001: 업계 전문가들 "AGI 시대를 향한 게임체인저"라고 평가 is speech; \'제2의 맨하탄 프로젝트\'라는 평 is not', () => {
    const { pairs } = seedQuotes('001');
    assert.deepEqual(pairs, [['업계 전문가들', 'AGI 시대를 향한 게']]);
  });

  it('002: AI업계 관계자, 올트먼 CEO ×2, 에너지업계 관계자 ×2, 허사비스, WSJ ×2', () => {
    const { pairs } = seedQuotes('002');
    assert.deepEqual(
      pairs.map((p) => p[0]),
      [
        'AI업계 관계자',
        '올트먼 CEO',
        '올트먼 CEO',
        '에너지업계 관계자',
        '에너지업계 관계자',
        '데미스 허사비스 구글 딥마인드 최고경영자(CEO)',
        '월스트리트저널(WSJ)',
        '월스트리트저널(WSJ)',
      ],
    );
  });

  it('003: 트럼프 ×2, 머스크 (‘엑스’를 통해 “…”는 식의 … 발언)', () => {
    const { pairs } = seedQuotes('003');
    assert.deepEqual(
      pairs.map((p) => p[0]),
      ['트럼프', '트럼프', '머스크'],
    );
    assert.equal(pairs[2][1], '자금을 대기로 한 소프');
  });

  it('004: Trump (Calling it), Altman, Trump warned; 트럼프, 올트먼 CEO, 그는 → 트럼프; no “national energy emergency”', () => {
    const { text, qs, pairs } = seedQuotes('004');
    assert.deepEqual(
      pairs.map((p) => p[0]),
      ['Trump', 'Altman', 'Trump', '트럼프', '올트먼 CEO', '트럼프'],
    );
    assert.equal(qs[0].text, 'the largest AI infrastructure project in U.S. history');
    assert.ok(!qs.some((q) => /national energy emergency|국가 에너지 비상사태/.test(q.text)));
    const pron = qs[5].pronoun!;
    assert.equal(text.slice(pron.start, pron.end), '그');
  });
});

describe('extractQuotes forms', () => {
  it('tells scare quotes from speech in Korean', () => {
    assert.deepEqual(quotesOf('트럼프는 ‘국가 에너지 비상사태’를 선포했다.'), []);
    assert.deepEqual(quotesOf("일부에서는 '제2의 맨하탄 프로젝트'라는 평을 하기도 합니다."), []);
    assert.deepEqual(quotesOf('21일 ‘스타게이트 프로젝트’ 공동 발표하는 트럼프 대통령'), []);
    const q = quotesOf("김 장관은 'AI 강국이 되겠다'고 말했다.");
    assert.equal(q.length, 1);
    assert.equal(q[0].speaker?.text, '김 장관');
  });

  it('tells scare quotes from speech in English', () => {
    assert.deepEqual(quotesOf('Trump issued an order declaring a “national energy emergency” to secure power.'), []);
    const q = quotesOf('“We will build it here,” said Sam Altman. He added, "It is big."');
    assert.deepEqual(
      q.map((x) => [x.text, x.speaker?.text]),
      [
        ['We will build it here', 'Sam Altman'],
        ['It is big.', 'Sam Altman'],
      ],
    );
    assert.ok(q[1].pronoun);
  });

  it('finds the speaker after the quote in Korean', () => {
    const q = quotesOf('“규제를 풀어야 한다”고 김 교수는 말했다.');
    assert.equal(q[0].speaker?.text, '김 교수');
  });

  it('handles 「」 marks and quotes in a report paragraph', () => {
    const q = quotesOf('손정의 회장은 「AI가 모든 것을 바꿀 것이다」라고 말했다.');
    assert.equal(q.length, 1);
    assert.equal(q[0].speaker?.text, '손정의 회장');
  });

  it('works on CRLF and NFD text', () => {
    const t = '첫 줄이다.\r\n올트먼 CEO는 “트럼프 대통령이 없었으면 할 수 없었을 것”이라고 했다.'.normalize('NFD');
    const q = extractQuotes(t, splitSentences(t, [{ start: 0, end: t.length }]));
    assert.equal(q.length, 1);
    assert.equal(q[0].speaker!.text.normalize('NFC'), '올트먼 CEO');
    assert.equal(t.slice(q[0].start, q[0].end), q[0].text);
  });

  it('never throws and is linear on hostile input', () => {
    const inputs = [
      '“'.repeat(50000),
      '”'.repeat(50000),
      '“a”라며 '.repeat(20000),
      '"'.repeat(50001),
      "'".repeat(50001),
      '가는 '.repeat(30000) + '“말이다”고 말했다.',
      'x'.repeat(100000),
      ('said, “' + 'a '.repeat(10)).repeat(5000),
      '‘’'.repeat(50000),
    ];
    for (const t of inputs) {
      // No clock here: mocha's per-test timeout bounds the loop, which a catastrophic (exponential or quadratic)
      // pattern on these 100,000-character inputs cannot finish inside; speed is measured by `npm run bench`.
      // extractQuotes catches what it throws and notes it: an empty list alone would not show a crash.
      const { value: q, errors } = collectErrors(() => quotesOf(t));
      assert.deepEqual(errors, [], `threw on ${JSON.stringify(t.slice(0, 12))}`);
      assert.ok(Array.isArray(q));
    }
    assert.deepEqual(extractQuotes('abc', [{ start: 5, end: 2, lang: 'en' }]), []);
    assert.deepEqual(extractQuotes('', []), []);
  });
});

describe('extractQuotes headline form', () => {
  it('takes 트럼프 “…” at the end of a headline as speech by the name before it', () => {
    const q = quotesOf('트럼프 “미국이 AI를 소유할 것”\n본문이다.');
    assert.equal(q.length, 1);
    assert.equal(q[0].speaker?.text, '트럼프');
    assert.deepEqual(quotesOf('빅테크 3인방에 “720조 AI인프라”\n'), []);
    assert.deepEqual(quotesOf('바로 ‘스타게이트 프로젝트’'), []);
    assert.deepEqual(quotesOf('트럼프 ‘스타게이트 프로젝트’'), []);
  });
});

describe('extractQuotes continuations and partial quotes', () => {
  it('carries the speaker over 그러면서 and takes “called it” partial quotes as speech', () => {
    let q = quotesOf(
      '이재용 삼성전자 회장은 이날 기자들과 만나 “AI 투자를 늘리겠다”고 말했다. 그러면서 “협력이 중요하다”고 덧붙였다.',
    );
    assert.deepEqual(
      q.map((x) => x.speaker?.text),
      ['이재용 삼성전자 회장', '이재용 삼성전자 회장'],
    );
    q = quotesOf('Trump called it “the largest AI infrastructure project in history.” Critics disagreed.');
    assert.deepEqual(
      q.map((x) => x.speaker?.text),
      ['Trump'],
    );
    q = quotesOf('“This is huge,” Altman told reporters. OpenAI CEO Sam Altman said: "We need energy."');
    assert.deepEqual(
      q.map((x) => x.speaker?.text),
      ['Altman', 'OpenAI CEO Sam Altman'],
    );
  });
});

describe('extractQuotes: names of two words', () => {
  it('keeps a known two-word name before the title in the speaker (“젠슨 황 엔비디아 CEO는”)', () => {
    const qs = quotesOf('젠슨 황 엔비디아 CEO는 “미 행정부가 조언을 받고 있음을 보여준다”고 평가했다.');
    assert.equal(qs[0]?.speaker?.text, '젠슨 황 엔비디아 CEO');
  });
});

describe('extractQuotes: attributions after a dash and at a sentence start', () => {
  it('takes “…” — Name (a signed blockquote) as speech by that name, in one sentence', () => {
    assert.equal(
      quotesOf('“This wouldn’t have been possible without President Trump.” — Masayoshi Son')[0]?.speaker?.text,
      'Masayoshi Son',
    );
    assert.equal(
      quotesOf('“트럼프 대통령이 없었으면 할 수 없었을 것” ― 샘 올트먼 오픈AI CEO')[0]?.speaker?.text,
      '샘 올트먼 오픈AI CEO',
    );
  });
  it('reads “According to Ellison, …” with a capital A', () => {
    assert.equal(
      quotesOf('According to Ellison, “This wouldn’t have been possible without President Trump.”')[0]?.speaker?.text,
      'Ellison',
    );
  });
});
