// figure-mismatch, figure-unsupported: every figure in the report's prose against what the sources state
// about its subject (judgeFigures.ts).
import { extractFigures, inTemperatureScale, temperatureScale } from '../extract/figures';
import { columnUnit, inColumnUnit } from '../extract/columnUnit';
import { judgeSentenceFigures } from '../judge/figures';
import { avoidedWordings, inAvoidedWording } from '../judge/avoidedWording';
import { ordinals } from '../judge/figureIndex';
import { contextTermIds, figureSubjects, nounTerms, TABLE_ROW_WEIGHT } from '../extract/subjects';
import type { Figure, Lang } from '../types';
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
  // (the scale the whole report names for its temperatures reads a block's bare degrees)
  key: (input) => temperatureScale(input.report.prose) ?? null,
  judge(input, scope) {
    const {
      corpus,
      report: { prose },
      sentences,
      options,
      self,
    } = input;
    const out: Judged = { claims: [], findings: [] };
    let scale: '°C' | '°F' | null | undefined;
    for (let i = scope.first; i < scope.end; i++) {
      const s = sentences[i];
      const sText = prose.slice(s.start, s.end);
      const cited = input.citedFor(i).filter(input.known);
      const table = input.tableOf?.(i);
      // (a bare number in a table's cell is an amount of the unit its column's header gives: columnUnit.ts)
      const unit = table?.column !== undefined ? columnUnit(table.column, s.lang) : undefined;
      const read = unit
        ? inColumnUnit(sText, extractFigures(sText, s.lang), unit, s.lang)
        : extractFigures(sText, s.lang);
      // (a figure inside a wording the line quotes as one not to use, `never say "480 MW of batteries"`, is named, not
      // stated: judge/avoidedWording.ts)
      const avoided = avoidedWordings(sText);
      const kept =
        avoided.length && read.figures.some((f) => inAvoidedWording(avoided, f.start, f.end))
          ? { ...read, figures: read.figures.filter((f) => !inAvoidedWording(avoided, f.start, f.end)) }
          : read;
      // (bare degrees are of the one scale the report names, as in a source: extract/figures temperatureScale)
      const found = {
        ...kept,
        figures: inTemperatureScale(kept.figures, (scale ??= temperatureScale(prose) ?? null) ?? undefined),
      };
      // Most sentences state no figure: their clauses and context terms would go unread.
      if (!found.figures.length) continue;
      const ctx = input.contextOf(i);
      const headingText = input.headingOf?.(i);
      // A table cell that is a figure alone ("| Estimated capital cost | €6.4 billion |") says what it is of by its
      // row's label: the row's words are its own clause's, not only words around it (which refute nothing alone). Only
      // in a row whose other cells state no amount: in a comparison table's row ("| Hernandarias (Paraguay) | 1,000 MW
      // | 350 MW, Q3 2027 |") the label is the site's, and what each amount measures is its column's.
      const bare = !!table && !table.amountElsewhere && bareCell(sText, found.figures);
      const rowOwn = bare ? rowTermsOf(table!.row, s.lang, corpus.engine?.subjects) : undefined;
      const subjects = figureSubjects(
        sText,
        s.lang,
        found.figures,
        rowOwn ? (f) => [...nounTerms(f.noun, s.lang), ...rowOwn] : (f) => nounTerms(f.noun, s.lang),
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
          tableRow: table && { text: table.row, column: table.column, bare },
          sentenceStart: s.start,
          sentenceFigures: found.figures,
          headingText,
          headingPlaces: input.headingPlacesOf?.(i),
          headingNames: input.headingNamesOf?.(i),
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

/** Words a table cell may hold beside its figure and still be a figure alone: a qualifier's ("approx. 86 ha"). */
const CELL_QUALIFIER =
  /\b(?:approx(?:imately|\.)?|about|around|circa|c\.|nearly|some|roughly|up\s+to|over|under|more\s+than|less\s+than|at\s+least|at\s+most)(?=\s|$)|약|최대|최소|이상|이하|가량|정도|안팎/giu;
/** Whether a cell's text is its figures alone, but for a qualifier and punctuation. */
function bareCell(text: string, figures: readonly { start: number; end: number }[]): boolean {
  if (!figures.length) return false;
  let rest = '',
    at = 0;
  for (const f of figures) {
    rest += text.slice(at, f.start) + ' ';
    at = Math.max(at, f.end);
  }
  rest += text.slice(at);
  return !/\p{L}/u.test(rest.replace(CELL_QUALIFIER, ' '));
}
/** A row's terms at the weight a row's label has (its other cells' words). */
function rowTermsOf(row: string, lang: Lang, cx?: Parameters<typeof contextTermIds>[3]): [number, number][] {
  return contextTermIds(row, lang, TABLE_ROW_WEIGHT, cx);
}
