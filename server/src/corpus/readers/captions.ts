// A video's captions saved as text (SubRip's `.srt` cues, WebVTT's): numbered cues, each a time code line
// (`00:00:04,120 --> 00:00:08,560`) over a line or two of what is said, a sentence often running on over cues. The
// cue numbers (a WebVTT cue's identifier, whatever it is) and time codes say nothing; a WebVTT voice span
// (`<v Name>…</v>`, as Teams writes each turn) is read as the label `Name: …`; the words are read as running text, a
// cue's line going on into the next where its sentence goes on, a speaker's label (`[기자]`, `[인터뷰: 이름 / 직함]`) on a line of its own. What stands
// above the first cue (an export's head: the video's title, channel, upload date) is kept as it is, line for line.
import { MappedText, type TextMap } from './reader';

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

/** Where each line of a file starts and ends, its line break (\r\n, \r or \n) left out. */
function linesOf(file: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  const re = /\r\n|\r|\n/g;
  let at = 0;
  for (let m = re.exec(file); m; m = re.exec(file)) {
    lines.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  lines.push({ start: at, end: file.length });
  return lines;
}

/**
 * The running text of a caption file, with its map back to the file; undefined when the file is not one (fewer than
 * three cues, or text between cues that is not a cue's).
 */
export function captionText(file: string): { text: string; toOriginal: TextMap } | undefined {
  // (most files have no time code at all: looked for once before the lines are split)
  if (!file.includes('-->')) return undefined;
  const lines = linesOf(file);
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
  const out = new MappedText(file);
  const copy = (from: number, to: number) => out.copy(from, to);
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
      const sep = prev === 'none' ? (out.text ? '\n\n' : '') : label || turn ? '\n\n' : prev === 'goes-on' ? ' ' : '\n';
      out.text += sep;
      if (voice) {
        const at = lines[k].start + voice[1].length + voice[0].indexOf(voice[2], voice[1].length);
        copy(at, at + voice[2].length);
        out.text += ': ';
      }
      const from = lines[k].start + (voice ? voice[0].length : 0);
      const lead = words.length - words.trimStart().length;
      copy(from + lead, from + words.trimEnd().length);
      prev = label ? 'label' : ENDS.test(words) ? 'ended' : 'goes-on';
    }
  }
  out.text += '\n';
  return out.done();
}

/** A line of a video site's transcript panel that is only the time its caption starts (`1:12:40`, `0:12`). */
const STAMP = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$/;
/** A sound the captions name instead of words (`[Music]`, `[Applause]`, `[Laughter]`). */
const SOUND = /^\s*\[[^\]\n]{1,30}\]\s*$/;
/** Auto-captions' mark of another voice (`>>`), opening a caption line. */
const NEW_VOICE = /^\s*>>\s*/;
/** Fewer time lines than this, and a text is no transcript panel's copy. */
const MIN_STAMPS = 6;
/**
 * Titles a chair calls a member or a guest by when giving the floor (`mr pott`, `councillor tun`); not an office that
 * presides (`mayor`, `president`, `chair`): thanking the chair at the end of a turn gives no one the floor.
 */
const FLOOR_TITLE =
  'mr|mrs|ms|miss|dr|doctor|councillor|councilor|alderman|alderwoman|commissioner|senator|professor|trustee|supervisor|delegate|assemblyman|assemblywoman|representative|deputy';
/** Titles a text may put before a full name, a presiding office too (`mayor desmond arnold`). */
const ANY_TITLE = `${FLOOR_TITLE}|mayor|minister|president|chair|chairman|chairwoman|director|governor`;
/** Words that are no one's name after a title (`the finance director will answer that councillor`). */
const NOT_NAME =
  /^(?:you|your|the|a|an|and|or|of|to|for|in|on|at|by|with|from|that|this|is|are|was|please|thank|thanks|yes|no|who|what|will|would|can|has|have|i|we|they|he|she|it|my|our|members?|chair|clerk|mayor|president|worship|honou?r)$/;
const NAME_WORD = String.raw`[\p{Ll}\p{Lu}][\p{L}'’-]*`;
/**
 * The end of a turn that gives the next voice the floor by name: the turn is the call alone (`councillor tun`, `mr
 * pott`); the call then a word giving the floor (`mr pott you have the floor`, `… please`); or the call right after a
 * thanks to the one who spoke (`thank you mr pott councillor gillett`). Not a name after other words (`seconded by
 * councillor tun`, then the chair's `all in favour`). Group 1 is the title, 2 and 3 the name's words.
 */
const GIVES_FLOOR = new RegExp(
  String.raw`(?:^|\b(?:thank you|thanks)\s+(?:(?:${FLOOR_TITLE})\s+)?${NAME_WORD}\s+|(?:^|\s)(?=(?:${FLOOR_TITLE})\s+${NAME_WORD}(?:\s+${NAME_WORD})?\s+(?:you have the floor|has the floor|the floor is yours|go ahead|please)$))` +
    String.raw`(${FLOOR_TITLE})\s+(${NAME_WORD})(?:\s+(${NAME_WORD}))?(?:\s+(?:you have the floor|has the floor|the floor is yours|go ahead|please))?$`,
  'u',
);
const titleCase = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * A video site's transcript panel copied as text (YouTube's "Show transcript"): under the video's head (its title,
 * channel, date, description), each caption's start time on a line of its own (`1:12:40`) over its words, as
 * auto-captions write them (no case, no punctuation), `>>` where the voice changes and `[Applause]` for a sound. The
 * times and sound tags say nothing and are left out; the head is kept line for line; each voice is a paragraph of its
 * own, its captions one a line. Auto-captions name no speaker, but a council's or a hearing's chair calls the next one
 * by name at the end of a turn (GIVES_FLOOR: `mr pott you have the floor`, `thank you mr pott councillor gillett`, a
 * turn that is only `councillor tun`): the next voice is then read as that person's turn, `Councillor Gillett: …`
 * (extract/quotes.ts labeledTurns), the name in full where the captions or the head give it with its given name after a
 * title (`i have invited mr dorian pott`, `Mr Dorian Pott`). A voice no one called stays no one's.
 */
export function transcriptPanelText(file: string): { text: string; toOriginal: TextMap } | undefined {
  const lines = linesOf(file);
  const t = (k: number) => file.slice(lines[k].start, lines[k].end);
  const first = lines.findIndex((_, k) => STAMP.test(t(k)));
  if (first < 0) return undefined;
  // From the first time line on: each time line over one line of words, times in order, nothing else but blank lines.
  const seconds = (s: string) =>
    s
      .trim()
      .split(':')
      .reduce((a, x) => a * 60 + Number(x), 0);
  const captions: number[] = [];
  let last = -1;
  for (let k = first; k < lines.length; k++) {
    const s = t(k);
    if (!s.trim()) continue;
    if (!STAMP.test(s)) return undefined;
    const time = seconds(s);
    if (time < last) return undefined;
    last = time;
    let w = k + 1;
    while (w < lines.length && !t(w).trim()) w++;
    if (w >= lines.length || STAMP.test(t(w))) return undefined;
    captions.push(w);
    k = w;
  }
  if (captions.length < MIN_STAMPS) return undefined;
  // The voices: a caption opened by `>>` opens the next.
  const voices: { from: number; to: number }[][] = [];
  for (const k of captions) {
    const s = t(k);
    if (SOUND.test(s)) continue;
    const v = NEW_VOICE.exec(s);
    const from = lines[k].start + (v ? v[0].length : s.length - s.trimStart().length);
    const to = lines[k].start + s.trimEnd().length;
    if (to <= from) continue;
    if (v || !voices.length) voices.push([]);
    voices[voices.length - 1].push({ from, to });
  }
  const said = (v: { from: number; to: number }[]) =>
    v
      .map((c) => file.slice(c.from, c.to))
      .join(' ')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  /** The full name the text gives a surname with a given name after a title, when it gives one only. */
  const fullName = (surname: string): string[] | undefined => {
    const named = new RegExp(String.raw`\b(?:${ANY_TITLE})\.?\s+(${NAME_WORD})\s+${escape(surname)}\b`, 'giu');
    const given = new Set<string>();
    for (const m of file.matchAll(named)) if (!NOT_NAME.test(m[1].toLowerCase())) given.add(m[1].toLowerCase());
    return given.size === 1 ? [[...given][0], surname] : undefined;
  };
  const labelOf = (v: { from: number; to: number }[]): string | undefined => {
    const m = GIVES_FLOOR.exec(said(v));
    if (!m) return undefined;
    const words = [m[2], m[3]].filter((w): w is string => !!w);
    if (words.some((w) => NOT_NAME.test(w))) return undefined;
    const name = words.length === 1 ? (fullName(words[0]) ?? words) : words;
    return [m[1], ...name].map(titleCase).join(' ');
  };
  const out = new MappedText(file);
  const copy = (from: number, to: number) => out.copy(from, to);
  copy(0, first > 0 ? lines[first - 1].end : 0);
  for (let n = 0; n < voices.length; n++) {
    out.text += out.text ? '\n\n' : '';
    const label = n > 0 ? labelOf(voices[n - 1]) : undefined;
    if (label) out.text += `${label}: `;
    voices[n].forEach((c, i) => {
      if (i > 0) out.text += '\n';
      copy(c.from, c.to);
    });
  }
  out.text += '\n';
  return out.done();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
