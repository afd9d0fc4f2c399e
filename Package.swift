// swift-tools-version: 6.2
import PackageDescription

// jemalloc takes the place of glibc's malloc in the executable (docs/performance.md, "The
// allocator"). CALLAUDIT_ALLOCATOR=system builds without it, as the sanitizer runs do
// (Tests/Sanitizers/run.sh): memory from jemalloc's C++ `operator new` reaches the
// sanitizer's `free`, which aborts. The build says which it is to the code that cares
// (`CALLAUDIT_SYSTEM_ALLOCATOR`), so a test asks the build, not its own environment.
let linksJemalloc = Context.environment["CALLAUDIT_ALLOCATOR"] != "system"
let allocatorSettings: [SwiftSetting] = linksJemalloc ? [] : [.define("CALLAUDIT_SYSTEM_ALLOCATOR")]

let package = Package(
  name: "callaudit",
  products: [
    .executable(name: "callaudit", targets: ["callaudit"]),
    .library(
      name: "CallAudit",
      targets: [
        "CallAuditModel", "CallAuditSystem", "CallAuditIngestion", "CallAuditText", "CallAuditMetrics", "CallAudit",
        "CallAuditReporting",
      ]
    ),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
  ],
  targets: [
    // The libxml2 C API, seen through a small shim header (see shim.h for why).
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    // zlib, so `.gz` exports are read as a stream without a temporary file.
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    // jemalloc, a dependency of the executable alone (and so of the test bundle, which
    // depends on the executable's module), unless CALLAUDIT_ALLOCATOR=system (top of the
    // file): it replaces glibc's malloc and free for the whole process.
    .systemLibrary(
      name: "CJemalloc",
      pkgConfig: "jemalloc",
      providers: [.apt(["libjemalloc-dev"])]
    ),
    // The values every stage shares: a contact and its turns, timestamps, sourcing, the
    // account of one input (records = accepted + rejected), and small value grammars
    // (durations, decimals, CSV fields). No dependencies.
    .target(name: "CallAuditModel"),
    // The one layer over the C calls that write files: report destinations (atomic
    // replace, devices, standard output) and the spool file.
    .target(
      name: "CallAuditSystem",
      dependencies: ["CallAuditModel", .product(name: "SystemPackage", package: "swift-system")]
    ),
    // Reading exports into contacts: byte-level CSV, streaming XML through libxml2, gzip,
    // vendor formats, mapping files. The only target that links libxml2, zlib and Yams.
    .target(
      name: "CallAuditIngestion",
      dependencies: [
        "CallAuditModel", "CallAuditSystem", "CLibXML2", "CZlib", .product(name: "Yams", package: "Yams"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    // Text analysis on UTF-8 bytes: the lexer, fingerprints and script mining, phrase rules,
    // specifics. Knows nothing of contacts, inputs or reports.
    .target(name: "CallAuditText"),
    // Measures and results: per-contact measures, repeats, outcome, scripted detection,
    // churn, the statistics and verdicts, and the spool of measured records. Never reads
    // an export.
    .target(
      name: "CallAuditMetrics",
      dependencies: [
        "CallAuditModel", "CallAuditSystem", "CallAuditText", .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    // The pipeline: inputs read in parallel, fed to the analyzer in input order, and the
    // stages of a distributed run (`shard`). Joins ingestion to metrics.
    .target(
      name: "CallAudit",
      dependencies: [
        "CallAuditModel", "CallAuditSystem", "CallAuditIngestion", "CallAuditMetrics", "CallAuditText",
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    // The reports: text, JSON, Markdown, HTML, CSV, and redaction of what they quote. Reads
    // measured results, never rows.
    .target(
      name: "CallAuditReporting",
      dependencies: ["CallAuditModel", "CallAuditMetrics", "CallAuditText"]
    ),
    // Scheduled audits: configuration, the SQLite history (GRDB) and thresholds.
    .target(
      name: "CallAuditHistory",
      dependencies: [
        "CallAudit", "CallAuditModel", "CallAuditSystem", "CallAuditIngestion", "CallAuditMetrics",
        "CallAuditText", "CallAuditReporting",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    // Seeded synthetic exports with ground-truth labels, for samples, tests and benchmarks.
    .target(
      name: "ContactGenerator",
      dependencies: ["CallAuditModel", "CallAuditSystem", "CallAuditIngestion"]
    ),
    .executableTarget(
      name: "callaudit",
      dependencies: [
        "CallAudit",
        "CallAuditModel",
        "CallAuditSystem",
        "CallAuditIngestion",
        "CallAuditMetrics",
        "CallAuditReporting",
        "CallAuditHistory",
        "ContactGenerator",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ] + (linksJemalloc ? ["CJemalloc"] : []),
      swiftSettings: allocatorSettings
    ),
    .testTarget(
      name: "CallAuditTests",
      dependencies: [
        "CallAudit", "CallAuditModel", "CallAuditSystem", "CallAuditIngestion", "CallAuditMetrics", "CallAuditText",
        "CallAuditReporting", "CallAuditHistory", "ContactGenerator", "callaudit",
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: allocatorSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
