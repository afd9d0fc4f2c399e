#!/usr/bin/env python3
"""Writes canonical CSV contacts as Intercom conversations, one JSON object per line.

For bench/json.sh: the same contacts in callaudit's canonical CSV and in a JSON
export, so that reading them can be timed side by side. Each contact becomes a
conversation as Intercom's REST API returns it: the first turn as `source`, the
others as `conversation_parts` (HTML bodies), agents as `admin`, customers as
`user`, the site as `team_assignee_id`, the agent as `admin_assignee_id`.

    bench/csv_to_intercom.py IN.csv OUT.ndjson [LIMIT]
"""
import csv
import html
import json
import re
import sys
from datetime import datetime, timezone

TURN = re.compile(r"^\[([^\]]+)\] (Agent|Customer|System): (.*)$")


def epoch(text):
    if not text:
        return None
    return int(datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).timestamp())


def conversation(row):
    messages = []
    for line in row["transcript"].split("\n"):
        match = TURN.match(line)
        if match:
            messages.append([match.group(1), match.group(2), match.group(3)])
        elif messages:
            messages[-1][2] += " " + line
    authors = {"Agent": {"type": "admin", "id": row["agent_id"]},
               "Customer": {"type": "user", "id": row["customer_id"]},
               "System": {"type": "bot", "id": "0"}}

    def part(number, message):
        time, speaker, text = message
        return {"type": "conversation_part", "id": f"{row['contact_id']}-{number}", "part_type": "comment",
                "body": "<p>" + html.escape(text, quote=False) + "</p>", "created_at": epoch(time),
                "author": authors[speaker]}

    first = part(0, messages[0]) if messages else {"body": None, "author": authors["Customer"]}
    rating = int(row["csat"]) if row["csat"].isdigit() and 1 <= int(row["csat"]) <= 5 else None
    return {
        "type": "conversation", "id": row["contact_id"], "created_at": epoch(row["opened_at"]),
        "updated_at": epoch(row["updated_at"] or row["closed_at"]),
        "source": {"type": "conversation", "id": row["contact_id"] + "-s", "delivered_as": "customer_initiated",
                   "body": first["body"], "author": first["author"]},
        "contacts": {"type": "contact.list", "contacts": [{"type": "contact", "id": row["customer_id"]}]},
        "admin_assignee_id": row["agent_id"] or 0, "team_assignee_id": row["site"] or None,
        "state": {"resolved": "closed", "closed": "closed", "pending": "snoozed"}.get(row["status"], "open"),
        "conversation_rating": {"rating": rating} if rating else None,
        "conversation_parts": {"type": "conversation_part.list", "total_count": max(len(messages) - 1, 0),
                               "conversation_parts": [part(n, m) for n, m in enumerate(messages[1:], 1)]},
    }


def main():
    source, target = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else None
    csv.field_size_limit(1 << 30)
    with open(source, newline="", encoding="utf-8") as rows, open(target, "w", encoding="utf-8") as out:
        for number, row in enumerate(csv.DictReader(rows)):
            if limit is not None and number >= limit:
                break
            out.write(json.dumps(conversation(row), ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
