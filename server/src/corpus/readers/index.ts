// The registry of source readers: which files the corpus reads, and how. The CLI, the indexer (folder walk,
// readSource) and the language server's glob expansion and file watcher all ask here, so they agree.
// Adding a format: a new file in this folder exporting a SourceReader, and one line in READERS below.
import * as path from 'path';
import { html } from './html';
import { plainText } from './plainText';
import type { SourceReader } from './reader';
import { escapeRe } from '../../text/text';

export type { ReaderMeta, ReaderText, Segment, SourceReader, TextMap } from './reader';

const READERS: readonly SourceReader[] = [plainText, html];

/** Readers a test registered (first, so a test can stand in for a format); never seen by worker threads. */
let testReaders: SourceReader[] = [];
let suffixes: RegExp | undefined;

function all(): readonly SourceReader[] {
  return testReaders.length ? [...testReaders, ...READERS] : READERS;
}

/** The reader for a file by its name's ending (case-insensitive), or undefined when no reader claims it. */
export function readerFor(file: string): SourceReader | undefined {
  const name = path.basename(file).toLowerCase();
  return all().find((r) => r.extensions.some((e) => name.endsWith(e)));
}

/** The reader for a file named explicitly (a file given as a source, a glob's match): plain text when none claims it. */
export function readerOrPlain(file: string): SourceReader {
  return readerFor(file) ?? plainText;
}

/** Every file name ending some reader reads, lower case with the dot. */
export function sourceExtensions(): string[] {
  return [...new Set(all().flatMap((r) => r.extensions))];
}

/** Whether a folder walk or the file watcher takes this file for a source (by its name alone). */
export function isSourceFile(file: string): boolean {
  suffixes ??= new RegExp(`(?:${sourceExtensions().map(escapeRe).join('|')})$`, 'i');
  return suffixes.test(file);
}

/**
 * Tests only: use `reader` (before the built-in ones) until the returned function is called. Indexing worker
 * threads load their own registry, so a corpus using one must index in this thread (workers: 0).
 */
export function registerReaderForTest(reader: SourceReader): () => void {
  testReaders = [reader, ...testReaders];
  suffixes = undefined;
  return () => {
    testReaders = testReaders.filter((r) => r !== reader);
    suffixes = undefined;
  };
}
