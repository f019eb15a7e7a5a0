import ArgumentParser

@main
struct Thema: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "thema",
    abstract: "Qualitative coding of Dutch education research: minutes, transcripts, profiles, surveys.",
    subcommands: [BenchCoding.self])
}
