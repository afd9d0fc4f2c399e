#!/usr/bin/env python3
"""Run one callaudit analysis on Apache Spark.

    python3 scale/spark/callaudit_spark.py --callaudit PATH_TO_BINARY \
        --master local[2] --output report.json INPUT...

or the same file under spark-submit (then --master comes from spark-submit).
INPUTs are export files or directories on any Hadoop-compatible file system
(file:, hdfs:, s3a: ...). The report equals `callaudit analyze` over the same
inputs, byte for byte apart from input paths; the stages are documented in
`callaudit shard --help` and docs/scale.md:

1. normalize  one task per input file: the file's contacts as lines keyed by
              customer, and the file's state (summary, names, script miners);
2. context    on the driver: the states merged in input order (the script set);
3. measure    the contact lines repartitioned by customer key, one
              `callaudit shard measure` per partition against the context,
              the partial reports merged in a tree (`shard merge --partial`);
4. merge      on the driver: the last partial report into the report.
"""

import argparse
import base64
import hashlib
import os
import subprocess
import sys
import tempfile

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import SparkSession

CONTEXT_NAME = "callaudit.context"


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--callaudit", required=True,
                        help="the callaudit binary: a path present on every executor, or shipped with "
                             "spark-submit --files (then found by its file name)")
    parser.add_argument("--master", help="Spark master, e.g. local[2]; spark-submit's when omitted")
    parser.add_argument("--output", required=True, help="the report file, written on the driver")
    parser.add_argument("--format", default="json", help="report format, as for callaudit analyze (default json)")
    parser.add_argument("--partitions", type=int, default=0,
                        help="shards of customers to measure (default: twice Spark's default parallelism)")
    parser.add_argument("--option", action="append", default=[], metavar="OPTION",
                        help="a reading option given to every stage, e.g. --option=--repeat-window=48h")
    parser.add_argument("inputs", nargs="+", help="export files or directories")
    return parser.parse_args(argv)


def list_inputs(spark, inputs):
    """Every file named by `inputs`, as (Hadoop path, label), in callaudit analyze's order.

    A directory stands for the regular files under it, hidden ones excepted,
    sorted by name at each level; a local input keeps its path as written, so
    the report names inputs as `callaudit analyze` does.
    """
    jvm = spark._jvm
    conf = spark._jsc.hadoopConfiguration()

    def walk(path, label, in_folder):
        file_system = path.getFileSystem(conf)
        status = file_system.getFileStatus(path)
        if not status.isDirectory():
            return [(file_system.makeQualified(path).toString(), label, in_folder, status.getLen())]
        found = []
        children = sorted(file_system.listStatus(path), key=lambda child: child.getPath().getName())
        for child in children:
            name = child.getPath().getName()
            if not name.startswith("."):
                found += walk(child.getPath(), label.rstrip("/") + "/" + name, True)
        return found

    files = []
    for given in inputs:
        files += walk(jvm.org.apache.hadoop.fs.Path(given), given, False)
    return files


def folder_copies(context, files):
    """{index: label of the input it copies} for files found in folders whose bytes repeat
    another input's, by callaudit analyze's rule (docs/formats.md, "Folders, and what is not
    an export"): named files are always read; among copies found in folders, the first in
    order is read. Only files of a size shared with another, one of them in a folder, are read."""
    by_size = {}
    for index, (_, _, in_folder, size) in enumerate(files):
        if size > 0:
            by_size.setdefault(size, []).append(index)
    groups = [group for group in by_size.values() if len(group) > 1 and any(files[i][2] for i in group)]
    candidates = sorted({i for group in groups for i in group})
    if not candidates:
        return {}
    digests = dict(context.binaryFiles(",".join(files[i][0] for i in candidates))
                   .mapValues(lambda content: hashlib.sha256(content).hexdigest())
                   .collect())
    copies = {}
    for group in groups:
        ordered = [i for i in group if not files[i][2]] + [i for i in group if files[i][2]]
        kept = []
        for index in ordered:
            original = next((k for k in kept if digests[files[k][0]] == digests[files[index][0]]), None)
            if files[index][2] and original is not None:
                copies[index] = files[original][1]
            else:
                kept.append(index)
    return copies


def binary_path(configured):
    """The callaudit binary on this machine: the configured path, or the copy spark-submit --files shipped."""
    if os.access(configured, os.X_OK):
        return configured
    shipped = SparkFiles.get(os.path.basename(configured))
    if not os.access(shipped, os.X_OK):
        os.chmod(shipped, 0o755)
    return shipped


def run(command, stdin=None):
    """Runs callaudit; anything but exit 0 or 65 (inputs with problems, reported) is a failure."""
    completed = subprocess.run(command, input=stdin, capture_output=True)
    if completed.returncode not in (0, 65):
        raise RuntimeError("%s exited %d: %s" % (" ".join(command[:3]), completed.returncode,
                                                 completed.stderr.decode(errors="replace")))
    return completed


def main(argv):
    arguments = parse_arguments(argv)
    builder = SparkSession.builder.appName("callaudit")
    if arguments.master:
        builder = builder.master(arguments.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    context = spark.sparkContext

    listed = list_inputs(spark, arguments.inputs)
    if not listed:
        sys.exit("no input files")
    copies = folder_copies(context, listed)
    files = [(path, label) for path, label, _, _ in listed]
    position = context.broadcast({path: (index, label, copies.get(index)) for index, (path, label) in enumerate(files)})
    configured, options = arguments.callaudit, arguments.option

    def normalize(exports):
        """One input file at a time: its contact lines, then its state, streamed as callaudit writes them."""
        for path, content in exports:
            index, label, same_as = position.value[path]
            with tempfile.NamedTemporaryFile(prefix="callaudit-input-") as copy:
                copy.write(content)
                copy.flush()
                del content
                command = [binary_path(configured), "shard", "normalize", copy.name,
                           "--index", str(index), "--label", label] + options
                if same_as is not None:
                    command += ["--same-as", same_as]
                # Standard error to a file, so that a full pipe cannot stall the contact lines.
                with tempfile.TemporaryFile() as errors, \
                        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors) as process:
                    for raw in process.stdout:
                        line = raw.decode().rstrip("\n")
                        key, rest = line.split("\t", 1)
                        if key == "state":
                            yield ("state", index, rest.split("\t", 1)[1])
                        else:
                            yield ("contact", int(key), line)
                    process.wait()
                    errors.seek(0)
                    problems = errors.read().decode(errors="replace")
                if process.returncode != 0:
                    raise RuntimeError("callaudit shard normalize exited %d: %s" % (process.returncode, problems))

    # binaryFiles packs small files into few splits; one task per file keeps the cores busy.
    tasks = min(len(files), 4 * context.defaultParallelism)
    normalized = (context.binaryFiles(",".join(path for path, _ in files))
                  .keyBy(lambda export: position.value[export[0]][0])
                  .partitionBy(tasks, lambda index: index % tasks)
                  .values()
                  .mapPartitions(normalize)
                  .persist(StorageLevel.MEMORY_AND_DISK))

    with tempfile.TemporaryDirectory(prefix="callaudit-spark-") as work:
        # Read every input at once (and cache the result), then fetch the states
        # one at a time to files: a run of thousands of inputs never holds them all.
        normalized.count()
        state_files = {}
        for _, index, encoded in normalized.filter(lambda row: row[0] == "state").toLocalIterator():
            state_files[index] = os.path.join(work, "%06d.state" % index)
            with open(state_files[index], "wb") as out:
                out.write(base64.b64decode(encoded))
        state_files = [state_files[index] for index in sorted(state_files)]
        context_file = os.path.join(work, CONTEXT_NAME)
        run([configured, "shard", "context"] + state_files + ["--output", context_file])
        context.addFile(context_file)

        partitions = arguments.partitions or 2 * context.defaultParallelism

        def measure(shard):
            """One shard of customers: every contact line of each of its customers."""
            lines = "\n".join(line for _, line in shard).encode()
            completed = run([binary_path(configured), "shard", "measure", "--context",
                             SparkFiles.get(CONTEXT_NAME)] + options, stdin=lines)
            yield completed.stdout.decode().strip()

        def combine(first, second):
            """Two partial reports merged into one: they merge exactly in any grouping."""
            with tempfile.TemporaryDirectory(prefix="callaudit-combine-") as scratch:
                paths = []
                for number, partial in enumerate((first, second)):
                    paths.append(os.path.join(scratch, "%d.partial" % number))
                    with open(paths[-1], "w") as out:
                        out.write(partial + "\n")
                completed = run([binary_path(configured), "shard", "merge", "--partial", "--context",
                                 SparkFiles.get(CONTEXT_NAME)] + paths + options)
            return completed.stdout.decode().strip()

        # Merged in a tree on the executors, so the driver receives one partial report.
        merged_partial = (normalized.filter(lambda row: row[0] == "contact")
                          .map(lambda row: (row[1], row[2]))
                          .partitionBy(partitions, lambda key: key % partitions)
                          .mapPartitions(measure)
                          .treeReduce(combine, depth=2))
        partial_file = os.path.join(work, "partial")
        with open(partial_file, "w") as out:
            out.write(merged_partial + "\n")
        merged = run([configured, "shard", "merge", "--context", context_file, partial_file,
                      "--format", arguments.format, "--output", arguments.output] + options)
    spark.stop()
    sys.stderr.write(merged.stderr.decode(errors="replace"))
    return merged.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
