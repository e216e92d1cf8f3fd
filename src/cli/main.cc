// veille's command line: a table of verbs, each with its own --help.
// CLI11 is used only in this file (it is slow to compile); the verbs get
// plain option structs (verbs.h).
#include <CLI/CLI.hpp>
#include <iostream>

#include "base/allocator.h"
#include "cli/verbs.h"
#include "veille/event_writer.h"
#include "veille/writer.h"

namespace {

constexpr const char* kDescription =
    "veille - turns news articles (French first; also English and Russian) into a sourced\n"
    "model of who did what to whom, when and where: PLOVER events with CAMEO codes,\n"
    "resolved actors, and the text that supports every claim.";

// --latest-year: what an undated article's weekday dates may resolve to.
void AddLatestYear(CLI::App* cmd, veille::EngineOptions& o) {
  cmd->add_option("--latest-year", o.latest_year,
                  "Latest year an article without publication date can be from: if it names no year,\n"
                  "\"jeudi 8 février\" is dated to the last such Thursday up to it (default: this year)")
      ->check(CLI::Range(1900, 2200));
}

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
  AddLatestYear(cmd, o.engine);
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

void AddIngest(CLI::App& app, veille::cli::IngestOptions& o) {
  CLI::App* cmd = app.add_subcommand("ingest", "Extract articles and store them in a knowledge base (SQLite)");
  cmd->footer(
      "Inputs: as for 'veille extract' (text, HTML, JSON Lines, WARC files, directories, - for stdin),\n"
      "or with --records document records written by 'veille extract' (JSON Lines).\n\n"
      "Output: the store --db (created when missing): documents with their whole record, mentions,\n"
      "entities merged by id with every spelling seen, events per document, and merged events: the\n"
      "same event (type, dyad, compatible dates) reported by several articles becomes one event\n"
      "listing its sources. Articles already stored (same content hash) are skipped, so ingesting\n"
      "again adds nothing; each batch is one transaction, so a run killed at any point leaves a\n"
      "consistent store and running it again completes it. Counts are printed on stderr; a\n"
      "progress line (articles, MB, rate, ETA) is shown on a terminal.\n\n"
      "Examples:\n"
      "  veille ingest corpus/ --db veille.db\n"
      "  veille extract shard.jsonl > shard.out.jsonl && veille ingest --records shard.out.jsonl --db shard.db");
  cmd->add_option("inputs", o.inputs, "Files, directories, or - for standard input")->required();
  cmd->add_option("--db", o.db, "Store file")->capture_default_str();
  cmd->add_flag("--records", o.records, "Inputs are document records (veille extract output), not articles");
  cmd->add_option("-j,--threads", o.threads, "Extraction threads (0 = one per core)")
      ->check(CLI::Range(0, 1024))->capture_default_str();
  cmd->add_option("--batch", o.batch, "Articles per transaction")->check(CLI::Range(1, 100000))->capture_default_str();
  cmd->add_option("--input-format", o.reader.stdin_format, "Format of standard input: auto sniffs the first bytes")
      ->check(CLI::IsMember({"auto", "text", "html", "jsonl", "warc"}))->capture_default_str();
  cmd->add_option("--data-dir", o.engine.data_dir,
                  "Dictionary directory (default: $VEILLE_DATA_DIR, else the build's data/)");
  AddLatestYear(cmd, o.engine);
  cmd->add_flag("!--no-progress", o.progress, "No progress line on stderr (shown only on a terminal)");
}

void AddEvents(CLI::App& app, veille::cli::EventsOptions& o) {
  CLI::App* cmd = app.add_subcommand("events", "Query the merged events of a store");
  cmd->footer(
      "Output: the matching merged events on stdout, ordered by date, with their sources, in the\n"
      "--format asked: jsonl (one event per line with its sources), csv (RFC 4180, header line),\n"
      "gdelt (GDELT 2.0 event table: 61 tab-separated columns), graphml or dot (the actor graph of\n"
      "the events). Actors are given by code (RUS, ECOWAS) or by any spelling of an entity's name\n"
      "seen in the store (case and accents ignored); a state or organisation name selects all its\n"
      "agents. Dates (YYYY, YYYY-MM, YYYY-MM-DD) are inclusive and match partial event dates.\n\n"
      "Examples:\n"
      "  veille events --db veille.db --actor Russie --type SUPPORT --context military --since 2019\n"
      "  veille events --db veille.db --either Bamako --since 2025-01 --until 2025-12\n"
      "  veille events --db veille.db --text 'accord défense' --min-sources 2 --format csv\n"
      "  veille events --db veille.db --format gdelt > events.tsv");
  cmd->add_option("--db", o.db, "Store file")->capture_default_str();
  cmd->add_option("--actor", o.filter.actor, "Actor: code or entity name in any spelling");
  cmd->add_option("--recipient", o.filter.recipient, "Recipient: code or entity name");
  cmd->add_option("--either", o.filter.either, "Actor or recipient: code or entity name");
  cmd->add_option("--type", o.filter.type, "PLOVER type (AGREE, CONSULT, ...)");
  cmd->add_option("--context", o.filter.context, "PLOVER context (military, diplomatic, ...)");
  cmd->add_option("--since", o.filter.since, "Earliest date, YYYY[-MM[-DD]]");
  cmd->add_option("--until", o.filter.until, "Latest date, YYYY[-MM[-DD]]");
  cmd->add_option("--min-sources", o.filter.min_sources, "Minimum number of distinct sources")->check(CLI::NonNegativeNumber);
  cmd->add_option("--text", o.filter.text, "Full-text query over the evidence (SQLite FTS5 syntax; accents ignored)");
  cmd->add_option("--limit", o.filter.limit, "At most this many events (0 = all)")->capture_default_str();
  cmd->add_option("-f,--format", o.format, "Output format")
      ->check(CLI::IsMember(veille::EventWriterNames()))->capture_default_str();
}

void AddActors(CLI::App& app, veille::cli::ActorsOptions& o) {
  CLI::App* cmd = app.add_subcommand("actors", "List the entities of a store with their aliases and mention counts");
  cmd->footer(
      "Output: one entity per line, most mentioned first: mentions, name, kind, state (ISO 3166-1\n"
      "alpha-3), sector, id and every spelling seen; or jsonl / csv.\n\n"
      "Examples:\n"
      "  veille actors --db veille.db --kind person --limit 20\n"
      "  veille actors --db veille.db --name evkourov --format jsonl");
  cmd->add_option("--db", o.db, "Store file")->capture_default_str();
  cmd->add_option("--name", o.filter.name, "Only the entity with this id or name (any spelling seen)");
  cmd->add_option("--kind", o.filter.kind, "Only this kind")
      ->check(CLI::IsMember({"person", "state", "org", "group", "place"}));
  cmd->add_option("--limit", o.filter.limit, "At most this many (0 = all)")->capture_default_str();
  cmd->add_option("-f,--format", o.format, "Output format")
      ->check(CLI::IsMember({"text", "jsonl", "csv"}))->capture_default_str();
}

void AddTimeline(CLI::App& app, veille::cli::TimelineOptions& o) {
  CLI::App* cmd = app.add_subcommand("timeline", "Events of an actor (or a pair) per day, month or year");
  cmd->footer(
      "Output: one line per period: number of merged events, of sources, mean Goldstein value, and\n"
      "how many events were cooperative (Goldstein > 0) or conflictual (< 0). Events whose date is\n"
      "less precise than the period are left out. With --with, only events between the two actors\n"
      "(either direction).\n\n"
      "Examples:\n"
      "  veille timeline --db veille.db --actor MLI --with FRA --by month\n"
      "  veille timeline --db veille.db --actor Poutine --by year --format csv");
  cmd->add_option("--db", o.db, "Store file")->capture_default_str();
  cmd->add_option("--actor", o.query.actor, "Actor: code or entity name")->required();
  cmd->add_option("--with", o.query.with, "The other actor: code or entity name");
  cmd->add_option("--by", o.query.by, "Period")->check(CLI::IsMember({"day", "month", "year"}))->capture_default_str();
  cmd->add_option("--since", o.query.since, "Earliest date, YYYY[-MM[-DD]]");
  cmd->add_option("--until", o.query.until, "Latest date, YYYY[-MM[-DD]]");
  cmd->add_option("-f,--format", o.format, "Output format")
      ->check(CLI::IsMember({"text", "jsonl", "csv"}))->capture_default_str();
}

void AddGraph(CLI::App& app, veille::cli::GraphOptions& o) {
  CLI::App* cmd = app.add_subcommand("graph", "The actor network: weighted dyads, cooperation vs conflict");
  cmd->footer(
      "Output: one node per actor code, one directed edge per dyad with its number of events and\n"
      "sources, mean Goldstein value, counts of cooperative and conflictual events, and relation\n"
      "(cooperation when the mean is > 0, conflict when < 0). Formats: graphml (Gephi), dot\n"
      "(Graphviz), jsonl, csv (edges).\n\n"
      "Examples:\n"
      "  veille graph --db veille.db --since 2024 --until 2025 > sahel.graphml\n"
      "  veille graph --db veille.db --format dot | dot -Tsvg > graph.svg");
  cmd->add_option("--db", o.db, "Store file")->capture_default_str();
  cmd->add_option("--since", o.query.since, "Earliest date, YYYY[-MM[-DD]]");
  cmd->add_option("--until", o.query.until, "Latest date, YYYY[-MM[-DD]]");
  cmd->add_option("--min-events", o.query.min_events, "Only dyads with at least this many events")->capture_default_str();
  cmd->add_option("-f,--format", o.format, "Output format")
      ->check(CLI::IsMember(veille::GraphFormatNames()))->capture_default_str();
}

void AddMerge(CLI::App& app, veille::cli::MergeOptions& o) {
  CLI::App* cmd = app.add_subcommand("merge", "Merge stores built separately (e.g. on shards) into one");
  cmd->footer(
      "Adds every document of each input store to --into (created when missing) exactly as ingesting\n"
      "it would: documents already there are skipped, entities merge by id, and merged events are\n"
      "recomputed, so the result equals one store built from everything.\n\n"
      "Example:\n  veille merge shard1.db shard2.db --into all.db");
  cmd->add_option("inputs", o.inputs, "Stores to merge")->required();
  cmd->add_option("--into", o.into, "The store receiving them")->required();
}

void AddServe(CLI::App& app, veille::cli::ServeOptions& o) {
  CLI::App* cmd = app.add_subcommand("serve", "Serve a web page to explore a store: actor network, timeline, evidence");
  cmd->footer(
      "Serves the page (built into the binary: works offline) and its JSON API (/api/events,\n"
      "/api/events/ID, /api/actors, /api/graph, /api/timeline, /api/documents/ID, /api/stats; see\n"
      "README.md) over the store, opened read-only. Prints the URL to open; Ctrl-C stops it.\n"
      "Listens on 127.0.0.1 only unless --host says otherwise.\n\n"
      "Examples:\n"
      "  veille serve --db veille.db\n"
      "  veille serve --db veille.db --port 0      # any free port");
  cmd->add_option("--db", o.db, "Store file")->capture_default_str();
  cmd->add_option("--host", o.host, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", o.port, "Port (0 = any free port)")->check(CLI::Range(0, 65535))->capture_default_str();
}

}  // namespace

int main(int argc, char** argv) {
  veille::TuneAllocatorForBatches();
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
  veille::cli::IngestOptions ingest;
  AddIngest(app, ingest);
  veille::cli::EventsOptions events;
  AddEvents(app, events);
  veille::cli::ActorsOptions actors;
  AddActors(app, actors);
  veille::cli::TimelineOptions timeline;
  AddTimeline(app, timeline);
  veille::cli::GraphOptions graph;
  AddGraph(app, graph);
  veille::cli::MergeOptions merge;
  AddMerge(app, merge);
  veille::cli::ServeOptions serve;
  AddServe(app, serve);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);  // prints help/version to stdout, errors to stderr
    return code == 0 ? 0 : veille::cli::kExitFailure;
  }
  if (app.got_subcommand("extract")) return veille::cli::RunExtract(extract);
  if (app.got_subcommand("dict")) return veille::cli::RunDictCheck(dict_check);
  if (app.got_subcommand("dates")) return veille::cli::RunDates(dates);
  if (app.got_subcommand("ingest")) return veille::cli::RunIngest(ingest);
  if (app.got_subcommand("events")) return veille::cli::RunEvents(events);
  if (app.got_subcommand("actors")) return veille::cli::RunActors(actors);
  if (app.got_subcommand("timeline")) return veille::cli::RunTimeline(timeline);
  if (app.got_subcommand("graph")) return veille::cli::RunGraph(graph);
  if (app.got_subcommand("merge")) return veille::cli::RunMerge(merge);
  if (app.got_subcommand("serve")) return veille::cli::RunServe(serve);
  return veille::cli::kExitFailure;
}
