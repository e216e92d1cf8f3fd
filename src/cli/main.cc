// veille's command line: a table of verbs, each with its own --help.
// CLI11 is used only in this file (it is slow to compile); the verbs get
// plain option structs (verbs.h).
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/verbs.h"
#include "veille/writer.h"

namespace {

constexpr const char* kDescription =
    "veille - turns news articles (French first; also English and Russian) into a sourced\n"
    "model of who did what to whom, when and where: PLOVER events with CAMEO codes,\n"
    "resolved actors, and the text that supports every claim.";

void AddExtract(CLI::App& app, veille::cli::ExtractOptions& o) {
  CLI::App* cmd = app.add_subcommand("extract", "Extract document records (JSON Lines) from articles");
  cmd->footer(
      "Inputs: plain-text files (one article each), .jsonl files (one JSON object per line with\n"
      "\"id\" and \"text\" or \"html\", optional \"url\", \"title\", \"published\", \"outlet\"),\n"
      "directories (read recursively, in path order) and - for standard input.\n\n"
      "Output: one record per article on stdout, in input order (see SPEC.md section 3),\n"
      "or with --format summary a readable report.\n"
      "Inputs that cannot be read are reported on stderr, one line each; the run goes on and\n"
      "the exit status is 1. Exit status 2: bad usage or nothing could be done.\n\n"
      "Examples:\n"
      "  veille extract samples/ > records.jsonl\n"
      "  veille extract --format summary article.txt\n"
      "  veille extract - < shard.jsonl > shard.out.jsonl");
  cmd->add_option("inputs", o.inputs, "Files, directories, or - for standard input")->required();
  cmd->add_option("-f,--format", o.format, "Output format")
      ->check(CLI::IsMember(veille::RecordWriterNames()))
      ->capture_default_str();
  cmd->add_option("-j,--threads", o.threads, "Worker threads (0 = one per core)")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  cmd->add_option("--input-format", o.reader.stdin_format,
                  "Format of standard input: auto sniffs the first bytes")
      ->check(CLI::IsMember({"auto", "text", "html", "jsonl", "warc"}))
      ->capture_default_str();
  cmd->add_option("--data-dir", o.engine.data_dir,
                  "Dictionary directory (default: $VEILLE_DATA_DIR, else the build's data/)");
  cmd->add_flag("!--no-progress", o.progress, "No progress line on stderr (shown only on a terminal)");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{kDescription, "veille"};
  app.set_version_flag("-V,--version", std::string("veille ") + VEILLE_VERSION);
  app.require_subcommand(1);
  app.footer("Run 'veille COMMAND --help' for a command's inputs, outputs and examples.");
  veille::cli::ExtractOptions extract;
  AddExtract(app, extract);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);  // prints help/version to stdout, errors to stderr
    return code == 0 ? 0 : veille::cli::kExitFailure;
  }
  if (app.got_subcommand("extract")) return veille::cli::RunExtract(extract);
  return veille::cli::kExitFailure;
}
