// Plain text and Markdown articles: the file's decoded contents are the article text, offset for offset (a video's
// captions saved as text are read as running text, their cue numbers and time codes left out: captions.ts; a news
// feed's item saved as text is read as its story's page: feed.ts; a text browser's dump of a page without its link
// marks and list of addresses: lynx.ts).
import { decode } from '../../text/text';
import { captionText, transcriptPanelText } from './captions';
import { feedText } from './feed';
import { lynxText } from './lynx';
import type { SourceReader } from './reader';

export const plainText: SourceReader = {
  id: 'plain-text',
  // .text as well: the language server's watcher always took it for a source while the folder walk did not,
  // so a .text file was indexed only once it had been edited. Now it is indexed everywhere.
  extensions: ['.txt', '.text', '.md', '.markdown'],
  read(bytes) {
    const d = decode(bytes);
    if (!d.ok) return { skip: d.reason };
    // (a feed's item saved as text: its headline and story with a map back into the file, else its text as saved, with
    // the item's metadata, feed.ts)
    return (
      feedText(d.text) ?? captionText(d.text) ?? transcriptPanelText(d.text) ?? lynxText(d.text) ?? { text: d.text }
    );
  },
};
