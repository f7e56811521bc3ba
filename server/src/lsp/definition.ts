// Go to Definition / Peek: the source sentences that support a claim (best first), or every source that
// speaks of it when none supports it; on a citation key, the article's first sentence.
import type { LocationLink } from 'vscode-languageserver';
import type { Corpus } from '../corpus/corpus';
import type { Claim, Range, SourceRef } from '../types';
import { fileUri } from './format';

const MAX_TARGETS = 20;

function link(claim: Claim, r: SourceRef): LocationLink {
  return {
    originSelectionRange: claim.range,
    targetUri: fileUri(r.file),
    targetRange: r.sentence.range,
    targetSelectionRange: r.match?.range ?? r.sentence.range,
  };
}

export function definitionFor(claim: Claim, corpus: Corpus): LocationLink[] {
  if (claim.type === 'citation') {
    const key = claim.citation?.key;
    // Unknown to the check (a report's own key when its folder is a source folder): nowhere to go.
    const src = key && claim.citation?.known !== false ? corpus.byKey(key) : undefined;
    if (!src) return [];
    const first = src.sentences[0];
    const whole: Range = first?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return [
      {
        originSelectionRange: claim.range,
        targetUri: fileUri(src.file),
        targetRange: whole,
        targetSelectionRange: whole,
      },
    ];
  }
  const byScore = (a: SourceRef, b: SourceRef) => b.score - a.score;
  const agreeing = claim.sources.filter((s) => s.agrees).sort(byScore);
  const refs = agreeing.length ? agreeing : [...claim.sources].sort(byScore);
  const seen = new Set<string>();
  const out: LocationLink[] = [];
  for (const r of refs) {
    const l = link(claim, r);
    const k = `${l.targetUri}#${l.targetRange.start.line}:${l.targetRange.start.character}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(l);
    if (out.length >= MAX_TARGETS) break;
  }
  return out;
}
