// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "berichtd",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Berichten", targets: ["Berichten"]),
        .executable(name: "berichtd", targets: ["berichtd"]),
        .executable(name: "berichtd-fuzz", targets: ["BerichtenFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The domain: XML, messages, rules, retours, store, spool, processing, monitoring, reports.
        .target(
            name: "Berichten",
            dependencies: [
                "CLibXML",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The service under systemd: loop, inotify, notify protocol, signals, journald, Prometheus textfile.
        .target(
            name: "Daemon",
            dependencies: [
                "Berichten",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        // Test data: valid 301s and 323s for a region, with deliberate faults.
        .target(
            name: "Generator",
            dependencies: ["Berichten"]
        ),
        .executableTarget(
            name: "berichtd",
            dependencies: [
                "Berichten",
                "Daemon",
                "Generator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        // The fuzz harness: one input through reader, level-2 rules, Verwerker and retour writers.
        // Shared by the libFuzzer target and the regression tests of its crashers.
        .target(
            name: "BerichtenFuzzHarness",
            dependencies: ["Berichten"]
        ),
        // libFuzzer entry point (tools/fuzz.sh builds it with -sanitize=fuzzer,address); built
        // without those flags it replays the files named on its command line.
        .executableTarget(
            name: "BerichtenFuzz",
            dependencies: ["BerichtenFuzzHarness"]
        ),
        .testTarget(
            name: "BerichtenTests",
            dependencies: [
                "Berichten",
                "Daemon",
                "Generator",
                "BerichtenFuzzHarness",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(contentsOf: [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
    ])
    target.swiftSettings = settings
}
