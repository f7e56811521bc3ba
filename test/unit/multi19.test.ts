// A line with several figures where one is right and the planted wrong one found nothing (issue 10, multi19): shares
// swapped between holders, where the holder's own share in the sentence that vouches for the line's other figure is
// no candidate (its words are too common, or the line is English and the article Korean), or where the source sets
// a holder off with a description before its share ("Caddo Power, a Shreveport-based utility, 20%"). The articles of
// test/fixtures/unseen-multi19/ (a Gulf Coast wire, a Kansas wire, a Korean regional daily, a utility's call) were
// written first.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Corpus } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { extractFigures } from '../../server/src/extract/figures';
import { holderOf, labelOf } from '../../server/src/judge/holder';

const DIR = path.join(__dirname, '..', 'fixtures', 'unseen-multi19');
const corpus = Corpus.load({ folders: [path.join(DIR, 'sources')], useBundled: false, workers: 0 });
const statuses = (line: string) =>
  checkReport(corpus, `# Notes\n\n${line}\n`)
    .claims.filter((c) => c.type === 'figure')
    .map((c) => [c.text, c.status]);

describe('multi19: a holder set off by a description before its share', () => {
  it('"and Caddo Power, a Shreveport-based utility, 20%" is Caddo Power\'s', () => {
    const t =
      'OpenAI holds 50% of the project company, Oracle 30% and Caddo Power, a Shreveport-based utility, 20%, according to a term sheet.';
    const figs = extractFigures(t, 'en').figures;
    assert.deepEqual(
      figs.map((f) => [f.text, holderOf(t, f.start, f.end, 'en', figs)]),
      [
        ['50%', ['OpenAI']],
        ['30%', ['Oracle']],
        ['20%', ['Caddo Power']],
      ],
    );
  });
  it('the swapped shares are mismatches, the true line is supported', () => {
    assert.deepEqual(statuses('The project company is owned 50% by OpenAI, 20% by Oracle and 30% by Caddo Power.'), [
      ['50%', 'supported'],
      ['20%', 'conflicting'],
      ['30%', 'conflicting'],
    ]);
    assert.deepEqual(statuses('The project company is owned 50% by OpenAI, 30% by Oracle and 20% by Caddo Power.'), [
      ['50%', 'supported'],
      ['30%', 'supported'],
      ['20%', 'supported'],
    ]);
  });
});

describe("multi19: the holder's share in the sentence that vouches for the line", () => {
  it('an English line against a Korean list: OpenAI\'s 45% is refuted by "오픈AI 35%"', () => {
    const r = statuses('OpenAI holds 45% of the joint venture, with Seorim Energy at 35% and Hangyeol Digital at 20%.');
    assert.deepEqual(r[0], ['45%', 'conflicting']);
    assert.notEqual(r[1][1], 'supported');
  });
  it('the true line, whichever holder it names first, is not flagged', () => {
    for (const c of statuses(
      'Seorim Energy holds 45% of the Cheongna joint venture, with OpenAI at 35% and Hangyeol Digital at 20%.',
    ))
      assert.notEqual(c[1], 'conflicting', JSON.stringify(c));
  });
  it("another venture's list that names none of the line's other holders does not refute the holder's share", () => {
    // OpenAI holds 50% of the Louisiana company (Oracle, Caddo Power), not of the Cheongna venture.
    const r = statuses(
      'Seorim Energy holds 45% of the Cheongna joint venture, with OpenAI at 35% and Hangyeol Digital at 20%.',
    );
    assert.notEqual(r[1][1], 'conflicting');
  });
});

describe('multi19: amounts of a list by what each is of', () => {
  it('labelOf reads the words after "of", and none where another amount\'s words follow', () => {
    const t =
      'Sooner Electric said the program would include about $3.1 billion of solar and $2.1 billion of gas turbines.';
    const figs = extractFigures(t, 'en').figures;
    assert.deepEqual(
      figs.map((f) => [f.text, labelOf(t, f.start, f.end, 'en', figs)]),
      [
        ['$3.1 billion', ['solar']],
        ['$2.1 billion', ['gas', 'turbine']],
      ],
    );
    const u = 'The loan covers $40 billion of the $100 billion cost.';
    const g = extractFigures(u, 'en').figures;
    assert.equal(labelOf(u, g[0].start, g[0].end, 'en', g), undefined);
  });
  it('a swap of solar and gas turbines is two mismatches; the true list is supported', () => {
    const r = statuses(
      'Sooner Electric will spend about $5.2 billion on new generation for the campus: $2.1 billion of solar and $3.1 billion of gas turbines.',
    );
    assert.deepEqual(r, [
      ['$5.2 billion', 'supported'],
      ['$2.1 billion', 'conflicting'],
      ['$3.1 billion', 'conflicting'],
    ]);
    assert.deepEqual(
      statuses(
        "Sooner Electric's $5.2 billion program includes about $3.1 billion of solar and $2.1 billion of gas turbines.",
      ),
      [
        ['$5.2 billion', 'supported'],
        ['$3.1 billion', 'supported'],
        ['$2.1 billion', 'supported'],
      ],
    );
  });
  it("a utility's own call ('we will build … $2.6 billion of wind and $1.2 billion of battery storage')", () => {
    const r = statuses(
      'To serve the campus, Evergreen Power will build about $3.8 billion of new assets: $1.2 billion of wind and $2.6 billion of battery storage.',
    );
    assert.deepEqual(r.slice(1), [
      ['$1.2 billion', 'conflicting'],
      ['$2.6 billion', 'conflicting'],
    ]);
  });
});

describe("multi19: a count of the stage the line's other count is not of", () => {
  it('"공사 인력은 최대 900명, 상시 근로자는 260명이다" is refuted by the construction workforce beside the 260', () => {
    const r = statuses('공사 인력은 최대 900명, 상시 근로자는 260명이다.');
    assert.deepEqual(r, [
      ['900명', 'conflicting'],
      ['260명', 'supported'],
    ]);
    assert.deepEqual(statuses('공사 인력은 최대 2200명, 상시 근로자는 260명이다.'), [
      ['2200명', 'supported'],
      ['260명', 'supported'],
    ]);
  });
  it('the staff once it runs is not vouched for by the construction workforce of the same value', () => {
    const r = statuses('The campus will sit on 2,400 acres west of Ely and employ about 2,200 people once it runs.');
    assert.deepEqual(r[1], ['2,200 people', 'conflicting']);
  });
});

describe('multi19: a Korean object or comparison before a percent is no holder', () => {
  it('"생산능력을 40%", "지금보다 50%" name no holder', () => {
    const t = '세진메모리는 평택 공장에 3조 원을 들여 HBM 생산능력을 40% 늘린다.';
    const figs = extractFigures(t, 'ko').figures;
    const p = figs.find((f) => f.kind === 'percent')!;
    assert.equal(holderOf(t, p.start, p.end, 'ko', figs), undefined);
    const u = '내년 하반기 가동하면 3조 원 라인의 HBM 생산능력은 지금보다 50% 늘어난다.';
    const g = extractFigures(u, 'ko').figures;
    const q = g.find((f) => f.kind === 'percent')!;
    assert.equal(holderOf(u, q.start, q.end, 'ko', g), undefined);
  });
  it("the line's percent is judged by the article's 50%, not kept apart as another holder's", () => {
    const memo = fs.readFileSync(path.join(DIR, 'reports', 'sejin-memo-ko.md'), 'utf8');
    const r = checkReport(corpus, memo)
      .claims.filter((c) => c.type === 'figure' && c.range.start.line === 2)
      .map((c) => [c.text, c.status]);
    assert.deepEqual(r, [
      ['3조 원', 'supported'],
      ['40%', 'conflicting'],
    ]);
  });
});

describe("multi19: a count paired by its stage below the contradiction bar does not set aside the line's own source", () => {
  it("the campus's 260 permanent jobs beside the power plants' 900 jobs and 40 permanent positions", () => {
    const r = statuses(
      'The Ely campus brings about 2,200 construction jobs and 260 permanent jobs, on top of about 900 jobs building the power plants.',
    );
    for (const c of r) assert.notEqual(c[1], 'conflicting', JSON.stringify(c));
  });
});
