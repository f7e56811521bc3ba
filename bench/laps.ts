// CPU laps for the phase benches (phases.ts, editPhases.ts): CPU time of the process (GC threads included, so a loaded
// machine distorts it less than wall time) between one point and the next, in milliseconds, by name.

export function cpuLaps(): {
  out: Record<string, number | string | undefined>;
  lap: (what: string) => void;
  /** Starts the next lap here, leaving what came before uncounted. */
  restart: () => void;
} {
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const out: Record<string, number | string | undefined> = {};
  let t = cpu();
  const lap = (what: string) => {
    const n = cpu();
    out[what] = Math.round(n - t);
    t = n;
  };
  const restart = () => {
    t = cpu();
  };
  return { out, lap, restart };
}
