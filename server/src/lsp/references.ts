// Find References on a citation key: every place the open reports cite it (this report first).
import type { Location } from 'vscode-languageserver';
import type { Claim } from '../types';
import { fileUri } from './format';
import type { ServerState } from './state';

export function citedKey(claim: Claim | undefined): string | undefined {
  if (!claim) return undefined;
  if (claim.type === 'citation') return claim.citation?.key;
  return undefined;
}

export function referencesFor(state: ServerState, uri: string, key: string, includeDeclaration: boolean): Location[] {
  const out: Location[] = [];
  const docs = state.documents.all().sort((a, b) => Number(b.uri === uri) - Number(a.uri === uri));
  for (const doc of docs) {
    const result = state.checker.result(doc);
    if (!result) continue;
    for (const c of result.claims) {
      if (c.type === 'citation' && c.citation?.key === key) out.push({ uri: doc.uri, range: c.range });
    }
  }
  if (includeDeclaration) {
    const src = state.corpus.byKey(key);
    const first = src?.sentences[0];
    if (src && first) out.push({ uri: fileUri(src.file), range: first.range });
  }
  return out;
}
