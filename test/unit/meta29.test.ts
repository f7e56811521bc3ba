// How sources are read, body and metadata, in the layouts unseen-36 and unseen-37 read wrong (issue 10, session 29).
// The documents in test/fixtures/unseen-meta29/ were written first, each from another sender of the layout, then run;
// the two promoted sets' own metadata.json are asserted too, the fields still read wrong pending with the reason. Each
// case fails with its rule undone.
import { strict as assert } from 'assert';
import { fixtureSource, metaOf, metadataTable, sentenceTexts } from './metadataTable';
import { parseArticle } from '../../server/src/corpus/article';
import { findDate, parseMetaLine } from '../../server/src/corpus/articleMeta';

const source = fixtureSource;
const sentences = sentenceTexts;
const meta = metaOf;

describe('metadata of the layouts unseen-36 and unseen-37 left unread (test/fixtures/unseen-meta29/metadata.json)', () => {
  metadataTable('unseen-meta29');
});

describe('unseen-36 and unseen-37 (promoted in session 29): their metadata.json', () => {
  // Pending: the securities note's RA (`RA 오세린 …`) is keyed an author here, where unseen-18, -24, -25, -32, -meta21 and
  // -meta27 key a note's RA as no author; the reader keeps to the earlier keys (the analyst alone).
  describe('unseen-36', () =>
    metadataTable(
      'unseen-36',
      {},
      {
        sub: 'sources',
        pending: { 'sources/garam-securities-geumgang-company-note-2026-09-08-ko.txt': ['authors'] },
      },
    ));
  describe('unseen-37', () => metadataTable('unseen-37', {}, { sub: 'sources' }));
});

describe('a text copied from a paged document (a PDF): its page furniture is no text', () => {
  it("a transcript's page numbers and its running head (company, date) under each page break are left out", () => {
    const all = sentences(source('unseen-meta29/kaveri-grid-q1fy27-earnings-call-transcript.txt'));
    assert.ok(!all.some((t) => /Page \d+ of 11/.test(t)), all.join('\n'));
    assert.ok(!all.some((t) => t.trim() === 'Kaveri Grid Infrastructure Limited'), all.join('\n'));
    assert.ok(all.some((t) => t.includes('EBITDA')));
  });
  it("a note's `1 / 4` and its running head (`대성전선 (033450)   하늘투자증권 | 2026. 10. 21`) are left out", () => {
    const all = sentences(source('unseen-meta29/haneul-securities-daesung-cable-note-2026-10-21-ko.txt'));
    assert.ok(!all.some((t) => /^\d \/ 4$/.test(t.trim())), all.join('\n'));
    assert.ok(!all.some((t) => t.includes('하늘투자증권 | 2026')), all.join('\n'));
    assert.ok(all.some((t) => t.includes('1조 2,300억 원')));
  });
  it('a line under a page break that does not come back under the next is the text, not a running head', () => {
    const doc =
      'Annual note\n\nThe firm grew in 2026.\n\nPage 1 of 2\n\nSales rose 10% in the year.\n\nPage 2 of 2\n\nCosts fell 5% in the year.\n';
    const text = parseArticle(doc, 'x.txt').sentences.map((s) => doc.slice(s.start, s.end));
    assert.ok(text.includes('Sales rose 10% in the year.'), text.join('|'));
    assert.ok(text.includes('Costs fell 5% in the year.'), text.join('|'));
    assert.ok(!text.some((t) => t.startsWith('Page ')), text.join('|'));
  });
});

describe("a translator's head over a translated document", () => {
  it("a certified translation's header (`CERTIFIED TRANSLATION -- …`, `Translator: …`, `Source document: …`) is no text", () => {
    const all = sentences(source('unseen-meta29/dof-notice-bajio-substation-2026-07-22-en.txt'));
    assert.ok(!all.some((t) => /Perito Traductor|CERTIFIED TRANSLATION|Source document/.test(t)), all.join('\n'));
    assert.ok(all.some((t) => t.includes('4,600 (four thousand six hundred) million pesos')));
  });
});

describe("an editor's note on the copy at a document's head", () => {
  it('a note alone on its line is that line only: the title under it stays the headline', () => {
    const m = meta(
      '[English translation]\nGrant of a water allocation to the Dholera campus\n\nThe Government has decided to allocate 2 MLD of water to the campus.\n',
    );
    assert.equal(m.title, 'Grant of a water allocation to the Dholera campus');
  });
  it("a summary's label (`[Summary]`) is no note on the copy: what follows it stays text", () => {
    const doc =
      '[Summary] 금강중전기는 7월 28일 변압기 36대(2,380억 원) 공급 계약을 공시했다.\n\n금강중전기의 수주잔고는 2조 원을 넘었다.\n';
    const text = parseArticle(doc, 'x.txt').sentences.map((x) => doc.slice(x.start, x.end));
    assert.ok(
      text.some((t) => t.includes('2,380억 원')),
      text.join('|'),
    );
  });
});

describe('dates and labels of records', () => {
  it('a date day first with hyphens or dots (`29-10-2026`, `14.11.2026`) is read when the numbers say which is the day', () => {
    assert.equal(findDate('29-10-2026')?.iso, '2026-10-29');
    assert.equal(findDate('14.11.2026')?.iso, '2026-11-14');
    assert.equal(findDate('03-10-2026'), undefined);
  });
  it("a label with its translation after a slash (`Record updated / Fecha de actualización:`) is the label's", () => {
    assert.equal(parseMetaLine('Record updated / Fecha de actualización: 29-10-2026')?.date, '2026-10-29');
  });
  it("a table's rows each opening with a date are its steps' dates, not the document's", () => {
    const m = meta(
      'PROJECT RECORD\n\nRecord updated: 14-11-2026\n\nProject name   : Kimal Line\nProponent      : Transmisora SpA\n\n' +
        ' Date         Step\n 18-09-2026   DIA submitted\n 03-10-2026   DIA admitted to processing\n\nThe line is 46 km long.\n',
    );
    assert.equal(m.date, '2026-11-14');
  });
  it("a date alone under a form's field, set in to its value's column, is the field's", () => {
    const m = meta(
      'Record updated: 14-11-2026\n\nProject name   : Kimal Line\nAdmission      : Exempt Resolution No. 0211/2026,\n' +
        '                 18-10-2026\n\nThe line is 46 km long.\n',
    );
    assert.equal(m.date, '2026-11-14');
  });
  it('`Analyst 문예진  02-…  …@…` (the contacts in columns) names the analyst; the RA is no author', () => {
    assert.deepEqual(parseMetaLine('Analyst 문예진  02-6280-3317  yejin.moon@haneulsec.co.kr')?.authors, ['문예진']);
    assert.equal(parseMetaLine('RA      강태오  02-6280-3329  taeo.kang@haneulsec.co.kr')?.authors?.length ?? 0, 0);
  });
  it("a brief's date and its labelled writer on one line (`발간일 … | 작성: 팀 이름 선임연구원 (…@…)`)", () => {
    const m = parseMetaLine('발간일 2026. 10. 27. | 작성: 정책연구팀 윤서진 책임연구원 (sjyoon@kaecc.or.kr)');
    assert.equal(m?.date, '2026-10-27');
    assert.deepEqual(m?.authors, ['윤서진']);
  });
});

describe('rules that must not read other documents so', () => {
  it("a headline about a call is no company's transcript: the outlet stays the page's", () => {
    const m = meta('Nvidia Q3 earnings call: five takeaways\n\nBy Jane Roe\n\nNvidia said revenue rose 20%.\n');
    assert.notEqual(m.outlet, 'Nvidia');
  });
  it("a transcript service's page (`… Earnings Call Transcript`) is not the company's", () => {
    const m = meta(
      'SoftBank Group Corp. (SFTBY) Q2 FY2025 Earnings Call Transcript\nNov. 11, 2025 3:00 AM ET\n\nOperator\n\nGood day.\n',
    );
    assert.equal(m.outlet, undefined);
  });
  it('a slogan over a box that is no release letterhead is not set aside', () => {
    const m = meta(
      '성장하는 산업\n\n┌──────────┐\n│ 목 차 │\n└──────────┘\n\n한빛전력은 2027년까지 1,500억 원을 투자한다.\n',
    );
    assert.notEqual(m.title, undefined);
  });
});
