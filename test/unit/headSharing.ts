// Run by snapshot.test.ts in a process of its own (node --expose-gc): how many heap bytes a cold start's streamed heads'
// metadata hold against the same heads each copied on its own, as the stream copies a source's head. Measured apart
// from the suite, whose earlier tests leave garbage and callbacks that allocate between the readings (inside the
// suite, 10,000 heads once read 1.2 MB saved where alone they read 2.2-2.7 MB). Prints one line of JSON.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { Corpus } from '../../server/src/corpus/corpus';
import { IndexCache } from '../../server/src/corpus/cache';
import { CorpusSnapshot } from '../../server/src/corpus/snapshot';
import type { LazySource } from '../../server/src/corpus/lazySource';
import type { ArticleMeta } from '../../server/src/types';
import { writeCorpus } from '../../bench/generate';
import { heapFreed } from './heapFreed';

async function main() {
  const dirs = [
    fs.mkdtempSync(path.join(os.tmpdir(), 'xref-heads-')),
    fs.mkdtempSync(path.join(os.tmpdir(), 'xref-heads-')),
  ];
  try {
    writeCorpus(dirs[0], 200, 5);
    const src = Corpus.load({ folders: [dirs[0]], useBundled: false, workers: 0 });
    let stream = new CorpusSnapshot(new IndexCache(dirs[1]), 'heads').stream(src.engine.subjects.terms, 1, {
      add: () => undefined,
      finish: () => {
        throw new Error('not finished');
      },
    });
    if (!stream) throw new Error('no stream');
    // 200 copies of each article (the generated corpus has 12 outlets and a few dozen authors): 40,000 heads.
    const held: { metas?: ArticleMeta[] } = { metas: [] };
    for (let round = 0; round < 200; round++)
      for (const s of src.sources) held.metas!.push((stream.add(`${s.key}-${round}.md`, s) as LazySource).meta);
    stream.abort();
    stream = undefined;
    const heads = held.metas!.length;
    // Each head copied on its own, as the stream copies it from the source (every string a copy of its own).
    const copy: { metas?: ArticleMeta[] } = {
      metas: held.metas!.map(
        (meta, i) =>
          (v8.deserialize(v8.serialize({ key: `k${i}`, meta, figures: 1, quotes: 1 })) as { meta: ArticleMeta }).meta,
      ),
    };
    const { settle, freed } = heapFreed();
    await settle();
    const own = await freed(() => (held.metas = undefined));
    const unshared = await freed(() => (copy.metas = undefined));
    process.stdout.write(JSON.stringify({ heads, own, unshared }) + '\n');
  } finally {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e));
  process.exit(1);
});
