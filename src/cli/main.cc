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

void AddDict(CLI::App& app, veille::cli::DictCheckOptions& o) {
  CLI::App* dict = app.add_subcommand("dict", "Work with the dictionaries (actors, events, ingest data)");
  dict->require_subcommand(1);
  CLI::App* check = dict->add_subcommand("check", "Load and validate every dictionary; print file:line: problem");
  check->footer(
      "Loads every data file the engine uses (data/actors, data/events, data/ingest) and reports\n"
      "each problem as file:line: problem. Exit status 0 when all are valid, 2 otherwise.\n\n"
      "Example:\n  veille dict check --data-dir data/");
  check->add_option("--data-dir", o.engine.data_dir,
                    "Dictionary directory (default: $VEILLE_DATA_DIR, else the build's data/)");
}

void AddDates(CLI::App& app, veille::cli::DatesOptions& o) {
  CLI::App* cmd = app.add_subcommand("dates", "Print the normalised value of every date expression in a text");
  cmd->footer(
      "Prints one line per date expression: start, end (code points), value, source, surface text.\n\n"
      "Examples:\n"
      "  veille dates \"Elle les a reçus ce jeudi 3 avril.\" --dct 2025-04-05\n"
      "  veille dates - --dct 2019-06-26 < article.txt");
  cmd->add_option("text", o.text, "The text, or - to read it from standard input")->required();
  cmd->add_option("--dct", o.dct, "Document creation (publication) date, YYYY-MM-DD");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{kDescription, "veille"};
  app.set_version_flag("-V,--version", std::string("veille ") + VEILLE_VERSION);
  app.require_subcommand(1);
  app.footer("Run 'veille COMMAND --help' for a command's inputs, outputs and examples.");
  veille::cli::ExtractOptions extract;
  AddExtract(app, extract);
  veille::cli::DictCheckOptions dict_check;
  AddDict(app, dict_check);
  veille::cli::DatesOptions dates;
  AddDates(app, dates);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);  // prints help/version to stdout, errors to stderr
    return code == 0 ? 0 : veille::cli::kExitFailure;
  }
  if (app.got_subcommand("extract")) return veille::cli::RunExtract(extract);
  if (app.got_subcommand("dict")) return veille::cli::RunDictCheck(dict_check);
  if (app.got_subcommand("dates")) return veille::cli::RunDates(dates);
  return veille::cli::kExitFailure;
}
