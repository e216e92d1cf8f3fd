// The actors stage: finds and resolves every entity mention in a text.
//
// Mentions emitted (Document::mentions, sorted by start, never overlapping):
//  - states: names ("le Mali", "Россия"), demonyms and adjectives used alone
//    ("l'influence russe"), seats of power ("le Kremlin", "l'Élysée"): kind
//    "state", entity "state:ISO3", code ISO3. A capital is kind "state" when it
//    stands for its government ("Moscou a signé") and kind "place" (same
//    country and code) after "à", "depuis", "vers" ("à Moscou").
//  - role phrases naming a state body ("les autorités maliennes", "l'armée
//    burkinabè", "les forces françaises"): kind "state" with the role's sector.
//    A body with a definite article and no state ("la junte", "les
//    autorités", "les FDS") is the state of its context when that is safe
//    (the only state named in its sentence and the two previous ones, else
//    the article's clearly most mentioned state if among them), else no
//    mention.
//  - role phrases naming an office holder ("le ministre russe de la Défense",
//    "le chef de la diplomatie nigérienne", "son homologue malien"): kind
//    "person" with the person's entity when the phrase has an apposed name or
//    roles.tsv knows who held the role on doc->published (when the date is
//    unknown: on the middle of the latest year 1990-2039 the text names, and
//    when it names none, the most recent holder); otherwise kind "state" with
//    the role's sector. A head of state without a state ("le chef de l'État")
//    is the holder for the state named last within two sentences, else for
//    the article's most mentioned state.
//  - person names: dictionary persons under any spelling (entity = their
//    persons.tsv id); unknown persons introduced by a role phrase, a title or
//    rank, or a known first name (entity "per:" + name key, so spellings
//    share one id; country from the role phrase, else the nearest state in the
//    sentence, else the article's most mentioned state); surnames alone
//    ("Lavrov", "M. Goïta") attach to a person of the article, else to the
//    only dictionary person with that surname.
//  - organisations, groups and regions from orgs.tsv: kind "org", "group" or
//    "place"; a group's country is its home state (Wagner: RUS, code RUS).
//  - towns and regions of places.tsv: kind "place", country their state,
//    no code.
//  - short references: "il", "elle", "le pays", "ce pays",
//    "l'organisation" (an international organisation), and role phrases without a
//    state ("le chef de l'État"): the surface text is the reference, every
//    other field the antecedent's (see ResolvePronouns in resolver.cc for the
//    agreement and distance rules).
#ifndef VEILLE_ACTORS_RESOLVER_H_
#define VEILLE_ACTORS_RESOLVER_H_

#include <memory>
#include <string>

#include "veille/document.h"
#include "veille/status.h"

namespace veille {

class ActorResolver {
 public:
  // Loads and validates the dictionaries under `data_dir`/actors/ and
  // compiles the matcher. Errors name "file:line: problem".
  // Immutable afterwards; Resolve() is thread-safe.
  static Result<std::unique_ptr<ActorResolver>> Load(const std::string& data_dir);
  ~ActorResolver();

  // Fills doc->mentions (sorted by start) from doc->text, using
  // doc->published (roles held on that date) and doc->lang.
  void Resolve(Document* doc) const;

 private:
  struct Data;
  explicit ActorResolver(std::unique_ptr<Data> data);
  std::unique_ptr<Data> data_;
};

}  // namespace veille

#endif  // VEILLE_ACTORS_RESOLVER_H_
