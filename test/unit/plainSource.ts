// An indexed source as plain data, for comparing two indexes of the same files (worker threads against this
// thread, a cache read back against a fresh index): ranges worked out, subjects by term name (term ids are a
// table's own), equivalences by figure index.
import type { Source } from '../../server/src/types';

export function plainSource(s: Source) {
  return {
    key: s.key,
    file: s.file,
    meta: s.meta,
    text: s.text,
    halves: s.halves,
    sentences: s.sentences.map((x) => ({ ...x, range: x.range })),
    figures: s.figures.map((f) => ({ ...f, range: f.range, subject: f.subject.entries() })),
    quotes: s.quotes.map((q) => ({ ...q, range: q.range })),
    equivalences: s.equivalences.map((e) => [s.figures.indexOf(e.a), s.figures.indexOf(e.b)]),
  };
}
