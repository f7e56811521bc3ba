#!/usr/bin/env bash
# Prints a hash of everything the engine outputs on the bundled and fixture material: the index JSON of the
# seeds and test fixtures, and the check JSON of the examples and every fixture report. A change meant to keep
# behaviour the same must leave it unchanged (issue 12).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
npx tsx server/src/cli/main.ts index --json > "$out/seeds.json"
for d in test/fixtures/*/; do
  # Any article the folder holds (ls fails when one of the patterns matches nothing: test each on its own).
  if compgen -G "$d*.txt" >/dev/null || compgen -G "$d*.md" >/dev/null || compgen -G "$d*.html" >/dev/null; then npx tsx server/src/cli/main.ts index --json --no-default-sources --sources "$d" > "$out/$(basename "$d").index.json" 2>/dev/null || true; fi
done
for f in examples/*.md test/fixtures/reports/*.md test/fixtures/newcomer/*.md; do
  npx tsx server/src/cli/main.ts check --format json "$f" > "$out/$(basename "$f").check.json" 2>/dev/null || true
done
(cd "$out" && sha256sum * | sort -k2) > "$out.sums"
sha256sum "$out.sums" | cut -c1-16
if [ "${1:-}" = "-v" ]; then cat "$out.sums"; fi
rm -rf "$out" "$out.sums"
