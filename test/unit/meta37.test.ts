// How sources are read, metadata, in the layouts unseen-52 and unseen-53 read wrong (issue 10, session 37), and a page
// read in the wrong character set. Each rule is shown on a small document of the same kind written for it, from
// another sender, and on the real set's source. Each case fails with its rule undone.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { metaOf, fixtureSource } from './metadataTable';
import { readSource } from '../../server/src/corpus/corpus';
import type { Source } from '../../server/src/types';

const meta = metaOf;

/** A saved page (its bytes) read as a source, from a folder of its own. */
function pageSource(bytes: string | Buffer): Source {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meta37-')), 'page.html');
  fs.writeFileSync(file, bytes);
  const s = readSource(file, 50e6);
  assert.ok(typeof s !== 'string', String(s));
  return s;
}

describe('a page saved as UTF-8 that still declares the charset it was served in (euc-kr)', () => {
  // A 종목토론실 post as a browser saves it: the portal serves EUC-KR, "Save Page As" writes UTF-8 and keeps the meta.
  const page =
    '<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="euc-kr">\n' +
    '<title>한빛냉동 : 종목토론실 - 네이버 증권</title>\n' +
    '<meta property="og:title" content="울산 2공장 준공 정리">\n' +
    '<meta property="og:site_name" content="네이버 증권">\n</head>\n<body>\n' +
    '<div id="content"><h2>한빛냉동 <em>104820</em></h2>\n' +
    '<table class="view"><tr><th>울산 2공장 준공 정리</th></tr>\n' +
    '<tr><td>coo1**** (211.36.***.***)</td><td>2026.08.27 07:41</td></tr></table>\n' +
    '<div class="view_se">주주님들 공시 정리입니다.<br><br>' +
    '울산 2공장은 총 840억 원을 들여 연 3만2,000대의 냉각 유닛을 만든다고 합니다.<br>' +
    '신규 채용은 120명이고 가동은 내년 3월부터라고 공시에 나와 있습니다.<br>' +
    '주요 납품처는 데이터센터 냉각 설비 업체들입니다.</div></div>\n</body>\n</html>\n';
  it('is read as UTF-8: its text, figures and headline are Korean, not mojibake', () => {
    const s = pageSource(Buffer.from(page, 'utf8'));
    assert.equal(s.meta.title, '울산 2공장 준공 정리');
    assert.equal(s.meta.outlet, '네이버 증권');
    assert.ok(s.text.includes('연 3만2,000대의 냉각 유닛'), s.text);
    assert.ok(s.figures.some((f) => f.text.startsWith('840억')), s.figures.map((f) => f.text).join(' '));
  });
  it('a page really in EUC-KR (CP949) that declares it is still read in that charset', () => {
    const s = pageSource(iconv.encode(page.replace('coo1****', '똠방****'), 'cp949'));
    assert.equal(s.meta.title, '울산 2공장 준공 정리');
    assert.ok(s.text.includes('연 3만2,000대의 냉각 유닛'), s.text);
  });
  it('a page in Windows-1252 that declares it is still read in that charset', () => {
    const en =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">' +
      '<title>Café Électrique plans a 40 MW campus – Le Courrier</title></head><body><article>' +
      '<h1>Café Électrique plans a 40 MW campus</h1><p>The café chain’s energy arm will spend €210 million on a ' +
      '40 MW data centre near Liège, it said on Tuesday, with 85 permanent jobs.</p></article></body></html>';
    const s = pageSource(iconv.encode(en, 'windows-1252'));
    assert.ok(s.text.includes('Liège'), s.text);
    assert.ok(s.text.includes('café chain’s'), s.text);
  });
  it('unseen-52: the 종목토론실 post saved from 네이버 증권', () => {
    const s = fixtureSource('unseen-52/sources/naver-jongmok-toronsil-gwangjin-steel-poti-seonjeok-ko.html');
    assert.equal(s.meta.outlet, '네이버 증권');
    assert.equal(s.meta.title, '포티 첫 선적 도착 + 2공장 정리 (장문)');
    assert.ok(s.figures.some((f) => f.text.startsWith('2억1,400만')), s.figures.map((f) => f.text).join(' '));
  });
});
