import ArgumentParser

/// `callaudit shard …`: one analysis split into stages for a distributed
/// engine such as Apache Spark (docs/scale.md, scale/spark/).
struct ShardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shard",
    abstract: "Run one analysis as stages spread over many processes or machines.",
    discussion: """
      The stages, in order (scale/spark/callaudit_spark.py drives them on Spark):
        normalize  one input → contact lines keyed by customer, and the input's state
        context    every input's state, in input order → the context (the script set)
        measure    the lines of one shard (all of each of its customers) → a partial report
        merge      every partial report → the report, in any output format

      Give every stage the same reading options (--repeat-window, --scripts,
      --margin, --flagged-limit, …): every stage takes them all, so one option list
      serves the whole run, and each takes effect at the stage that needs it
      (--input-format, --mapping, --sites, --provider when normalizing; --margin
      when merging). The report equals `callaudit analyze` over the same inputs,
      byte for byte apart from input paths. `shard merge` writes no --contacts-out:
      its shards keep no per-contact measures.

      Example (one machine, two shards by key):
        callaudit shard normalize a.csv --index 0 --state a.state > a.lines
        callaudit shard normalize b.csv --index 1 --state b.state > b.lines
        callaudit shard context a.state b.state --output run.context
        cat a.lines b.lines | awk -F'\\t' 'substr($1, length($1)) % 2 == 0' | callaudit shard measure --context run.context > 0.partial
        cat a.lines b.lines | awk -F'\\t' 'substr($1, length($1)) % 2 == 1' | callaudit shard measure --context run.context > 1.partial
        callaudit shard merge --context run.context 0.partial 1.partial --format json --output report.json
      """,
    subcommands: [
      ShardNormalizeCommand.self, ShardContextCommand.self, ShardMeasureCommand.self, ShardMergeCommand.self,
    ]
  )
}
