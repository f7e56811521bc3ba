// quote-mismatch, quote-misattributed, quote-unsupported: the report's speech quotations against the
// sources' (judge/quotes.ts), then, in a second pass, other words in quotation marks.
import { judgeQuote } from '../judge/quotes';
import { concept, findTerms, inOtherName, resolveEntity } from '../domain/lexicon';
import { speakerIdOf } from '../extract/people';
import { findPairs } from '../extract/quotes';
import type { Quote } from '../types';
import type { Check, CheckInput, Judged } from './api';

/** Quoted words not taken for speech are compared only from this many words on: shorter ones are terms or titles. */
const MIN_QUOTED_WORDS = 3;

export const quotesCheck: Check = {
  id: 'quotes',
  codes: [
    { code: 'quote-mismatch', severity: 'warning', description: 'A quotation differs from the source wording.' },
    {
      code: 'quote-misattributed',
      severity: 'warning',
      description: 'A quotation is given to someone other than its speaker in the sources.',
    },
    { code: 'quote-unsupported', severity: 'information', description: 'No source has this quotation.' },
  ],
  scope: 'block',
  // Pass 0: speech; pass 1: quoted words.
  passes: 2,
  judge(input, scope) {
    const {
      report: { prose },
      sentences,
    } = input;
    const speech: Judged = { claims: [], findings: [] };
    const quoted: Judged = { claims: [], findings: [] };
    const range = (s: number, e: number) => scope.st.range(s, e);
    for (const q of scope.speech) {
      const lang = sentences[q.sentence]?.lang ?? 'en';
      judge(
        input,
        scope.st,
        { ...q, range: range(q.start, q.end), lang, sentence: q.sentence, speakerId: speakerIdOf(q) },
        false,
        speech,
      );
    }
    // Quoted words the extractor does not take for speech ("Altman called it “…”") are still compared with
    // the sources: a report that puts a source's words in quotation marks is quoting.
    for (let i = scope.first; i < scope.end; i++) {
      const s = sentences[i];
      for (const p of findPairs(prose, s.start, s.end)) {
        if (input.speechOpens.has(p.open)) continue;
        let is = p.open + 1,
          ie = p.close;
        while (is < ie && /[\s,]/.test(prose[is])) is++;
        while (ie > is && /[\s,]/.test(prose[ie - 1])) ie--;
        const words = prose.slice(is, ie);
        if (words.split(/\s+/).length < MIN_QUOTED_WORDS) continue;
        const speaker = nearestPerson(prose, s.start, s.end, p.open);
        judge(
          input,
          scope.st,
          {
            text: words,
            start: is,
            end: ie,
            outer: { start: p.open, end: p.close + 1 },
            speaker,
            range: range(is, ie),
            lang: s.lang,
            sentence: i,
            speakerId: speaker ? resolveEntity(speaker.text) : undefined,
          },
          true,
          quoted,
        );
      }
    }
    return [speech, quoted];
  },
};

/** Judge one quotation into `out`; a lenient one (quoted words) no source has is no claim. */
function judge(input: CheckInput, st: Parameters<typeof judgeQuote>[3], q: Quote, lenient: boolean, out: Judged): void {
  const { claim, finding } = judgeQuote(
    input.corpus,
    q,
    input.citedFor(q.sentence).filter(input.known),
    st,
    lenient ? 'off' : (input.options.unsupportedQuotes ?? 'information'),
    lenient,
    input.self,
  );
  if (lenient && claim.status === 'unsupported') return;
  // The words were compared as the prose has them (a link or code span inside the quotation marks blanked); the
  // claim shows them as the report writes them.
  claim.text = input.report.st.norm.slice(q.start, q.end);
  out.claims.push(claim);
  if (finding) out.findings.push(finding);
}

/** The person the sentence names closest before a quotation (else after it). */
function nearestPerson(text: string, s: number, e: number, at: number): Quote['speaker'] {
  const span = text.slice(s, e);
  const people = findTerms(span, /[\uac00-\ud7a3]/.test(span) ? 'ko' : 'en').filter(
    (h) => concept(h.id)?.type === 'person' && !inOtherName(span, h),
  );
  const before = people.filter((h) => s + h.end <= at).pop();
  const h = before ?? people.find((x) => s + x.start > at);
  return h ? { text: text.slice(s + h.start, s + h.end), start: s + h.start, end: s + h.end } : undefined;
}
