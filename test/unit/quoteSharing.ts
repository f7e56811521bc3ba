// Run by coldStream.test.ts in a process of its own (node --expose-gc): how many heap bytes a cold start's streamed
// quotation rows hold against the same rows with a string a field. Measured apart from the suite, whose earlier tests
// leave child processes and sockets whose callbacks allocate between the readings. Prints one line of JSON.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { Corpus } from '../../server/src/corpus/corpus';
import { IndexCache } from '../../server/src/corpus/cache';
import { allQuoteRows, exportQuotes } from '../../server/src/judge/quotes';
import { writeCorpus } from '../../bench/generate';
import { heapFreed } from './heapFreed';

async function main() {
  const dirs = [
    fs.mkdtempSync(path.join(os.tmpdir(), 'xref-share-')),
    fs.mkdtempSync(path.join(os.tmpdir(), 'xref-share-')),
  ];
  try {
    writeCorpus(dirs[0], 600, 23); // the seeds' quotations, each in many articles
    const c = Corpus.load({ folders: [dirs[0]], useBundled: false, workers: 0, cache: new IndexCache(dirs[1]) });
    const quotes = c.snapshot!.quotes;
    // (the rows as the indexes read them, made from the columns the corpus holds: their strings are the columns')
    const held: { rows?: unknown } = { rows: allQuoteRows(quotes) };
    const copy: { rows?: unknown } = { rows: v8.deserialize(v8.serialize(held.rows)) }; // every string its own
    const same =
      JSON.stringify(copy.rows) ===
      JSON.stringify(allQuoteRows(exportQuotes(Corpus.load({ folders: [dirs[0]], useBundled: false, workers: 0 }))));
    // What the copies of repeated strings take at the least, which sharing saves: a string's 16-byte header and its
    // characters, one byte each where all are Latin-1 and two otherwise (Hangul), to a multiple of 8. (Counted at a
    // byte a character, a copy of each row's strings once read 240 KB over the shared rows against 232 KB asked.)
    const seen = new Set<string>();
    let copies = 0;
    for (const row of allQuoteRows(exportQuotes(c)).flat() as unknown[][])
      for (const f of row) {
        if (typeof f !== 'string') continue;
        if (seen.has(f)) copies += Math.ceil((16 + f.length * (/[^\u0000-\u00ff]/.test(f) ? 2 : 1)) / 8) * 8;
        else seen.add(f);
      }
    const { settle, freed } = heapFreed();
    await settle();
    const own = await freed(() => (held.rows = undefined));
    const unshared = await freed(() => (copy.rows = undefined));
    process.stdout.write(JSON.stringify({ same, own, unshared, copies }) + '\n');
  } finally {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exit(1);
});
