// The event pattern dictionary (data/events/patterns.tsv, format in
// data/events/README.md) and the cue word list (cues.tsv).
#ifndef VEILLE_EVENTS_PATTERNS_H_
#define VEILLE_EVENTS_PATTERNS_H_

#include <optional>
#include <string>
#include <vector>

#include "veille/status.h"

namespace veille {

// How the grammatical slots of a predicate map to PLOVER actor/recipient.
enum class Roles {
  kAgent,    // subject (or a noun's de-phrase) acts on the object / prepositional phrase
  kHost,     // the subject hosts the object: "Lavrov a reçu Diop" = Diop visits Russia
  kPatient,  // a noun whose de-phrase is the target: "l'arrestation de Bazoum"
  kDomestic,  // within one state: a coup is the state's military against its
              // government, so one state mention gives both sides
  kLocal,     // the actor defaults to where it happens: "manifestation à Niamey"
  kSource,    // a noun whose bare de-phrase is what is left: "son retrait du G5 Sahel"
  kCaptor,    // the pattern's last word introduces the actor: "Goma est tombée aux mains du M23"
  kJudged,    // an evaluative word: who says or judges it acts on who is judged:
              // "Paris a déclaré que la junte multipliait les provocations"
};

struct Pattern {
  std::string type;                  // PLOVER type
  std::optional<std::string> mode;   // PLOVER mode
  std::vector<std::string> context;  // PLOVER contexts
  std::string cameo;
  double goldstein = 0.0;
  Roles roles = Roles::kAgent;
  bool noun = false;       // the head is a noun (nominalisation)
  bool reflexive = false;  // "se rendre": needs se/s' before the verb
  std::string head;        // lemma of the head word
  // Words that must follow the head, in order, each within a few tokens of
  // the previous one; each position lists accent-folded alternatives.
  std::vector<std::vector<std::string>> follow;
  std::vector<bool> far;   // per follow word: anywhere later in the clause ("...")
  std::string source;      // "file:line", for messages
};

// A cue word (cues.tsv): it changes the modality of a nearby predicate, or
// it introduces reported speech ("a affirmé Lavrov").
struct Cue {
  std::string lemma;
  // "hypothetical" | "future" | "negated" | "speech" | "light" | "receive"
  std::string aux;
  bool conditional_only = false;  // counts only in the conditional mood ("pourrait")
  bool after = false;        // looked for after the head ("en juin prochain")
  std::string source;
};

// Parses patterns.tsv. Every problem is reported as "file:line: problem";
// the result holds the patterns when there is none.
Result<std::vector<Pattern>> LoadPatterns(const std::string& path);
Result<std::vector<Cue>> LoadCues(const std::string& path);

// Validates every events dictionary under `data_dir`/events/ (for
// `veille dict check`): one "file:line: problem" per error, empty when valid.
std::vector<std::string> CheckEventDictionaries(const std::string& data_dir);

// The 16 PLOVER event types.
bool IsPloverType(const std::string& type);

}  // namespace veille

#endif  // VEILLE_EVENTS_PATTERNS_H_
