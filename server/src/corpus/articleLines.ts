// An article's lines, trimmed, each marked as furniture or not: what every pass of the parse works on.
import { isWhitespace as isWs } from '../text/text';

export interface Line {
  start: number;
  end: number; // the line without its line end
  ts: number;
  te: number; // trimmed
  t: string; // trimmed text (bounded copy for long lines)
  furniture: boolean;
  bodyStart: number; // where body text starts on this line (after a bracket byline etc.)
  bodyEnd: number;
}

export function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let i = from;
  const n = text.length;
  // Without a CR anywhere (most files) a line ends at the next LF: indexOf finds it faster than a loop.
  const hasCR = text.indexOf('\r', from) >= 0;
  while (i <= n) {
    let e: number;
    if (hasCR) {
      e = i;
      while (e < n && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
    } else {
      e = text.indexOf('\n', i);
      if (e < 0) e = n;
    }
    let ts = i,
      te = e;
    while (ts < te && isWs(text.charCodeAt(ts))) ts++;
    while (te > ts && isWs(text.charCodeAt(te - 1))) te--;
    const t = te - ts > 2000 ? text.slice(ts, ts + 2000) : text.slice(ts, te);
    lines.push({ start: i, end: e, ts, te, t, furniture: false, bodyStart: ts, bodyEnd: te });
    if (e >= n) break;
    i = e + (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? 2 : 1);
  }
  return lines;
}
