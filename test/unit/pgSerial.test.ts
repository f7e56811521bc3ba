// A shared corpus's check sends its queries one after another on one connection, each as soon as the one before
// is answered, before the code awaiting that answer goes on (corpus/pg.ts serially): the server then reads the
// next query's rows while the checker works on the last's. pg's own queue would too, but it warns (deprecated).
import { strict as assert } from 'assert';
import type { PoolClient, QueryResult } from 'pg';
import { serially } from '../../server/src/corpus/pg';

/** A connection whose answers come when the test says; what happened, in order. */
function fakeConnection() {
  const events: string[] = [];
  const pending: { sql: string; answer: () => void; fail: () => void }[] = [];
  let active = 0;
  const c = {
    query(sql: string) {
      events.push(`send ${sql}`);
      active++;
      // pg warns when a query is sent while another runs: here, a failure of the test.
      assert.equal(active, 1, `${sql} sent while another query runs`);
      return new Promise<QueryResult>((resolve, reject) =>
        pending.push({
          sql,
          answer: () => {
            active--;
            resolve({ rows: [sql] } as unknown as QueryResult);
          },
          fail: () => {
            active--;
            reject(new Error(`${sql} failed`));
          },
        }),
      );
    },
  } as unknown as Pick<PoolClient, 'query'>;
  return { c, events, pending };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('queries of a check, one after another (serially)', () => {
  it('sends the next query when the last is answered, before its caller goes on', async () => {
    const { c, events, pending } = fakeConnection();
    const send = serially(c);
    const first = send('a').then(() => events.push('a answered, its caller goes on'));
    const second = send('b').then(() => events.push('b answered'));
    await tick();
    assert.deepEqual(events, ['send a']);
    pending.shift()!.answer();
    await first;
    assert.deepEqual(events, ['send a', 'send b', 'a answered, its caller goes on']);
    pending.shift()!.answer();
    await second;
    const third = send('c');
    assert.deepEqual(events.slice(-1), ['send c'], 'an idle connection sends at once');
    pending.shift()!.answer();
    assert.deepEqual((await third).rows, ['c']);
  });

  it('a failed query fails its caller only; the next is still sent', async () => {
    const { c, events, pending } = fakeConnection();
    const send = serially(c);
    const first = send('a');
    const second = send('b');
    pending.shift()!.fail();
    await assert.rejects(first, /a failed/);
    assert.deepEqual(events, ['send a', 'send b']);
    pending.shift()!.answer();
    assert.deepEqual((await second).rows, ['b']);
  });
});
