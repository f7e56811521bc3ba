// The checks a report is judged by, in the order their claims and findings are gathered before sorting by
// position (figures, then quotations, then citations). A new check: a file in this folder and a line here.
import type { Check, CodeInfo } from './api';
import { citationsCheck } from './citations';
import { figuresCheck } from './figures';
import { quotesCheck } from './quotes';

export type { Check, CheckInput, CodeInfo, Judged, Scope } from './api';

export const CHECKS: readonly Check[] = [figuresCheck, quotesCheck, citationsCheck];

/** Every finding code the checks give, in check order. */
export function findingCodes(checks: readonly Check[] = CHECKS): CodeInfo[] {
  return checks.flatMap((c) => c.codes);
}
