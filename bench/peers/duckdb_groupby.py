"""DuckDB peer for `callaudit analyze` on canonical CSV (bench/performance.sh).

Reads the whole export with DuckDB's CSV reader and, per provider and sourcing
group, counts contacts and averages handle time and CSAT, fetching every row.
DuckDB must still find where each quoted, multi-line transcript ends, so it
passes over every byte callaudit reads; it only skips converting the columns
the query does not use. A mature, parallel, columnar engine doing the simplest
aggregate of the export: the issue's reference for callaudit's CSV speed.

Usage: python3 duckdb_groupby.py FILE.csv
"""

import sys

import duckdb

QUERY = """
    SELECT provider, sourcing, count(*), avg(handle_seconds), avg(csat)
    FROM read_csv($path)
    GROUP BY ALL
"""


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: duckdb_groupby.py FILE.csv")
    rows = duckdb.connect().execute(QUERY, {"path": sys.argv[1]}).fetchall()
    for row in rows:
        print(*row, sep="\t")


if __name__ == "__main__":
    main()
