// swift-tools-version: 6.2
import PackageDescription

let package = Package(
  name: "callaudit",
  products: [
    .executable(name: "callaudit", targets: ["callaudit"]),
    .library(name: "CallAudit", targets: ["CallAudit", "CallAuditText", "CallAuditReporting"]),
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
    // Text analysis on UTF-8 bytes: the lexer, fingerprints and script mining, phrase rules,
    // specifics. Knows nothing of contacts, inputs or reports.
    .target(name: "CallAuditText"),
    // Model, ingestion, metrics and reporting: everything but the command line.
    .target(
      name: "CallAudit",
      dependencies: [
        "CallAuditText", "CLibXML2", "CZlib", .product(name: "Yams", package: "Yams"),
        .product(name: "SystemPackage", package: "swift-system"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    // The reports: text, JSON, Markdown, HTML, CSV, and redaction of what they quote. Reads
    // measured results, never rows.
    .target(
      name: "CallAuditReporting",
      dependencies: ["CallAudit", "CallAuditText"]
    ),
    // Scheduled audits: configuration, the SQLite history (GRDB) and thresholds.
    .target(
      name: "CallAuditHistory",
      dependencies: [
        "CallAudit", "CallAuditText", "CallAuditReporting",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    // Seeded synthetic exports with ground-truth labels, for samples, tests and benchmarks.
    .target(
      name: "ContactGenerator",
      dependencies: ["CallAudit"]
    ),
    .executableTarget(
      name: "callaudit",
      dependencies: [
        "CallAudit",
        "CallAuditReporting",
        "CallAuditHistory",
        "ContactGenerator",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "CallAuditTests",
      dependencies: ["CallAudit", "CallAuditText", "CallAuditReporting", "CallAuditHistory", "ContactGenerator", "callaudit"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
