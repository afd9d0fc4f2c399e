#!/usr/bin/env python3
"""Rebuild "Customer Support on Twitter" threads into callaudit's canonical CSV.

Usage: bench/twcs_to_canonical.py TWCS.csv [TWCS.csv ...] > threads.csv

Each thread (a customer's tweet and the replies that follow it) becomes one
contact: the company account that replies is the provider and the agent, the
customer's tweets are the customer's turns. The real samples live outside the
repository (../shared/realdata/twcs-*/, see PROVENANCE.md there; Kaggle's
thoughtvector/customer-support-on-twitter) and carry no licence, so only this
converter is committed, never the data.

Tolerates the damage seen in the samples: an extra leading index column, ids
written as floats ("3.0"), Excel's TRUE/FALSE, and rows broken by stray CRs
(skipped, with a count on stderr). The Swift vendor-format reader (issue 5)
will replace this script.
"""
import csv
import sys
from datetime import datetime, timezone


def tweet_id(value):
    value = (value or "").strip()
    if not value:
        return None
    try:
        return str(int(float(value)))
    except ValueError:
        return None


def load(paths):
    tweets, skipped = {}, 0
    for path in paths:
        with open(path, newline="", encoding="utf-8") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            offset = 1 if header[0] in ("", "Unnamed: 0") else 0
            for row in reader:
                row = row[offset:]
                if len(row) < 7 or tweet_id(row[0]) is None:
                    skipped += 1
                    continue
                tid, author, inbound, created, text, _, parent = row[:7]
                try:
                    when = datetime.strptime(created, "%a %b %d %H:%M:%S %z %Y")
                except ValueError:
                    skipped += 1
                    continue
                tweets[tweet_id(tid)] = {
                    "id": tweet_id(tid), "author": author.strip(),
                    "inbound": inbound.strip().lower() == "true", "at": when,
                    "text": " ".join(text.split()), "parent": tweet_id(parent),
                }
    print(f"skipped {skipped} damaged rows", file=sys.stderr)
    return tweets


def threads(tweets):
    children = {}
    for tweet in tweets.values():
        if tweet["parent"] in tweets:
            children.setdefault(tweet["parent"], []).append(tweet)
    roots = [t for t in tweets.values() if t["inbound"] and t["parent"] not in tweets]
    for root in sorted(roots, key=lambda t: (t["at"], t["id"])):
        thread, queue = [], [root]
        while queue:
            tweet = queue.pop()
            thread.append(tweet)
            queue.extend(children.get(tweet["id"], []))
        thread.sort(key=lambda t: (t["at"], t["id"]))
        companies = [t["author"] for t in thread if not t["inbound"]]
        if companies:
            yield root, companies[0], thread


def main():
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["contact_id", "provider", "channel", "customer_id", "agent_id", "opened_at", "transcript"])
    for root, company, thread in threads(load(sys.argv[1:])):
        lines = []
        for tweet in thread:
            speaker = "Customer" if tweet["inbound"] else "Agent"
            stamp = tweet["at"].astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            lines.append(f"[{stamp}] {speaker}: {tweet['text']}")
        writer.writerow([root["id"], company, "social", root["author"], company,
                         root["at"].astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), "\n".join(lines)])


if __name__ == "__main__":
    main()
