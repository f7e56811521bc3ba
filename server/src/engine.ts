// The engine as an object: createEngine() makes one, and it owns everything the engine keeps between calls
// (engineState.ts): the term table (text/terms.ts), the word table and last scans (extract/subjects.ts), the
// judges' indexes and the block cache of every corpus it loads. The CLI makes one a run, the language server
// one a server (lsp/server.ts); two engines in one process share no term id and no cache, and a long-running
// one keeps only its corpora's terms: a report's own terms are forgotten when its check ends.
//
// A corpus remembers its engine (Corpus.engine) and is always judged with it: checkReport(corpus, …) and
// engine.check(corpus, …) are the same call. Corpus.load without an engine uses the default engine's state.
import { Corpus, type CorpusOptions, type PartialLoad } from './corpus/corpus';
import { EngineState } from './engineState';
import { checkReport, type CheckOptions } from './judge/check';
import { SubjectContext } from './extract/subjects';
import type { SourceListing } from './corpus/pg';
import type { CheckResult, Source } from './types';

export interface EngineOptions {
  /** Worker threads each corpus load indexes with, unless its options say (CorpusOptions.workers). */
  workers?: number;
  /** The least size of the term table that is compacted (engineState.ts; default TERM_LIMIT). */
  termLimit?: number;
}

/** Where a corpus's articles come from (CorpusOptions without the engine, which is this one). */
export type LoadOptions = Omit<CorpusOptions, 'engine'>;

export class Engine extends EngineState {
  constructor(private readonly engineOptions: EngineOptions = {}) {
    super(new SubjectContext(), engineOptions.termLimit);
  }

  private corpusOptions(options: LoadOptions): CorpusOptions {
    return { ...options, workers: options.workers ?? this.engineOptions.workers, engine: this };
  }

  /** Reads every article under the folders into a corpus of this engine. Never throws: what it cannot read is in `skipped`. */
  loadCorpus(options: LoadOptions, onProgress?: (done: number, total: number, file: string) => void): Corpus {
    return Corpus.load(this.corpusOptions(options), onProgress);
  }

  /** loadCorpus yielding to the event loop between files (the language server). */
  loadCorpusAsync(
    options: LoadOptions,
    onProgress?: (done: number, total: number, file: string) => void,
    isCancelled?: () => boolean,
    partial?: PartialLoad,
  ): Promise<Corpus> {
    return Corpus.loadAsync(this.corpusOptions(options), onProgress, isCancelled, partial);
  }

  /** Checks a report against a corpus (judged with the engine that loaded it). Never throws: see checkReport. */
  check(corpus: Corpus, text: string, options: CheckOptions = {}): CheckResult {
    return checkReport(corpus, text, options);
  }

  /** The whole index of a corpus as `stargate-xref index --json` prints it. */
  indexJson(corpus: Corpus): object {
    return indexJson(corpus);
  }

  /** Terms in the table now: the lexicon's and the corpora's (a report's are gone when its check ends). */
  get termCount(): number {
    return this.subjects.terms.size;
  }
}

/** A new engine, sharing nothing with any other. */
export function createEngine(options: EngineOptions = {}): Engine {
  return new Engine(options);
}

/** A source's metadata as the CLI's JSON gives it. */
export function sourceJson(s: Source | SourceListing) {
  return {
    key: s.key,
    file: s.file,
    title: s.meta.title ?? null,
    outlet: s.meta.outlet ?? null,
    date: s.meta.date ?? null,
    ...(s.meta.modified ? { modified: s.meta.modified } : {}),
    language: s.meta.languages.join('+'),
    authors: s.meta.authors,
  };
}

/** The whole index of a corpus (`index --json`): sources with metadata, sentences, figures with their subject's concepts, quotes. */
export function indexJson(corpus: Corpus) {
  return {
    version: 1,
    sources: corpus.sources.map((s) => ({
      ...sourceJson(s),
      halves: s.halves.map((h) => ({ language: h.lang, title: h.title })),
      sentences: s.sentences.map((x) => ({ text: x.text, range: x.range, language: x.lang })),
      figures: s.figures.map((f) => ({
        text: f.text,
        range: f.range,
        value: f.value,
        low: f.low,
        high: f.high,
        unit: f.unit,
        kind: f.kind,
        qualifier: f.qualifier,
        noun: f.noun,
        subject: f.subject
          .entries()
          .filter(([t, w]) => !t.includes(':') && w >= 1)
          .map(([t]) => t),
        sentence: f.sentence,
      })),
      equivalences: s.equivalences.map((e) => [e.a.text, e.b.text]),
      quotes: s.quotes.map((q) => ({
        text: q.text,
        range: q.range,
        speaker: q.speaker?.text ?? null,
        speakerId: q.speakerId ?? null,
        sentence: q.sentence,
      })),
    })),
    skipped: corpus.skipped,
  };
}
