#!/usr/bin/env bash
# Side by side: `./manyi churn train/evaluate` (defaults) vs scikit-learn's default gradient
# boosting, on the CSV shapes ChurnCliTest uses (SyntheticChurnCsv: Telco, churn-bigml, bank).
# Needs python3 with scikit-learn and pandas (Debian: apt-get install python3-sklearn python3-pandas);
# a measuring tool only, not a build or CI dependency.
#
# Usage: scripts/compare-sklearn.sh [TRAIN_ROWS TEST_ROWS SEED...]   (default: 4000 2000 1 2 3 4 5)
# Training file seed S, test file seed S+1000 with unseen categories (as ChurnCliTest does).
# Prints one tab-separated line per shape and seed; files stay in $OUT (default a temp dir).
# Manyi guesses the id column and drops identifier-like columns itself; scikit-learn is told them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRAIN_ROWS="${1:-4000}"; TEST_ROWS="${2:-2000}"; shift 2 || true
SEEDS=("$@"); [ $# -eq 0 ] && SEEDS=(1 2 3 4 5)
OUT="${OUT:-$(mktemp -d)}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PYTHON="${PYTHON:-/usr/bin/python3}"  # Debian's, where python3-sklearn installs

"$JAVA_HOME/bin/javac" -d "$OUT/gen" "$ROOT/app/src/test/java/io/manyi/churn/SyntheticChurnCsv.java" \
  "$ROOT/scripts/GenerateChurnCsv.java"
json() { python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("%.4f\t%.4f\t%.2f" % (d["auc"], d["prAuc"], d["topDecileLift"]))' "$1"; }

printf 'shape\trows\tseed\tmanyi_auc\tmanyi_prauc\tmanyi_lift\tgbc_auc\tgbc_prauc\tgbc_lift\thgb_auc\thgb_prauc\thgb_lift\tmanyi_s\tgbc_s\n'
for spec in "TELCO Churn customerID" "BIGML Churn phone number" "BANK Exited RowNumber,CustomerId,Surname"; do
  read -r shape target id <<<"$spec"
  for seed in "${SEEDS[@]}"; do
    base="$OUT/${shape,,}-$TRAIN_ROWS-$seed"
    "$JAVA_HOME/bin/java" -cp "$OUT/gen" GenerateChurnCsv "$shape" "$base-train.csv" "$TRAIN_ROWS" "$seed" false
    "$JAVA_HOME/bin/java" -cp "$OUT/gen" GenerateChurnCsv "$shape" "$base-test.csv" "$TEST_ROWS" $((seed + 1000)) true
    t0=$(date +%s.%N)
    "$ROOT/manyi" churn train --csv "$base-train.csv" --target "$target" --model "$base.model" > "$base.train.log"
    manyi=$("$ROOT/manyi" churn evaluate --model "$base.model" --csv "$base-test.csv" --target "$target" | tail -1)
    t1=$(date +%s.%N)
    "$PYTHON" "$ROOT/scripts/compare-sklearn.py" "$base-train.csv" "$base-test.csv" "$target" "$id" > "$base.sklearn.json"
    t2=$(date +%s.%N)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%.0f\t%.0f\n' "$shape" "$TRAIN_ROWS" "$seed" "$(json "$manyi")" \
      "$(json "$(sed -n 1p "$base.sklearn.json")")" "$(json "$(sed -n 2p "$base.sklearn.json")")" \
      "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)"
  done
done
