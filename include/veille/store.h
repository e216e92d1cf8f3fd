// The knowledge base: document records stored in SQLite, with the same real
// event reported by several articles merged into one event with its sources.
//
// A store is one SQLite file (WAL journal, foreign keys on). Its schema is
// versioned with PRAGMA user_version and tagged with PRAGMA application_id, so
// opening a file that is not a veille store, or one written by a newer veille,
// fails with a clear Status instead of damaging it.
//
// What is stored: every document record whole (its SPEC.md §3 JSON) plus its
// mentions, the entities they resolve to (merged across documents by id, with
// every spelling seen as an alias), the events of each document as coded, and
// the merged events derived from them.
//
// Merging rules (see src/store/merge_events.h): every document event expands
// into dyads as the scorer does (each actor with each recipient; without
// recipients, each pair of actors, unordered; a lone actor alone). Dyads with
// the same (type, actor code, recipient code, aux) form a group; inside a
// group, dates are clustered by prefix compatibility ("2025" is compatible
// with "2025-03-14"), finest dates first, and each cluster is one merged
// event. Documents that are duplicates of each other (the same cleaned text,
// or `duplicate_of` naming an earlier document) form one "story" and count as
// one source. Merged events depend only on the set of stored documents, never
// on the order they were ingested in, so merging stores built on shards gives
// the store built from everything.
//
// Thread safety: a Store is used by one thread at a time. Several processes
// may read a store while one writes (WAL).
#ifndef VEILLE_STORE_H_
#define VEILLE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "veille/document.h"
#include "veille/status.h"

namespace veille {

struct StoreOptions {
  // Create the file (and the schema) when it does not exist. Default: true.
  bool create_if_missing = true;
  // Open read-only: queries only. Default: false.
  bool read_only = false;
};

// One document to store and the content hash identifying its article.
struct IngestItem {
  Document doc;
  std::string content_hash;  // ArticleHash() or RecordHash(); equal hashes = same article
  // Duplicate-cluster key; empty = computed from the text and duplicate_of.
  // Merge passes the source store's value so stories survive across stores.
  std::string story;
};

struct IngestStats {
  size_t documents_added = 0;
  size_t documents_skipped = 0;  // already in the store (same content hash)
  size_t mentions = 0;
  size_t document_events = 0;
  size_t groups_recomputed = 0;  // (type, dyad, aux) groups whose merged events were rebuilt
};

// Row counts of every table, for reports and tests.
struct StoreCounts {
  int64_t documents = 0, mentions = 0, entities = 0, aliases = 0;
  int64_t document_events = 0, reports = 0, events = 0;
};

// Filters of Store::Events(). Empty strings and zeros mean "no filter".
struct EventFilter {
  // Actor / recipient: an actor code ("RUS", "ECOWAS") or an entity name in
  // any spelling seen in the store ("Poutine", "putin"; case and accents
  // ignored). `either` matches on either side.
  std::string actor;
  std::string recipient;
  std::string either;
  std::string type;     // PLOVER type, e.g. "AGREE"
  std::string context;  // PLOVER context, e.g. "military"
  // Dates "YYYY", "YYYY-MM" or "YYYY-MM-DD", inclusive; an event whose
  // (possibly partial) date overlaps the range matches; undated events do not.
  std::string since;
  std::string until;
  int min_sources = 0;
  std::string text;    // FTS5 query over evidence text (accents ignored)
  bool with_sources = true;  // fill StoredEvent::sources
  size_t limit = 0;          // 0 = all. Order: date, then id.
  size_t offset = 0;         // skip this many first (paging with limit)
};

struct EventSource {
  std::string doc;  // the document's id as ingested
  std::optional<std::string> url, outlet, published, title;
  std::string content_hash;
  bool duplicate = false;  // same story as another source listed before it
};

// A merged event: one dyad of one real event, with every report of it.
struct StoredEvent {
  int64_t id = 0;  // stable: derived from (type, dyad, aux, date), same in every store
  std::string type;
  std::string actor, actor_name;          // code, most frequent name
  std::string recipient, recipient_name;  // "" when the event has none
  std::optional<std::string> aux;
  std::optional<std::string> date;  // the finest date of its reports
  std::optional<std::string> mode;
  std::vector<std::string> context;
  std::optional<std::string> cameo;  // most frequent CAMEO code, else the type's root code
  int quad_class = 0;                // GDELT QuadClass 1..4
  double goldstein = 0;              // mean of the reports (type default when none given)
  double confidence = 0;             // highest of the reports
  int num_reports = 0;               // document events merged in
  int num_sources = 0;               // distinct stories
  int num_articles = 0;              // distinct documents
  std::optional<std::string> location, location_country;
  std::optional<std::string> first_published;  // earliest publication date of a source
  std::string evidence;                        // evidence text of the first report
  std::vector<EventSource> sources;
};

struct ActorFilter {
  std::string name;  // any spelling seen, or an entity id; empty = all
  std::string kind;  // "person", "state", ...; empty = all
  size_t limit = 0;  // 0 = all. Order: mentions descending, then id.
};

struct StoredAlias {
  std::string alias;
  int64_t mentions = 0;
};

struct StoredActor {
  std::string id, name, kind;
  std::optional<std::string> country, sector;
  std::string code;  // actor code events take from it ("" when unknown)
  int64_t mentions = 0;
  int64_t documents = 0;
  std::vector<StoredAlias> aliases;  // most frequent first
};

struct TimelineQuery {
  std::string actor;    // code or entity name, as in EventFilter (required)
  std::string with;     // the other side, optional
  std::string by = "month";  // "day" | "month" | "year"
  std::string since, until;
};

struct TimelinePoint {
  std::string period;  // "2025", "2025-03" or "2025-03-14"
  int events = 0;
  int sources = 0;
  double goldstein = 0;  // mean over the period's events
  int cooperation = 0;   // events with goldstein > 0
  int conflict = 0;      // events with goldstein < 0
};

// One report of a merged event: the document event it was merged from,
// located in its document's record.
struct EventReport {
  std::string doc;           // the document's id as ingested
  std::string content_hash;  // identifies the document (FindRecord)
  std::optional<std::string> url, outlet, published, title;
  size_t event_index = 0;  // index of the event in the record's "events"
  std::string actor, actor_name, recipient, recipient_name;  // this report's dyad
  std::optional<std::string> date, date_source, mode, aux;
  std::vector<std::string> context;
  std::optional<double> goldstein;
  double confidence = 0;
};

// A stored document: who it is and its whole SPEC.md §3 record.
struct StoredRecord {
  std::string doc, content_hash;
  std::string record;  // JSON text; offsets in code points
  std::vector<CleanedAway> removed;  // what cleaning dropped (empty for records ingested as JSON)
};

struct GraphQuery {
  std::string since, until;
  int min_events = 1;
};

struct GraphNode {
  std::string code, name;
  int events = 0;  // events it takes part in, either side
};

// A weighted, directed dyad. Undirected events (no recipient) are left out.
struct GraphEdge {
  std::string source, target;  // actor codes
  int events = 0, sources = 0;
  double goldstein = 0;  // mean
  int cooperation = 0, conflict = 0;
  std::string relation;  // "cooperation" (mean > 0), "conflict" (< 0) or "neutral"
};

struct Graph {
  std::vector<GraphNode> nodes;  // sorted by code
  std::vector<GraphEdge> edges;  // sorted by (source, target)
};

class Store {
 public:
  // Opens or creates the store at `path`. Fails when the file is not a veille
  // store, when its schema is newer than this binary knows, or when it cannot
  // be opened. Older schemas are migrated.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Stores a batch in one transaction: either all of it is stored or (on
  // error, or when the process dies) none of it. Items whose content hash is
  // already stored are skipped.
  Result<IngestStats> Ingest(const std::vector<IngestItem>& batch);

  // For each hash, whether a document with it is stored (lets callers skip
  // extraction of articles already ingested).
  Result<std::vector<bool>> Contains(const std::vector<std::string>& hashes);

  // The stored document with this content hash (parsed from its record;
  // mention codes restored), or nullopt.
  Result<std::optional<Document>> FindDocument(const std::string& content_hash);

  // Adds every document of the store at `path` not already here, exactly as
  // ingesting them would; `path` is opened read-only.
  Result<IngestStats> MergeFrom(const std::string& path);

  Result<StoreCounts> Counts();
  Result<std::vector<StoredEvent>> Events(const EventFilter& filter);
  Result<std::vector<StoredActor>> Actors(const ActorFilter& filter);
  Result<std::vector<TimelinePoint>> Timeline(const TimelineQuery& query);
  Result<Graph> BuildGraph(const GraphQuery& query);

  // Browsing (the HTTP server's queries).
  // The merged event with this id, with its sources, or nullopt.
  Result<std::optional<StoredEvent>> FindEvent(int64_t id);
  // The reports merged into event `id`, earliest published first, at most
  // `limit` (0 = all). Empty when the event does not exist.
  Result<std::vector<EventReport>> EventReports(int64_t id, size_t limit = 0);
  // The document whose content hash is `key`, else the first stored with
  // `key` as its id; nullopt when neither exists.
  Result<std::optional<StoredRecord>> FindRecord(const std::string& key);
  // How many events Events(filter) returns, ignoring limit and offset.
  Result<int64_t> CountEvents(const EventFilter& filter);
  // The events of Events(filter) counted per period (`by`: "day", "month"
  // or "year"); limit and offset ignored. Events dated less precisely than
  // the period are left out, as in Timeline().
  Result<std::vector<TimelinePoint>> EventHistogram(const EventFilter& filter, const std::string& by);

  // Checks SQLite's integrity and foreign keys and the store's own
  // invariants (every document event expanded, every report in a merged
  // event, no merged event without reports). OK or the first problem found.
  Status Check();

  // The store's content in a canonical text form independent of row ids and
  // ingest order: two stores holding the same documents dump identically.
  Status DumpCanonical(std::ostream& out);

  struct Impl;

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Content hash of an article as read (format, body and source metadata; not
// its id, so the same file under another path is the same article): 64 hex
// digits of SHA-256.
std::string ArticleHash(const Article& article);

// Content hash of a document record given as JSON text (`veille ingest --records`).
std::string RecordHash(const std::string& record_json);

// Parses one SPEC.md §3 record (JSON text, code-point offsets) back into a
// Document (byte offsets). Mention::code is not part of the record: it stays
// empty.
Result<Document> ParseRecord(const std::string& record_json);

}  // namespace veille

#endif  // VEILLE_STORE_H_
