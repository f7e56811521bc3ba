import { strict as assert } from 'assert';
import { figureJudged, figuresRead, messages, reportLineJudged, writtenSources } from './judged';
import { joinedPlaces } from '../../server/src/judge/joinedPlaces';

// unseen-73 obiliq L3, "Councillor Valmira Hajdari · for the session of 26 November 2026": a speaker's notes dated by
// the sitting they are for. The date line in pieces knew a date alone and "prepared by … for the meeting of …"
// (judge46a), not a piece that is the occasion alone: its day was read as a claim and flagged.
describe('judge47a: a masthead piece naming the occasion the notes are for', () => {
  it('dates the line as a date alone does, in English and Korean', () => {
    assert.deepEqual(
      figuresRead(
        '# Speech notes: the Stargate Obiliq agreement\n\nCouncillor Valmira Hajdari · for the session of 26 November 2026\n\n## Opening\n\n- The site is 47 hectares.\n',
      ),
      ['47 hectares'],
    );
    assert.deepEqual(
      figuresRead(
        '# Talking points: the Narva heat deal\n\nDeputy mayor Kaja Ilves | ahead of the council vote on 3 December\n\nThe campus draws 60 MW.\n',
      ),
      ['60 MW'],
    );
    assert.deepEqual(
      figuresRead('# 발언 메모: 나르바 폐열\n\n김도윤 의원 · 11월 26일 본회의용\n\n캠퍼스는 60MW다.\n'),
      ['60MW'],
    );
  });
  it('not a piece with another figure, nor one that is a clause', () => {
    assert.deepEqual(
      figuresRead('# Notes\n\nStargate Obiliq · for the 120 MW phase of 2028\n\nThe campus draws 60 MW.\n'),
      ['120 MW', '2028', '60 MW'],
    );
    assert.deepEqual(
      figuresRead(
        '# Notes\n\nThe council meets · for the session of 26 November the campus needs 40 MW\n\nThe campus draws 60 MW.\n',
      ),
      ['26 November', '40 MW', '60 MW'],
    );
  });
});

// unseen-72 jeong-daun L39, "파로호정밀은 북마케도니아와 카보베르데 데이터센터에 냉각장치 136대를 보내는데": the two orders
// together (96 + 40). The source sentence of the Skopje order alone (96대) refuted the line: a line that gives one
// amount to two places joined states their sum, and a source sentence naming one of them and not the other states
// that one's part (judge/joinedPlaces.ts).
describe('judge47a: one amount given to two places joined is their sum', () => {
  const corpus = writtenSources(
    {
      'gangwon-sanup-2026-11-03-ko.txt': [
        '영월 중소기업, 몰도바·조지아 데이터센터에 냉각장치 공급',
        '',
        '강원산업일보 2026년 11월 3일 박소연 기자',
        '',
        '강원 영월군의 중소기업 동강냉열이 몰도바 수도 키시너우 인근에 들어서는 스타게이트 데이터센터에 냉각분배장치 72대를 공급한다.',
        '계약 금액은 1,100만 유로다.',
        '동강냉열은 조지아 트빌리시의 스타게이트 캠퍼스에도 냉각분배장치 30대를 2028년 납품한다.',
        '',
      ].join('\n'),
      'kishinev-post-2026-11-04.txt': [
        'Korean cooling units for the Chisinau campus',
        '',
        'Kishinev Post, 4 November 2026',
        '',
        'Donggang Cooling of Korea will deliver 72 cooling distribution units to the Stargate data center near Chisinau in Moldova, the operator said.',
        '',
      ].join('\n'),
    },
    'xref-judge47a-joined-',
  );
  const judged = (line: string, fig: string) => figureJudged(corpus, `# 동네 소식\n\n${line}\n`, fig);
  it("a source's figure of one of them neither refutes nor vouches for the sum", () => {
    const ko = judged('영월의 동강냉열은 몰도바와 조지아 데이터센터에 냉각장치 102대를 보낸대요.', '102대');
    assert.deepEqual(ko.codes, [], messages(ko));
    // (the part given as the sum gets no ✓ from the part's own sentence)
    const part = judged(
      'Donggang Cooling ships 72 cooling units to the Moldova and Georgia data centers.',
      '72 cooling units',
    );
    assert.notEqual(part.status, 'supported');
  });
  it('only places are joined, not things (발전소와 해상풍력: unseen-14 L28 stays caught)', () => {
    const at = (t: string, f: string) => joinedPlaces(t, t.indexOf(f), t.indexOf(f) + f.length, 'ko');
    assert.deepEqual(
      at('동강냉열은 몰도바와 조지아 데이터센터에 냉각장치 102대를 보낸다.', '102대')?.map((x) => x.text),
      ['몰도바', '조지아'],
    );
    assert.equal(at('호쿠요전력은 LNG 발전소와 해상풍력으로 캠퍼스 전력 가운데 600MW를 공급한다.', '600MW'), undefined);
    assert.equal(at('태양광과 풍력 700MW를 짓는다.', '700MW'), undefined);
    assert.deepEqual(reportLineJudged('unseen-14', 'overseas-sites-review-ko.md', 28, '600MW').codes, [
      'figure-mismatch',
    ]);
  });
  it('a line naming one place is still judged by that place’s figure', () => {
    const one = judged('영월의 동강냉열은 몰도바 데이터센터에 냉각장치 102대를 보낸대요.', '102대');
    assert.deepEqual(one.codes, ['figure-mismatch'], messages(one));
    const en = judged('Donggang Cooling ships 102 cooling units to the Moldova data center.', '102 cooling units');
    assert.deepEqual(en.codes, ['figure-mismatch'], messages(en));
  });
});

// unseen-72 djenaba L20 and L21, a minister's briefing note: "# BRIEFING NOTE – FOR THE MINISTER", its header block's
// "Subject: Stargate Praia – RCV radio interview", then "## Key figures" and the rows "| Tax holiday | 12 years of
// corporate income tax |", "| Jobs | 90 permanent jobs and 45 apprenticeships, … |". Skopje's figures refuted them. The
// memo's subject line names its site as a title does (extract/report.ts `subject`, judge/check.ts titleText); a word
// that opens a heading, a row label or a header cell in sentence case ("Key figures", "Tax holiday", "Figure") is no
// place unless the report writes it as a name elsewhere (check.ts namesPastOpener), nor is a question word that opens
// a source's sentence ("What tax breaks does the project get?": en.json scope.openers).
describe("judge47a: a memo's subject line names its site; a sentence-case opener is no place", () => {
  // (the article names the memo's site too, in another sentence: only its sentences' own places set the rows apart)
  const corpus = writtenSources(
    {
      'tirana-times-2026-11-09.txt': [
        'Stargate Tirana: what the zone gives and what it asks',
        '',
        'Tirana Times, 9 November 2026',
        '',
        'The 60 MW campus is planned in the Sukth zone outside Tirana.',
        'What tax breaks does the project get?',
        'As a user of a free economic zone it pays no profit tax for 10 years, under the regime that applies to every investor there.',
        'How many jobs will it create?',
        'Adria Compute says 140 permanent jobs once both phases run, plus 60 apprenticeships at a vocational school in Tirana.',
        'Its sister campus in Mindelo, Cabo Verde, is a quarter of the size.',
        '',
      ].join('\n'),
    },
    'xref-judge47a-memo-',
  );
  const memo = (subject: string) =>
    [
      '# BRIEFING NOTE – FOR THE MINISTER',
      '',
      'To: Minister of Economy',
      'From: Ana Évora, Press Office',
      'Date: 23 November 2026',
      `Subject: ${subject}`,
      '',
      '## Key figures',
      '',
      '| Item | Figure |',
      '|---|---|',
      '| Tax holiday | 12 years of corporate income tax |',
      '| Jobs | 90 permanent jobs and 45 apprenticeships |',
      '',
    ].join('\n');
  it("another site's figures do not refute the rows of a memo about its own site", () => {
    for (const fig of ['12 years', '90 permanent jobs', '45 apprenticeships']) {
      const j = figureJudged(corpus, memo('Stargate Mindelo – radio interview, Tuesday 24 November'), fig);
      assert.deepEqual(
        j.codes.filter((c) => c === 'figure-mismatch'),
        [],
        `${fig}: ${messages(j)}`,
      );
    }
  });
  it('a memo about that site is still refuted by them', () => {
    for (const fig of ['12 years', '90 permanent jobs']) {
      const j = figureJudged(corpus, memo('Stargate Tirana – radio interview, Tuesday 24 November'), fig);
      assert.deepEqual(j.codes, ['figure-mismatch'], `${fig}: ${messages(j)}`);
    }
  });
});
