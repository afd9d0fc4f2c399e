#!/usr/bin/env python3
"""Deterministic, seeded selection of the contacts in the callaudit real development set.

Usage:  python3 bench/quality/select_contacts.py [--list] [--source NAME] > /tmp/contacts.txt

Prints every selected contact in full (all messages in time order, each with its speaker
role, author and the file:line of its row) so it can be read and labelled, or with --list
only the contact keys.  Nothing is written into the repository: the data stays in
/work/shared/realdata (override with REALDATA=...).

Selection (seed SEED below, Python's random.Random, so the choice never changes):
  * twcs-monalisapatra26/twcs.csv: rebuild threads (twcs.py), drop every thread touching one
    of the seven held-out ISP accounts, group the rest by company (the first agent author),
    give each company a quota of round(1.6*sqrt(n)) threads (at least 1, at most n), shuffle
    each company's threads with the seeded RNG and take the first `quota`.  This spreads the
    set over many companies while keeping the big ones (Chipotle, Amazon, Apple) bigger.
  * twcs-divya-gh/twcs_small.csv: non-ISP "threads" (almost always one tweet); seeded sample
    of 45 that contain an agent tweet and 10 customer-only ones.
  * twcs-yosingh1/sample.csv: every non-ISP thread. This file links its tweets only through
    response_tweet_id (in_response_to_tweet_id is empty on every row), so threads are
    rebuilt with that link (twcs.threads(use_response_ids=True)). A first version treated
    each tweet as its own contact and drew 25 + 5 of them; those labels were replaced.
  * ServiceNow incident.xml: every incident that has at least one sys_journal_field.
  * Jira: every issue that has at least one comment (the three XML exports and the CSV).
  * ABCD: the 3 dialogues.
The ISP filter runs before anything is printed: the draw runs on threads free of the seven
handles, then drawn threads that mention an ISP's anonymised numeric id (twcs.isp_alias_ids)
are dropped. This second filter was added after labelling had started (see README): the
draw is unchanged, the dropped threads are simply not in the set.
"""
import csv
import json
import math
import os
import random
import re
import sys
import html
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import twcs  # noqa: E402

SEED = 20240611
REALDATA = os.environ.get("REALDATA", "/work/shared/realdata")
MONA = "twcs-monalisapatra26/twcs.csv"
SMALL = "twcs-divya-gh/twcs_small.csv"
SAMPLE = "twcs-yosingh1/sample.csv"
SNOW = "servicenow-unload-xml-yilmazetl/incident.xml"
JIRA_XML = ["jira-xml-matteopelucco/jira.xml", "jira-xml-nichanl/SearchRequest.xml",
            "jira-xml-makarov-denis/SearchRequest.xml"]
JIRA_CSV = "jira-csv-diegodev23-os/Jira.csv"
ABCD = "abcd/abcd_sample.json"

MENTION = re.compile(r"@(\w+)")


def lines_str(msgs):
    parts = []
    for s, e in msgs:
        parts.append(str(s) if s == e else f"{s}-{e}")
    return ";".join(parts)


def provider_of(msgs):
    for r in msgs:
        if not r["customer"]:
            return r["author_id"]
    for r in msgs:
        m = MENTION.findall(r["text"])
        if m:
            return m[0]
    return "?"


def twcs_contact(src, root, msgs):
    return {
        "source": src, "contact_id": str(root), "provider": provider_of(msgs),
        "lines": lines_str([(r["start"], r["end"]) for r in msgs]),
        "turns": [("customer" if r["customer"] else "agent", r["author_id"], r["created_at"],
                   f"{src}:{r['start']}" + (f"-{r['end']}" if r["end"] != r["start"] else ""),
                   r["text"]) for r in msgs],
        "meta": "",
    }


def quota_draw(src, th, rng, factor):
    """Threads `th` (root -> messages) grouped by company (the first agent author), each
    company's quota of round(factor*sqrt(n)) (at least 1, at most n) taken after a seeded
    shuffle, companies in case-insensitive order: the contacts, in that order."""
    out = []
    by_company = {}
    for root in sorted(th):
        by_company.setdefault(provider_of(th[root]), []).append(root)
    for comp in sorted(by_company, key=str.lower):
        roots = by_company[comp]
        q = min(len(roots), max(1, round(factor * math.sqrt(len(roots)))))
        rng.shuffle(roots)
        for root in sorted(roots[:q]):
            out.append(twcs_contact(src, root, th[root]))
    return out


def select_twcs(rng):
    # monalisapatra: quota per company
    _, recs = twcs.read_records(os.path.join(REALDATA, MONA))
    th = {k: v for k, v in twcs.threads(recs).items() if not twcs.isp_thread(v)}
    out = quota_draw(MONA, th, rng, 1.6)
    # the two per-tweet samples
    for src, n_agent, n_cust in ((SMALL, 45, 10), (SAMPLE, None, None)):
        _, recs = twcs.read_records(os.path.join(REALDATA, src))
        if src == SAMPLE:
            # sample.csv links its tweets only through response_tweet_id: rebuild those
            # threads and take every one that survives the ISP filter (handles and ids).
            alias = twcs.isp_alias_ids(REALDATA)
            th = twcs.threads(recs, use_response_ids=True)
            for root in sorted(th):
                if not twcs.isp_thread(th[root], alias):
                    out.append(twcs_contact(src, root, th[root]))
            continue
        th = {k: v for k, v in twcs.threads(recs).items() if not twcs.isp_thread(v)}
        with_agent = sorted(k for k, v in th.items() if any(not r["customer"] for r in v))
        cust_only = sorted(k for k, v in th.items() if all(r["customer"] for r in v))
        pick = rng.sample(with_agent, n_agent) + rng.sample(cust_only, n_cust)
        for root in sorted(pick):
            out.append(twcs_contact(src, root, th[root]))
    return out


def tag_lines(path, tag):
    """Physical line numbers of each start tag <tag ...> / <tag>, in document order."""
    pat = re.compile(r"<" + re.escape(tag) + r"[\s>/]")
    res = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            for _ in pat.finditer(line):
                res.append(n)
    return res


def select_servicenow():
    path = os.path.join(REALDATA, SNOW)
    root = ET.parse(path).getroot()
    incs = root.findall("incident")
    inc_lines = tag_lines(path, "incident")
    # <incident ...> tags at top level only: the first len(incs) matches of "<incident"
    # that open a record; nested <incident_state> etc. do not match the pattern.
    jfs = root.findall("sys_journal_field")
    jf_lines = tag_lines(path, "sys_journal_field")
    assert len(jf_lines) == len(jfs), (len(jf_lines), len(jfs))
    assert len(inc_lines) == len(incs), (len(inc_lines), len(incs))
    by_sys = {}
    for jf, ln in zip(jfs, jf_lines):
        by_sys.setdefault(jf.findtext("element_id"), []).append((jf, ln))
    out = []
    for inc, ln in zip(incs, inc_lines):
        sid = inc.findtext("sys_id")
        if sid not in by_sys:
            continue
        def f(name):
            e = inc.find(name)
            if e is None:
                return ""
            dv = e.get("display_value")
            return (e.text or "") + (f" [{dv}]" if dv else "")
        meta = " | ".join(f"{k}={f(k)}" for k in (
            "state", "incident_state", "caller_id", "opened_by", "assigned_to", "category",
            "close_code", "close_notes", "resolved_at", "closed_at", "priority", "sys_created_by"))
        turns = [("customer(description)", f("caller_id"), inc.findtext("opened_at"),
                  f"{SNOW}:{ln}", (inc.findtext("short_description") or "") + " // " +
                  (inc.findtext("description") or ""))]
        js = sorted(by_sys[sid], key=lambda x: x[0].findtext("sys_created_on") or "")
        for jf, jl in js:
            turns.append((jf.findtext("element"), jf.findtext("sys_created_by"),
                          jf.findtext("sys_created_on"), f"{SNOW}:{jl}", jf.findtext("value") or ""))
        out.append({"source": SNOW, "contact_id": inc.findtext("number"),
                    "provider": "servicenow-yilmazetl",
                    "lines": ";".join([str(ln)] + [str(jl) for _, jl in js]),
                    "turns": turns, "meta": meta})
    return out


def strip_html(s):
    s = html.unescape(s or "")
    s = re.sub(r"<[^>]+>", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def select_jira_xml():
    out = []
    for src in JIRA_XML:
        path = os.path.join(REALDATA, src)
        try:
            text = open(path, encoding="utf-8").read()
            # makarov-denis: first line is a browser banner, not XML
            start = text.find("<rss")
            root = ET.fromstring(text[start:] if start > 0 else text)
        except ET.ParseError as e:
            print(f"# {src}: not parsed ({e}); checked with grep: no <comment> elements",
                  file=sys.stderr)
            continue
        item_lines = tag_lines(path, "item")
        com_lines = tag_lines(path, "comment")
        items = root.iter("item")
        ci = 0
        for item, ln in zip(items, item_lines):
            comments = item.findall("./comments/comment")
            if not comments:
                continue
            key = item.findtext("key")
            meta = " | ".join(f"{k}={item.findtext(k)}" for k in (
                "status", "resolution", "reporter", "assignee", "type", "created", "resolved"))
            turns = [("customer(description)", item.findtext("reporter"), item.findtext("created"),
                      f"{src}:{ln}", strip_html(item.findtext("summary")) + " // " +
                      strip_html(item.findtext("description")))]
            cl = []
            for c in comments:
                # line of this comment: search the raw text for its id
                m = re.search(r'<comment id="' + re.escape(c.get("id")) + '"', text)
                cline = text.count("\n", 0, m.start()) + 1 if m else 0
                cl.append(cline)
                turns.append(("comment", c.get("author"), c.get("created"), f"{src}:{cline}",
                              strip_html(c.text)))
            out.append({"source": src, "contact_id": key, "provider": src.split("/")[0],
                        "lines": ";".join(str(x) for x in [ln] + cl), "turns": turns, "meta": meta})
    return out


def select_jira_csv():
    path = os.path.join(REALDATA, JIRA_CSV)
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    rows = []
    rdr = csv.reader(data.splitlines(keepends=True))
    prev = 0
    header = next(rdr)
    prev = rdr.line_num
    for row in rdr:
        rows.append((prev + 1, rdr.line_num, row))
        prev = rdr.line_num
    idx = {h: i for i, h in enumerate(header)}
    com_cols = [i for i, h in enumerate(header) if h.startswith("Comentario")]
    for s, e, row in rows:
        comments = [row[i] for i in com_cols if i < len(row) and row[i].strip()]
        if not comments:
            continue
        g = lambda h: row[idx[h]] if h in idx and idx[h] < len(row) else ""
        meta = " | ".join(f"{h}={g(h)}" for h in ("Estado", "Resolución", "Informador",
                                                    "Persona asignada", "Creada", "Resuelta"))
        turns = [("customer(description)", g("Informador"), g("Creada"), f"{JIRA_CSV}:{s}-{e}",
                  g("Resumen") + " // " + g("Descripción"))]
        for c in comments:
            parts = c.split(";", 2)
            turns.append(("comment", parts[1] if len(parts) > 2 else "?",
                          parts[0] if len(parts) > 2 else "?", f"{JIRA_CSV}:{s}-{e}",
                          parts[2] if len(parts) > 2 else c))
        out.append({"source": JIRA_CSV, "contact_id": g("Clave de incidencia"),
                    "provider": "jira-diegodev23", "lines": f"{s}-{e}", "turns": turns,
                    "meta": meta})
    return out


def select_abcd():
    path = os.path.join(REALDATA, ABCD)
    d = json.load(open(path, encoding="utf-8"))
    starts = tag_lines_json(path)
    out = []
    for k, conv in enumerate(d):
        turns = [(sp, sp, "", f"{ABCD}:{starts.get(conv['convo_id'], '?')}", t)
                 for sp, t in conv["original"]]
        sc = conv.get("scenario", {})
        meta = json.dumps({k2: sc.get(k2) for k2 in ("flow", "subflow")}) + " " + \
            json.dumps(sc.get("order", {}))[:300]
        out.append({"source": ABCD, "contact_id": str(conv["convo_id"]), "provider": "abcd",
                    "lines": str(starts.get(conv["convo_id"], "?")), "turns": turns,
                    "meta": meta})
    return out


def tag_lines_json(path):
    """Line of each dialogue's "convo_id" key (the ABCD sample is one single line, so 1)."""
    text = open(path, encoding="utf-8").read()
    res = {}
    for m in re.finditer(r'"convo_id":\s*(\d+)', text):
        res.setdefault(int(m.group(1)), text.count("\n", 0, m.start()) + 1)
    return res


def select_all():
    rng = random.Random(SEED)
    drawn = select_twcs(rng)
    # Second held-out filter, applied after the seeded draw (so the draw itself is the one
    # the labels were made from) and before anything is printed: drop drawn threads that
    # mention an ISP's anonymised numeric id (twcs.isp_alias_ids).
    alias = twcs.isp_alias_ids(REALDATA)
    kept = [c for c in drawn if not any(
        re.search(r"@(\d+)", t[4] or "") and twcs.mentions_alias({"text": t[4]}, alias)
        for t in c["turns"])]
    return kept + select_servicenow() + select_jira_xml() + select_jira_csv() + select_abcd()


def main():
    args = sys.argv[1:]
    contacts = select_all()
    if "--source" in args:
        want = args[args.index("--source") + 1]
        contacts = [c for c in contacts if want in c["source"]]
    for n, c in enumerate(contacts, 1):
        if "--list" in args:
            print(f"{c['source']},{c['contact_id']},{c['provider']},{c['lines']}")
            continue
        ag = sum(1 for t in c["turns"] if not t[0].startswith("customer"))
        print(f"=== #{n} {c['source']} | {c['contact_id']} | {c['provider']} | lines {c['lines']}")
        if c["meta"]:
            print(f"    meta: {c['meta']}")
        for role, who, when, where, text in c["turns"]:
            print(f"  [{where}] {role.upper()} {who} {when}:")
            print("     " + (text or "").replace("\n", "\n     "))
        print()


if __name__ == "__main__":
    main()
