// swift-tools-version: 6.2
// libFuzzer targets for callaudit's readers. Not part of the main build: it is
// built with `-sanitize=fuzzer,address` by `run.sh` (see README.md).
import PackageDescription

let package = Package(
  name: "CallAuditFuzz",
  dependencies: [
    .package(name: "callaudit", path: "../..")
  ],
  targets: [
    .executableTarget(
      name: "CallAuditFuzz",
      dependencies: [.product(name: "CallAudit", package: "callaudit")]
    )
  ],
  swiftLanguageModes: [.v6]
)
