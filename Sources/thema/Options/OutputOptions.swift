import ArgumentParser
import Foundation

/// `--json` for commands whose output a script reads.
struct OutputOptions: ParsableArguments {
  @Flag(name: .long, help: "Print JSON (fields documented in the README) instead of a table.")
  var json = false
}
