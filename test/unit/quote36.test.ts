// Issue 10 (quote36): quotation misses of unseen-50 and unseen-51 and those left in the tuning sets at session 36. Each
// rule is tested on a small source written as its outlet would write it, then on the set's line.
import { strict as assert } from 'assert';
import { Corpus, buildSource } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { on } from './quoted';

const quoteClaims = (text: string, corpus: Corpus) => {
  const r = checkReport(corpus, text, {});
  return {
    codes: r.findings.filter((f) => f.code.startsWith('quote') && f.severity !== 'information').map((f) => f.code),
    statuses: r.claims.filter((c) => c.type === 'quote').map((c) => c.status),
  };
};
const speakers = (src: ReturnType<typeof buildSource>) =>
  src.quotes.map((q) => `${q.speakerId} | ${q.text.replace(/\s+/g, ' ')}`);

describe("quote36: a webinar's WebVTT transcript, each cue opened by who speaks (`Name (interpreted): …`)", () => {
  // A chamber of commerce's webinar, exported from its video platform as WebVTT and lightly corrected.
  const vtt = [
    'WEBVTT',
    '',
    'NOTE',
    'Chile-Korea Chamber of Commerce, webinar No. 7',
    '"Copper, power and data: the Antofagasta campus"',
    'Recorded 3 March 2026, Zoom webinar. Automatic transcript, corrected by the chamber.',
    'Speakers: Ignacio Salas (chamber, moderator); Park Seo-yeon (Hanul Electric); Andrea Fuentes (Stargate Chile).',
    'Interpretation from Korean by the chamber.',
    '',
    '1',
    '00:00:03.200 --> 00:00:10.900',
    'Ignacio Salas: Good afternoon and welcome. Ms Park, your company builds the switchgear. What did you sign?',
    '',
    '2',
    '00:00:11.300 --> 00:00:24.100',
    'Park Seo-yeon (interpreted): We signed a contract of 48 million dollars in January for the switchgear of the first two halls.',
    '',
    '3',
    '00:00:24.500 --> 00:00:33.700',
    'Park Seo-yeon (interpreted): Chile is a first step. We hope to ship every switchgear panel for the region from Changwon.',
    '',
    '4',
    '00:00:34.000 --> 00:00:41.200',
    'Ignacio Salas: Thank you. Andrea, how many halls in all?',
    '',
    '5',
    '00:00:41.600 --> 00:00:52.300',
    'Andrea Fuentes: Six halls, 240 megawatts at full build, and the first two open in 2028.',
    '',
  ].join('\n');
  const file = '/no/ckcc-webinar-antofagasta-transcript.txt';
  const read = () => {
    const { plainText } = require('../../server/src/corpus/readers/plainText');
    const r = plainText.read(Buffer.from(vtt), file);
    return buildSource(file, r.text, undefined, r.toOriginal);
  };

  it("gives each cue's words to the speaker its label names", () => {
    const got = speakers(read());
    assert.ok(
      got.some(
        (x) =>
          x ===
          'person:Park Seo-yeon | Chile is a first step. We hope to ship every switchgear panel for the region from Changwon.',
      ),
      got.join('\n'),
    );
    assert.ok(
      got.some((x) => /^person:Andrea Fuentes \| Six halls, 240 megawatts/.test(x)),
      got.join('\n'),
    );
  });

  it('names a changed word of the speaker a misquote, and supports the words as said', () => {
    const corpus = Corpus.of([read()]);
    const wrong = quoteClaims(
      'Park Seo-yeon said: "Chile is a first step. We hope to ship every switchgear panel for the continent from Changwon."',
      corpus,
    );
    assert.deepEqual(wrong.codes, ['quote-mismatch']);
    const right = quoteClaims(
      'Park Seo-yeon said: "Chile is a first step. We hope to ship every switchgear panel for the region from Changwon."',
      corpus,
    );
    assert.deepEqual(right.codes, []);
    assert.deepEqual(right.statuses, ['supported']);
  });

  it("unseen-50: Nuribolt's chief executive's webinar words with two changed", () => {
    const r = on(
      'unseen-50',
      'hernandarias-development-office-stargate-memo.md',
      'Paraguay is only the beginning. We want every power module for all three campuses',
    );
    assert.deepEqual(r.codes, ['quote-mismatch']);
  });
});

describe("quote36: a word the vocabulary pairs put for an outlet's Korean word it does not (방 → 공장)", () => {
  // An English trade weekly quotes a Korean shipbuilder's chief executive in English; the company's own channel posts
  // his words at the ceremony in Korean. "halls" has a pair (홀), the channel's 건물 none: another translator may
  // write another word for it, but not 공장 (factory), which the English does not say.
  const en = buildSource(
    '/no/offshore-weekly-ulsan-modules.md',
    [
      '# Ulsan yard ships first cooling modules for Johor campus',
      '',
      'Haesong Marine Works loaded the first 12 cooling modules for the Johor data campus on Friday.',
      '',
      'Haesong, a former maker of hull blocks, moved into process modules in 2022. "We welded hulls for thirty years; now we weld the halls that keep chips cool," said its chief executive, Kang Min-jae.',
    ].join('\n'),
  );
  const ko = buildSource(
    '/no/haesong-channel-first-shipment-ko.md',
    [
      '# 해송마린웍스, 조호르 데이터센터 냉각모듈 첫 출항',
      '',
      '해송마린웍스가 지난 14일 울산 야드에서 조호르 데이터센터용 냉각 모듈 12기를 처음 실어 보냈습니다.',
      '',
      '강민재 대표는 출항식에서 "30년 동안 선체를 용접해 온 손으로 이제 반도체를 식히는 건물을 만듭니다"라고 말했습니다.',
    ].join('\n'),
  );
  const corpus = Corpus.of([en, ko]);

  it("names the channel's 건물 made 공장 (factory), which the English does not say, a misquote", () => {
    const r = quoteClaims(
      '강민재 해송마린웍스 대표는 "30년 동안 선체를 용접해 온 손으로 이제 반도체를 식히는 공장을 만듭니다"라고 말했다.',
      corpus,
    );
    assert.deepEqual(r.codes, ['quote-mismatch']);
  });

  it("…another word the vocabulary does not pair either (시설, facility) is still another translator's: no flag", () => {
    const r = quoteClaims(
      '강민재 해송마린웍스 대표는 "30년 동안 선체를 용접해 온 손으로 이제 반도체를 식히는 시설을 만듭니다"라고 말했다.',
      corpus,
    );
    assert.deepEqual(r.codes, []);
  });

  it('supports his Korean words as posted', () => {
    const r = quoteClaims(
      '강민재 해송마린웍스 대표는 "30년 동안 선체를 용접해 온 손으로 이제 반도체를 식히는 건물을 만듭니다"라고 말했다.',
      corpus,
    );
    assert.deepEqual(r.codes, []);
  });

  it("unseen-51: the shipbuilder's chief executive's 방 (room) made a 공장 (factory)", () => {
    const r = on(
      'unseen-51',
      'busan-daily-econ-desk-mediterranean-stargate-suju-chogo-ko.md',
      '최윤서 동남플랜트모듈 대표는 "40년 동안',
    );
    assert.deepEqual(r.codes, ['quote-mismatch']);
  });
});

describe("quote36: a report's role set apart from the name (`Taesung's chief executive, Cho Yun-sang, said …`)", () => {
  // A trade magazine quotes a brokerage analyst on a memory maker; the maker's own people speak in another story.
  const src = buildSource(
    '/no/turbine-review-orders.md',
    [
      '# Stargate turbine orders leave makers booked into 2028',
      '',
      '"Hanbit has effectively booked all of its 2028 turbine output," said Lee Min-ho, an analyst at Daewon Securities in Seoul.',
      '',
      '"We are adding a third assembly line in Changwon," said Seo Ji-won, Hanbit\'s head of sales.',
    ].join('\n'),
  );
  const corpus = Corpus.of([src]);

  it("gives the analyst's words, moved to the maker's chief executive, to the analyst", () => {
    const r = quoteClaims(
      'Hanbit\'s chief executive, Park Jun-young, said the company had "effectively booked all of its 2028 turbine output".',
      corpus,
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });

  it("stays quiet when the role names the analyst's own firm", () => {
    const r = quoteClaims(
      'Daewon Securities\' chief analyst, Park Jun-young, said the maker had "effectively booked all of its 2028 turbine output".',
      corpus,
    );
    assert.deepEqual(r.codes, []);
  });

  it("unseen-14: the analyst's words given to Taesung's chief executive", () => {
    const r = on('unseen-14', 'korean-press-briefing-en.md', 'Cho Yun-sang, said the company had');
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});
