// Code actions: a quick fix per Finding fix (the engine's most-cited one preferred), "fix all" as a
// quick fix and as source.fixAll.stargate-xref, and "Add citation [@key]" for a supported claim with none.
import {
  CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, Claim, Finding, Fix, Position } from '../types';
import { toDiagnostic } from './diagnostics';
import { SOURCE_NAME, cmp, rangesOverlap, sameRange } from './format';
import { t } from './messages';

export const FIX_ALL_KIND = 'source.fixAll.stargate-xref';

function preferredFix(f: Finding): Fix | undefined {
  return f.fixes.find((x) => x.preferred) ?? f.fixes[0];
}

/** The preferred fix of every finding, without overlapping edits (earliest wins). */
export function fixAllEdits(result: CheckResult): TextEdit[] {
  const edits = result.findings
    .map(preferredFix)
    .filter((x): x is Fix => !!x)
    .map((x) => ({ range: x.range, newText: x.newText }));
  edits.sort((a, b) => cmp(a.range.start, b.range.start));
  const out: TextEdit[] = [];
  for (const e of edits) {
    const prev = out[out.length - 1];
    if (prev && cmp(e.range.start, prev.range.end) < 0) continue;
    if (prev && sameRange(prev.range, e.range)) continue;
    out.push(e);
  }
  return out;
}

function matchesDiagnostic(f: Finding, d: Diagnostic): boolean {
  return d.source === SOURCE_NAME && d.code === f.code && sameRange(d.range, f.range);
}

/** Where " [@key]" goes: before the sentence's closing punctuation after the claim, else at the line's end. */
export function citationInsertPoint(doc: TextDocument, claim: Claim): Position {
  const line = claim.range.end.line;
  const lineText = doc
    .getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } })
    .replace(/\r?\n$|\r$/, '');
  let end = lineText.length;
  const from = Math.min(claim.range.end.character, lineText.length);
  for (let i = from; i < lineText.length && i < from + 2000; i++) {
    const c = lineText[i];
    if (
      (c === '.' || c === '!' || c === '?' || c === '。') &&
      (i + 1 >= lineText.length || /\s/.test(lineText[i + 1]))
    ) {
      end = i;
      break;
    }
  }
  while (end > 0 && lineText[end - 1] === ' ') end--;
  return { line, character: end };
}

export function codeActionsFor(doc: TextDocument, result: CheckResult, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  const actions: CodeAction[] = [];
  const uri = doc.uri;

  if (wants(CodeActionKind.QuickFix)) {
    const inRange = result.findings.filter((f) => rangesOverlap(f.range, params.range));
    for (const f of inRange) {
      const diag = params.context.diagnostics.find((d) => matchesDiagnostic(f, d)) ?? toDiagnostic(f);
      const pref = preferredFix(f);
      for (const fix of f.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diag],
          isPreferred: fix === pref,
          edit: { changes: { [uri]: [{ range: fix.range, newText: fix.newText }] } },
        });
      }
    }
    // Add a citation to a supported claim that cites nothing.
    const seenKeys = new Set<string>();
    for (const c of result.claims) {
      if (c.type === 'citation' || c.status !== 'supported' || c.cited.length > 0) continue;
      if (!rangesOverlap(c.range, params.range)) continue;
      const best = [...c.sources].filter((s) => s.agrees).sort((a, b) => b.score - a.score)[0];
      if (!best || seenKeys.has(best.key)) continue;
      seenKeys.add(best.key);
      const at = citationInsertPoint(doc, c);
      actions.push({
        title: t('action.addCitation', best.key),
        kind: CodeActionKind.QuickFix,
        edit: { changes: { [uri]: [{ range: { start: at, end: at }, newText: ` [@${best.key}]` }] } },
      });
    }
    if (inRange.some((f) => f.fixes.length)) {
      const edits = fixAllEdits(result);
      if (edits.length)
        actions.push({ title: t('action.fixAll'), kind: CodeActionKind.QuickFix, edit: { changes: { [uri]: edits } } });
    }
  }
  if (
    only &&
    only.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(k + '.') || k === CodeActionKind.SourceFixAll)
  ) {
    const edits = fixAllEdits(result);
    if (edits.length)
      actions.push({ title: t('action.fixAll'), kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } });
  }
  return actions;
}
