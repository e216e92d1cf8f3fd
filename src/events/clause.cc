// Clause analysis by position.
//
// French news prose puts the subject before the verb group and the object or
// prepositional complements after it, so the coder reads slots by position
// around the predicate, inside the clause that holds it:
//  - the clause runs from the previous boundary (";", "mais", "qui", "que",
//    "lorsque"...) to the next one; commas do not end it, because appositions
//    and coordinated lists ("du Mali, du Niger et du Burkina Faso") use them;
//  - the subject is the nearest mention before the verb group that no
//    preposition governs ("avec X", "selon X", "à X" are not subjects; a
//    genitive "le ministre du Mali" is); a comma right before the verb marks
//    an apposition or incise, which is skipped ("La Russie, premier pays à
//    reconnaître l'AES, continue..."); after "qui" the subject is the
//    antecedent;
//  - the object is the first mention after the predicate that is not the
//    agent of a passive ("par X") nor a source ("selon X");
//  - passive voice swaps them: the "par" phrase is the actor;
//  - a nominalisation takes its actor from its de-phrase ("la visite de
//    Lavrov au Mali") and its recipient from what follows, or from the
//    clause subject when it has no de-phrase;
//  - mentions joined by commas, "et", "ou", "ainsi que", or a genitive "de"
//    form one group: every member is a party;
//  - without a subject, an attribution gives the actor: "« ... », a affirmé
//    Lavrov", "selon Moscou".
// Tested by coder_test.cc.
#include "events/clause.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "base/word_set.h"

namespace veille {
namespace {

std::string_view W(const SentenceView& s, size_t i) { return (*s.tokens)[i].norm; }
uint32_t F(const SentenceView& s, size_t i) { return (*s.flags)[i]; }

bool In(const WordSet& set, std::string_view w) { return set.count(w) > 0; }

const WordSet& Determiners() {
  static const WordSet k = {"le",  "la",  "l'",   "les",  "un",    "une",   "son",  "sa",
                            "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "notre",
                            "nos", "votre", "vos", "mon", "ma", "mes", "tout", "tous", "toute",
                            "toutes", "plusieurs", "certains", "certaines", "des"};
  return k;
}

// Prepositions after which a mention is neither subject nor object.
const WordSet& BlockingPreps() {
  static const WordSet k = {"par",   "selon",  "d'après", "depuis", "lors",  "après", "avant",
                            "sans",  "malgré", "parmi",   "sous",   "pendant", "durant",
                            "comme", "hormis", "sauf", "près", "proximité", "loin", "destination", "provenance"};
  return k;
}

// Prepositions after which a mention cannot be a subject.
const WordSet& NonSubjectPreps() {
  static const WordSet k = {"à",      "au",     "aux",   "avec",   "contre", "par",    "selon",
                            "pour",   "vers",   "chez",  "dans",   "sur",    "en",     "depuis",
                            "malgré", "entre",  "envers", "auprès", "encontre", "face", "après",
                            "avant",  "lors",   "sans",  "parmi",  "outre",  "sous",   "d'après",
                            "part",   "égard",  "l'égard", "pendant", "durant", "comme", "près",
                            "hors",   "faveur", "côté",  "quant", "destination", "provenance"};
  return k;
}

// Nouns naming a crowd of people.
const WordSet& CrowdNouns() {
  static const WordSet k = {"foule", "foules", "manifestants", "protestataires", "émeutiers",
                            "manifestantes", "habitants", "jeunes"};
  return k;
}

// Nouns naming several states, which a list of them may follow.
const WordSet& CollectiveNouns() {
  static const WordSet k = {"pays",    "puissances", "états",  "partenaires", "alliés",
                            "voisins", "nations",    "capitales", "gouvernements"};
  return k;
}

const WordSet& DeWords() {
  static const WordSet k = {"de", "du", "des", "d'"};
  return k;
}

const WordSet& GroupGlue() {
  static const WordSet k = {",", "et", "ou", "ni", "de", "du", "des", "d'", "la", "le",
                            "les", "l'", "ainsi", "que", "–", "—", "-"};
  return k;
}

const WordSet& ForwardGlue() {
  static const WordSet k = {",", "et", "ou", "ni", "de", "du", "des", "d'", "la", "le",
                            "les", "l'", "ainsi", "que", "à", "au", "aux", "avec", "par"};
  return k;
}

// Prepositions that name the target of an action rather than a place.
const WordSet& TargetPreps() {
  static const WordSet k = {"contre", "encontre", "envers", "égard"};
  return k;
}

const WordSet& PlacePreps() {
  static const WordSet k = {"à", "au", "aux", "en", "dans", "sur", "vers", "chez"};
  return k;
}

const WordSet& Boundaries() {
  static const WordSet k = {";",      "mais",   "tandis", "lorsque", "lorsqu'", "car", "qui",
                            "que",    "qu'",    "dont",   "où",      "puis",    "quand", "si",
                            "s'",     "puisque", "puisqu'", "cependant", "toutefois", "."};
  return k;
}

const WordSet& VerbGroupWords() {
  static const WordSet k = {"ne", "n'", "se", "s'", "pas", "plus", "jamais", "déjà", "également",
                            "aussi", "bien", "y", "en", "lui", "leur", "les", "l'", "la", "le",
                            "me", "m'", "nous", "vous", "te", "t'", "encore", "toujours", "enfin",
                            "désormais", "alors", "donc", "ainsi", "même", "lui-même", "eux-mêmes",
                            "ensuite", "hier", "aujourd'hui", "puis", "notamment", "vivement",
                            "fermement", "jamais", "guère", "tôt", "tard", "toutefois", "cependant", "pourtant",
                            "néanmoins", "aussitôt", "souvent", "bientôt", "longtemps", "vite"};
  return k;
}

bool IsBoundaryAt(const SentenceView& s, size_t i) {
  std::string_view w = W(s, i);
  if (w == "s'") return false;  // reflexive, not "si"
  if (!In(Boundaries(), w)) return false;
  if ((w == "que" || w == "qu'") && i > s.begin && W(s, i - 1) == "ainsi") return false;
  // "a toutefois franchi": a connective inside a verb group joins nothing.
  if ((w == "toutefois" || w == "cependant") && i > s.begin && (F(s, i - 1) & (kFlagEtre | kFlagAvoir))) return false;
  // "plusieurs ambassades dont celle de France": "dont" lists, it does not relate.
  if (w == "dont" && i + 1 < s.end &&
      (W(s, i + 1) == "celle" || W(s, i + 1) == "celui" || W(s, i + 1) == "celles" || W(s, i + 1) == "ceux"))
    return false;
  return true;
}

bool IsAdverb(std::string_view w) {
  return w.size() > 5 && w.compare(w.size() - 4, 4, "ment") == 0;
}

// The preposition governing mention `m` (skipping determiners), "" at the
// clause start, "de" for a genitive, or the word before it otherwise.
std::string_view GoverningWord(const SentenceView& s, const MentionRef& m, size_t lo) {
  size_t k = m.first;
  while (k > lo && In(Determiners(), W(s, k - 1))) --k;
  if (k <= lo) return "";
  std::string_view w = W(s, k - 1);
  bool de = In(DeWords(), w);
  if (!de && (In(NonSubjectPreps(), w) || !(*s.tokens)[k - 1].word)) return w;
  // "auprès de X", "à l'encontre de X"; "avec l'armée du Mozambique" and
  // "avec l'armée mozambicaine" are governed by "avec".
  size_t j = de ? k - 1 : k;
  if (j > lo) {
    std::string_view w2 = W(s, j - 1);
    if (de && (w2 == "auprès" || w2 == "encontre" || w2 == "part" || w2 == "égard" || w2 == "lors" ||
               w2 == "face" || w2 == "près" || w2 == "proximité" || w2 == "loin" || w2 == "faveur" || w2 == "côté" || w2 == "hors" ||
               w2 == "destination" || w2 == "provenance"))  // "un convoi à destination du Niger"
      return w2;
    // The noun the mention depends on, and the preposition that governs that
    // noun's phrase: "contre l'avancée des rebelles du M23" is governed by
    // "contre" through two nouns.
    for (int level = 0; level < 2 && j > lo + 1 && (*s.tokens)[j - 1].word; ++level) {
      size_t n = j - 1;
      while (n > lo && In(Determiners(), W(s, n - 1))) --n;
      if (n == j - 1 || n <= lo) break;
      if (In(NonSubjectPreps(), W(s, n - 1))) return W(s, n - 1);
      if (In(DeWords(), W(s, n))) j = n;  // "des rebelles": up to the noun before "des"
      else if (In(DeWords(), W(s, n - 1))) j = n - 1;  // "de la milice"
      else break;
    }
  }
  return de ? "de" : w;
}

bool GapIn(const SentenceView& s, size_t from, size_t to, const WordSet& glue) {
  bool all_glue = true, coordinated = false;
  for (size_t k = from; k < to; ++k) {
    std::string_view w = W(s, k);
    coordinated |= w == "et" || w == "ou" || w == ",";
    if (In(glue, w) || In(Determiners(), w)) continue;
    all_glue = false;
    if (!(*s.tokens)[k].word || In(NonSubjectPreps(), w)) return false;
  }
  // "le M23 et l'armée congolaise": a coordinator and at most one noun.
  return all_glue || (coordinated && to - from <= 4);
}

// True when mention `m` sits inside parentheses: "(Kosovo, Serbie)".
bool InParentheses(const SentenceView& s, const MentionRef& m) {
  for (size_t k = m.first; k > s.begin; --k) {
    std::string_view w = W(s, k - 1);
    if (w == ")") return false;
    if (w == "(") return true;
  }
  return false;
}

// Mentions joined to s.mentions[i] backwards (coordination, apposition).
std::vector<int> GroupBack(const SentenceView& s, int i, size_t lo) {
  std::vector<int> g = {i};
  while (i > 0) {
    const MentionRef& prev = s.mentions[i - 1];
    if (prev.first < lo || prev.last > s.mentions[i].first || InParentheses(s, prev)) break;
    if (!GapIn(s, prev.last, s.mentions[i].first, GroupGlue())) break;
    if (In(NonSubjectPreps(), GoverningWord(s, prev, lo)) && GoverningWord(s, prev, lo) != "") break;
    // "... du Mali, la Russie a livré": a genitive before a comma and a
    // plain noun phrase after it are not coordinated ("du Mali, du Niger
    // et du Burkina" are).
    bool comma = false;
    for (size_t k = prev.last; k < s.mentions[i].first; ++k) comma |= W(s, k) == ",";
    if (comma && GoverningWord(s, prev, lo) == "de" && GoverningWord(s, s.mentions[i], lo) != "de") break;
    g.insert(g.begin(), --i);
  }
  return g;
}

std::vector<int> GroupForward(const SentenceView& s, int i, size_t hi) {
  std::vector<int> g = {i};
  while (i + 1 < static_cast<int>(s.mentions.size())) {
    const MentionRef& next = s.mentions[i + 1];
    if (next.last > hi || next.first < s.mentions[i].last) break;
    if (!GapIn(s, s.mentions[i].last, next.first, ForwardGlue())) break;
    bool has_glue = next.first == s.mentions[i].last;
    for (size_t k = s.mentions[i].last; k < next.first; ++k)
      if (W(s, k) == "," || W(s, k) == "et" || W(s, k) == "ou" || W(s, k) == "ni") has_glue = true;
    if (!has_glue) break;
    g.push_back(++i);
  }
  return g;
}

// The nearest mention group in [lo, hi) that could be a subject.
std::vector<int> NearestSubject(const SentenceView& s, size_t lo, size_t hi) {
  for (int i = static_cast<int>(s.mentions.size()) - 1; i >= 0; --i) {
    const MentionRef& m = s.mentions[i];
    if (m.last > hi || m.first < lo || InParentheses(s, m)) continue;
    std::string_view gov = GoverningWord(s, m, lo);
    if (!gov.empty() && In(NonSubjectPreps(), gov)) continue;
    return GroupBack(s, i, lo);
  }
  return {};
}

// The first mention of the clause that could be a subject.
std::vector<int> FirstSubject(const SentenceView& s, size_t lo, size_t hi) {
  for (int i = 0; i < static_cast<int>(s.mentions.size()); ++i) {
    const MentionRef& m = s.mentions[i];
    if (m.last > hi || m.first < lo) continue;
    std::string_view gov = GoverningWord(s, m, lo);
    if (!gov.empty() && In(NonSubjectPreps(), gov)) continue;
    return GroupForward(s, i, hi);
  }
  return {};
}

// Whether the verb group starting at `g` opens with an object or reflexive
// clitic or a negation ("lui a promis", "l'a reçu", "ne l'a pas").
bool StartsWithClitic(const SentenceView& s, size_t g) {
  static const WordSet k = {"lui", "leur", "l'", "le", "la", "les", "se", "s'", "y", "en", "ne", "n'", "me", "m'", "nous", "vous"};
  return g < s.end && In(k, W(s, g)) && (F(s, g + 1 < s.end ? g + 1 : g) & (kFlagVerb | kFlagEtre | kFlagAvoir)) != 0;
}

std::vector<int> FindSubject(const SentenceView& s, size_t group_start, size_t clause_start) {
  // "..., fustigeant le Rwanda": a participle clause shares the main subject;
  // so does a gerund ("elle a franchi une étape en ouvrant une base").
  if (group_start > s.begin && W(s, group_start - 1) == "," && (F(s, group_start) & kFlagPresentParticiple))
    return FirstSubject(s, clause_start, group_start);
  if (W(s, group_start) == "en" && group_start + 1 < s.end && (F(s, group_start + 1) & kFlagPresentParticiple))
    return FirstSubject(s, clause_start, group_start);
  // "X a comparé Y à Z et lui a promis...": a coordinated verb shares the subject.
  // A clitic after "et" ("... et lui a promis") can only open a verb
  // group, whatever precedes "et"; otherwise a capitalised word before "et"
  // may be a subject of its own ("Paris et Alger ont...").
  if (group_start > clause_start && W(s, group_start - 1) == "et" && group_start > s.begin + 1 &&
      (!(*s.tokens)[group_start - 2].upper || StartsWithClitic(s, group_start)))
    return FirstSubject(s, clause_start, group_start);
  if (group_start > s.begin && W(s, group_start - 1) == "qui") {
    size_t k = group_start - 1;
    if (k > s.begin && W(s, k - 1) == ",") --k;
    for (int i = static_cast<int>(s.mentions.size()) - 1; i >= 0; --i)
      if (s.mentions[i].last == k) return GroupBack(s, i, s.begin);
    return {};
  }
  if (group_start > clause_start + 1 && W(s, group_start - 1) == ",") {
    // "Le responsable russe, celui qui en 1999 avait bloqué l'OTAN, a visité
    // ...": mentions inside a relative clause set between the subject and
    // its verb are not the subject; the head noun phrase before it is.
    for (size_t k = clause_start; k + 1 < group_start; ++k) {
      std::string_view w = W(s, k);
      if (w != "qui" && w != "dont" && w != "où") continue;
      std::vector<int> head = FirstSubject(s, clause_start, k);
      if (!head.empty()) return head;
      break;
    }
    size_t open = group_start - 1;
    while (open > clause_start && W(s, open - 1) != ",") --open;
    if (open > clause_start) {
      std::vector<int> before = NearestSubject(s, clause_start, open - 1);
      if (!before.empty()) return before;
    }
  }
  return NearestSubject(s, clause_start, group_start);
}

bool SameCode(const SentenceView& s, int i, const std::vector<int>& others) {
  for (int o : others)
    if (s.mentions[o].code == s.mentions[i].code) return true;
  return false;
}

// Whether mention i names a body already among `others` ("le GNA" and
// "l'ANL" share the code LBY but fight each other; "l'armée malienne" and
// "le Mali" are one side).
bool SameSide(const SentenceView& s, int i, const std::vector<int>& others) {
  for (int o : others) {
    const MentionRef& a = s.mentions[o];
    const MentionRef& b = s.mentions[i];
    if (a.code != b.code) continue;
    bool a_body = a.entity.rfind("org:", 0) == 0 || a.entity.rfind("grp:", 0) == 0;
    bool b_body = b.entity.rfind("org:", 0) == 0 || b.entity.rfind("grp:", 0) == 0;
    if (!(a_body && b_body) || a.entity == b.entity) return true;
  }
  return false;
}

// Whether a purpose infinitive ("pour renforcer", "afin de faire") opens
// between tokens `from` and `to`.
bool PurposeBetween(const SentenceView& s, size_t from, size_t to) {
  for (size_t k = from; k + 1 < to; ++k) {
    std::string_view w = W(s, k);
    size_t v = k + 1;
    if (w == "afin" && v + 1 < to && (W(s, v) == "de" || W(s, v) == "d'")) ++v;
    else if (w != "pour") continue;
    while (v < to && (W(s, v) == "se" || W(s, v) == "s'" || W(s, v) == "y" || W(s, v) == "en")) ++v;
    if (v >= to) return false;
    std::string_view inf = W(s, v);
    if ((F(s, v) & kFlagInfinitive) ||
        (inf.size() > 3 && (inf.compare(inf.size() - 2, 2, "er") == 0 || inf.compare(inf.size() - 2, 2, "ir") == 0 ||
                            inf.compare(inf.size() - 2, 2, "re") == 0)))
      return true;
  }
  return false;
}

// The first mention group in [from, to) that is an object or complement,
// skipping mentions of the actors' own codes when `skip` holds them. A place
// complement ("à Bamako") gives way to a later target ("contre la France").
std::vector<int> FindObject(const SentenceView& s, size_t from, size_t to, const std::vector<int>& skip,
                            bool with_is_ally = false, size_t first_limit = SIZE_MAX) {
  int first = -1;
  int blocked = -1;  // the last mention a blocking preposition governs
  for (int i = 0; i < static_cast<int>(s.mentions.size()); ++i) {
    const MentionRef& m = s.mentions[i];
    if (m.first < from || m.last > to || m.first >= first_limit) continue;
    std::string_view gov = GoverningWord(s, m, from > 0 ? from - 1 : 0);
    // "a lancé des opérations pour renforcer le M23 et contre les FDLR",
    // "a demandé une réunion pour faire cesser les actes de la France": what
    // a purpose infinitive governs is not the main verb's object (a target
    // after "contre" still is).
    if (!In(TargetPreps(), gov) && PurposeBetween(s, from, m.first)) continue;
    // "comme la Centrafrique et le Mali": a conjunct shares the blocked governor.
    bool conjunct = blocked >= 0 && blocked == i - 1 && (gov == "et" || gov == "ou" || gov == ",") &&
                    GapIn(s, s.mentions[blocked].last, m.first, GroupGlue());
    if (In(BlockingPreps(), gov) || conjunct) {
      blocked = i;
      continue;
    }
    if (with_is_ally ? SameSide(s, i, skip) : SameCode(s, i, skip)) continue;
    if (with_is_ally && gov == "avec") continue;
    if (first < 0) {
      first = i;
      if (!In(PlacePreps(), gov)) break;
    } else if (In(TargetPreps(), gov) || (!In(NonSubjectPreps(), gov) && !In(DeWords(), gov))) {
      first = i;  // "a rencontré au Gabon son homologue centrafricain"
      break;
    }
  }
  if (first < 0) return {};
  std::vector<int> g = GroupForward(s, first, to);
  std::vector<int> out;
  for (int i : g)
    if (!(with_is_ally ? SameSide(s, i, skip) : SameCode(s, i, skip))) out.push_back(i);
  return out;
}

// The mention group right after `word` ("par", "entre") in [from, to).
std::vector<int> AfterWord(const SentenceView& s, size_t from, size_t to, std::string_view word,
                           size_t window = 1000) {
  for (size_t k = from; k < to && k < from + window; ++k) {
    if (W(s, k) != word) continue;
    for (int i = 0; i < static_cast<int>(s.mentions.size()); ++i) {
      const MentionRef& m = s.mentions[i];
      if (m.first <= k || m.first > k + 4 || m.last > to) continue;
      for (size_t j = k + 1; j < m.first; ++j)
        if (!(*s.tokens)[j].word) return {};
      return GroupForward(s, i, to);
    }
    return {};
  }
  return {};
}

std::vector<int> FindAgent(const SentenceView& s, size_t from, size_t to) {
  return AfterWord(s, from, to, "par");
}

// A nominalisation's de-phrase: "la visite du président malien", "la visite
// d'État du président malien", "l'expulsion de l'ambassadeur de France".
int DePhrase(const SentenceView& s, size_t last, size_t to) {
  for (int i = 0; i < static_cast<int>(s.mentions.size()); ++i)
    if (s.mentions[i].first == last + 1) return i;  // "des troupes françaises"
  for (size_t k = last + 1; k < to && k <= last + 4; ++k) {
    const Token& t = (*s.tokens)[k];
    if (!t.word) return -1;
    if (!In(DeWords(), t.norm)) {
      if (In(NonSubjectPreps(), t.norm)) return -1;
      continue;
    }
    for (int i = 0; i < static_cast<int>(s.mentions.size()); ++i) {
      const MentionRef& m = s.mentions[i];
      if (m.first <= k || m.last > to) continue;
      if (m.first > k + 6) break;
      // "de plusieurs puissances étrangères, Égypte, Russie": a collective
      // noun of states, then the list naming them.
      bool collective = false;
      for (size_t j = k + 1; j < m.first; ++j) {
        if (In(CollectiveNouns(), W(s, j))) collective = true;
        bool list_colon = collective && j + 1 == m.first && (W(s, j) == "," || W(s, j) == ":");
        if ((!(*s.tokens)[j].word && !list_colon) || (In(NonSubjectPreps(), W(s, j)))) return -1;
      }
      if (m.first > k + 5 && !collective) return -1;
      return i;
    }
  }
  return -1;
}

// The first mention of the clause in a place complement ("à Niamey").
std::vector<int> FindPlace(const SentenceView& s, size_t from, size_t to) {
  for (int i = 0; i < static_cast<int>(s.mentions.size()); ++i) {
    const MentionRef& m = s.mentions[i];
    if (m.first < from || m.last > to) continue;
    // "vers le Niger" names a destination, not where it happens.
    std::string_view gov = GoverningWord(s, m, from);
    if (In(PlacePreps(), gov) && gov != "vers") return {i};
  }
  // "à Kaya, chef-lieu de la région du Centre-Nord du Burkina Faso": a
  // state closing a chain of nouns that opens on a place preposition.
  for (int i = 0; i < static_cast<int>(s.mentions.size()); ++i) {
    const MentionRef& m = s.mentions[i];
    if (m.first < from || m.last > to || GoverningWord(s, m, from) != "de") continue;
    for (size_t k = m.first; k > from && k + 12 > m.first; --k) {
      std::string_view w = W(s, k - 1);
      if (In(PlacePreps(), w)) {
        if (w != "vers" && w != "en") return {i};
        break;
      }
      bool glue = w == "," || In(DeWords(), w) || In(Determiners(), w);
      if (!glue && (!(*s.tokens)[k - 1].word || (F(s, k - 1) & (kFlagVerb | kFlagEtre | kFlagAvoir)) ||
                    In(NonSubjectPreps(), w)))
        break;
    }
  }
  return {};
}

// The first mention that starts within `window` tokens after token `k`,
// with only words between ("a affirmé le ministre malien"), or -1.
int MentionAfter(const SentenceView& s, size_t k, size_t window) {
  for (int i = 0; i < static_cast<int>(s.mentions.size()); ++i) {
    const MentionRef& m = s.mentions[i];
    if (m.first <= k) continue;
    if (m.first > k + window) return -1;
    for (size_t j = k + 1; j < m.first; ++j)
      if (!(*s.tokens)[j].word) return -1;
    return i;
  }
  return -1;
}

std::vector<int> FromSpeech(const SentenceView& s) {
  for (size_t k = s.begin; k < s.end; ++k) {
    bool speech = (F(s, k) & kFlagSpeech) != 0;
    bool selon = W(s, k) == "selon";
    if (!speech && !selon) continue;
    if (int i = MentionAfter(s, k, 4); i >= 0) return GroupForward(s, i, s.end);
  }
  return {};
}

void RemoveOverlap(std::vector<int>* recipients, const std::vector<int>& actors) {
  std::vector<int> out;
  for (int r : *recipients) {
    bool dup = false;
    for (int a : actors) dup |= a == r;
    if (!dup) out.push_back(r);
  }
  *recipients = std::move(out);
}

}  // namespace

size_t VerbGroupStart(const SentenceView& s, size_t head) {
  size_t k = head;
  while (k > s.begin) {
    std::string_view w = W(s, k - 1);
    bool aux = (F(s, k - 1) & (kFlagEtre | kFlagAvoir)) != 0;
    if (!aux && !In(VerbGroupWords(), w) && !IsAdverb(w)) break;
    --k;
  }
  return k;
}

size_t ClauseStart(const SentenceView& s, size_t head) {
  size_t k = VerbGroupStart(s, head);  // "a toutefois bloqué": the adverb is inside the verb group
  bool comma = false;
  while (k > s.begin) {
    std::string_view w = W(s, k - 1);
    if (w == ",") comma = true;
    // Whether the word is a relative pronoun is asked only at a boundary:
    // most words are none, and the comparisons cost more than the test.
    if (IsBoundaryAt(s, k - 1) &&
        !(comma && (w == "qui" || w == "dont" || w == "où" || w == "que" || w == "qu'")))
      break;
    --k;
  }
  return k;
}

// A coordinated clause starts at "et", "mais" or a comma followed closely
// by an auxiliary: "X a envoyé des troupes et l'Afrique du Sud a annoncé...".
bool StartsNewClause(const SentenceView& s, size_t k) {
  std::string_view w = W(s, k);
  if (w != "et" && w != ",") return false;
  for (size_t j = k; j > s.begin && j + 6 > k; --j)
    if (W(s, j - 1) == "entre") return false;  // "entre X et Y"
  for (size_t j = k + 1; j < s.end && j <= k + 5; ++j) {
    if (F(s, j) & (kFlagEtre | kFlagAvoir)) return true;
    if (!(*s.tokens)[j].word) return false;
  }
  return false;
}

size_t ClauseEnd(const SentenceView& s, size_t last) {
  size_t k = last + 1;
  while (k < s.end && k < last + 40 && !IsBoundaryAt(s, k) && !StartsNewClause(s, k)) ++k;
  return k;
}

bool LooksLikeParticiple(std::string_view w) {
  for (std::string_view end : {"é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "te", "tes",
                               "it", "its", "ite"})
    if (w.size() > end.size() + 2 && w.compare(w.size() - end.size(), end.size(), end) == 0) return true;
  return false;
}

bool IsPassive(const SentenceView& s, size_t head) {
  if (!(F(s, head) & kFlagParticiple)) return false;
  size_t k = head;
  for (int steps = 0; k > s.begin && steps < 4; ++steps) {
    uint32_t f = F(s, k - 1);
    if (f & kFlagEtre) {
      size_t j = k - 1;
      while (j > s.begin && (F(s, j - 1) & (kFlagEtre | kFlagAvoir))) --j;
      while (j > s.begin && (W(s, j - 1) == "ne" || W(s, j - 1) == "n'")) --j;
      return !(j > s.begin && (W(s, j - 1) == "se" || W(s, j - 1) == "s'"));
    }
    if (f & kFlagAvoir) return false;
    std::string_view w = W(s, k - 1);
    if (!IsAdverb(w) && w != "pas" && w != "plus" && w != "jamais" && w != "déjà") break;
    --k;
  }
  // A bare participle with an agent heading its sentence: "Haftar reçu à
  // Moscou par Poutine", "Renversé par un coup de force, le président...".
  // After a finite verb it is a reduced relative describing a state ("le
  // gouvernement reconnu par l'ONU"), not an event.
  for (size_t j = s.begin; j < head; ++j)
    if (F(s, j) & (kFlagEtre | kFlagAvoir)) return false;
  for (size_t j = head + 1; j < s.end && j < head + 7; ++j) {
    if (IsBoundaryAt(s, j)) break;
    if (W(s, j) == "par") return true;
  }
  return false;
}

namespace {

// The nearest mention before the verb group, whatever governs it except a
// blocking preposition: the target of a passive whose subject holds it
// ("Le coup d'État au Niger a été condamné par la France").
std::vector<int> NearestAny(const SentenceView& s, size_t lo, size_t hi) {
  for (int i = static_cast<int>(s.mentions.size()) - 1; i >= 0; --i) {
    const MentionRef& m = s.mentions[i];
    if (m.last > hi || m.first < lo) continue;
    if (In(BlockingPreps(), GoverningWord(s, m, lo))) continue;
    return {i};
  }
  return {};
}

enum class Governor { kNone, kLight, kReceive };

// What makes a nominalisation's clause subject its party: a light verb
// ("a annoncé le retrait"), a possessive ("son retrait"), or a verb of
// receiving, whose subject is the recipient ("a obtenu le soutien").
Governor NounGovernor(const SentenceView& s, size_t head) {
  size_t k = head;
  int words = 0;
  if (head > s.begin + 1 && W(s, head - 2) != ",") {
    std::string_view w = W(s, head - 1);
    if (w == "son" || w == "sa" || w == "ses" || w == "leur" || w == "leurs") return Governor::kLight;
  }
  while (k > s.begin && words < 5) {
    uint32_t f = F(s, k - 1);
    if (f & kFlagReceive) return Governor::kReceive;
    if (f & kFlagLight) return Governor::kLight;
    if (!(*s.tokens)[k - 1].word) break;
    --k;
    ++words;
  }
  return Governor::kNone;
}

// The parties of "entre X et Y" after the predicate. "Après l'annonce d'un
// accord entre X et Y" names another event and its parties: the search stops
// at a preposition that introduces one.
std::vector<int> BetweenParties(const SentenceView& s, const Predicate& pred, size_t ce) {
  return AfterWord(s, pred.head + 1, OtherEventFrom(s, pred.last + 1, ce), "entre", 7 + (pred.last - pred.head));
}

void NounSlots(const SentenceView& s, const Predicate& pred, size_t cs, size_t ce, Slots* slots) {
  const Pattern& p = *pred.pattern;
  std::vector<int> between = BetweenParties(s, pred, ce);
  int de = DePhrase(s, pred.last, ce);
  size_t after = pred.last + 1;
  std::vector<int> de_group;
  if (de >= 0) {
    de_group = GroupForward(s, de, ce);
    after = s.mentions[de_group.back()].last;
    // "le soutien de plusieurs pays, X et Y": they all act, not on each other.
    std::string_view before = W(s, s.mentions[de].first - 1);
    slots->one_way = before == "," || before == ":";
  }
  if (!between.empty() && (de_group.empty() || s.mentions[de_group[0]].first > s.mentions[between[0]].first)) {
    slots->actors = between;
    slots->mutual = true;
    return;
  }
  Governor gov = NounGovernor(s, pred.head);
  bool force = p.type == "ASSAULT" || p.type == "COERCE";
  if (p.roles == Roles::kPatient) {
    slots->recipients = de_group;
    slots->actors = FindAgent(s, after, ce);
    if (slots->actors.empty() && gov == Governor::kLight) slots->actors = FindSubject(s, pred.head, cs);
    return;
  }
  if (de_group.empty()) {
    std::vector<int> by = AfterWord(s, pred.last + 1, ce, "part", 6);  // "de la part de Moscou"
    if (!by.empty()) {
      de_group = by;
      after = s.mentions[by.back()].last;
    }
  }
  if (gov == Governor::kReceive) {
    slots->one_way = true;
    slots->recipients = FindSubject(s, pred.head, cs);
    slots->actors = de_group.empty() ? FindObject(s, after, ce, slots->recipients, force) : de_group;
    return;
  }
  if (p.roles == Roles::kSource && de >= 0 && s.mentions[de].first <= pred.last + 3 &&
      In(DeWords(), W(s, s.mentions[de].first - 1 - (In(Determiners(), W(s, s.mentions[de].first - 1)) ? 1 : 0)))) {
    // "son retrait du G5 Sahel": the de-phrase names what is left.
    slots->recipients = de_group;
    if (gov == Governor::kLight) slots->actors = FindSubject(s, pred.head, cs);
    return;
  }
  if (!de_group.empty()) slots->actors = de_group;
  else if (gov == Governor::kLight) slots->actors = FindSubject(s, pred.head, cs);
  if (slots->actors.empty()) {
    // "deux attaques meurtrières menées par l'EIGS", "l'attaque revendiquée
    // par le JNIM": a participle after the noun, then its agent.
    // The participle only describes the noun: no auxiliary before it, and
    // not a predicate of its own ("le coup d'État a été condamné par").
    for (size_t k = pred.last + 1; k + 1 < ce && k <= pred.last + 3; ++k) {
      if (!(*s.tokens)[k].word || (F(s, k) & (kFlagEtre | kFlagAvoir))) break;
      if (W(s, k + 1) != "par" || !LooksLikeParticiple(W(s, k))) continue;
      if ((F(s, k) & kFlagVerb) && !(F(s, k) & kFlagLight)) break;
      // "par des éléments de l'EIGS", "par des combattants du JNIM": the
      // agent may sit a few words after "par".
      std::vector<int> agent;
      for (int i = 0; i < static_cast<int>(s.mentions.size()) && agent.empty(); ++i) {
        const MentionRef& m = s.mentions[i];
        if (m.first <= k + 1 || m.first > k + 7 || m.last > ce) continue;
        bool words = true;
        for (size_t j = k + 2; j < m.first; ++j) words &= (*s.tokens)[j].word;
        if (words) agent = GroupForward(s, i, ce);
        break;
      }
      if (!agent.empty()) {
        slots->actors = agent;
        after = s.mentions[agent.back()].last;
      }
      break;
    }
  }
  if (slots->actors.empty()) {
    // "De nouvelles sanctions ont été annoncées par l'UE contre...": the
    // agent of the passive verb the noun is subject of.
    for (size_t k = pred.last + 1; k + 1 < ce && k < pred.last + 5; ++k)
      if ((F(s, k) & kFlagEtre) && ((F(s, k + 1) & kFlagLight) || (k + 2 < ce && (F(s, k + 2) & kFlagLight)))) {
        std::vector<int> agent = FindAgent(s, k, ce);
        if (!agent.empty()) {
          slots->actors = agent;
          after = s.mentions[agent.back()].last;
        }
        break;
      }
  }
  size_t comma = after;  // a noun's complement does not cross a comma or a passive agent
  while (comma < ce && W(s, comma) != "," && W(s, comma) != "par") ++comma;
  if (!slots->actors.empty() || p.roles == Roles::kDomestic || p.roles == Roles::kLocal)
    slots->recipients = FindObject(s, after, ce, slots->actors, force, comma);
  if (slots->recipients.empty() && !slots->actors.empty() && (p.type == "SUPPORT" || p.type == "AID") &&
      pred.head >= s.begin + 2) {
    // "il étend son emprise grâce au soutien de l'Égypte": who is helped
    // is the subject of the clause.
    size_t k = pred.head - 1;
    if (In(Determiners(), W(s, k)) && k > s.begin) --k;
    const bool thanks = W(s, k) == "grâce" || ((W(s, k) == "au" || W(s, k) == "à") && k > s.begin && W(s, k - 1) == "grâce");
    if (thanks) {
      std::vector<int> helped = FirstSubject(s, s.begin, k);
      RemoveOverlap(&helped, slots->actors);
      slots->recipients = helped;
    }
  }
}

// Whether the verb group [g, head) holds the reflexive "se"/"s'".
bool Reflexive(const SentenceView& s, size_t g, size_t head) {
  for (size_t k = g; k < head; ++k)
    if (W(s, k) == "se" || W(s, k) == "s'") return true;
  return false;
}

// Number of different actor codes among mentions `group`.
size_t DistinctCodes(const SentenceView& s, const std::vector<int>& group) {
  std::vector<std::string_view> codes;
  for (int i : group)
    if (std::find(codes.begin(), codes.end(), s.mentions[i].code) == codes.end()) codes.push_back(s.mentions[i].code);
  return codes.size();
}

void VerbSlots(const SentenceView& s, const Predicate& pred, size_t cs, size_t ce, Slots* slots) {
  const Pattern& p = *pred.pattern;
  size_t g = VerbGroupStart(s, pred.head);
  std::vector<int> subject = FindSubject(s, g, cs);
  bool host = p.roles == Roles::kHost;
  if (pred.passive) {
    std::vector<int> agent = FindAgent(s, pred.last + 1, ce);
    if (subject.empty()) subject = NearestAny(s, cs, g);
    if (agent.empty() && (p.type == "RETREAT" || p.type == "MOBILIZE")) {
      // "des forces américaines seront repositionnées hors du Tchad": the
      // troops' state acts.
      slots->actors = subject;
      slots->recipients = FindObject(s, pred.head + 1, ce, subject);
      return;
    }
    slots->actors = host ? subject : agent;
    slots->recipients = host ? agent : subject;
    return;
  }
  std::vector<int> between = BetweenParties(s, pred, ce);
  if (!between.empty() && p.type != "ASSAULT") {
    slots->actors = between;
    slots->mutual = true;
    return;
  }
  // "X et Y se sont rencontrés pour aborder la crise en RDC": a reciprocal
  // verb with two parties in its subject has no other party; what follows
  // is its topic. ("X s'est entretenu avec Y" keeps Y.)
  if (!host && (p.type == "CONSULT" || p.type == "AGREE" || p.type == "COOPERATE") && Reflexive(s, g, pred.head) &&
      DistinctCodes(s, subject) >= 2 && AfterWord(s, pred.last + 1, ce, "avec", 3).empty()) {
    slots->actors = subject;
    slots->mutual = true;
    return;
  }
  bool force = p.type == "ASSAULT" || p.type == "COERCE";
  // "a rappelé son ambassadeur après l'annonce d'un accord entre X et Y":
  // the object is not looked for in an adjunct that names another event.
  size_t oe = ce;
  for (size_t k = pred.last + 1; k + 1 < oe; ++k) {
    std::string_view w = W(s, k);
    const size_t det = w == "suite" ? k + 2 : k + 1;  // "après l'annonce", "suite à la décision"
    if ((w == "après" || w == "avant" || w == "suite") && det < oe && In(Determiners(), W(s, det))) oe = k;
  }
  std::vector<int> object = FindObject(s, pred.head + 1, oe, host ? std::vector<int>{} : subject, force);
  slots->actors = host ? object : subject;
  slots->recipients = host ? subject : object;
}

// Whether the acting side is named only as armed forces with no state:
// "par des militaires", "des soldats ont arrêté".
bool MilitaryAgent(const SentenceView& s, const Predicate& pred, size_t cs, size_t ce) {
  for (size_t k = pred.last + 1; k + 1 < ce && k < pred.last + 8; ++k)
    if (W(s, k) == "par") {
      for (size_t j = k + 1; j < ce && j <= k + 3; ++j)
        if (F(s, j) & kFlagMilitary) return true;
      return false;
    }
  for (size_t k = cs; k < pred.head; ++k)
    if (F(s, k) & kFlagMilitary) return true;
  return false;
}

// An evaluative word ("provocations", "illégitime", "coupable de
// violations") passes a judgement: whoever says or judges it accuses whoever
// is judged. The judge is the subject of the last verb of saying or judging
// before the word ("Paris a déclaré que ...", "Alger a qualifié ..."), else
// the source of a quote ("a affirmé X", "selon X"). The one judged is the
// object of a verb of judging ("a qualifié la junte d'illégitime"), else
// the word's de-phrase ("les provocations de la junte"), else the nearest
// subject before the word and after the verb ("... que la junte
// multipliait les provocations"). Without both sides there is no event.
void JudgedSlots(const SentenceView& s, const Predicate& pred, Slots* slots) {
  const size_t w = pred.head;
  std::vector<int> judge, judged;
  size_t lo = s.begin;
  for (size_t k = w; k-- > s.begin;) {
    const uint32_t f = F(s, k);
    if (!(f & (kFlagSpeech | kFlagJudge)) || !(f & kFlagVerb)) continue;
    judge = FindSubject(s, VerbGroupStart(s, k), ClauseStart(s, k));
    // "X avait, deux jours après, qualifié ...": an incise cuts the verb
    // group; the sentence's first subject speaks.
    if (judge.empty()) judge = FirstSubject(s, s.begin, VerbGroupStart(s, k));
    lo = k + 1;
    if (f & kFlagJudge) {
      for (int i = 0; i < static_cast<int>(s.mentions.size()) && judged.empty(); ++i)
        if (s.mentions[i].first > k && s.mentions[i].last <= w) judged = {i};
    }
    break;
  }
  if (judge.empty()) judge = FromSpeech(s);
  if (judged.empty()) {
    int i = DePhrase(s, pred.last, s.end);
    if (i >= 0) judged = {i};
  }
  if (judged.empty()) judged = NearestSubject(s, lo, w);
  // "Selon la France, le Mali s'est rendu coupable": the quote's source
  // does not run on into the clause it introduces.
  RemoveOverlap(&judge, judged);
  if (judge.empty() || judged.empty()) return;
  slots->actors = judge;
  slots->recipients = judged;
  slots->from_speech = true;
}

bool KeepsSameCode(const Pattern& p) {
  return p.type == "COERCE" || p.type == "ASSAULT" || p.type == "PROTEST" || p.roles == Roles::kDomestic;
}

}  // namespace

std::vector<int> Speaker(const SentenceView& s) {
  for (size_t k = s.begin; k < s.end; ++k) {
    if (!(F(s, k) & kFlagSpeech) || !(F(s, k) & kFlagVerb)) continue;
    // "X a affirmé que ...": the subject speaks.
    for (size_t j = k + 1; j < s.end && j <= k + 3; ++j) {
      if (W(s, j) != "que" && W(s, j) != "qu'") continue;
      std::vector<int> subject = FindSubject(s, VerbGroupStart(s, k), ClauseStart(s, k));
      if (!subject.empty()) return subject;
      break;
    }
    // "..., a indiqué un rapport d'experts des Nations unies": after a comma
    // or a quote, the source follows the verb, a few words on.
    const size_t g = VerbGroupStart(s, k);
    if (g == s.begin || (*s.tokens)[g - 1].word) continue;
    if (int i = MentionAfter(s, k, 6); i >= 0) return {i};
  }
  for (size_t k = s.begin; k + 1 < s.end; ++k) {  // "selon X"
    if (W(s, k) != "selon") continue;
    if (int i = MentionAfter(s, k, 4); i >= 0) return {i};
  }
  return {};
}

size_t OtherEventFrom(const SentenceView& s, size_t from, size_t to) {
  static const WordSet kOther = {"après", "avant", "suite", "lors", "depuis"};
  for (size_t k = from; k < to; ++k)
    if (In(kOther, W(s, k))) return k;
  return to;
}

std::vector<int> ObjectOf(const SentenceView& s, const Predicate& pred) {
  const bool force = pred.pattern->type == "ASSAULT" || pred.pattern->type == "COERCE";
  std::vector<int> object = FindObject(s, pred.last + 1, ClauseEnd(s, pred.last), {}, force);
  if (object.size() > 1) object.erase(object.begin() + 1, object.end());  // "contre Wagner, non loin du Tchad"
  return object;
}

Slots FindSlots(const SentenceView& s, const Predicate& pred) {
  const Pattern& p = *pred.pattern;
  Slots slots;
  size_t cs = ClauseStart(s, pred.head);
  size_t ce = ClauseEnd(s, pred.last);
  if (p.roles == Roles::kJudged) {
    JudgedSlots(s, pred, &slots);
    RemoveOverlap(&slots.recipients, slots.actors);
    slots.extent = pred.last;
    return slots;
  }
  if (p.noun) NounSlots(s, pred, cs, ce, &slots);
  else VerbSlots(s, pred, cs, ce, &slots);
  const bool ends_in_preposition =
      !p.follow.empty() && std::find(p.follow.back().begin(), p.follow.back().end(), "a") != p.follow.back().end();  // "à", folded
  if (p.mode == "visit" && !p.noun && ends_in_preposition && pred.last > pred.head && !slots.recipients.empty() &&
      s.mentions[slots.recipients[0]].first > pred.last + 2) {
    // "se rendre à Moscou", "arriver à Luanda": the place follows the
    // preposition; "arrive en deuxième position des importateurs de blé
    // russe" is no visit.
    slots.recipients.clear();
  }
  if (p.type == "ASSAULT" && !p.noun && slots.actors.empty() && !pred.passive) {
    // "la foule a attaqué l'ambassade de France": a riot by the people of
    // the place, against the target.
    size_t g = VerbGroupStart(s, pred.head);
    for (size_t k = g > cs + 3 ? g - 3 : cs; k < g; ++k)
      if (In(CrowdNouns(), W(s, k))) slots.crowd = true;
    if (slots.crowd) slots.actors = FindPlace(s, s.begin, ce);
    if (slots.actors.empty()) slots.crowd = false;
  }
  if (p.roles == Roles::kCaptor) {
    // "la chute de Goma aux mains du M23", "Goma est tombée aux mains du M23":
    // the captor acts on what falls, or else on the state where it happens.
    std::vector<int> captor = AfterWord(s, pred.last, ce, W(s, pred.last), 2);
    std::vector<int> taken;
    for (int i : slots.actors.empty() ? slots.recipients : slots.actors)
      if (std::find(captor.begin(), captor.end(), i) == captor.end()) taken.push_back(i);
    for (int i = 0; taken.empty() && i < static_cast<int>(s.mentions.size()); ++i)
      if (s.mentions[i].first > pred.head && s.mentions[i].last <= pred.last) taken = {i};  // "la chute de Goma aux mains"
    if (taken.empty()) taken = FindPlace(s, cs, ce);
    slots.actors = captor;
    slots.recipients = taken;
  }
  if (p.type == "ASSAULT" && slots.recipients.empty() && !slots.actors.empty() && !slots.crowd) {
    // "deux attaques menées par l'EIGS dans le sud-ouest du Niger": with no
    // target named, the state where the attack happens is attacked.
    std::vector<int> where = FindPlace(s, cs, ce);
    if (!where.empty() && !SameCode(s, where[0], slots.actors)) slots.recipients = where;
  }
  if (p.type == "THREATEN" && slots.recipients.empty() && !slots.actors.empty())  // "... si Alger maintient"
    slots.recipients = FindObject(s, pred.last + 1, s.end, slots.actors);
  bool self = false;  // one mention gives both sides
  if (slots.actors.empty() && p.type == "COERCE" && !slots.recipients.empty() && MilitaryAgent(s, pred, cs, ce)) {
    slots.actors = {slots.recipients[0]};  // "arrêté par des militaires": the state's own forces
    self = true;
  }
  if (slots.actors.empty() && p.roles == Roles::kLocal) slots.actors = FindPlace(s, cs, ce);
  if (slots.actors.empty() && p.roles == Roles::kDomestic && !slots.recipients.empty())
    slots.actors = {slots.recipients[0]};
  if (slots.actors.empty() && p.roles == Roles::kDomestic) slots.actors = FindPlace(s, cs, ce);
  if (slots.actors.empty() && !(p.roles == Roles::kHost && !p.noun)) {
    slots.actors = FromSpeech(s);
    slots.from_speech = !slots.actors.empty();
  }
  if (p.roles == Roles::kDomestic && slots.recipients.empty() && !slots.actors.empty())
    slots.recipients = {slots.actors[0]};
  RemoveOverlap(&slots.recipients, slots.actors);
  if ((self || p.roles == Roles::kDomestic) && slots.recipients.empty() && !slots.actors.empty()) {
    // One mention gives both sides: the same state acts on itself.
    slots.recipients = {slots.actors[0]};
  } else if (!KeepsSameCode(p)) {
    std::vector<int> kept;
    for (int r : slots.recipients)
      if (!SameCode(s, r, slots.actors)) kept.push_back(r);
    slots.recipients = kept;
  }
  slots.extent = pred.last;
  for (int r : slots.recipients) slots.extent = std::max(slots.extent, s.mentions[r].last - 1);
  for (int a : slots.actors)
    if (s.mentions[a].first > pred.head) slots.extent = std::max(slots.extent, s.mentions[a].last - 1);
  return slots;
}

}  // namespace veille
