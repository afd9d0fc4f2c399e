"""pandas peer for `callaudit analyze` on canonical CSV (bench/performance.sh).

Reads the export with pandas' C CSV parser, then, per provider and sourcing
group, counts contacts and averages handle time and CSAT, like
duckdb_groupby.py. The parser tokenizes every byte, quoted multi-line
transcripts included, but keeps only the columns the aggregate needs (as
DuckDB does), on one core: the single-threaded dataframe way to the same
numbers.

Usage: python3 pandas_groupby.py FILE.csv
"""

import sys

import pandas as pd

COLUMNS = ["provider", "sourcing", "handle_seconds", "csat"]


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: pandas_groupby.py FILE.csv")
    contacts = pd.read_csv(sys.argv[1], usecols=COLUMNS)
    summary = contacts.groupby(["provider", "sourcing"]).agg(
        contacts=("provider", "size"),
        handle_seconds=("handle_seconds", "mean"),
        csat=("csat", "mean"),
    )
    print(summary.to_string())


if __name__ == "__main__":
    main()
