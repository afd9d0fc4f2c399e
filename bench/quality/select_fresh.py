#!/usr/bin/env python3
"""Seeded draws of the fresh check batches of the development set (batches 2–4, issue 18).

Usage:  python3 bench/quality/select_fresh.py [--batch 2|3|4] [--list] [--part K/N] > /tmp/fresh.txt

The first batch (select_contacts.py, 467 contacts) was split into a design half and a
check half (split.py). The check half was scored after every change of stops 24–27, so by
stop 28 it had steered the work more than a held-out set may. This batch is drawn from
threads that no one has labelled or read, labelled blind (before callaudit is run on
them), and is scored as its own table: it is the check set from stop 28 on, and the whole
first batch becomes design data.

Selection (seed SEED, Python's random.Random):
  * twcs-monalisapatra26/twcs.csv: the threads of select_contacts.py's universe (ISP
    filter by handle, name and anonymised id, twcs.py) minus every thread already in
    labels.csv; per company (the first agent author) a quota of round(0.8*sqrt(n)) of the
    remaining n threads (at least 1, at most n), seeded shuffle, first `quota` taken.
  * twcs-divya-gh/twcs_small.csv: 25 unlabelled non-ISP threads that contain an agent tweet.
Batch 3 (stop 28, seed SEEDS[3]) is drawn the same way from the threads in neither
labels.csv nor labels-fresh.csv, once batch 2's misses had been read to write rules
(so batch 2 became design data too); it is labelled blind into labels-batch3.csv.
Batch 4 (seed SEEDS[4]) likewise, once batch 3's misses had been read: labels-batch4.csv.

--part K/N prints every N-th contact starting at K (1-based) so that several people can
label in parallel; the numbering (#n) is the same in every part.
"""
import csv
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import twcs  # noqa: E402
from select_contacts import MONA, SMALL, REALDATA, quota_draw, twcs_contact  # noqa: E402

SEEDS = {2: 20261206, 3: 20261207, 4: 20261208}
# The label files each batch's draw leaves out.
EARLIER = {2: ["labels.csv"], 3: ["labels.csv", "labels-fresh.csv"],
           4: ["labels.csv", "labels-fresh.csv", "labels-batch3.csv"]}
HERE = os.path.dirname(os.path.abspath(__file__))


def labelled(source, batch):
    ids = set()
    for name in EARLIER[batch]:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            ids |= {r["contact_id"] for r in csv.DictReader(f) if r["source"] == source}
    return ids


def drawn(batch=2):
    rng = random.Random(SEEDS[batch])
    alias = twcs.isp_alias_ids(REALDATA)
    _, recs = twcs.read_records(os.path.join(REALDATA, MONA))
    done = labelled(MONA, batch)
    th = {k: v for k, v in twcs.threads(recs).items()
          if not twcs.isp_thread(v, alias) and str(k) not in done}
    out = quota_draw(MONA, th, rng, 0.8)
    _, recs = twcs.read_records(os.path.join(REALDATA, SMALL))
    done = labelled(SMALL, batch)
    th = {k: v for k, v in twcs.threads(recs).items()
          if not twcs.isp_thread(v, alias) and str(k) not in done}
    with_agent = sorted(k for k, v in th.items() if any(not r["customer"] for r in v))
    for root in sorted(rng.sample(with_agent, 25)):
        out.append(twcs_contact(SMALL, root, th[root]))
    return out


def main():
    args = sys.argv[1:]
    k, n = 1, 1
    batch = int(args[args.index("--batch") + 1]) if "--batch" in args else 2
    if "--part" in args:
        k, n = (int(x) for x in args[args.index("--part") + 1].split("/"))
    for i, c in enumerate(drawn(batch), 1):
        if (i - k) % n:
            continue
        if "--list" in args:
            print(f"{c['source']},{c['contact_id']},{c['provider']},{c['lines']}")
            continue
        print(f"=== #{i} {c['source']} | {c['contact_id']} | {c['provider']} | lines {c['lines']}")
        for role, who, when, where, text in c["turns"]:
            print(f"  [{where}] {role.upper()} {who} {when}:")
            print("     " + (text or "").replace("\n", "\n     "))
        print()


if __name__ == "__main__":
    main()
