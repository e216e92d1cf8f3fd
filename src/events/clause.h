// Clause analysis: who is the actor and who the recipient of a predicate.
//
// Works on the tokens of one sentence and the resolved mentions it contains.
// There is no parser: French news sentences are analysed with positional
// rules that cover the frequent constructions (see clause.cc).
#ifndef VEILLE_EVENTS_CLAUSE_H_
#define VEILLE_EVENTS_CLAUSE_H_

#include <cstdint>
#include <string_view>
#include <string>
#include <vector>

#include "events/patterns.h"
#include "events/tokenize.h"

namespace veille {

// What the coder knows about each token from the lexicon (bit set).
enum TokenFlag : uint32_t {
  kFlagEtre = 1 << 0,         // a form of "être"
  kFlagAvoir = 1 << 1,        // a form of "avoir"
  kFlagSpeech = 1 << 2,       // a verb of saying ("affirmer", "déclarer")
  kFlagConditional = 1 << 3,  // a conditional verb form
  kFlagFuture = 1 << 4,       // a future verb form
  kFlagParticiple = 1 << 5,   // could be a past participle
  kFlagVerb = 1 << 6,         // some verb form of a known lemma
  kFlagCueHypothetical = 1 << 7,
  kFlagCueFuture = 1 << 8,
  kFlagCueFutureAfter = 1 << 9,
  kFlagCueNegated = 1 << 10,
  kFlagPresentParticiple = 1 << 11,  // "fustigeant"
  kFlagInfinitive = 1 << 12,
  kFlagLight = 1 << 13,    // a light verb: "annoncer le retrait"
  kFlagReceive = 1 << 14,  // a verb of receiving: "obtenir le soutien"
  kFlagMilitary = 1 << 15, // armed forces named without a state: "militaires", "putschistes"
  kFlagJudge = 1 << 16,    // a verb of judging its object: "qualifier", "juger"
};

// A mention as a token range.
struct MentionRef {
  size_t first = 0;  // first token
  size_t last = 0;   // one past the last token
  int index = -1;    // into Document::mentions
  // Views of the document's mention: valid while the document's mentions
  // are, i.e. through coding (a copy per sentence would cost two strings).
  std::string_view code;    // actor code
  std::string_view entity;  // entity id ("org:lby-gna"); two bodies of one state differ here
};

// One sentence: tokens [begin, end) of `tokens`; `mentions` are those inside
// it, in text order.
struct SentenceView {
  const std::vector<Token>* tokens = nullptr;
  const std::vector<uint32_t>* flags = nullptr;
  size_t begin = 0;
  size_t end = 0;
  std::vector<MentionRef> mentions;
};

// A matched predicate: the head word and the last word of the pattern.
struct Predicate {
  const Pattern* pattern = nullptr;
  size_t head = 0;
  size_t last = 0;
  bool passive = false;
};

struct Slots {
  std::vector<int> actors;      // indexes into SentenceView::mentions
  std::vector<int> recipients;
  bool from_speech = false;     // the actor came from a quote attribution
  bool mutual = false;          // "entre X et Y": the parties act towards each other
  bool crowd = false;           // a crowd attacks: a violent protest where it happens
  bool one_way = false;         // the parties all act on a recipient ("grâce au soutien de X et Y")
  size_t extent = 0;            // the last token of the predicate or its slots after it
};

// True when the verb at `head` is in the passive voice ("ont été reçus",
// or a bare participle followed by "par").
bool IsPassive(const SentenceView& s, size_t head);

// The first object or target after `pred` in its clause, whoever acts
// ("Même type d'assaut contre Wagner, non loin du Tchad": Wagner).
std::vector<int> ObjectOf(const SentenceView& s, const Predicate& pred);

// The first token in [from, to) that introduces another event ("après
// l'annonce de", "suite à", "lors de", "depuis"), else `to`.
size_t OtherEventFrom(const SentenceView& s, size_t from, size_t to);

// Who the sentence reports: the subject of a verb of saying followed by
// "que", a source a few words after such a verb ("a indiqué un rapport de
// l'ONU"), or "selon X". Empty when the sentence reports nobody.
std::vector<int> Speaker(const SentenceView& s);

// Finds actor and recipient mentions of `pred` in `s`.
Slots FindSlots(const SentenceView& s, const Predicate& pred);

// The first token of the verb group that ends at `head` ("n'a pas été reçu"
// -> "n'"), skipping auxiliaries, negation, reflexive and object pronouns.
size_t VerbGroupStart(const SentenceView& s, size_t head);

// Start and end (exclusive) of the clause around [head, last].
size_t ClauseStart(const SentenceView& s, size_t head);
size_t ClauseEnd(const SentenceView& s, size_t last);

// Whether a lower-cased word is shaped like a French past participle
// ("menées", "perpétrée", "commis", "élu", "conduites"), for words the
// lexicon does not know.
bool LooksLikeParticiple(std::string_view w);

}  // namespace veille

#endif  // VEILLE_EVENTS_CLAUSE_H_
