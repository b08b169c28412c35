// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "berichtd",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Berichten", targets: ["Berichten"]),
        .executable(name: "berichtd", targets: ["berichtd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "Berichten",
            dependencies: ["CLibXML"]
        ),
        .executableTarget(
            name: "berichtd",
            dependencies: [
                "Berichten",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "BerichtenTests",
            dependencies: ["Berichten"],
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
