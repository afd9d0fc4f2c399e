"""Shared reader for the TWCS (Customer Support on Twitter) files and the held-out filter.

Used by select_contacts.py (choosing and printing contacts to label) and by score.sh (building
filtered copies of the inputs), so both apply exactly the same ISP filter.

Line numbers are physical lines of the file counted on '\n' (what `sed -n Np` shows).
"""
import csv
import io
import re

# The seven ISP accounts whose threads are the project's held-out test. A thread is
# dropped when any of its messages is authored by one of them or mentions one of them.
# The match is case-insensitive and deliberately wider than "@handle": the bare handle
# anywhere in the text also drops the thread.
ISP_HANDLES = ("comcastcares", "tmobilehelp", "verizonsupport", "sprintcare",
               "ask_spectrum", "coxhelp", "centurylinkhelp")
ISP_RE = re.compile("|".join(ISP_HANDLES), re.IGNORECASE)


def is_isp_record(rec):
    return bool(ISP_RE.search(rec["author_id"] or "")) or bool(ISP_RE.search(rec["text"] or ""))


# TWCS anonymised many company mentions to numeric ids (e.g. "@115714" in a customer's
# first tweet is Sprint's brand account). A mention of such an id is a mention of the ISP
# too. The ids are derived, without printing anything, from the monalisapatra thread file:
# a numeric id mentioned by customers at least 3 times, with at least 75 % of those mentions
# inside threads whose first agent is one of the seven ISP accounts, is treated as an ISP
# alias. Ids are global across TWCS, so the same set applies to twcs_small.csv and
# sample.csv. The set is deliberately generous (it may include a few customer ids that
# only talk inside ISP threads); that only removes more threads.
ALIAS_SOURCE = "twcs-monalisapatra26/twcs.csv"
_alias_cache = {}


def isp_alias_ids(realdata):
    if realdata in _alias_cache:
        return _alias_cache[realdata]
    import collections
    import os
    _, recs = read_records(os.path.join(realdata, ALIAS_SOURCE))
    th = threads(recs)
    total, in_isp = collections.Counter(), collections.Counter()
    for msgs in th.values():
        agents = [r["author_id"] for r in msgs if not r["customer"]]
        isp_thread_ = bool(agents) and bool(ISP_RE.fullmatch(agents[0]))
        for r in msgs:
            if r["customer"]:
                for m in re.findall(r"@(\d+)", r["text"] or ""):
                    total[m] += 1
                    if isp_thread_:
                        in_isp[m] += 1
    ids = frozenset(m for m, n in total.items() if n >= 3 and in_isp[m] >= 0.75 * n)
    _alias_cache[realdata] = ids
    return ids


def mentions_alias(rec, alias_ids):
    return any(m in alias_ids for m in re.findall(r"@(\d+)", rec["text"] or ""))


def _int_id(s):
    s = (s or "").strip()
    if not s:
        return None
    try:
        return int(float(s)) if ("." in s or "e" in s.lower()) else int(s)
    except ValueError:
        return None


def read_records(path):
    """Return (header_raw, records). Each record: dict with the 7 TWCS columns, plus
    start/end physical line numbers and `raw` (the exact physical lines, newline-joined)."""
    with open(path, "r", encoding="utf-8", newline="") as f:
        data = f.read()
    phys = data.split("\n")
    if phys and phys[-1] == "":
        phys = phys[:-1]
    # csv cannot take a bare '\r' inside an unquoted field (tweet 3399 in the monalisapatra
    # file): give the csv reader a copy with '\r' turned into spaces; `raw` keeps the bytes.
    clean = [l.replace("\r", " ") for l in phys]
    header_raw = phys[0]
    it = iter(enumerate(clean[1:], start=2))
    state = {"line": 1}

    def feed():
        for n, l in it:
            state["line"] = n
            yield l + "\n"

    reader = csv.reader(feed())
    header = next(csv.reader([clean[0]]))
    offset = 1 if header[0] == "" else 0   # pandas dump: leading unnamed index column
    cols = header[offset:]
    records = []
    prev_end = 1
    for row in reader:
        start, end = prev_end + 1, state["line"]
        prev_end = end
        if not row:
            continue
        row = row[offset:]
        rec = dict(zip(cols, row + [""] * (len(cols) - len(row))))
        rec["tid"] = _int_id(rec.get("tweet_id"))
        rec["parent"] = _int_id(rec.get("in_response_to_tweet_id"))
        rec["customer"] = (rec.get("inbound", "").strip().lower() == "true")
        rec["start"], rec["end"] = start, end
        rec["raw"] = "\n".join(phys[start - 1:end])
        records.append(rec)
    return header_raw, records


def threads(records, use_response_ids=False):
    """Group records into threads keyed by root tweet_id (root = message whose parent is
    not in the file). Returns dict root_id -> list of records in time order.

    With use_response_ids, a message whose own in_response_to_tweet_id is empty is placed
    under the message whose response_tweet_id list names it (Kaggle's sample.csv links
    its tweets only this way). Lists that name a message which answers another message
    are ignored (Excel damage, see the shared PROVENANCE.md)."""
    by_id = {r["tid"]: r for r in records if r["tid"] is not None}
    if use_response_ids:
        for r in records:
            for x in (r.get("response_tweet_id") or "").split(","):
                c = _int_id(x)
                child = by_id.get(c)
                if child is not None and child is not r and child["parent"] is None:
                    child["parent"] = r["tid"]

    def root(r):
        seen = set()
        while r["parent"] is not None and r["parent"] in by_id and r["tid"] not in seen:
            seen.add(r["tid"])
            r = by_id[r["parent"]]
        return r["tid"]

    out = {}
    for r in records:
        if r["tid"] is None:
            continue
        out.setdefault(root(r), []).append(r)
    import email.utils
    def ts(r):
        try:
            return email.utils.parsedate_to_datetime(r["created_at"]).timestamp()
        except Exception:
            return 0
    for k in out:
        out[k].sort(key=lambda r: (ts(r), r["tid"]))
    return out


def isp_thread(msgs, alias_ids=frozenset()):
    """True when any message is by / mentions one of the seven ISP handles, or (when
    alias_ids is given) mentions one of their anonymised numeric ids."""
    return any(is_isp_record(r) or (alias_ids and mentions_alias(r, alias_ids)) for r in msgs)


def filtered_copy(src, dst, realdata):
    """Write dst = src minus every record of every thread touching an ISP account
    (handles and anonymised ids alike)."""
    alias = isp_alias_ids(realdata)
    header_raw, records = read_records(src)
    th = threads(records, use_response_ids=True)
    drop = set()
    for root, msgs in th.items():
        if isp_thread(msgs, alias):
            drop.update(id(r) for r in msgs)
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write(header_raw + "\n")
        for r in records:
            if id(r) not in drop:
                f.write(r["raw"] + "\n")
    return len(records), len(records) - sum(1 for r in records if id(r) in drop)
