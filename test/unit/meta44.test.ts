// How sources are read, metadata, in layouts the tuning sets still read wrong after meta43 (session 42). Each rule is
// shown on a small page of the same kind written for it, by another writer, and on the real set's source. Each case
// fails with its rule undone.
import { strict as assert } from 'assert';
import { fixtureSource, writtenSource } from './metadataTable';

const text = (t: string, name = 'post.md') => writtenSource(t, name).meta;

describe("a newsletter platform's post (Substack and its kind, copied as Markdown)", () => {
  const post = (byline: string) =>
    [
      '# Why the grid queue is the real deadline',
      '',
      '### Interconnection, not chips, decides who ships in 2028',
      '',
      byline,
      '',
      'Mar 04, 2026',
      '',
      '∙ Paid',
      '',
      'Share',
      '',
      'Every campus announced this winter shares one date nobody puts in the press release: the day the utility',
      'finishes its study of the interconnection request. In Texas that study now takes eighteen months.',
      '',
      'Subscribe to Queue Position',
      '',
      'The second thing to watch is transformers, whose lead times have not moved since last spring at all.',
    ].join('\n');

  it('reads the publication its `Subscribe to …` button names, when nothing else names one', () => {
    assert.equal(text(post('Hana Okafor')).outlet, 'Queue Position');
  });

  it('reads no publication from a button inviting to "our newsletter"', () => {
    assert.equal(
      text(post('Hana Okafor').replace('Subscribe to Queue Position', 'Subscribe to our newsletter')).outlet,
      undefined,
    );
  });

  it('reads the writer whose name the clipper kept as a link to their profile', () => {
    assert.deepEqual(text(post('[Hana Okafor](https://substack.com/@hanaokafor)')).authors, ['Hana Okafor']);
    // (as it reads the same name unlinked)
    assert.deepEqual(text(post('Hana Okafor')).authors, ['Hana Okafor']);
  });

  it('reads the publication and the writer of unseen-meta20 and the publication of unseen-meta2', () => {
    const s = fixtureSource('unseen-meta20/substack.md');
    assert.equal(s.meta.outlet, 'Compute Economics');
    assert.deepEqual(s.meta.authors, ['Dylan Reyes']);
    assert.equal(fixtureSource('unseen-meta2/substack-newsletter.md').meta.outlet, 'The Stargate Ledger');
  });
});
