#!/usr/bin/env bash
# measure.sh KIND...: rewrite the collected and external-dev sets with each KIND
# (tests/robustness/rewrite.py), build them with this tree (or the kg package under $KG_TREE)
# and print micro F1 (run from the repo root).
PY=${PY:-/work/main/.venv/bin/python}; export PYTHONPATH=${KG_TREE:-$PWD}
X=$(cd ${EXTERNAL_DEV:-/work/shared/external-dev} && pwd)
S=$PWD/tests/gold/eval/score.py; T=${TMPDIR:-/tmp}/kg-robustness
for kind in "$@"; do
  line="$kind"
  for set in collected:$PWD/tests/govs/collected external-dev:$X; do
    name=${set%%:*}; dir=${set#*:}; out=$T/$kind/$name
    rm -rf $out; $PY $PWD/tests/robustness/rewrite.py "$kind" $dir/text $out/text
    (cd $out && $PY -m kg build $out/text --out $out/build >/dev/null 2>&1)
    f1=$($PY $S --pred $out/build/assignments.jsonl --gold $dir/gold | awk '/^F1/{print $2}')
    line="$line $name=$f1"
  done
  echo "$line"
done
