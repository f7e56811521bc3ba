// The positioned objects of an indexed source (what hovers, diagnostics and the checker read).
import type { ExtractedQuote } from '../extract/quotes';
import type { Subject } from '../extract/subjects';
import type { SourceText } from '../text/text';
import type { FigureKind, Lang, Qualifier, Range, RawFigure, RawQuote, Sentence, Figure, Quote, Span } from '../types';

// Sentences, figures and quotes of a source work out their LSP range when asked: few ever are, and a stored
// Range (three objects) cost ~120 bytes apiece. The SourceText is the source's own (its text is kept anyway).

export class SourceSentence implements Sentence {
  constructor(
    public index: number,
    public start: number,
    public end: number,
    public lang: Lang,
    public text: string,
    private readonly st: SourceText,
  ) {}
  get range(): Range {
    return this.st.range(this.start, this.end);
  }
}

export class SourceFigure implements Figure {
  start: number;
  end: number;
  text: string;
  kind: FigureKind;
  unit: string;
  value: string;
  low?: string;
  high?: string;
  precision: string;
  qualifier: Qualifier;
  noun?: string;
  constructor(
    at: number,
    f: RawFigure,
    public lang: Lang,
    public sentence: number,
    public subject: Subject,
    private readonly st: SourceText,
  ) {
    this.start = at + f.start;
    this.end = at + f.end;
    this.text = f.text;
    this.kind = f.kind;
    this.unit = f.unit;
    this.value = f.value;
    this.low = f.low;
    this.high = f.high;
    this.precision = f.precision;
    this.qualifier = f.qualifier;
    this.noun = f.noun;
  }
  get range(): Range {
    return this.st.range(this.start, this.end);
  }
}

export class SourceQuote implements Quote {
  start: number;
  end: number;
  text: string;
  outer: Span;
  sentence: number;
  speaker?: RawQuote['speaker'];
  pronoun?: Span;
  constructor(
    q: ExtractedQuote,
    public lang: Lang,
    public speakerId: string | undefined,
    private readonly st: SourceText,
  ) {
    this.start = q.start;
    this.end = q.end;
    this.text = q.text;
    this.outer = q.outer;
    this.sentence = q.sentence;
    this.speaker = q.speaker;
    this.pronoun = q.pronoun;
  }
  get range(): Range {
    return this.st.range(this.start, this.end);
  }
}
