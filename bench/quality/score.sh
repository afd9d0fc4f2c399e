#!/usr/bin/env bash
# Score callaudit against the hand labels in bench/quality/labels.csv.
#
#   bench/quality/score.sh [--by-source] [--split] [--agreement]
#
# Labels: labels.csv (batch 1, 467 contacts), labels-fresh.csv (batch 2, 145),
# labels-batch3.csv (batch 3, 124) and labels-batch4.csv (batch 4, 112), each drawn and
# labelled blind in its turn (README.md). Batches 1-3 are the development set the rules are
# designed on; batch 4 is the check they are judged on. One table per batch, then the
# development set together.
# --split adds batch 1's design and check halves (split.py), the protocol of stops 24-27;
# --agreement compares each second labeller (labels-second.csv, labels-batch3-second.csv,
# labels-batch4-second.csv) with its batch.
#
# Finds callaudit ($CALLAUDIT, else .build/release/callaudit, else .build/debug/callaudit
# under the repository root), builds copies of the three TWCS inputs with every thread of
# the seven held-out ISP accounts removed (the same filter as select_contacts.py,
# bench/quality/twcs.py), runs `callaudit analyze <input> --format json -o … --contacts-out …`
# once per labelled input, joins the contacts-out rows with the labels on
# (source, contact_id) and prints, per measure (scripted, unresolved, flagged, churn),
# TP/FP/FN/TN, precision and recall with 95 % Wilson intervals, and how many labelled
# contacts callaudit did not produce (join misses are counted, never dropped silently).
# Data is read from $REALDATA (default /work/shared/realdata); temporary files go to a
# mktemp -d directory that is removed on exit.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
realdata="${REALDATA:-/work/shared/realdata}"

bin="${CALLAUDIT:-}"
if [[ -z "$bin" ]]; then
  for c in "$root/.build/release/callaudit" "$root/.build/debug/callaudit"; do
    if [[ -x "$c" ]]; then bin="$c"; break; fi
  done
fi
if [[ -z "$bin" || ! -x "$bin" ]]; then
  echo "score.sh: no callaudit binary (set CALLAUDIT or run 'swift build -c release')" >&2
  exit 2
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# 1. ISP-filtered copies of the TWCS inputs (the held-out test is never run by the score).
python3 - "$here" "$realdata" "$tmp" <<'PY'
import os, sys
sys.dont_write_bytecode = True
here, realdata, tmp = sys.argv[1:4]
sys.path.insert(0, here)
import twcs
for src in ("twcs-monalisapatra26/twcs.csv", "twcs-divya-gh/twcs_small.csv",
            "twcs-yosingh1/sample.csv"):
    dst = os.path.join(tmp, src.replace("/", "__"))
    total, kept = twcs.filtered_copy(os.path.join(realdata, src), dst, realdata)
    print(f"# {src}: {kept} of {total} rows kept after the ISP filter", file=sys.stderr)
PY

# 2. One callaudit run per labelled input.
sources=$(python3 -c 'import csv,sys; print("\n".join(sorted({r["source"] for p in sys.argv[1:] for r in csv.DictReader(open(p))})))' "$here/labels.csv" "$here/labels-fresh.csv" "$here/labels-batch3.csv" "$here/labels-batch4.csv")
while IFS= read -r src; do
  [[ -z "$src" ]] && continue
  key="${src//\//__}"
  if [[ -f "$tmp/$key" ]]; then input="$tmp/$key"; else input="$realdata/$src"; fi
  if ! "$bin" analyze "$input" --format json -o "$tmp/$key.report.json" \
        --contacts-out "$tmp/$key.contacts.csv" >"$tmp/$key.stdout" 2>"$tmp/$key.stderr"; then
    echo "# $src: callaudit exited with an error: $(head -c 300 "$tmp/$key.stderr")" >&2
  fi
done <<<"$sources"

# 3. Join and score.
python3 - "$here/labels.csv" "$tmp" "$@" <<'PY'
import csv, json, math, os, sys
labels_path, tmp = sys.argv[1], sys.argv[2]
by_source = "--by-source" in sys.argv[3:]
by_half = "--split" in sys.argv[3:]
agreement = "--agreement" in sys.argv[3:]
sys.path.insert(0, os.path.dirname(labels_path))
sys.dont_write_bytecode = True
import split
labels = list(csv.DictReader(open(labels_path, encoding="utf-8")))
here = os.path.dirname(labels_path)
def read_labels(name):
    return list(csv.DictReader(open(os.path.join(here, name), encoding="utf-8")))
fresh = read_labels("labels-fresh.csv")
batch3 = read_labels("labels-batch3.csv")
batch4 = read_labels("labels-batch4.csv")

def norm_id(s):
    s = (s or "").strip()
    try:
        f = float(s)
        if f.is_integer() and ("." in s or "e" in s.lower()):
            return str(int(f))
    except ValueError:
        pass
    return s

def truth(v):
    v = (v or "").strip().lower()
    if v in ("true", "yes", "1", "y"):
        return True
    if v in ("false", "no", "0", "n"):
        return False
    return None            # empty / n/a / not measured

tool = {}                  # (source, contact_id) -> row
notes = {}
for src in sorted({r["source"] for r in labels + fresh + batch3 + batch4}):
    key = src.replace("/", "__")
    path = os.path.join(tmp, key + ".contacts.csv")
    rows = []
    if os.path.exists(path):
        rows = list(csv.DictReader(open(path, encoding="utf-8")))
    rep = os.path.join(tmp, key + ".report.json")
    if os.path.exists(rep):
        try:
            j = json.load(open(rep, encoding="utf-8"))
            inp = j.get("inputs", [{}])[0]
            notes[src] = (f"format={inp.get('format')} records={inp.get('records')} "
                          f"accepted={inp.get('accepted')} rejected={inp.get('rejected')} "
                          f"contacts={inp.get('contacts')} produced={len(rows)}")
        except Exception as e:          # report what happened, keep scoring
            notes[src] = f"report not readable: {e}"
    else:
        notes[src] = f"no report (see callaudit stderr); contacts produced={len(rows)}"
    for r in rows:
        tool[(src, norm_id(r.get("contact_id")))] = r

def wilson(k, n, z=1.959964):
    if n == 0:
        return None
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return p, max(0.0, c - h), min(1.0, c + h)

def fmt(w):
    return "   n/a              " if w is None else f"{w[0]:.3f} [{w[1]:.3f}-{w[2]:.3f}]"

def label_value(r, measure):
    if measure == "scripted":
        return {"yes": True, "no": False}.get(r["scripted"])
    if measure == "unresolved":
        return r["unresolved"] == "yes"
    if measure == "flagged":
        return r["scripted"] == "yes" and r["unresolved"] == "yes"
    if measure == "churn":
        return r["churn"] == "yes"

TOOL_COL = {"scripted": "scripted", "unresolved": "unresolved", "flagged": "flagged",
            "churn": "churn_risk"}

def score(rows, title):
    print(f"\n== {title}: {len(rows)} labelled contacts")
    missing = [r for r in rows if (r["source"], norm_id(r["contact_id"])) not in tool]
    print(f"   labelled contacts callaudit did not produce (join misses): {len(missing)}")
    print(f"   {'measure':<11}{'labelled':>9}{'TP':>6}{'FP':>6}{'FN':>6}{'TN':>6}{'no value':>10}"
          f"   {'precision [95% Wilson]':<24}{'recall [95% Wilson]':<24}")
    for m in ("scripted", "unresolved", "flagged", "churn"):
        tp = fp = fn = tn = nov = lab = 0
        for r in rows:
            lv = label_value(r, m)
            if lv is None:
                continue                       # scripted = n/a: not labelled yes or no
            t = tool.get((r["source"], norm_id(r["contact_id"])))
            if t is None:
                continue                       # counted above as a join miss
            lab += 1
            tv = truth(t.get(TOOL_COL[m]))
            if tv is None:
                nov += 1
                continue
            if lv and tv: tp += 1
            elif tv: fp += 1
            elif lv: fn += 1
            else: tn += 1
        print(f"   {m:<11}{lab:>9}{tp:>6}{fp:>6}{fn:>6}{tn:>6}{nov:>10}   "
              f"{fmt(wilson(tp, tp + fp)):<24}{fmt(wilson(tp, tp + fn)):<24}")

print("callaudit quality score against bench/quality/labels.csv, labels-fresh.csv, labels-batch3.csv, labels-batch4.csv")
for src in sorted(notes):
    print(f"# {src}: {notes[src]}")
score(labels, "batch 1 (development set), all sources")
score(fresh, "batch 2 (development set since stop 28; labelled blind)")
score(batch3, "batch 3 (development set since stop 28's third round; labelled blind)")
score(labels + fresh + batch3, "development set: batches 1, 2 and 3")
score(batch4, "batch 4 (check set, labelled blind)")
if by_half:
    for half in ("design", "check"):
        score([r for r in labels if split.half_of_row(r) == half], f"{half} half")
if by_source:
    for src in sorted({r["source"] for r in labels}):
        score([r for r in labels if r["source"] == src], src)
def value(r, m):
    return (r["scripted"] == "yes" and r["unresolved"] == "yes") if m == "flagged" else r[m]
if agreement:
    # Cohen's kappa between a batch's labels and its second labeller's, per measure.
    for batch, first_rows, second_name in (("batch 2", fresh, "labels-second.csv"),
                                           ("batch 3", batch3, "labels-batch3-second.csv"),
                                           ("batch 4", batch4, "labels-batch4-second.csv")):
        second = read_labels(second_name)
        first = {(r["source"], r["contact_id"]): r for r in first_rows}
        print(f"\n== agreement: {len(second)} contacts of {batch} labelled by a second labeller")
        for m in ("scripted", "unresolved", "flagged", "churn", "outcome"):
            pairs = [(value(first[(r["source"], r["contact_id"])], m), value(r, m)) for r in second]
            n = len(pairs)
            agree = sum(a == b for a, b in pairs) / n
            cats = {v for p in pairs for v in p}
            chance = sum((sum(a == c for a, _ in pairs) / n) * (sum(b == c for _, b in pairs) / n) for c in cats)
            kappa = (agree - chance) / (1 - chance) if chance < 1 else float("nan")
            print(f"   {m:<11} agreement {agree:.3f}   Cohen's kappa {kappa:.3f}")
print("\nNotes: 'no value' = callaudit produced the contact but left the measure empty "
      "(not measurable); such contacts and join misses are outside TP/FP/FN/TN. "
      "flagged (label) = scripted yes AND unresolved yes; scripted n/a contacts are left "
      "out of the scripted row only.")
PY
