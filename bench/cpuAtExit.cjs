// Preloaded into a fresh check's process by bench/pg.ts (node -r): at exit, the CPU time the process used, on
// stderr, for the bench to add up (a check's CPU in the client, against the database's).
process.on('exit', () => {
  const u = process.cpuUsage();
  process.stderr.write(`\nxref-cpu-ms ${((u.user + u.system) / 1000).toFixed(0)}\n`);
});
