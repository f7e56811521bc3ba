// The custom protocol between the server and its clients (the VS Code client, the tests; other clients may ignore
// it): request and notification names and their payloads. No imports, so the client bundles it alone.
export const StatusNotification = 'stargate-xref/status';
export const SourcesRequest = 'stargate-xref/sources';
export const ReindexRequest = 'stargate-xref/reindex';
export const CheckDocumentsRequest = 'stargate-xref/checkDocuments';

export interface StatusParams {
  sources: number;
  figures: number;
  quotes: number;
  skipped: number;
  indexing: boolean;
  done?: number;
  total?: number;
}
export interface SourceInfo {
  key: string;
  file: string;
  uri: string;
  title?: string;
  outlet?: string;
  date?: string;
  languages: string[];
  figures: number;
  quotes: number;
}
