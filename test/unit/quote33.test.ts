// Issue 10 (quote33): quotation lines unseen-44 and unseen-45 (promoted to tuning in session 33) got wrong. Each rule
// is tested on a small article written as its outlet would write it, then on the set's line.
import { strict as assert } from 'assert';
import { Corpus, buildSource } from '../../server/src/corpus/corpus';
import { checkReport } from '../../server/src/judge/check';
import { on, said } from './quoted';

const quoteClaims = (text: string, corpus: Corpus) => {
  const r = checkReport(corpus, text, {});
  return {
    codes: r.findings.filter((f) => f.code.startsWith('quote') && f.severity !== 'information').map((f) => f.code),
    statuses: r.claims.filter((c) => c.type === 'quote').map((c) => c.status),
    speakers: r.claims.filter((c) => c.type === 'quote').map((c) => (c.type === 'quote' ? c.quote?.speakerId : '')),
  };
};

describe("quote33: one speaker's words that the attribution broke in two, quoted as one", () => {
  // A wire story breaks a quotation with its attribution, as English news does.
  const story = [
    'Port workers want names, not promises',
    '',
    'By Liv Aaland',
    '',
    'NARVIK — The operator of the Narvik coal terminal said on Monday that 240 of its 310 workers would be offered jobs at the data campus that will replace it.',
    '',
    'Ingrid Solheim, who leads the dockers\' union at the terminal, said the offer had come without a list. "A promise is not a contract," she said. "We want to see who is on it before we believe it."',
    '',
    '"The list will be ready in March," the terminal\'s managing director, Henrik Dahl, said. "Nobody will be left without an offer."',
  ].join('\n');
  const corpus = Corpus.of([buildSource('/no/narvik.txt', story)]);

  it('supports a line quoting the two pieces as one, given to their speaker', () => {
    const r = quoteClaims(
      'Union leader Ingrid Solheim: "A promise is not a contract. We want to see who is on it before we believe it."',
      corpus,
    );
    assert.deepEqual(r.codes, []);
    assert.deepEqual(r.statuses, ['supported']);
  });

  it('flags the two pieces given to another person the story quotes', () => {
    const r = quoteClaims(
      'Managing director Henrik Dahl: "A promise is not a contract. We want to see who is on it before we believe it."',
      corpus,
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });

  it('flags a word changed in the pieces joined as a misquote, the source wording both pieces', () => {
    const r = checkReport(
      corpus,
      'Union leader Ingrid Solheim: "A promise is not a contract. We want to know who is on it before we believe it."',
      {},
    ).findings.filter((f) => f.code.startsWith('quote'));
    assert.deepEqual(
      r.map((f) => f.code),
      ['quote-mismatch'],
    );
    assert.equal(
      r[0].fixes[0].newText,
      'A promise is not a contract. We want to see who is on it before we believe it.',
    );
  });

  it('joins no pieces of two speakers', () => {
    const r = quoteClaims(
      'Henrik Dahl: "We want to see who is on it before we believe it. The list will be ready in March."',
      corpus,
    );
    assert.notDeepEqual(r.statuses, ['supported']);
  });

  it("supports unseen-44's notes line quoting Tsetsegmaa Baatar's two pieces as one", () => {
    const r = on('unseen-44', 'load-factor-ep58-khar-tal-prep-notes.md', 'Union branch chair Tsetsegmaa Baatar:');
    assert.deepEqual(r.codes, []);
    assert.deepEqual(
      r.claims.map((c) => c.status),
      ['supported'],
    );
  });
});

describe('quote33: an office "of" its portfolio before the name', () => {
  const story = [
    'Cabinet backs coal-to-compute plan',
    '',
    '"The plant has kept this town warm since 1979," Deputy Minister of Mining Batbold Tserendorj told reporters after the meeting.',
    '',
    'Oyuna Gantulga, an economist at the National University, was less sure. "A campus of this size needs a grid that does not exist yet," she said.',
  ].join('\n');
  const corpus = Corpus.of([buildSource('/mn/cabinet.txt', story)]);

  it('gives the words to the person after the portfolio, not to "Mining Batbold Tserendorj"', () => {
    assert.deepEqual(said('/mn/cabinet.txt', story), [
      'person:Batbold Tserendorj | The plant has kept this town warm since 1979',
      'person:Oyuna Gantulga | A campus of this size needs a grid that does not exist yet',
    ]);
  });

  it("reads a notes line's speaker written so before its colon", () => {
    const r = quoteClaims(
      'Deputy Minister of Mining Batbold Tserendorj: "A campus of this size needs a grid that does not exist yet."',
      corpus,
    );
    assert.deepEqual(r.speakers, ['person:Batbold Tserendorj']);
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });

  it("flags unseen-44's notes line giving Enkhjin Dorj's words to the deputy minister", () => {
    const r = on(
      'unseen-44',
      'load-factor-ep58-khar-tal-prep-notes.md',
      'Deputy Minister of Energy Munkhbayar Ganzorig:',
    );
    assert.deepEqual(r.codes, ['quote-misattributed']);
  });
});

describe('quote33: a pronoun after a quotation, the sentence before naming who spoke', () => {
  // Minutes as a municipal secretary writes them in English translation.
  const minutes = [
    'MINUTES OF THE ORDINARY SESSION OF 3 MARCH 2026',
    '',
    '4. PUBLIC COMMENTS. The Chair gave the floor to Ms. Rosa Elena Duarte, who explained that the pipeline would cross the river north of the bridge. "The works will take nine months, and the road stays open the whole time," she said. Cllr. Tomas Brandt then read the committee report.',
  ].join('\n');

  it('gives the words to the person the relative clause says spoke, not to the Chair', () => {
    assert.deepEqual(said('/pa/minutes.txt', minutes), [
      'person:Rosa Elena Duarte | The works will take nine months, and the road stays open the whole time',
    ]);
  });

  it("flags unseen-45's line giving the consortium chair's words to Councillor Moreno Quiróz", () => {
    const r = on(
      'unseen-45',
      'canal-and-code-ep58-two-oceans-research-notes.md',
      'Councillor Itzel Moreno Quiróz said',
    );
    assert.ok(r.codes.includes('quote-misattributed'), r.codes.join());
  });

  // A subject described by an appositive and a relative clause of ordinary length.
  const story = [
    'Grid plan welcomed',
    '',
    'Daniel Okafor, who chairs the workers\' council at the plant, said the members had seen no list. "Retraining is a word," he said.',
    '',
    'Sara Lindqvist, an engineer at the Nordic Grid Institute, whose report on the new line to the coast was published by the energy ministry in May, welcomed the plan. "The grid can take it if the wind comes first," she said.',
  ].join('\n');

  it('goes back to a subject whose relative clause is up to 90 characters long', () => {
    assert.deepEqual(said('/se/grid.txt', story), [
      'person:Daniel Okafor | Retraining is a word',
      'person:Sara Lindqvist | The grid can take it if the wind comes first',
    ]);
  });
});

describe('quote33: a second family name', () => {
  const minutes = [
    'ACTA No. 12',
    '',
    'Cllr. Lucía Paredes Soto said: "We want the road, but we want the market to stay where it is."',
    '',
    'VOTE: in favour 7; against 2 (Cllr. Paredes Soto, Cllr. Ríos).',
  ].join('\n');
  const corpus = Corpus.of([buildSource('/pe/acta.txt', minutes)]);

  it('is part of the full name a later surname alone refers back to', () => {
    const r = quoteClaims(
      [
        'At the session, Councillor Lucía Paredes Soto voted against the plan.',
        '',
        'Paredes, who chairs the market committee, said she wanted "the market to stay where it is."',
      ].join('\n'),
      corpus,
    );
    assert.deepEqual(r.speakers, ['person:Lucía Paredes Soto']);
    assert.deepEqual(r.statuses, ['supported']);
  });

  it("supports unseen-45's line giving Moreno her own words", () => {
    const r = on('unseen-45', 'canal-and-code-ep58-two-oceans-research-notes.md', 'Moreno, who voted against');
    assert.deepEqual(
      r.claims.map((c) => c.status),
      ['supported'],
    );
  });
});

describe('quote33: a portfolio of two words joined by "and" before the title', () => {
  const story = [
    'Desalination plant wins backing',
    '',
    'Trade and Industry Minister Kofi Asante Mensah called it a start. "Ghana has the sea and the sun. Now it has a buyer," he said at the signing.',
    '',
    'Stargate and Oracle declined to comment.',
  ].join('\n');
  const corpus = Corpus.of([buildSource('/gh/plant.txt', story)]);

  it("makes the minister the sentence's subject, whom the pronoun goes back to", () => {
    assert.deepEqual(said('/gh/plant.txt', story), [
      'person:Kofi Asante Mensah | Ghana has the sea and the sun. Now it has a buyer',
    ]);
  });

  it("reads a notes line's speaker written so before its colon", () => {
    const r = quoteClaims('Trade and Industry Minister Kofi Asante Mensah: "Ghana has the sea and the sun."', corpus);
    assert.deepEqual(r.speakers, ['person:Kofi Asante Mensah']);
    assert.deepEqual(r.statuses, ['supported']);
  });

  it("supports unseen-45's notes line with the minister named", () => {
    const r = on('unseen-45', 'canal-and-code-ep58-two-oceans-research-notes.md', 'Energy and Mines Minister Rosa');
    assert.deepEqual(
      r.claims.map((c) => [c.status, c.type === 'quote' ? c.quote?.speakerId : '']),
      [['supported', 'person:Rosa Elvira Quispe Salazar']],
    );
  });
});
