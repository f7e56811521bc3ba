// quote41: quotations given to the wrong person in unseen-60 and unseen-61 (0 of 6 caught). Each rule is tested on a
// small source written as its outlet would write it (other places, people and words), then on the set's line.
import { strict as assert } from 'assert';
import { plainText } from '../../server/src/corpus/readers/plainText';
import type { ReaderText } from '../../server/src/corpus/readers/reader';
import { figureJudged, messages, quoteJudged, reportLineJudged, writtenSources } from './judged';
import { on } from './quoted';

describe('quote41: a meeting transcript whose cues name the speaker in a WebVTT voice span', () => {
  // (as Microsoft Teams saves a transcript: each cue under an identifier of its own, the words in `<v Name>…</v>`)
  const vtt = [
    'WEBVTT',
    '',
    'NOTE',
    'Meeting: Nordic Grid Forum | Luleå after the second line',
    'Recorded: 4 March 2026, Microsoft Teams',
    '',
    '3f2a9c1d-77b0-4c1e-9d2f-5a6b7c8d9e01/11-0',
    '00:00:03.200 --> 00:00:11.900',
    '<v Maja Lindqvist>Welcome, everyone. With me is Petter Aho, who runs the Luleå campus for the venture.</v>',
    '',
    '3f2a9c1d-77b0-4c1e-9d2f-5a6b7c8d9e01/19-0',
    '00:00:12.100 --> 00:00:24.500',
    '<v Petter Aho>Thank you, Maja. We asked the grid company for a second 400 kV line in 2024,',
    'and the answer was the only one that let us build the second hall before the first was full.</v>',
    '',
    '3f2a9c1d-77b0-4c1e-9d2f-5a6b7c8d9e01/27-0',
    '00:00:25.000 --> 00:00:31.700',
    '<v Maja Lindqvist>And the town? What does Luleå get out of it?</v>',
    '',
    '3f2a9c1d-77b0-4c1e-9d2f-5a6b7c8d9e01/33-0',
    '00:00:32.000 --> 00:00:44.800',
    '<v Petter Aho>Heat, mostly. The district heating takes all of it from the first hall.</v>',
    '',
  ].join('\n');

  it("reads each cue as its speaker's turn, the identifiers left out", () => {
    const r = plainText.read(Buffer.from(vtt), 'teams-nordic-grid-forum.txt') as ReaderText;
    assert.ok(!r.text.includes('3f2a9c1d'), r.text);
    assert.ok(!r.text.includes('<v '), r.text);
    assert.match(r.text, /\n\nPetter Aho: Thank you, Maja\./);
  });

  it('gives the words to the speaker of their cue: another person named is misattributed', () => {
    const corpus = writtenSources({ 'teams-nordic-grid-forum.txt': vtt });
    const wrong = quoteJudged(
      corpus,
      'Maja Lindqvist said the grid answer "was the only one that let us build the second hall before the first was full".\n',
    );
    assert.deepEqual(wrong.codes, ['quote-misattributed/warning'], wrong.message);
    const right = quoteJudged(
      corpus,
      'Petter Aho said the grid answer "was the only one that let us build the second hall before the first was full".\n',
    );
    assert.equal(right.status, 'supported');
    assert.deepEqual(right.codes, []);
  });

  it("unseen-61 daugava L39: Hannah Voss's words given to Han Seong-gyu", () => {
    const r = on(
      'unseen-61',
      'daugava-bank-credit-note-stargate-ventspils-korean-supply-chain.md',
      'Han Seong-gyu said the Korean bid from Jeongeup',
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe('quote41: a Korean sentence announcing the words under it, its speaker after a relative clause', () => {
  // (a regional post's story: the speaker introduced by what they do, the words a paragraph of their own)
  const post = [
    '영산강 변압기, 발트해로 간다',
    '',
    '광주 평동산단의 한솔변압기가 라트비아 데이터센터에 변압기 24대를 납품합니다.',
    '',
    '올해 초부터 벤츠필스 현장에 나가 있는 문소희 품질관리 팀장은 전화로 이렇게 말했습니다.',
    '',
    '"겨울에 영하 25도까지 내려가는 곳이라, 광주에서 영하 30도 냉동 시험을 따로 거쳤습니다."',
    '',
    '서도윤 대표는 이번 수주로 2공장 증설을 앞당기기로 했습니다.',
    '',
  ].join('\n');

  it('gives the words to the person the relative clause leads up to', () => {
    const corpus = writtenSources({ 'naver-post-hansol-ko.txt': post });
    const wrong = quoteJudged(
      corpus,
      '- 서도윤 대표는 "겨울에 영하 25도까지 내려가는 곳이라, 광주에서 영하 30도 냉동 시험을 따로 거쳤습니다"라고 설명함.\n',
    );
    assert.deepEqual(wrong.codes, ['quote-misattributed/warning'], wrong.message);
    const right = quoteJudged(
      corpus,
      '- 문소희 팀장은 "겨울에 영하 25도까지 내려가는 곳이라, 광주에서 영하 30도 냉동 시험을 따로 거쳤습니다"라고 설명함.\n',
    );
    assert.deepEqual(right.codes, []);
  });

  it("unseen-60 miryang L30: 탁서윤's words given to 나윤철", () => {
    const r = on(
      'unseen-60',
      'miryang-siuihoe-jeongchaekjiwongwan-stargate-suju-gieop-geomto-ko.md',
      '나윤철 대표는 "우리 배전반은',
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe('quote41: a Korean sentence a post splits around the quotation it sets apart', () => {
  // (a community board's post: the speaker phrase ends one paragraph, the words are a blockquote, the verb opens the next)
  const page = [
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>한솔변압기, 라트비아 건 수주했네요 : 새로운소식</title></head>',
    '<body><div class="post_article">',
    '<p>광주 평동산단 한솔변압기가 라트비아 데이터센터 변압기를 따냈습니다. 계약금은 186억 원이라고 합니다.</p>',
    '<p>지역방송 인터뷰도 옮겨 둡니다. 한솔변압기 문소희 품질팀장은</p>',
    '<blockquote>"발트해 겨울이 길어서, 이번 물량은 전부 영하 30도 시험을 거쳐 나갑니다."</blockquote>',
    '<p>라고 했고, 광주시의회 오태준 의원은 상임위 질의에서</p>',
    '<blockquote>"평동에 일감이 왔으면 광주 청년을 먼저 뽑아야 합니다."</blockquote>',
    '<p>라고 했답니다. 하반기에 생산직 30명을 새로 뽑는다고 하네요.</p>',
    '</div></body></html>',
  ].join('\n');

  it('gives each quotation to the speaker phrase ending the paragraph before it', () => {
    const corpus = writtenSources({ 'clien-hansol-latvia-ko.html': page });
    const wrong = quoteJudged(
      corpus,
      '"평동에 일감이 왔으면 광주 청년을 먼저 뽑아야 합니다"라고 문소희 품질팀장이 밝혔다는 점도 눈여겨볼 만하다.\n',
    );
    assert.deepEqual(wrong.codes, ['quote-misattributed/warning'], wrong.message);
    const right = quoteJudged(
      corpus,
      '"평동에 일감이 왔으면 광주 청년을 먼저 뽑아야 합니다"라고 오태준 의원이 밝혔다는 점도 눈여겨볼 만하다.\n',
    );
    assert.deepEqual(right.codes, []);
    assert.equal(right.status, 'supported');
  });

  it("unseen-61 namwon L29: 류정애's words given to 변재윤", () => {
    const r = on(
      'unseen-61',
      'namwon-siuihoe-jeongchaekjiwongwan-geomto-stargate-namwon-gieop-ko.md',
      '"남원에 일감이 왔으니',
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe("quote41: a chat's export whose every message is a post (Telegram's HTML)", () => {
  const message = (id: number, day: string, body: string, forwarded?: string) =>
    [
      `<div class="message default clearfix" id="message${id}">`,
      '<div class="pull_left userpic_wrap"><div class="userpic userpic3"><div class="initials">NW</div></div></div>',
      '<div class="body">',
      `<div class="pull_right date details" title="${day} 10:00:00 UTC+02:00">10:00</div>`,
      '<div class="from_name">Nordic Watts</div>',
      forwarded
        ? `<div class="forwarded body"><div class="from_name">${forwarded}</div><div class="text">${body}</div></div>`
        : `<div class="text">${body}</div>`,
      '<div class="signature details">Eira Lund</div>',
      '</div></div>',
    ].join('\n');
  const page = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Exported Data</title></head>',
    '<body><div class="page_wrap"><div class="page_header"><div class="content"><div class="text bold">Nordic Watts</div></div></div>',
    '<div class="page_body chat_page"><div class="history">',
    '<div class="message service" id="message-1"><div class="body details">Channel «Nordic Watts» · data centres and grids from Oslo to Oulu</div></div>',
    message(
      101,
      '02.03.2026',
      '<strong>Oulu: second hall confirmed.</strong> Borealis Compute will build a second 60 MW hall at its Oulu campus, due in 2028, chief executive Mikko Salo told investors. The total investment rises to €1.1bn.',
    ),
    message(
      102,
      '09.03.2026',
      '<strong>Oulu heat deal.</strong> The city utility will take the waste heat of both halls from 2028.<br><br>Borealis spokeswoman Hanna Virtanen on the call: <em>"The heat was sold before the second hall was drawn."</em>',
    ),
    message(
      103,
      '16.03.2026',
      'Fishers oppose Oulu cooling outlet.<br><br>"Warm water in the bay is not a deal we signed," Lauri Kemppainen, chair of the Hailuoto fishers\' union, told Pohjolan Sanomat on Monday. Hailuoto mayor Anni Rautio has asked the utility for a study of the bay.',
      'Pohjolan Sanomat',
    ),
    message(
      104,
      '23.03.2026',
      '<strong>Luleå slips.</strong> Phase 1 of the Luleå campus (80 MW) is now due in Q3 2028, a quarter later: the 130 kV line still waits for its permit.',
    ),
    '</div></div></div></body></html>',
  ].join('\n');

  it('reads every message, a forwarded one too, not the longest alone', () => {
    const corpus = writtenSources({ 'telegram-export-nordic-watts.html': page });
    const text = corpus.sources[0].text;
    for (const w of ['second 60 MW hall', 'The heat was sold', 'Warm water in the bay', 'Luleå slips'])
      assert.ok(text.includes(w), `${w} in ${text}`);
  });

  it("gives a message's quotation to its speaker: another person named is misattributed", () => {
    const corpus = writtenSources({ 'telegram-export-nordic-watts.html': page });
    const wrong = quoteJudged(
      corpus,
      'Borealis chief executive Mikko Salo explained the deal on the call: "The heat was sold before the second hall was drawn."\n',
    );
    assert.deepEqual(wrong.codes, ['quote-misattributed/warning'], wrong.message);
    const forwarded = quoteJudged(
      corpus,
      '"Warm water in the bay is not a deal we signed," Hailuoto mayor Anni Rautio answered.\n',
    );
    assert.deepEqual(forwarded.codes, ['quote-misattributed/warning'], forwarded.message);
    const right = quoteJudged(
      corpus,
      'Borealis spokeswoman Hanna Virtanen said: "The heat was sold before the second hall was drawn."\n',
    );
    assert.deepEqual(right.codes, []);
  });

  it("unseen-60 gulf-crescent L15 and maww L27: the channel's quotations given to other people", () => {
    const a = on(
      'unseen-60',
      'gulf-crescent-bank-pf-credit-note-stargate-shagaya-miryang-suppliers.md',
      'Al-Enezi explained the change on the half-year call',
    );
    assert.deepEqual(a.codes, ['quote-misattributed']);
    const b = on('unseen-60', 'maww-members-brief-stargate-sendou-enfidha-water.md', 'Bargny mayor Khady Seck Diallo');
    assert.deepEqual(b.codes, ['quote-misattributed']);
  });
});

describe('quote41: a percent a line works out of a volume a day and one written without the day', () => {
  it("is the line's own arithmetic, which a source's percent of something else does not refute", () => {
    const corpus = writtenSources({
      'x-water.txt': [
        'Lakeside campus water permit granted',
        '',
        'The regional water office granted the Lakeside campus a permit for 900 cubic metres a day in May. The Lakeside campus company is 70% owned by the venture and 30% by a local utility.',
        '',
      ].join('\n'),
    });
    const j = figureJudged(
      corpus,
      '레이크사이드 캠퍼스의 취수 허가량은 하루 900㎥로, 신청량 1,200㎥의 75% 수준이다.\n',
      '75%',
    );
    assert.deepEqual(
      j.codes.filter((c) => c === 'figure-mismatch'),
      [],
      messages(j),
    );
  });

  it("unseen-61 namwon L27: 62.5% (1,500㎥ a day of 2,400㎥) is no mismatch against the feed's 60% ownership", () => {
    const j = reportLineJudged(
      'unseen-61',
      'namwon-siuihoe-jeongchaekjiwongwan-geomto-stargate-namwon-gieop-ko.md',
      27,
      '62.5%',
    );
    assert.deepEqual(
      j.codes.filter((c) => c === 'figure-mismatch'),
      [],
    );
  });
});

describe("quote41-feed: a news feed's item saved as text (RSS, Atom)", () => {
  const rss = [
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    '\t<title>Baltic Coast Courier &#8211; Economy</title>',
    '\t<link>https://balticcoastcourier.example</link>',
    '\t<item>',
    '\t\t<title>Liepāja port picks a 200 MW data campus for its old grain terminal</title>',
    '\t\t<dc:creator><![CDATA[Marta Ozola]]></dc:creator>',
    '\t\t<pubDate>Tue, 14 Apr 2026 21:10:00 +0000</pubDate>',
    '\t\t<description><![CDATA[The port board signed on Tuesday. [&#8230;]]]></description>',
    '\t\t<content:encoded><![CDATA[<p>The Liepāja port board on Tuesday leased its old grain terminal for a 200 MW data campus costing EUR 1.4 billion.</p>',
    '<p>&#8220;The grain left twenty years ago; the cable never did,&#8221; said Ints Bērziņš, the port director, at the signing.</p>',
    '<p>&#8220;We will watch every litre of water it takes from the lake,&#8221; said councillor Dace Kalna.</p>',
    ']]></content:encoded>',
    '\t</item>',
    '</channel></rss>',
  ].join('\n');

  it('reads the item: its headline, story, author, date and outlet, the quotations with their speakers', () => {
    const r = plainText.read(Buffer.from(rss), 'rss-baltic-coast-courier.txt') as ReaderText;
    assert.match(r.text, /^Liepāja port picks a 200 MW data campus/);
    assert.ok(!r.text.includes('<p>') && !r.text.includes('&#8220;'), r.text);
    assert.deepEqual(r.meta, {
      title: 'Liepāja port picks a 200 MW data campus for its old grain terminal',
      outlet: 'Baltic Coast Courier',
      authors: ['Marta Ozola'],
      date: '2026-04-14',
    });
    // (every character of the text copied from the file is that character of the file)
    for (const g of r.toOriginal!.segments)
      assert.equal(r.text.slice(g.text, g.text + g.length), rss.slice(g.file, g.file + g.length));
    const corpus = writtenSources({ 'rss-baltic-coast-courier.txt': rss });
    const wrong = quoteJudged(
      corpus,
      '"We will watch every litre of water it takes from the lake," said Ints Bērziņš, the port director.\n',
    );
    assert.deepEqual(wrong.codes, ['quote-misattributed/warning'], wrong.message);
  });

  it("unseen-61 rapti L37: the mayor of Manta's words given to the partner's chief executive", () => {
    const r = on(
      'unseen-61',
      'rapti-water-watch-brief-stargate-hetauda-water-power-compared.md',
      'said Valeria Cedeño Zambrano, chief executive',
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});
