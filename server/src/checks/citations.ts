// citation-unknown: every [@key] in the report, known or not (a known one is a claim the hover and Find
// References use). Report-wide: it runs after the block checks and is not cached by block.
import { cachedSuggestions } from '../judge/checkCache';
import { suggestKeys } from '../judge/keySuggest';
import { citationFixTitle, unknownCitationMessage } from '../judge/messages';
import type { Claim, Range } from '../types';
import { lastAtOrBefore, type Check, type Judged } from './api';

/** A citation outside any sentence takes the language of the text this far before it (a table cell, a list). */
const LANG_CONTEXT = 200;

export const citationsCheck: Check = {
  id: 'citations',
  codes: [{ code: 'citation-unknown', severity: 'error', description: 'A citation key names no source.' }],
  scope: 'report',
  judge(input, scope) {
    const {
      corpus,
      report: { citations, prose },
      sentences,
      known,
    } = input;
    const st = scope.st;
    const out: Judged = { claims: [], findings: [] };
    for (const c of citations) {
      const src = known(c.key);
      const r = st.range(c.start, c.end);
      const near = sentences[lastAtOrBefore(sentences, c.start)];
      const lang =
        near && c.start <= near.end + 2
          ? near.lang
          : /[\uac00-\ud7a3]/.test(prose.slice(Math.max(0, c.start - LANG_CONTEXT), c.start))
            ? 'ko'
            : 'en';
      const claim: Claim = {
        type: 'citation',
        text: '@' + c.key,
        range: { start: st.positionAt(st.toOriginal(c.start - 1)), end: r.end },
        lang,
        citation: { key: c.key, known: !!src },
        cited: [c.key],
        status: src ? 'supported' : 'unknown',
        sources: [],
      };
      if (src) {
        const first = src.sentences[0];
        claim.sources.push({
          key: src.key,
          file: src.file,
          outlet: src.meta.outlet,
          author: src.meta.authors[0],
          date: src.meta.date,
          title: src.meta.title,
          lang: first?.lang ?? 'ko',
          sentence: { range: first?.range ?? zero(), text: first?.text ?? '' },
          agrees: true,
          score: 1,
        });
      }
      out.claims.push(claim);
      if (!src) {
        const suggestions = (
          input.cached ? cachedSuggestions(corpus, c.key, () => suggestKeys(corpus, c.key)) : suggestKeys(corpus, c.key)
        ).filter(known);
        out.findings.push({
          code: 'citation-unknown',
          severity: 'error',
          range: r,
          claim,
          message: unknownCitationMessage(c.key, suggestions, lang),
          fixes: suggestions.map((k, n) => ({
            title: citationFixTitle(k, lang),
            range: r,
            newText: k,
            preferred: n === 0,
          })),
        });
      }
    }
    return [out];
  },
};

const zero = (): Range => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
