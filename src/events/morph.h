// French inflection from the hunspell-fr dictionary (issue 5).
//
// The event patterns name verbs and nouns by their lemma ("recevoir",
// "sanction"). At load, FrenchLexicon expands the lemmas it is given into
// every inflected form the hunspell-fr data lists (suffix rules of fr_FR.aff
// applied to the lemma's fr_FR.dic entries: "recevoir" -> "reçu", "reçoit",
// "recevra", "recevrait"...), each with its grammatical tags taken from the
// rule's morphology fields (po:ppas, po:ifut, po:cond...). Matching a token is
// then one hash lookup: no morphological analysis runs per article.
// Tested by morph_test.cc, which checks the expansion against Hunspell itself.
#ifndef VEILLE_EVENTS_MORPH_H_
#define VEILLE_EVENTS_MORPH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "veille/status.h"

namespace veille {

// Grammatical tags of one inflected form (bit set).
enum FormTag : uint16_t {
  kTagInfinitive = 1 << 0,
  kTagPastParticiple = 1 << 1,
  kTagPresentParticiple = 1 << 2,
  kTagPresent = 1 << 3,
  kTagImperfect = 1 << 4,
  kTagSimplePast = 1 << 5,
  kTagFuture = 1 << 6,
  kTagConditional = 1 << 7,
  kTagSubjunctive = 1 << 8,
  kTagImperative = 1 << 9,
  kTagNoun = 1 << 10,
  kTagAdjective = 1 << 11,
  kTagSecondPerson = 1 << 12,  // po:2sg, po:2pl
  kTagThirdPerson = 1 << 13,   // po:3sg, po:3pl
};

struct FormInfo {
  uint32_t lemma = 0;  // index into FrenchLexicon::lemmas()
  uint16_t tags = 0;   // FormTag bits
};

class FrenchLexicon {
 public:
  // Reads `aff_path` and `dic_path` (hunspell format, FLAG long) and expands
  // `lemmas`. A lemma absent from the dictionary still matches itself and
  // lemma+"s" (a noun); `missing` (if not null) receives those lemmas.
  static Result<FrenchLexicon> Load(const std::string& aff_path, const std::string& dic_path,
                                    const std::vector<std::string>& lemmas,
                                    std::vector<std::string>* missing = nullptr);

  // Analyses of a lower-cased form; nullptr when the form is none of ours.
  const std::vector<FormInfo>* Lookup(std::string_view form) const;
  // Index of `lemma`, or -1.
  int LemmaId(std::string_view lemma) const;
  const std::vector<std::string>& lemmas() const { return lemmas_; }
  // Every form of one lemma (for tests and `dict check`).
  std::vector<std::string> FormsOf(std::string_view lemma) const;

 private:
  // The forms live in one vector, found through an open-addressing table
  // of indexes, itself behind a Bloom filter (one bit per form): most
  // tokens of a text are none of ours and are rejected with one probe of
  // the small bit set; the others cost a probe or two of a flat table, not
  // a division and a chain of nodes as in a std::unordered_map.
  struct Form {
    std::string text;
    std::vector<FormInfo> infos;
  };
  std::vector<Form> forms_;
  std::vector<uint64_t> filter_;
  size_t filter_mask_ = 0;     // filter bit count - 1 (a power of two)
  std::vector<uint32_t> slots_;  // index + 1 into forms_; 0 = empty
  size_t slot_mask_ = 0;       // slot count - 1 (a power of two)
  void BuildIndex();
  static uint64_t FilterHash(std::string_view form);
  static uint64_t SlotHash(std::string_view form);
  std::vector<std::string> lemmas_;
  std::unordered_map<std::string, uint32_t> lemma_ids_;
};

// Default location of the hunspell-fr files (Debian package hunspell-fr).
inline constexpr const char* kHunspellFrAff = "/usr/share/hunspell/fr_FR.aff";
inline constexpr const char* kHunspellFrDic = "/usr/share/hunspell/fr_FR.dic";

}  // namespace veille

#endif  // VEILLE_EVENTS_MORPH_H_
