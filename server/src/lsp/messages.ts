// The server's own user-facing strings (window messages, hover labels, code action titles), in English
// and Korean. The language comes from the client's locale (initialize `locale`, or VS Code's
// process env VSCODE_NLS_CONFIG when the client does not send one).
import { AsyncLocalStorage } from 'node:async_hooks';
import { defineStrings } from '../format/strings';

export type Locale = 'en' | 'ko';

const en = {
  'status.supported': 'supported',
  'status.conflicting': 'the sources say otherwise',
  'status.unsupported': 'no source found',
  'status.misquoted': 'misquoted',
  'status.misattributed': 'wrong speaker',
  'status.unknown': 'unknown citation',
  'status.speakerUnknown': 'words found, speaker not confirmed',
  'status.outweighed': 'not confirmed: a source closer to the subject states another value',
  'hover.report': 'Report',
  'hover.figure': 'Figure',
  'hover.quote': 'Quotation',
  'hover.citation': 'Citation',
  'hover.agrees': 'agrees',
  'hover.disagrees': 'disagrees',
  'hover.noSources': 'No source in the corpus speaks of this.',
  'hover.more': '…and {0} more',
  'hover.sourcesDiffer': 'Sources differ: {0}',
  'hover.speaker': 'Speaker',
  'hover.reportSays': 'Report: {0}',
  'hover.sourceSays': 'Source: {0}',
  'hover.differs': 'Differs: report “{0}” — source “{1}”',
  'hover.speakerDiffers': 'Speaker: report {0} — source {1}',
  'hover.speakerUnconfirmed': 'The source gives these words to {1}; whether {0} said them, the sources do not say.',
  'hover.unknownKey': 'No source in the corpus has the key `{0}`.',
  'hover.attributedTo': 'attributed to {0}',
  'action.fixAll': 'Fix all stargate-xref problems in this file',
  'action.addCitation': 'Add citation [@{0}]',
  'completion.detail': '{0} {1}',
  'index.progressTitle': 'Stargate XRef: indexing sources',
  'diag.partial': '(partial: from {0} of {1} source files indexed so far)',
  'diag.keptBefore':
    '(partial: from the last check; {0} of {1} source files changed since, and it is being checked again)',
  'index.progress': '{0}/{1} files',
  'index.done': 'Indexed {0} sources ({1} figures, {2} quotes) in {3} ms',
  'index.skippedSummary': 'Stargate XRef skipped {0} source file(s): {1}. See the output for details.',
  'index.skippedOne': 'Skipped source file {0}: {1}',
  'index.skippedMore': ' and {0} more',
  'index.folderMissing': 'source folder not found',
  'index.folderUnreadable': 'cannot read folder ({0})',
  'index.symlinkLoop': 'symbolic link loop',
  'index.globLimit': '{0} more matching files not read: at most {1} are listed',
  'doc.tooLarge': 'Not checking {0}: {1} MB is over the {2} MB limit for reports.',
  'watch.failed': 'Cannot watch {0} for changes ({1}); edits there are picked up on re-index.',
  'error.handler': '{0} failed: {1}',
  'check.failed':
    'Stargate XRef could not fully check {0} ({1}); its diagnostics may be incomplete. Details are in the output channel.',
  'shared.unavailable': 'Stargate XRef: {0}. The diagnostics shown are from the last check.',
  'shared.ready': 'shared corpus {0}: {1} sources, {2} figures, {3} quotes',
};

type Key = keyof typeof en;

const ko: Record<Key, string> = {
  'status.supported': '출처 일치',
  'status.conflicting': '출처와 다름',
  'status.unsupported': '출처 없음',
  'status.misquoted': '인용 불일치',
  'status.misattributed': '발언자 불일치',
  'status.unknown': '알 수 없는 인용 키',
  'status.speakerUnknown': '발언은 있으나 발언자 확인 안 됨',
  'status.outweighed': '확인 안 됨: 주제에 더 가까운 출처가 다른 값을 적는다',
  'hover.report': '보고서',
  'hover.figure': '수치',
  'hover.quote': '인용',
  'hover.citation': '출처',
  'hover.agrees': '일치',
  'hover.disagrees': '불일치',
  'hover.noSources': '이 내용을 다룬 출처가 코퍼스에 없습니다.',
  'hover.more': '…외 {0}건',
  'hover.sourcesDiffer': '출처마다 다름: {0}',
  'hover.speaker': '발언자',
  'hover.reportSays': '보고서: {0}',
  'hover.sourceSays': '출처: {0}',
  'hover.differs': '차이: 보고서 “{0}” — 출처 “{1}”',
  'hover.speakerDiffers': '발언자: 보고서 {0} — 출처 {1}',
  'hover.speakerUnconfirmed': '출처는 이 말을 {1}의 발언으로 전한다. {0}도 그렇게 말했는지는 출처에 없다.',
  'hover.unknownKey': '코퍼스에 `{0}` 키를 가진 출처가 없습니다.',
  'hover.attributedTo': '{0}의 발언',
  'action.fixAll': '이 파일의 stargate-xref 문제 모두 고치기',
  'action.addCitation': '출처 추가 [@{0}]',
  'completion.detail': '{0} {1}',
  'index.progressTitle': 'Stargate XRef: 출처 색인 중',
  'diag.partial': '(부분 결과: 출처 파일 {1}개 중 지금까지 색인된 {0}개 기준)',
  'diag.keptBefore': '(부분 결과: 지난 검사 기준; 그 뒤 출처 파일 {1}개 중 {0}개가 바뀌어 다시 검사하는 중)',
  'index.progress': '파일 {0}/{1}',
  'index.done': '출처 {0}건 색인 완료 (수치 {1}개, 인용 {2}개, {3} ms)',
  'index.skippedSummary': 'Stargate XRef가 출처 파일 {0}개를 건너뛰었습니다: {1}. 자세한 내용은 출력 창을 보세요.',
  'index.skippedOne': '출처 파일 건너뜀 {0}: {1}',
  'index.skippedMore': ' 외 {0}개',
  'index.folderMissing': '출처 폴더가 없습니다',
  'index.folderUnreadable': '폴더를 읽을 수 없습니다 ({0})',
  'index.symlinkLoop': '심볼릭 링크 순환',
  'index.globLimit': '일치하는 파일 {0}개를 읽지 않았습니다: 최대 {1}개까지 목록에 넣습니다',
  'doc.tooLarge': '{0}은(는) 검사하지 않습니다: {1} MB로 보고서 한도 {2} MB를 넘습니다.',
  'watch.failed': '{0}의 변경을 감시할 수 없습니다 ({1}). 다시 색인하면 반영됩니다.',
  'error.handler': '{0} 실패: {1}',
  'check.failed':
    'Stargate XRef가 {0}을(를) 끝까지 검사하지 못했습니다({1}). 진단이 빠졌을 수 있습니다. 자세한 내용은 출력 채널에 있습니다.',
  'shared.unavailable': 'Stargate XRef: 공유 코퍼스를 쓸 수 없습니다 ({0}). 보이는 진단은 마지막 검사의 것입니다.',
  'shared.ready': '공유 코퍼스 {0}: 출처 {1}개, 수치 {2}개, 인용 {3}개',
};

const tables: Record<Locale, Record<Key, string>> = { en, ko };
/** The language outside any server's scope (the process default). */
let current: Locale = 'en';

/**
 * Each language server in the process has its own language: its handlers run inside `inLocaleScope(scope, …)`,
 * and what they start (timers, promises, watchers) stays in that scope, so two servers in one process, one
 * Korean and one English, each answer in their own.
 */
export interface LocaleScope {
  locale: Locale;
}
const scopes = new AsyncLocalStorage<LocaleScope>();

export function inLocaleScope<R>(scope: LocaleScope, fn: () => R): R {
  return scopes.run(scope, fn);
}

export function localeFrom(tag: string | undefined | null): Locale {
  return typeof tag === 'string' && tag.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** Pick the language: initialize `locale` first, then VS Code's NLS config, then the process locale. */
export function setLocale(tag?: string | null): Locale {
  let t = tag ?? undefined;
  if (!t) {
    try {
      const nls = process.env.VSCODE_NLS_CONFIG ? JSON.parse(process.env.VSCODE_NLS_CONFIG) : undefined;
      t = nls?.locale;
    } catch {
      /* ignore */
    }
  }
  if (!t) t = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG;
  const chosen = localeFrom(t);
  const scope = scopes.getStore();
  if (scope) scope.locale = chosen;
  else current = chosen;
  return chosen;
}

export function locale(): Locale {
  return scopes.getStore()?.locale ?? current;
}

const say = defineStrings(en, ko);

export function t(key: Key, ...args: (string | number)[]): string {
  return say(locale(), key, ...args);
}

export type MessageKey = Key;
export const messageTables = tables;
