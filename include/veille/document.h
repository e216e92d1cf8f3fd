// The input article and the document record (SPEC.md §3).
//
// Internally every offset is a byte offset into the UTF-8 `text`; the JSON
// writer converts them to Unicode code points, as SPEC.md requires.
#ifndef VEILLE_DOCUMENT_H_
#define VEILLE_DOCUMENT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace veille {

// One article as a reader found it, before any processing.
struct Article {
  std::string id;      // path relative to the argument given, or the JSONL id
  std::string format;  // how to read `body`: "text" or "html"
  std::string body;    // raw bytes as scraped (UTF-8 after the reader)
  // Metadata the source itself supplies (JSONL fields, WARC headers).
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<std::string> published;  // as given; normalised later
  std::optional<std::string> outlet;
};

// A half-open byte range [start, end) into Document::text.
struct Span {
  size_t start = 0;
  size_t end = 0;
};

struct Mention {
  Span span;
  std::string text;    // the surface string, text.substr(span)
  std::string entity;  // stable id, the same across documents and spellings
  std::string name;    // canonical name
  std::string kind;    // "person" | "state" | "org" | "group" | "place"
  std::optional<std::string> country;  // ISO 3166-1 alpha-3
  std::optional<std::string> sector;   // "GOV", "MIL", "DIP", "PMC", "REB", ...
  // Actor code an event takes from this mention (SPEC.md §3: ISO3 for states
  // and their agents, "ECOWAS", "JNIM"...). Internal: not written to the record.
  std::string code;
};

struct EventParty {
  std::string code;  // ISO3 for states and their agents, else a short code
  std::optional<std::string> entity;
  std::optional<std::string> name;
};

struct Location {
  std::string name;
  std::optional<std::string> country;
};

struct Event {
  std::string type;                 // one of the 16 PLOVER types
  std::optional<std::string> mode;  // PLOVER mode, e.g. "visit"
  std::vector<std::string> context;
  std::vector<EventParty> actors;
  std::vector<EventParty> recipients;
  std::optional<std::string> date;         // "YYYY", "YYYY-MM" or "YYYY-MM-DD"
  std::optional<std::string> date_source;  // "explicit" | "relative" | "publication"
  std::optional<std::string> aux;  // "historical" | "future" | "hypothetical" | "negated"
  std::optional<Location> location;
  std::vector<Span> evidence;
  std::optional<std::string> cameo;
  std::optional<double> goldstein;
  double confidence = 0.0;
};

// The record `veille extract` writes, one per article.
// A block of the page the cleaner left out of `text` (site furniture, a
// repeated paragraph...) and the rule that removed it. Not part of the
// SPEC.md §3 record: the store keeps them so one can see what was dropped.
struct CleanedAway {
  std::string text;
  std::string rule;  // "byline", "legal", "repeat", "other script", ...
};

struct Document {
  std::string doc;
  std::optional<std::string> url;
  std::string lang;  // ISO 639-1; "und" when undetermined
  std::optional<std::string> title;
  std::optional<std::string> author;
  std::optional<std::string> outlet;
  std::optional<std::string> published;  // "YYYY-MM-DD"
  std::optional<std::string> duplicate_of;
  std::string text;  // the cleaned body
  std::vector<Mention> mentions;
  std::vector<Event> events;
  std::vector<CleanedAway> removed;  // what cleaning dropped, in page order
};

}  // namespace veille

#endif  // VEILLE_DOCUMENT_H_
