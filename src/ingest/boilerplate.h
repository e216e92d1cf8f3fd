// Boilerplate phrases (data/ingest/boilerplate.tsv) and their matcher.
//
// The file lists site-furniture phrases by kind (see data/ingest/README.md);
// Boilerplate compiles them once into one Vectorscan database and finds them
// in text ignoring case and Latin accents, with ' and ’ alike, hyphens and
// any run of spaces as one space, spaces before : ; ! ? optional, and word
// boundaries at both ends. Agencies alone must match their case.
#ifndef VEILLE_INGEST_BOILERPLATE_H_
#define VEILLE_INGEST_BOILERPLATE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "veille/status.h"

namespace veille {

// What a phrase marks. The cleaner gives each kind its rule.
enum class PhraseKind : uint8_t {
  kLine,        // furniture line: "Laissez un commentaire", "Subscribe"
  kFooter,      // legal block: "Copyright", "Tous droits réservés"
  kLabel,       // lead-in to links of other pages: "Lire aussi"
  kWhole,       // furniture only when the line is made of such phrases: "Partager"
  kField,       // taxonomy label: "Région", "Tags"
  kByline,      // lead-in to an author's name: "Par", "By", "Автор :"
  kPublished,   // label of the publication date: "Publié le", "Загружено"
  kUpdated,     // label of an update date: "Mis à jour"
  kCredit,      // photo-credit marker: "Photo", "Crédit"
  kAgency,      // news or photo agency (case-sensitive): "AFP", "Reuters"
  kOutletWord,  // word of outlet names: "Tribune", "News"
};

// Kind from its name in the data file ("line", "footer"...), false if unknown.
bool PhraseKindFromName(std::string_view name, PhraseKind* kind);

// One phrase found: its kind and the byte range [start, end) in the text.
struct PhraseHit {
  PhraseKind kind;
  uint32_t start;
  uint32_t end;
};

class Boilerplate {
 public:
  // Reads and validates the file; errors name `file:line: problem`.
  static Result<std::unique_ptr<Boilerplate>> Load(const std::string& path);
  // The same from the file's content; `name` stands for the file in errors.
  static Result<std::unique_ptr<Boilerplate>> Parse(std::string_view content, const std::string& name);
  ~Boilerplate();
  Boilerplate(const Boilerplate&) = delete;
  Boilerplate& operator=(const Boilerplate&) = delete;

  // Appends to `hits` every phrase found in `text` (UTF-8), sorted by start
  // then kind. Thread-safe (one scratch space per thread).
  void Scan(std::string_view text, std::vector<PhraseHit>* hits) const;

  size_t size() const { return kinds_.size(); }

 private:
  Boilerplate() = default;
  std::vector<PhraseKind> kinds_;     // by pattern id
  std::vector<std::string> phrases_;  // by pattern id, as written
  std::vector<uint32_t> lengths_;     // by pattern id: bytes of the folded phrase
  // By pattern id, two entries: the phrase starts / ends with a letter or
  // digit, so a match needs a word boundary on that side.
  std::vector<bool> alnum_ends_;
  void* database_ = nullptr;       // hs_database_t
  uint64_t serial_ = 0;            // tells thread-local scratch spaces apart
};

}  // namespace veille

#endif  // VEILLE_INGEST_BOILERPLATE_H_
