// Entry point of dist/server.js: one language server on the transport the command line names
// (`--stdio`, `--node-ipc` from VS Code, `--socket=N`, `--pipe NAME`). Everything else is createServer's.
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { createEngine } from '../engine';
import { createServer } from './server';

// The server's engine: its term table and caches, for as long as the process runs.
const server = createServer(createConnection(ProposedFeatures.all), { engine: createEngine() });

// ---- safety: nothing thrown anywhere ends the process ----
process.on('uncaughtException', (e) => server.log(`uncaught exception: ${e?.stack ?? e}`));
process.on('unhandledRejection', (e: any) => server.log(`unhandled rejection: ${e?.stack ?? e}`));

server.listen();
