// How sources are read, metadata, in the layouts unseen-50 and unseen-51 read wrong (issue 10, session 36). Each rule
// is shown on a small document of the same kind written for it, from another sender, and on the real set's source.
// Each case fails with its rule undone.
import { strict as assert } from 'assert';
import { metaOf, fixtureSource } from './metadataTable';

const meta = metaOf;

describe('a disclosure copied from KIND, its title line company / report / bare date', () => {
  const doc =
    '동진정밀 / 단일판매ㆍ공급계약체결 / 2026.09.03\n' +
    '(KIND 공시뷰어에서 복사)\n' +
    '────────────────────────────────\n' +
    '회사명 : 동진정밀(주)          시장구분 : 코스닥시장\n' +
    '공시일 : 2026-09-03 17:05     정보제공 : 한국거래소\n' +
    '────────────────────────────────\n\n' +
    '1. 판매ㆍ공급계약 내용                냉각 모듈 공급\n' +
    '2. 계약금액(원)                        38,500,000,000\n';
  it("is the company's, the report's name its headline, dated by the title line", () => {
    const m = meta(doc);
    assert.equal(m.outlet, '동진정밀');
    assert.equal(m.title, '단일판매ㆍ공급계약체결');
    assert.equal(m.date, '2026-09-03');
  });
  it('unseen-51: 해림전선 / 유형자산 취득 결정', () => {
    const m = fixtureSource('unseen-51/sources/kind-haerim-cable-yuhyeongjasan-chwideuk-2026-06-18-ko.txt').meta;
    assert.equal(m.outlet, '해림전선');
    assert.equal(m.title, '유형자산 취득 결정');
    assert.equal(m.date, '2026-06-18');
  });
});
