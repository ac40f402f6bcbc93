#!/usr/bin/env bash
# Start-up and command timings against a bare `node -e 0`, on a generated data file of ~200 applications.
# Run with `npm run bench` (builds first). Uses hyperfine when it is installed (apt-get install -y hyperfine,
# brew install hyperfine, or cargo install hyperfine); otherwise a plain loop timed with `date +%s%N`.
#   BENCH_RUNS=N   runs per command (default 20)
#   BENCH_APPS=N   applications in the generated data file (default 200)
#   BENCH_LOOP=1   use the plain loop even when hyperfine is installed
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BIN="$ROOT/bin/followup.js"
RUNS=${BENCH_RUNS:-20}
APPS=${BENCH_APPS:-200}
WARMUP=3

if [[ ! -f "$ROOT/dist/cli.js" ]]; then
  echo "bench: dist/cli.js is missing; run 'npm run build' (or 'npm run bench', which builds first)" >&2
  exit 1
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/followup-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/followup.json"   # read by today/status; never written
BASE="$WORK/base.json"     # the pristine copy add starts from
COPY="$WORK/copy.json"     # what add writes to

export FOLLOWUP_NOW=2026-11-20 NO_COLOR=1
unset FORCE_COLOR

# The data file, written directly in the current format (src/store/schema.ts, schemaVersion 2): a realistic
# mix of stages, follow-ups, promises, cues and closed applications, events in date order, all before today.
node --input-type=module - "$DB" "$APPS" <<'EOF'
import { writeFileSync } from 'node:fs';
const [file, n] = [process.argv[2], Number(process.argv[3])];
const TODAY = Date.UTC(2026, 10, 20);
const day = (daysAgo) => new Date(TODAY - daysAgo * 86_400_000).toISOString().slice(0, 10);
const CUES = ['encouraging', 'neutral', 'unsure', 'negative'];
let seed = 42;
const rand = (k) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % k);
const applications = [];
for (let i = 1; i <= n; i++) {
  let ago = 3 + rand(45);
  const events = [{ type: 'applied', date: day(ago) }];
  const next = (min, spread) => (ago = Math.max(0, ago - min - rand(spread)));
  const kind = i % 10;
  if (kind >= 3) {
    events.push({ type: 'screen', date: day(next(3, 6)), cue: CUES[rand(4)] });
    events.push({ type: 'thanks', date: day(next(0, 1)) });
    if (kind >= 5) events.push({ type: 'email', date: day(next(2, 5)) });
    if (kind >= 6) {
      const date = day(next(1, 5));
      events.push({ type: 'interview', date, round: 1, expectBy: day(Math.max(0, ago - 5)), cue: CUES[rand(4)] });
    }
    if (kind >= 7) events.push({ type: 'thanks', date: day(next(0, 1)) });
    if (kind === 8) events.push({ type: 'interview', date: day(next(2, 4)), round: 2, invited: day(Math.max(0, ago - 3)), channel: 'call' });
    if (kind === 9) events.push({ type: 'rejected', date: day(next(1, 4)) });
  } else if (kind === 1) {
    events[0].expectBy = day(Math.max(0, ago - 14));
  } else if (kind === 2) {
    events.push({ type: 'email', date: day(next(5, 5)) });
  }
  if (i % 7 === 0) events.push({ type: 'note', date: day(next(0, 2)), note: 'recruiter said the team is growing' });
  applications.push({
    id: String(i),
    company: `Company ${String(i).padStart(3, '0')}`,
    role: ['Backend Engineer', 'SRE', 'Data Engineer', 'Frontend Developer'][i % 4],
    contact: i % 3 ? { name: `Contact ${i}`, email: `hr${i}@example.test` } : {},
    ...(i % 5 === 0 ? { url: `https://jobs.example.test/${i}` } : {}),
    noCalls: i % 11 === 0,
    events,
  });
}
const data = { schemaVersion: 2, nextId: n + 1, settings: {}, applications };
writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
EOF
cp "$DB" "$BASE"

# Check every command works on this file before timing it (a failing command is fast, and meaningless).
export FOLLOWUP_DB="$DB"
for args in "--version" "today" "today --json" "status"; do
  # shellcheck disable=SC2086
  if ! node "$BIN" $args >/dev/null 2>"$WORK/err"; then
    echo "bench: 'followup $args' failed on the generated data:" >&2
    cat "$WORK/err" >&2
    exit 1
  fi
done
cp "$BASE" "$COPY"
if ! FOLLOWUP_DB="$COPY" node "$BIN" add --no-input --company X >/dev/null 2>"$WORK/err"; then
  echo "bench: 'followup add' failed:" >&2
  cat "$WORK/err" >&2
  exit 1
fi

NAMES=("node -e 0 (baseline)" "followup --version" "followup today" "followup today --json" "followup status" "followup add --no-input --company X")
q() { printf '%q' "$1"; }
CMDS=(
  "node -e 0"
  "node $(q "$BIN") --version"
  "node $(q "$BIN") today"
  "node $(q "$BIN") today --json"
  "node $(q "$BIN") status"
  "FOLLOWUP_DB=$(q "$COPY") node $(q "$BIN") add --no-input --company X"
)
# add runs on a fresh copy of the data each time, so every run appends to the same 200 applications.
PREPARE="cp $(q "$BASE") $(q "$COPY")"

echo "followup bench: $(node --version), $(nproc 2>/dev/null || echo '?') CPUs, $APPS applications, $RUNS runs each (+$WARMUP warmup)"

declare -a MEAN SD
if [[ -z ${BENCH_LOOP:-} ]] && command -v hyperfine >/dev/null 2>&1; then
  echo "timing with $(hyperfine --version)"
  for i in "${!CMDS[@]}"; do
    prep=()
    if [[ ${NAMES[$i]} == *add* ]]; then prep=(--prepare "$PREPARE"); fi
    hyperfine --style none --warmup "$WARMUP" --runs "$RUNS" ${prep[@]+"${prep[@]}"} \
      --export-json "$WORK/h$i.json" "${CMDS[$i]}" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
    read -r MEAN[i] SD[i] < <(node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).results[0];
      console.log((r.mean * 1000).toFixed(1), ((r.stddev ?? 0) * 1000).toFixed(1));' "$WORK/h$i.json")
  done
else
  echo "hyperfine not found (apt-get install -y hyperfine, or brew install hyperfine): timing with a plain loop (date +%s%N, includes a bash fork)"
  for i in "${!CMDS[@]}"; do
    times=()
    for ((r = -WARMUP; r < RUNS; r++)); do
      if [[ ${NAMES[$i]} == *add* ]]; then eval "$PREPARE"; fi
      start=$(date +%s%N)
      eval "${CMDS[$i]}" >/dev/null 2>&1
      end=$(date +%s%N)
      if ((r >= 0)); then times+=($((end - start))); fi
    done
    read -r MEAN[i] SD[i] < <(node -e '
      const t = process.argv.slice(1).map((ns) => Number(ns) / 1e6);
      const mean = t.reduce((a, b) => a + b, 0) / t.length;
      const sd = Math.sqrt(t.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, t.length - 1));
      console.log(mean.toFixed(1), sd.toFixed(1));' "${times[@]}")
  done
fi

echo
printf '%-40s %10s %9s %9s %10s\n' "command" "mean ms" "± ms" "× node" "+ms node"
for i in "${!CMDS[@]}"; do
  node -e '
    const [name, mean, sd, base] = process.argv.slice(1);
    const m = Number(mean), b = Number(base);
    const pad = (s, n) => String(s).padStart(n);
    console.log(name.padEnd(40) + " " + pad(m.toFixed(1), 10) + " " + pad(Number(sd).toFixed(1), 9) + " " +
      pad((m / b).toFixed(2) + "×", 9) + " " + pad((m - b >= 0 ? "+" : "") + (m - b).toFixed(1), 10));' \
    "${NAMES[$i]}" "${MEAN[$i]}" "${SD[$i]}" "${MEAN[0]}"
done
