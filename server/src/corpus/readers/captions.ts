// A video's captions saved as text (SubRip's `.srt` cues, WebVTT's): numbered cues, each a time code line
// (`00:00:04,120 --> 00:00:08,560`) over a line or two of what is said, a sentence often running on over cues. The
// cue numbers (a WebVTT cue's identifier, whatever it is) and time codes say nothing; a WebVTT voice span
// (`<v Name>…</v>`, as Teams writes each turn) is read as the label `Name: …`; the words are read as running text, a
// cue's line going on into the next where its sentence goes on, a speaker's label (`[기자]`, `[인터뷰: 이름 / 직함]`) on a line of its own. What stands
// above the first cue (an export's head: the video's title, channel, upload date) is kept as it is, line for line.
import type { Segment, TextMap } from './reader';

/** A cue's time code line (`00:00:04,120 --> 00:00:08,560`, WebVTT's `00:04.120 --> 00:08.560 align:start`). */
const TIMING = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}(?:\s.*)?$/;
/** A speaker's or a scene's label on a caption line of its own (`[앵커]`, `[인터뷰: 윤세아 / 청하냉열 대표]`, `(영상취재: …)`). */
const LABEL = /^\s*[[(][^\]()[]{1,60}[\])]\s*$/;
/**
 * A caption line opened by who speaks, as a meeting's or webinar's transcript sets each turn (`Verónica Ayala: …`,
 * `Han Jae-seok (interpreted): …`, `한재석 대표: …`): the turn is a paragraph of its own, as a label line's is, so
 * the words are read as that speaker's (extract/quotes.ts, labeledTurns). A name of one to four capitalized words or
 * Korean words, a bracketed aside after it, then a colon and a space.
 */
const SPEAKER =
  /^\s*(?:[A-Z][\p{L}'’.-]+(?:[ \t]+[A-Z][\p{L}'’.-]+){0,3}|[가-힣]{2,5}(?:[ \t]+[가-힣]{1,8}){0,2})(?:[ \t]*\([^()\n:]{1,60}\))?[ \t]*[:：][ \t]+\S/u;
/**
 * WebVTT's voice span opening a cue's line (`<v Hannah Voss>`, `<v.loud Han Seong-gyu>`), as Teams and other meeting
 * tools write who speaks: the name, read as a turn's label (SPEAKER) would be.
 */
const VOICE = /^(\s*)<v(?:\.[\w.-]+)*[ \t]+([^<>\n]{1,80}?)[ \t]*>/;
/** The end of a voice span (`</v>`), closing a cue's last line. */
const VOICE_END = /<\/v>\s*$/;
/** A caption line that ends its sentence (`…공급합니다.`, `…did it?`, `…"`). */
const ENDS = /[.!?。…]["'”’)」』]*\s*$|[다요죠]\s*$/;

/**
 * The running text of a caption file, with its map back to the file; undefined when the file is not one (fewer than
 * three cues, or text between cues that is not a cue's).
 */
export function captionText(file: string): { text: string; toOriginal: TextMap } | undefined {
  // (most files have no time code at all: looked for once before the lines are split)
  if (!file.includes('-->')) return undefined;
  const lines: { start: number; end: number }[] = [];
  const re = /\r\n|\r|\n/g;
  let at = 0;
  for (let m = re.exec(file); m; m = re.exec(file)) {
    lines.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  lines.push({ start: at, end: file.length });
  const t = (k: number) => file.slice(lines[k].start, lines[k].end);
  const timings: number[] = [];
  for (let k = 0; k < lines.length; k++) if (TIMING.test(t(k))) timings.push(k);
  if (timings.length < 3) return undefined;
  // A WebVTT cue's identifier: any line right over its time code, after a blank line (`1`, or as Teams writes them
  // `7c1e0b2a-…/14-0`); SubRip's are numbers.
  const vtt = /^\uFEFF?WEBVTT\b/.test(file);
  const cueId = (k: number) =>
    /^\s*\d{1,6}\s*$/.test(t(k)) || (vtt && k > 0 && t(k).trim() !== '' && t(k - 1).trim() === '');
  // The head: the lines above the first cue (its number, when it has one, is the cue's).
  let headEnd = timings[0];
  if (headEnd > 0 && cueId(headEnd - 1)) headEnd--;
  const segments: Segment[] = [];
  let text = '';
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    segments.push({ text: text.length, file: from, length: to - from });
    text += file.slice(from, to);
  };
  copy(0, headEnd > 0 ? lines[headEnd - 1].end : 0);
  let prev: 'none' | 'goes-on' | 'ended' | 'label' = 'none';
  for (let c = 0; c < timings.length; c++) {
    const last = c + 1 < timings.length ? timings[c + 1] : lines.length;
    for (let k = timings[c] + 1; k < last; k++) {
      const s = t(k);
      if (s.trim() === '') continue;
      // (the next cue's number)
      if (c + 1 < timings.length && k === last - 1 && cueId(k)) continue;
      if (TIMING.test(s)) return undefined;
      // (a voice span's name is read as a label before a colon, `Hannah Voss: …`, the colon put in; its end tag left out)
      const voice = vtt ? VOICE.exec(s) : null;
      const end = s.length - (vtt && VOICE_END.test(s) ? VOICE_END.exec(s)![0].length : 0);
      const words = voice ? s.slice(voice[0].length, end) : s.slice(0, end);
      const label = !voice && LABEL.test(words);
      const turn = !!voice || (!label && SPEAKER.test(words));
      const sep = prev === 'none' ? (text ? '\n\n' : '') : label || turn ? '\n\n' : prev === 'goes-on' ? ' ' : '\n';
      text += sep;
      if (voice) {
        const at = lines[k].start + voice[1].length + voice[0].indexOf(voice[2], voice[1].length);
        copy(at, at + voice[2].length);
        text += ': ';
      }
      const from = lines[k].start + (voice ? voice[0].length : 0);
      const lead = words.length - words.trimStart().length;
      copy(from + lead, from + words.trimEnd().length);
      prev = label ? 'label' : ENDS.test(words) ? 'ended' : 'goes-on';
    }
  }
  text += '\n';
  return { text, toOriginal: { file, segments } };
}
