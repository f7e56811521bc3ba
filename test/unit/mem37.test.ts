// An indexing worker posts its batch's strings packed in one transferred buffer (corpus/sourceWire.ts packStrings):
// the main thread makes each file's strings when it reads that file, instead of receiving the whole batch's strings
// (its articles' texts among them) as cloned heap strings that lived long enough to be promoted.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MessageChannel, receiveMessageOnPort } from 'worker_threads';
import { readSource } from '../../server/src/corpus/corpus';
import { runIndexWorker } from '../../server/src/corpus/corpusWorker';
import { HEADER, type WorkerJob } from '../../server/src/corpus/parallel';
import { packStrings, WireDecoder, WireEncoder, type WireBatch } from '../../server/src/corpus/sourceWire';
import type { Source } from '../../server/src/types';

// Two articles as their outlets write them: a wire story with a range, a quote and an attributed figure, and a Korean
// daily's report (two-byte text), with an emoji (a surrogate pair) in a headline quote.
const WIRE = `Halvern Grid to spend up to $12 billion on Ohio data centers

COLUMBUS, Ohio (Meridian) - Halvern Grid said on Tuesday it would spend between $9 billion and $12 billion over
five years on three data center campuses in central Ohio, adding about 1.2 gigawatts of capacity.

"We are building for demand we can already see," Chief Executive Dana Whitcombe told reporters.

The first campus, near Marysville, is expected to employ 450 people when it opens in 2027, the company said.
`;
const DAILY = `한빛에너지, 새만금에 3조원 규모 AI 데이터센터 짓는다 🚀

한빛에너지가 새만금 산업단지에 총 3조원을 투자해 200MW 규모의 인공지능(AI) 데이터센터를 건립한다고 5일 밝혔다.

김도윤 한빛에너지 대표는 "국내 최대 규모의 재생에너지 연계 데이터센터가 될 것"이라고 말했다.

회사는 2028년까지 1단계 100MW를 먼저 가동할 계획이다.
`;

/** What a Source says, as plain data (its classes hold back references). */
function view(s: Source | string): unknown {
  if (typeof s === 'string') return s;
  return {
    key: s.key,
    file: s.file,
    text: s.text,
    meta: s.meta,
    halves: s.halves,
    map: s.map,
    sentences: s.sentences.map((x) => [x.text, x.lang, x.range]),
    figures: s.figures.map((f) => [f.text, f.kind, f.unit, f.value, f.low, f.high, f.noun, f.qualifier, f.range]),
    quotes: s.quotes.map((q) => [q.text, q.speaker?.text, q.speakerId, q.range]),
    equivalences: s.equivalences.length,
  };
}

describe('a worker posts its strings packed (mem37)', function () {
  this.timeout(120_000);
  let dir: string;
  let files: string[];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mem37-'));
    files = [
      ['meridian-halvern.txt', WIRE],
      ['hanbit-saemangeum.txt', DAILY],
      ['empty.txt', ''],
    ].map(([name, text]) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, text);
      return f;
    });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the strings come back as they went: undefined, empty, two-byte, surrogates (lone ones too)', () => {
    const strs = ['plain', undefined, '', '한빛에너지', undefined, '🚀 a\ud800b', 'x'.repeat(70_000), ''];
    const batch: WireBatch = { batch: 0, terms: [], atoms: [], nums: new Float64Array(0), strs, metas: [], halves: [] };
    const { message, transfer } = packStrings(batch);
    assert.deepEqual(message.strs, [], 'no string in the message itself');
    assert.equal(transfer.length, 2);
    // A post: the buffers moved, not copied.
    const got = structuredClone(message, { transfer });
    assert.equal(transfer[0].byteLength, 0, 'transferred');
    // Read back through the reader's own path: one skipped file per string.
    const skips = new Float64Array(strs.length); // 0 = SKIP: the reason is the next string
    const dec = new WireDecoder();
    const read = dec.reader({ ...got, nums: skips });
    assert.deepEqual(
      strs.map(() => read('f')),
      strs,
    );
  });

  it("the worker's batch holds no cloned string, and reads back as the file indexed here does", () => {
    const { port1, port2 } = new MessageChannel();
    const control = new SharedArrayBuffer(4 * (HEADER + 2 + 1));
    const job: WorkerJob = {
      files,
      overrides: {},
      maxFileBytes: 1 << 20,
      batchSize: files.length,
      control,
      index: 0,
      port: port2,
    };
    runIndexWorker(job); // in this thread: the same code a worker runs
    const m = receiveMessageOnPort(port1);
    port1.close();
    assert.ok(m, 'a batch was posted');
    const wire = m.message as WireBatch;
    assert.deepEqual(wire.strs, [], 'the strings are not cloned one by one');
    assert.ok(wire.packed && wire.packed.units.length > WIRE.length + DAILY.length, 'the texts are in the buffer');
    const dec = new WireDecoder();
    dec.receive(wire);
    const read = dec.reader(wire);
    const back = files.map((f) => view(read(f)));
    const here = files.map((f) => view(readSource(f, 1 << 20, undefined, undefined, false)));
    assert.deepEqual(back, here);
    const daily = back[1] as { figures: unknown[][]; quotes: unknown[][] };
    assert.ok(daily.figures.length >= 3 && daily.quotes.length >= 1, 'the Korean article has figures and a quote');
    assert.equal(typeof back[2], 'string', 'the empty file is skipped with its reason');
  });

  it('unpacked batches (the main thread’s own, the cache’s) read as before', () => {
    const enc = new WireEncoder();
    for (const f of files) {
      const r = readSource(f, 1 << 20, undefined, undefined, false);
      if (typeof r === 'string') enc.skip(r);
      else enc.add(r);
    }
    const { message } = enc.finish(0);
    assert.ok(message.strs.length > 0 && !message.packed);
    const a = new WireDecoder(),
      b = new WireDecoder();
    a.receive(message);
    const packed = packStrings(message).message;
    b.receive(packed);
    const ra = a.reader(message),
      rb = b.reader(packed);
    assert.deepEqual(
      files.map((f) => view(rb(f))),
      files.map((f) => view(ra(f))),
    );
  });
});
