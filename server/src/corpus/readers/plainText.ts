// Plain text and Markdown articles: the file's decoded contents are the article text, offset for offset.
import { decode } from '../../text/text';
import type { SourceReader } from './reader';

export const plainText: SourceReader = {
  id: 'plain-text',
  // .text as well: the language server's watcher always took it for a source while the folder walk did not,
  // so a .text file was indexed only once it had been edited. Now it is indexed everywhere.
  extensions: ['.txt', '.text', '.md', '.markdown'],
  read(bytes) {
    const d = decode(bytes);
    return d.ok ? { text: d.text } : { skip: d.reason };
  },
};
