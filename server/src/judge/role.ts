// What an amount's own clause calls it: an amount applied for (asked, requested) or one granted (approved, allotted,
// awarded). One reader for the line and for the source figure, so that a word added here counts in every rule that
// asks (figures.ts: an amount applied for neither vouches for nor refutes one granted, nor is it an earlier level of
// it). Plain functions of the sentence's text; no corpus, no vscode.

export type Role = 'applied' | 'granted';

/**
 * The kinds an amount is asked for and granted in: money (a grant, a subsidy, a loan), land (an area allotted), water
 * (a volume or a flow abstracted), power and energy (a connection, a supply), mass (an allowance, a quota), a count (of
 * permits, plots, units certified), a duration (a concession's or a lease's term) and a percent (a rate rise asked for
 * and approved), a temperature (a discharge limit proposed and licensed). Not a length (the 62 km of a line applied for approval is the line's, approved or not), a date or a
 * ratio.
 */
const ROLE_KINDS: ReadonlySet<string> = new Set([
  'money',
  'volume',
  'power',
  'energy',
  'mass',
  'area',
  'count',
  'duration',
  'percent',
  'temperature',
]);

// ---- the words, one list a language and a role ----

/** English words of asking for an amount: the verb before it ("applied for", "requested", "asked X for"). */
const EN_APPLIED =
  String.raw`applied\s+for|appl(?:y|ies|ying)\s+for|appl(?:y|ies|ied|ying)\s+to\s+(?:[\w.&'’-]+\s+){1,6}?(?:to|for)\b|` +
  String.raw`requested|requests?|requesting|sought|seeks?|seeking|asked\s+for|ask(?:s|ing)?\s+for|` +
  String.raw`ask(?:s|ed|ing)?\s+(?:[\w.&'’-]+\s+){1,6}?for|asked\b[^.;]{0,80}?\bto\s+(?:approve|authori[sz]e|clear|grant|fund|finance|pay\s+for)|` +
  String.raw`notif(?:y|ies|ied|ying)`;
/** …and after it, as a participle ("2.6 hm3 applied for", "the 500 hectares its sponsors asked for"). */
const EN_APPLIED_PARTICIPLE = String.raw`applied\s+for|requested|sought|asked\s+for|notified|asked\b(?!\s+(?:about|whether|if|how|why|what|when|where|who|to)\b)`;
/** English words of granting an amount: approved, awarded, allotted, allocated, authorised, permitted, licensed; and
 *  what the one who asked received ("applied for 4.2 million … and received 1.5 million", as 을 받- in Korean), obtained
 *  or secured, a permit issued or one that came through ("The abstraction licence came through in September at 1,500
 *  m³ a day", "The ministry issued a permit for …"). */
const EN_GRANTED_PARTICIPLE = String.raw`granted|approved|awarded|allocated|allotted|authori[sz]ed|permitted|licensed|certified`;
const EN_GRANTED =
  EN_GRANTED_PARTICIPLE +
  String.raw`|grants?|granting|approves?|approving|awards?|awarding|allocates?|allocating|allots?|allotting|received|` +
  String.raw`obtained|secured|issued|came\s+through|` +
  String.raw`authori[sz]es?|authori[sz]ing|certif(?:y|ies|ying)`;
/** Korean words of asking: 신청, 요청, 요구, 건의. */
const KO_APPLIED = '신청|요청|요구|건의';
/** Korean words of granting: 확정, 승인, 교부, 의결, 허가, 인가, 배정, 할당, 지원하-/지원받-, 을/를 받-, 내주-. */
const KO_GRANTED =
  '확정|결정(?:됐|되었|되어|돼|된|했|하였)|승인|교부|의결|허가|인가|배정|할당|지원(?:했|한다|하기로|키로|하고|하며|해|받|된|됐|되)|(?:을|를)\\s*받(?:았|는|게|기로)|내줬|내주었|내주기로';
/** Korean labels of an amount, the noun of each role ("신청액", "확정액"). */
const KO_APPLIED_NOUN = '신청|요청|요구|건의';
const KO_GRANTED_NOUN = '확정|승인|교부|지원|의결|배정|할당|허가';
/** A rate or a hedge between a label and its amount: "신청 연 20억㎥", "확정액은 약 26억 원". */
const KO_RATE = '(?:(?:연간?|하루|초당|최대|총|약)\\s*){0,2}';

const EN_APPLIED_VERB = new RegExp(String.raw`\b(?:${EN_APPLIED})\b`, 'i');
const EN_GRANTED_VERB = new RegExp(String.raw`\b(?:${EN_GRANTED})\b`, 'i');
/** A participle after the amount, past up to four words ("per day", "its sponsors", "was"). */
const EN_APPLIED_PASSIVE = new RegExp(
  String.raw`^\s*(?:(?:\/\s?)?[\w-]+\s+){0,4}?(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+)?(?:${EN_APPLIED_PARTICIPLE})\b`,
  'i',
);
const EN_GRANTED_PASSIVE = new RegExp(
  String.raw`^\s*(?:(?:\/\s?)?[\w-]+\s+){0,4}?(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:${EN_GRANTED_PARTICIPLE})\b`,
  'i',
);
const KO_APPLIED_WORD = new RegExp(KO_APPLIED);
const KO_GRANTED_WORD = new RegExp(KO_GRANTED);
/** A Korean label right before an amount: "신청액은 38억 원", "(신청 20억㎥)", "요청한 38억 원", "확정된 26억 원". */
const KO_APPLIED_LABEL = new RegExp(
  `(?:(?:${KO_APPLIED_NOUN})(?:액|량|분|\\s*금액|\\s*규모)?(?:은|는|이|가)?\\s*[:：]?|(?:${KO_APPLIED_NOUN})한)\\s*${KO_RATE}$`,
);
const KO_GRANTED_LABEL = new RegExp(
  `(?:(?:${KO_GRANTED_NOUN})(?:액|량|분|\\s*금액|\\s*규모)(?:은|는|이|가)?\\s*[:：]?|(?:확정|승인|교부|의결|배정|할당|허가)된|(?:배정|할당|허가)한|지원(?:받은|한|된))\\s*${KO_RATE}$`,
);
/** A label that a later amount carries, with the amount right after it ("…, 신청액은 38억", "… 확정액 26억"). */
const KO_LATER_LABEL = new RegExp(
  `(?:${KO_APPLIED_NOUN}|${KO_GRANTED_NOUN})(?:액|량|분|\\s*금액|\\s*규모)?(?:은|는|이|가)?\\s*[:：]?\\s*${KO_RATE}(?=\\d)`,
  'g',
);

// ---- the clause ----

/**
 * What an amount's own clause calls it, by its words only: applied for ("38억 원을 신청했으며", "신청액은 38억 원",
 * "applied for KRW 3.8 billion", "the 500 hectares its sponsors asked for") or granted ("26억 원이 확정됐다", "연 18억㎥를
 * 배정했다", "allotted 420 hectares", "KRW 2.6 billion was approved"); undefined where it says neither or both, and for
 * a kind nothing is asked for in.
 *
 * A bracket right after the amount is an aside of its own ("초당 0.25㎥(신청 0.35㎥)", "2.6 hm3 (2,600,000 m3)
 * applied for"): its words are its own amount's, and the clause goes on past it.
 *
 * A Korean clause is verb-final: every amount before its verb is that verb's ("750MW급 3기, 합계 2,250MW를 33억 달러에
 * 짓겠다고 … 신청했다"), so it is read after the amount, past other amounts and commas, up to the clause's end (a
 * contrast, 으나 / 지만 / 는데, a full stop or a semicolon, a partitive 중 / 가운데), and the first word of either role
 * there decides (`신청했으나 … 허가했다`); a later amount's label (`26억 원, 신청액 38억 원`) is not this one's word;
 * else a label right before the amount.
 *
 * An English clause is read back to its verb (to the clause's start: a semicolon, a colon, "but", "while", ", and",
 * "of the" of a part, "than" of a comparison) and forward to a participle after the amount, up to the next amount, a
 * comma or a conjunction; a clause that says both is undefined ("granted 2.6 of the 3.8 applied for" reads each of its
 * amounts in its own clause).
 */
export function amountRole(
  t: string | undefined,
  at: number,
  end: number,
  lang: string | undefined,
  kind: string,
): Role | undefined {
  if (t === undefined || !ROLE_KINDS.has(kind)) return undefined;
  const before = t.slice(0, at);
  let after = t.slice(end);
  const aside = /^\s*[(（][^)）]*[)）]/.exec(after);
  if (aside) after = after.slice(aside[0].length);
  if (lang === 'ko') {
    if (KO_APPLIED_LABEL.test(before)) return 'applied';
    if (KO_GRANTED_LABEL.test(before)) return 'granted';
    // (read within CLAUSE_REACH of the amount: a clause runs to its ending well before that, and a line of 20,000
    // amounts with no ending read to its end from each of them took time in the square of its length)
    const clause = KO_CLAUSE.exec(after.slice(0, CLAUSE_REACH))![0]
      .replace(/[(（][^)）]*[)）]/g, ' ')
      .replace(KO_LATER_LABEL, (m) => ' '.repeat(m.length))
      .replace(KO_GRANT_ASKED, (m) => ' '.repeat(m.length));
    // (an amount given up for another, "요청한 25% 할인 대신 15% 할인을 승인했다", is not what the verb after 대신 granted)
    const instead = KO_INSTEAD.exec(clause)?.index ?? Infinity;
    const a = KO_APPLIED_WORD.exec(clause)?.index ?? Infinity,
      g0 = KO_GRANTED_WORD.exec(clause)?.index ?? Infinity,
      g = instead < g0 ? Infinity : g0;
    if (a !== g) return a < g ? 'applied' : 'granted';
    // (else a modifier of the clause's topic before it: "승인된 취수 한도는 하루 1만 2천㎥다", "회사가 신청한 보조금은 …")
    const topic = before.slice(koClauseStart(before));
    const asked = KO_APPLIED_MODIFIER.test(topic),
      given = KO_GRANTED_MODIFIER.test(topic);
    return asked && !given ? 'applied' : given && !asked ? 'granted' : undefined;
  }
  const back = before.slice(lastBound(before)).replace(EN_GRANT_ASKED, '$1'),
    fwd = /^[^.;\d]*/.exec(after)![0];
  const cut = EN_CLAUSE_END.exec(fwd);
  const ahead = cut ? fwd.slice(0, cut.index) : fwd;
  // (after the amount, the first participle is its own: "2,600 of the 4,000 cubic meters a day sought were approved")
  const pa = EN_APPLIED_PASSIVE.exec(ahead)?.[0].length ?? Infinity,
    pg = EN_GRANTED_PASSIVE.exec(ahead)?.[0].length ?? Infinity;
  const a = EN_APPLIED_VERB.test(back) || pa < pg,
    g = EN_GRANTED_VERB.test(back) || pg < pa;
  return a && !g ? 'applied' : g && !a ? 'granted' : undefined;
}
/** "대신" (instead of): what stands before it is the alternative given up. */
const KO_INSTEAD = /대신(?:에)?(?![가-힣])/;
/** A grant that is what is asked for ("인가를 신청했다", "허가 신청"): the asking's object, no word of granting. */
const KO_GRANT_ASKED = new RegExp(`(?:${KO_GRANTED_NOUN}|인가)\\s*(?:을|를)?\\s*(?=${KO_APPLIED})`, 'g');
/** …and in English, the noun after the asking verb ("applied for a grant of", "requested an award of"). */
const EN_GRANT_ASKED = new RegExp(String.raw`(\b(?:${EN_APPLIED})\s+(?:(?:a|an|the)\s+)?)(?:grants?|awards?)\b`, 'gi');
/** A Korean clause after its amount: up to a contrast, a full stop (not a decimal point), a semicolon or a partitive. */
/** How far after an amount its Korean clause is read (amountRole). */
const CLAUSE_REACH = 1000;
const KO_CLAUSE = /^(?:[^.;]|\.(?=\d))*?(?=으나|지만|는데|;|\.(?!\d)|\s(?:중|가운데)\s|$)/;

/** Where a Korean amount's clause starts in the text before it: past the last connective (며, 고, 지만, 으나, 는데) or stop. */
function koClauseStart(before: string): number {
  let k = 0;
  for (const m of before.matchAll(/(?:며|고|지만|으나|는데)[,\s]|[;]|\.(?!\d)/g)) k = m.index! + m[0].length;
  return k;
}
const KO_APPLIED_MODIFIER = new RegExp(`(?:${KO_APPLIED})(?:한|하는|된|했던)\\s`);
const KO_GRANTED_MODIFIER = new RegExp(
  '(?:확정|승인|교부|의결|허가|인가|배정|할당)(?:된|한|받은|되는|했던|됐던)\\s|지원(?:받은|한|된)\\s',
);
/** Where an English amount's clause starts in the text before it: past the last ";", ":", "but", "while", ", and". */
function lastBound(before: string): number {
  let k = 0;
  for (const m of before.matchAll(EN_CLAUSE_BOUNDS)) k = m.index! + m[0].length;
  return k;
}
const EN_CLAUSE_BOUNDS =
  /[;:]|\b(?:but|while|whereas|although|though|after|before|of\s+the|than)\b|,\s*(?:and|which|who)\b/gi;
const EN_CLAUSE_END = /[,;:(]|\b(?:but|while|whereas|although|though|and|after|before|of|than)\b/i;

/**
 * What a table cell's row label calls its figure ("| Seawater intake permitted (September) | 30,000 |"), by the words
 * of the label alone: one role's word and not the other's.
 */
export function rowRole(row: string | undefined, lang: string | undefined, kind: string): Role | undefined {
  if (row === undefined || !ROLE_KINDS.has(kind)) return undefined;
  const [a, g] = lang === 'ko' ? [KO_APPLIED_WORD, KO_GRANTED_WORD] : [EN_APPLIED_VERB, EN_GRANTED_VERB];
  const asked = a.test(row),
    given = g.test(row);
  return asked && !given ? 'applied' : given && !asked ? 'granted' : undefined;
}

/**
 * A line that gives the amount asked for as the amount given ("CopperGrid Energy Corporation will supply the 250 MW of
 * surplus hydropower the developers asked for"): a verb of giving before it, the request after it, of it; not a part of
 * it, "granted 1.9 hm3 of the 2.6 hm3 applied for", nor the request itself, "the 2.6 hm3 applied for". Its amount is
 * a grant's.
 */
export function givenAsAsked(t: string, at: number, end: number, lang: string | undefined, kind: string): boolean {
  if (lang === 'ko' || !ROLE_KINDS.has(kind)) return false;
  const before = t.slice(0, at),
    after = t.slice(end);
  return (
    EN_GIVES_BEFORE.test(before) &&
    !/\bof\s+(?:the\s+)?$/i.test(before) &&
    !EN_APPLIED_BEFORE.test(before) &&
    !/^\s*(?:[(（][^)）]*[)）]\s*)?(?:(?:(?:per|a|an|each|every)\s+|\/\s?)(?:day|d|week|month|year|yr|annum|hour|h)\s+)?(?:applied\s+for|requested|sought|asked\b)/i.test(
      after,
    ) &&
    new RegExp(String.raw`^[^.;]*\b(?:${EN_APPLIED})\b`, 'i').test(after)
  );
}
/** A verb of giving that governs what follows it in its clause: "will supply the", "granted", "allotted". */
const EN_GIVES_BEFORE = new RegExp(
  String.raw`\b(?:supply|supplies|supplied|supplying|provide[sd]?|providing|deliver(?:s|ed|ing)?|give[sn]?|gave|${EN_GRANTED})\b[^.;]*$`,
  'i',
);
/** An application that governs the rest of the text before the amount, up to a grant or a contrast. */
const EN_APPLIED_BEFORE = new RegExp(
  String.raw`\b(?:${EN_APPLIED})\b(?:(?!\b(?:${EN_GRANTED_PARTICIPLE}|but|while|whereas|although)\b)[^.;])*$`,
  'i',
);
