// Metadata unseen-30 and unseen-31 read wrong (issue 10, session 26). The pages in test/fixtures/unseen-meta26/ were
// written first, each from another issuer of the layout, then run; the two promoted sets' own metadata.json are
// asserted too. Each case fails with its rule undone.
import { strict as assert } from 'assert';
import { metaOf, metadataTable } from './metadataTable';
import { parseMetaLine } from '../../server/src/corpus/articleMeta';
import { isLabelLine, isPressReleaseMark } from '../../server/src/corpus/page';

describe('metadata of the layouts unseen-30 and unseen-31 left unread (test/fixtures/unseen-meta26/metadata.json)', () => {
  metadataTable('unseen-meta26');
});

describe('unseen-30 and unseen-31 (promoted in session 26): their metadata.json', () => {
  // The ministry's outlet is keyed as "Ministry Delegate in charge of … (Kingdom of Morocco)", a name the page never
  // writes (its heading adds "to the Head of Government", its footer drops it, neither adds the state): the heading's
  // name is read, and the key's spelling left as debatable.
  describe('unseen-30', () =>
    metadataTable(
      'unseen-30',
      {},
      { sub: 'sources', pending: { 'sources/morocco-mtnra-communique-guelmim-campus.txt': ['outlet'] } },
    ));
  describe('unseen-31', () => metadataTable('unseen-31', {}, { sub: 'sources' }));
});

const meta = metaOf;
const enBody =
  'The campus will draw 300 MW from the grid in its first phase, and its operator expects the second phase in 2029.\n';

describe('the conventions of session 26', () => {
  it("a communiqué's mark is a release's, no author; the ministry under the state's line is its issuer", () => {
    assert.ok(isPressReleaseMark('PRESS COMMUNIQUÉ'));
    assert.ok(isPressReleaseMark('Communiqué de presse'));
    const m = meta(
      `KINGDOM OF NORWAY\nMinistry of Digitalisation and Public Governance\n\nPRESS COMMUNIQUÉ\n\nOslo, 2 March 2026\n\nData centres to report their energy use\n\n${enBody}`,
    );
    assert.equal(m.outlet, 'Ministry of Digitalisation and Public Governance');
    assert.equal(m.title, 'Data centres to report their energy use');
    assert.deepEqual(m.authors, []);
  });
  it("a translator's note at the head is no headline", () => {
    const m = meta(
      `Courtesy English translation prepared at the request of the company. In case of discrepancy the Spanish text\nprevails.\n\nResolution on the grid connection of the Lleida campus\n\n${enBody}`,
    );
    assert.equal(m.title, 'Resolution on the grid connection of the Lleida campus');
  });
  it("a portal's counters beside the date are no outlet", () => {
    assert.ok(isLabelLine('스크랩 2,106'));
    assert.ok(isLabelLine('Bookmarks 41'));
    assert.equal(parseMetaLine('등록일 2026.09.14 | 조회 18,447 | 스크랩 2,106')?.outletRaw, undefined);
  });
  it("a cover price on an issue line says nothing of a name; a member magazine's 'Mailed' date dates it", () => {
    assert.equal(parseMetaLine('Vol. 75, No. 23 | Thursday, June 4, 2026 | $1.50')?.date, '2026-06-04');
    assert.equal(parseMetaLine('August 2026 · Vol. 58, No. 8 · Mailed July 29, 2026')?.date, '2026-07-29');
  });
  it("an officer's post after a byline's name is no author", () => {
    assert.deepEqual(parseMetaLine('By Brent Solberg, General Manager/CEO')?.authors, ['Brent Solberg']);
    assert.deepEqual(parseMetaLine('By Ana Ruiz, General Manager')?.authors, ['Ana Ruiz']);
  });
  it("a rating's dates and its analyst; the supervisor after the slash is no author", () => {
    assert.equal(
      parseMetaLine('평가일 : 2026.10.16          평가종류 : 본평가          공시일 : 2026.10.16')?.date,
      '2026-10-16',
    );
    assert.deepEqual(
      parseMetaLine('담당 애널리스트 : 주은혜 수석연구원 (02-6310-7712) / 책임자 : 백정우 실장')?.authors,
      ['주은혜'],
    );
  });
  it("a wiki's last edit dates the page", () => {
    assert.equal(parseMetaLine('최근 수정 시각: 2026-11-02 21:47:16')?.date, '2026-11-02');
  });
  it("a blog's front-matter title loses its rubric's label", () => {
    const m = meta(
      `---\ntitle: "[뉴스 정리] 울산 캠퍼스 300MW로 확정"\nblog: 전력망 노트\n---\n\n울산 캠퍼스의 1단계 수전 용량은 300MW로 확정됐다.\n`,
      'x.md',
    );
    assert.equal(m.title, '울산 캠퍼스 300MW로 확정');
  });
});

describe("a form's issuer field", () => {
  it('names the issuer without the address after its legal form', () => {
    const m = meta(
      `Name of the securities:   Class A Notes, ISIN XS3081146620\nIssuer:                   Fjordvik Data Campus ASA, Strandveien 50, 1366 Lysaker, Norway\nCompetent authority:      Financial Supervisory Authority of Norway\nListing:                  Oslo Stock Exchange\n\n${enBody}`,
    );
    assert.equal(m.outlet, 'Fjordvik Data Campus ASA');
  });
});
