// figure-mismatch, figure-unsupported: every figure in the report's prose against what the sources state
// about its subject (judgeFigures.ts).
import { extractFigures } from '../extract/figures';
import { judgeSentenceFigures } from '../judge/figures';
import { ordinals } from '../judge/figureIndex';
import { figureSubjects, nounTerms } from '../extract/subjects';
import type { Figure } from '../types';
import type { Check, Judged } from './api';

export const figuresCheck: Check = {
  id: 'figures',
  codes: [
    {
      code: 'figure-mismatch',
      severity: 'error',
      description: 'A figure disagrees with what the sources state about the same subject.',
    },
    {
      code: 'figure-unsupported',
      severity: 'information',
      description: 'No source speaks of what this figure is about.',
    },
  ],
  scope: 'block',
  judge(input, scope) {
    const {
      corpus,
      report: { prose },
      sentences,
      options,
      self,
    } = input;
    const out: Judged = { claims: [], findings: [] };
    for (let i = scope.first; i < scope.end; i++) {
      const s = sentences[i];
      const sText = prose.slice(s.start, s.end);
      const cited = input.citedFor(i).filter(input.known);
      const found = extractFigures(sText, s.lang);
      // Most sentences state no figure: their clauses and context terms would go unread.
      if (!found.figures.length) continue;
      const ctx = input.contextOf(i);
      const headingText = input.headingOf?.(i);
      const subjects = figureSubjects(
        sText,
        s.lang,
        found.figures,
        (f) => nounTerms(f.noun, s.lang),
        ctx,
        true,
        corpus.engine?.subjects,
      );
      const figs: Figure[] = found.figures.map((f, k) => {
        const subject = subjects[k];
        return {
          ...f,
          start: s.start + f.start,
          end: s.start + f.end,
          range: scope.st.range(s.start + f.start, s.start + f.end),
          lang: s.lang,
          sentence: i,
          subject,
          sentenceText: sText,
          sentenceStart: s.start,
          sentenceFigures: found.figures,
          headingText,
          headingPlaces: input.headingPlacesOf?.(i),
          titleText: input.titleOf?.(),
          placeContext: () => input.placeContextOf?.(i),
          actorContext: () => input.actorContextOf?.(i),
          itemLabel: () => input.itemLabelOf?.(i),
          // (within the block; or the block above's, which a block opening on "That is …" points back to: the block's
          // key holds its sentences, and that one: pointedBackOf)
          sentenceBefore: () =>
            i > scope.first
              ? { text: prose.slice(sentences[i - 1].start, sentences[i - 1].end), lang: sentences[i - 1].lang }
              : input.pointedBackOf?.(i),
        };
      });
      // Judged together: a source sentence that restates this one judges each of its figures (judge/figures.ts).
      const judged = judgeSentenceFigures(
        corpus,
        figs,
        ordinals(figs),
        cited,
        options.unsupportedFigures ?? 'information',
        self,
      );
      for (const { claim, finding } of judged) {
        out.claims.push(claim);
        if (finding) out.findings.push(finding);
      }
    }
    return [out];
  },
};
