// Resolution of one document, in passes over the scan (actors/scan.h):
//  1. items that look like the first word of a person's name ("Maurice
//     Kamto", "Israël Katz") are dropped;
//  2. role phrases are parsed around every role head: head, demonym,
//     complement and "du Mali" / "de la CEDEAO" in any order ("le ministre
//     malien de la Défense", "le chef de la diplomatie nigérienne");
//  3. name runs (capitalised words, with particles such as al-, von der) are
//     linked to an adjacent role phrase or title (apposition), then resolved
//     to a dictionary person by name keys, or to an unknown person; runs of
//     one word are resolved last, as surnames of persons already met;
//  4. role phrases take the person of their apposed name, else the holder of
//     the role on the article's date, else stand for their state;
//  5. remaining items become state / organisation / place mentions;
//  6. pronouns and short references take the nearest fitting antecedent.
// Tested by resolver_test.cc.
#include "actors/resolver.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "actors/dictionary.h"
#include "actors/matcher.h"
#include "actors/scan.h"
#include "base/utf8.h"
#include "base/word_set.h"
#include "text/name_key.h"

namespace veille {

struct ActorResolver::Data {
  ActorDictionary dict;
  std::unique_ptr<LiteralMatcher> matcher;
  uint64_t serial = 0;  // unique per resolver: which thread's WordFactsCache fits it
};

namespace {

// What a mention refers to.
struct Ref {
  std::string entity, name, kind, country, sector, code;
  char gender = '?';  // m | f | p | ? (unknown)
  bool ok() const { return !entity.empty(); }
};

struct RolePhrase {
  size_t start = 0, end = 0;
  int head_item = -1;
  int row = -1;     // role row
  int state = -1;   // state index, or
  int org = -1;     // org index
  int run = -1;     // apposed name run
  bool bare = false;  // definite article + head, no owner and no "de ..." after
  Ref ref;          // resolved referent
};

struct NameRun {
  size_t first = 0, last = 0;  // token indexes (inclusive)
  size_t start = 0, end = 0;
  std::vector<std::string> keys;  // filled by ComputeKeys()
  bool keyed = false;
  int phrase = -1;      // adjacent role phrase
  int title_item = -1;  // title or rank right before
  Ref ref;
};

// A cheap first test of membership in a fixed list of words: whether some
// word of the list has the same first byte and length. For the lists that
// every token (or every capitalised one) is looked up in, most tokens being
// in none: it spares them the hashing or the comparisons. The words of the
// list are shorter than 32 bytes.
class WordPrefilter {
 public:
  template <typename Words>
  explicit WordPrefilter(const Words& words) {
    for (std::string_view w : words) lengths_[static_cast<unsigned char>(w[0])] |= uint32_t{1} << w.size();
  }
  bool MayContain(std::string_view w) const {
    return !w.empty() && w.size() < 32 && (lengths_[static_cast<unsigned char>(w[0])] >> w.size() & 1);
  }

 private:
  uint32_t lengths_[256] = {};  // by first byte: bit n set for a word of n bytes
};

bool IsStopword(std::string_view w) {
  static constexpr std::string_view kList[] = {
      "Le", "La", "Les", "L", "Un", "Une", "Des", "Du", "De", "D", "Dans", "Selon", "Après", "Avant",
      "Pour", "Par", "Sur", "Sous", "Avec", "Sans", "Mais", "Et", "Ou", "Où", "Donc", "Car", "Ce",
      "Cette", "Ces", "Cet", "Il", "Elle", "Ils", "Elles", "On", "Nous", "Vous", "Je", "Au", "Aux",
      "En", "À", "A", "Lors", "Depuis", "Alors", "Si", "Comme", "Quand", "Face", "Outre", "Enfin",
      "Ainsi", "Pourtant", "Cependant", "Même", "Tous", "Toutes", "Tout", "Son", "Sa", "Ses", "Leur",
      "Leurs", "Notre", "Nos", "Qui", "Que", "Quel", "Quelle", "Lundi", "Mardi", "Mercredi", "Jeudi",
      "Vendredi", "Samedi", "Dimanche", "Janvier", "Février", "Mars", "Avril", "Mai", "Juin",
      "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre", "The", "A", "An", "In",
      "On", "At", "Of", "For", "By", "This", "That", "He", "She", "It", "They", "We", "But", "And",
      "Lire", "Voir", "Photo", "Vidéo", "Entre", "Malgré", "Contre", "Chez", "Vers", "Pendant",
      "Parmi", "Plus", "Moins", "Très", "Aussi", "Encore", "Déjà", "Jusqu", "Hier", "Aujourd",
      "Demain", "Désormais", "Ensuite", "Puis", "Notamment", "Toutefois", "Néanmoins", "Nord",
      "Sud", "Est", "Ouest", "État", "Etat", "États", "Président", "Ministre", "Afrique"};
  static const WordPrefilter kMaybe(kList);
  static const WordSet kWords(std::begin(kList), std::end(kList));
  return kMaybe.MayContain(w) && kWords.contains(w);
}

bool IsParticle(std::string_view w) {
  static constexpr std::string_view kList[] = {"de",  "du",  "da",  "dos", "das",  "van",  "von",
                                               "der", "den", "al",  "el",  "ben",  "bin",  "ibn",
                                               "ould", "ag", "bint", "abou", "ter", "di", "ul"};
  static const WordPrefilter kMaybe(kList);
  static const std::set<std::string_view> kWords(std::begin(kList), std::end(kList));
  return kMaybe.MayContain(w) && kWords.count(w) > 0;
}

// Every word that ResolvePronouns() tests a token against (the token itself,
// not its neighbours): the pronouns and the nouns of short references.
bool MayBeReferenceWord(std::string_view w) {
  static constexpr std::string_view kList[] = {
      "elle",     "Elle",       "il",          "Il",       "lui",       "Lui",    "pays",      "country",
      "rebelles", "jihadistes", "djihadistes", "insurgés", "rébellion", "groupe", "mouvement", "organisation",
      "organization"};
  static const WordPrefilter kMaybe(kList);
  return kMaybe.MayContain(w);
}

// Adjectives that say where a holder stands in office, between a role and
// its holder's name: "le président déchu Ali Bongo", "le chef de l'État
// sortant Macky Sall", "le Premier ministre intérimaire X".
bool IsStatusAdjective(std::string_view w) {
  static constexpr std::string_view kList[] = {
      "déchu",       "déchue",     "sortant",    "sortante",    "renversé",       "renversée",
      "destitué",    "destituée",  "évincé",     "évincée",     "intérimaire",    "démissionnaire",
      "élu",         "élue",       "défunt",     "défunte",     "nouvellement"};
  for (std::string_view x : kList)
    if (w == x) return true;
  return false;
}

bool IsArticle(std::string_view w) {
  return w == "le" || w == "la" || w == "les" || w == "l" || w == "Le" || w == "La" || w == "Les" ||
         w == "L" || w == "the" || w == "The";
}

// Only spaces (and no-break spaces) in `gap`.
bool OnlySpaces(std::string_view gap) {
  if (gap.empty()) return false;
  for (size_t i = 0; i < gap.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(gap[i]);
    if (c == ' ') continue;
    if (c == 0xC2 && i + 1 < gap.size() && static_cast<unsigned char>(gap[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

// A key of one word of `dict`'s person names that is a first name.
bool IsFirstNameKey(const ActorDictionary& dict, const std::string& key) {
  if (key.size() < 3 || key == "el" || key == "al") return false;
  auto it = dict.person_word_keys.find(key);
  return it != dict.person_word_keys.end() && it->second;
}

// What the person dictionary says of one word of a name run: its name key,
// and whether that key is a known surname or first name.
struct WordFacts {
  std::string key;  // WordKey()
  bool surname = false;
  bool first_name = false;
};

// WordFacts by word, per thread and per resolver. They are pure functions of
// the word, and names recur within and across articles, while a name key
// costs a few hundred cycles and the lookups in the large person tables
// (out of the cache by then) about as much again.
//
// An open-addressing table of indexes into one vector of entries, each with
// its hash: a lookup is a probe or two of a flat array and one entry, where
// a std::unordered_map costs a division, a bucket, the node before and the
// node (three dependent cache misses for a word met in another article).
class WordFactsCache {
 public:
  // The cache of the calling thread, emptied when it last served another
  // resolver (`serial`).
  static WordFactsCache& ForThread(uint64_t serial) {
    thread_local WordFactsCache cache;
    if (cache.serial_ != serial) {
      cache.Clear();
      cache.serial_ = serial;
    }
    return cache;
  }

  // The reference is valid until the next call.
  const WordFacts& Get(const ActorDictionary& dict, std::string_view word) {
    const uint64_t h = Hash(word);
    size_t i = h & mask_;
    for (; slots_[i] != 0; i = (i + 1) & mask_) {
      const Entry& e = entries_[slots_[i] - 1];
      if (e.hash == h && e.word == word) return e.facts;
    }
    if (entries_.size() >= kMaxWords) {  // bounded memory; refills from this word on
      Clear();
      i = h & mask_;
    }
    Entry& e = entries_.emplace_back();
    e.word = word;
    e.hash = h;
    e.facts.key = WordKey(word);
    e.facts.surname = dict.person_by_surname.count(e.facts.key) > 0;
    e.facts.first_name = IsFirstNameKey(dict, e.facts.key);
    slots_[i] = static_cast<uint32_t>(entries_.size());
    if (entries_.size() * 2 > slots_.size()) Grow();  // at most half full: probes stay short
    return e.facts;
  }

 private:
  static constexpr size_t kMaxWords = 1 << 16;
  static constexpr size_t kMinSlots = 1 << 10;

  struct Entry {
    std::string word;
    uint64_t hash = 0;
    WordFacts facts;
  };

  // The length and up to eight bytes (the first four and the last four,
  // overlapping in short words), one multiply: inline and without a loop,
  // where the library hash is a call and a loop. Words that share it are
  // told apart by the comparison of the words.
  static uint64_t Hash(std::string_view w) {
    const size_t n = w.size();
    uint64_t x = n;
    if (n >= 4) {
      uint32_t head, tail;
      std::memcpy(&head, w.data(), 4);
      std::memcpy(&tail, w.data() + n - 4, 4);
      x = (uint64_t{head} << 32 | tail) ^ x << 56;
    } else {
      for (size_t k = 0; k < n; ++k) x |= uint64_t{static_cast<unsigned char>(w[k])} << (8 * k + 8);
    }
    x *= 0x9E3779B97F4A7C15u;
    return x >> 32 | x << 32;  // the high half, which the multiply mixes best, at the bottom
  }

  void Clear() {
    entries_.clear();
    slots_.assign(kMinSlots, 0);
    mask_ = kMinSlots - 1;
  }

  void Grow() {
    slots_.assign(slots_.size() * 2, 0);
    mask_ = slots_.size() - 1;
    for (uint32_t k = 0; k < entries_.size(); ++k) {
      size_t i = entries_[k].hash & mask_;
      while (slots_[i] != 0) i = (i + 1) & mask_;
      slots_[i] = k + 1;
    }
  }

  std::vector<Entry> entries_;
  std::vector<uint32_t> slots_ = std::vector<uint32_t>(kMinSlots, 0);  // index + 1 into entries_; 0 = empty
  size_t mask_ = kMinSlots - 1;  // slots_.size() - 1 (a power of two)
  uint64_t serial_ = 0;
};

std::atomic<uint64_t> next_serial{1};

// The buffers of one document's resolution, reused from one document to
// the next by each thread (cleared, never freed): no allocation and no fresh
// memory pages per document, and no moving of Refs as the vectors grow. They
// keep the size of the largest document seen.
struct Scratch {
  Scan scan;  // refilled by ScanText
  std::vector<RolePhrase> phrases;
  std::vector<NameRun> runs;
  std::vector<Span> spans;  // by mention
  std::vector<Ref> refs;    // by mention
  // MatchDictionary()'s, refilled for every run.
  std::vector<std::string_view> match_keys;
  std::vector<uint32_t> match_candidates;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  scratch.phrases.clear();
  scratch.runs.clear();
  scratch.spans.clear();
  scratch.refs.clear();
  return scratch;
}

class DocResolver {
 public:
  DocResolver(const ActorDictionary& dict, const LiteralMatcher& matcher, WordFactsCache& words, Document* doc)
      : d_(dict),
        words_(words),
        doc_(doc),
        text_(doc->text),
        scratch_(ThreadScratch()),
        s_(scratch_.scan),
        phrases_(scratch_.phrases),
        runs_(scratch_.runs),
        spans_(scratch_.spans),
        refs_(scratch_.refs) {
    ScanText(doc->text, dict, matcher, &s_);
    if (doc->published && NormalizeDate(*doc->published, false) == *doc->published) date_ = *doc->published;
    if (date_.empty()) date_ = EstimateDate(text_);
  }

  // Without a publication date: the middle of the latest year the text
  // names (1990-2039), else "" (roles then go to their latest holder).
  static std::string EstimateDate(std::string_view text) {
    int best = 0;
    // A year starts with 1 or 2: find() (memchr) jumps from one such byte
    // to the next instead of testing every byte of the text.
    for (char lead : {'1', '2'}) {
      for (size_t i = text.find(lead); i != std::string_view::npos && i + 4 <= text.size(); i = text.find(lead, i + 1)) {
        if (i > 0 && isdigit(static_cast<unsigned char>(text[i - 1]))) continue;
        if (!isdigit(static_cast<unsigned char>(text[i + 1])) || !isdigit(static_cast<unsigned char>(text[i + 2])) ||
            !isdigit(static_cast<unsigned char>(text[i + 3])))
          continue;
        if (i + 4 < text.size() && isdigit(static_cast<unsigned char>(text[i + 4]))) continue;
        int year = std::stoi(std::string(text.substr(i, 4)));
        if (year >= 1990 && year <= 2039) best = std::max(best, year);
      }
    }
    return best ? std::to_string(best) + "-07-01" : "";
  }

  void Resolve() {
    SuppressNameStarts();
    CountStates();
    ParsePhrases();
    BuildRuns();
    LinkRuns();
    ResolveRuns(/*multiword=*/true);
    ResolveRuns(/*multiword=*/false);
    ResolvePhrases();
    EmitItems();
    ResolvePronouns();
    Finish();
  }

 private:
  // ---- references ----
  Ref StateRef(int state, const std::string& sector = "") const {
    const StateRec& s = d_.states[state];
    return {"state:" + s.code, s.name_en, "state", s.code, sector, s.code, s.gender};
  }

  Ref OrgRef(int org) const {
    const OrgRec& o = d_.orgs[org];
    return {o.id, o.name, o.kind, o.country, o.sector, o.code, o.gender};
  }

  Ref PersonRef(int person) const {
    const PersonRec& p = d_.persons[person];
    Ref r{p.id, p.name, "person", p.country, "", p.country, '?'};
    for (uint32_t i : d_.tenures_of_person[person]) {
      const Tenure& t = d_.tenures[i];
      if (r.sector.empty() || (!date_.empty() && t.from <= date_ && date_ <= t.to)) r.sector = t.sector;
    }
    return r;
  }

  // Tokens are never empty: no Between() and its bounds checks here, as
  // this is called for nearly every token by several passes.
  std::string_view TokenText(size_t i) const {
    const ScanToken& t = s_.tokens[i];
    return std::string_view(text_.data() + t.start, t.end - t.start);
  }

  // State index an item stands for, or -1.
  int StateOf(const Item& item) const {
    for (const Form& f : item.forms) {
      if (f.kind == FormKind::kStateName || f.kind == FormKind::kDemonym || f.kind == FormKind::kAdjEn ||
          f.kind == FormKind::kCapital || f.kind == FormKind::kSeat)
        return static_cast<int>(f.target);
    }
    return -1;
  }

  int OrgOf(const Item& item) const {
    for (const Form& f : item.forms) {
      if (f.kind == FormKind::kOrgName || f.kind == FormKind::kOrgAdjective) return static_cast<int>(f.target);
    }
    return -1;
  }

  // ---- pass 1 ----
  // "Maurice Kamto", "Israël Katz": a one-word state name or capital right
  // before a capitalised unknown word, with no article or preposition before
  // it, is the first name of a person.
  void SuppressNameStarts() {
    for (size_t t = 0; t + 1 < s_.tokens.size(); ++t) {
      ScanToken& tok = s_.tokens[t];
      if (tok.item < 0) continue;
      Item& item = s_.items[tok.item];
      if (item.end != tok.end || item.start != tok.start) continue;
      if (!(item.Has(FormKind::kStateName) || item.Has(FormKind::kCapital))) continue;
      const ScanToken& next = s_.tokens[t + 1];
      if (!next.capitalised || next.item >= 0 || next.all_caps || IsStopword(TokenText(t + 1))) continue;
      if (!OnlySpaces(Between(text_, tok.end, next.start))) continue;
      if (t > 0) {
        std::string_view prev = TokenText(t - 1);
        static const std::set<std::string_view> kBefore = {"le", "la", "les", "l", "du", "de", "d", "des", "au",
                                                           "aux", "en", "à", "a", "vers", "depuis", "Le", "La", "L"};
        if (kBefore.count(prev) && s_.tokens[t - 1].sentence == tok.sentence) continue;
      }
      item.forms.clear();
      tok.item = -1;
    }
  }

  void CountStates() {
    std::map<int, int> counts;
    for (const Item& item : s_.items) {
      int st = StateOf(item);
      if (st >= 0) ++counts[st];
    }
    int best = 0;
    for (const auto& [st, n] : counts) {
      if (n > best) {
        best = n;
        dominant_state_ = st;
        dominant_unique_ = true;
      } else if (n == best) {
        dominant_unique_ = false;
      }
    }
  }

  // ---- pass 2: role phrases ----
  // The folded text at `f` after one optional space.
  size_t SkipSpace(size_t f) const {
    if (f < s_.folded.text.size() && s_.folded.text[f] == ' ') return f + 1;
    return f;
  }

  // Index of the item starting at folded offset `f`, or -1.
  int ItemAt(size_t f) const {
    auto it = std::lower_bound(s_.items.begin(), s_.items.end(), f,
                               [](const Item& i, size_t v) { return i.fstart < v; });
    if (it == s_.items.end() || it->fstart != f || it->forms.empty()) return -1;
    return static_cast<int>(it - s_.items.begin());
  }

  // Length of a preposition "de ", "du ", "des ", "de la ", "de l'", "d'" at `f`.
  size_t PrepositionAt(size_t f) const {
    static constexpr std::string_view kPreps[] = {"de la ", "de l'", "du ", "des ", "de ", "d'", "of the ", "of "};
    std::string_view rest = std::string_view(s_.folded.text).substr(f);
    for (std::string_view p : kPreps) {
      if (rest.substr(0, p.size()) == p) return p.size();
    }
    return 0;
  }

  // Length of "à ", "au ", "aux ", "en " at folded offset `f`.
  size_t LocativeAt(size_t f) const {
    static constexpr std::string_view kLocs[] = {"a ", "au ", "aux ", "en ", "in "};
    std::string_view rest = std::string_view(s_.folded.text).substr(f);
    for (std::string_view p : kLocs) {
      if (rest.substr(0, p.size()) == p) return p.size();
    }
    return 0;
  }

  // End of the one word of a generic complement starting at `w` (0 if
  // none). The word may be a state-body noun ("présidence"), never a name.
  size_t GenericComplementEnd(size_t w) const {
    int it = ItemAt(w);
    if (it >= 0) {
      const Item& item = s_.items[it];
      if (!item.Has(FormKind::kRoleHead) || ItemIsTitle(item)) return 0;
      return item.fend;
    }
    size_t e = w;
    while (e < s_.folded.text.size() && IsFoldedWordByte(s_.folded.text[e])) ++e;
    return e == w ? 0 : e;
  }

  // Whether a generic complement ending at `e` is followed by a demonym, a
  // named state, a comma, or (within the limit) another generic complement
  // that leads on.
  bool ComplementLeadsOn(size_t e, int generics) const {
    if (e < s_.folded.text.size() && s_.folded.text[e] == ',') return true;
    size_t after = SkipSpace(e);
    int next = ItemAt(after);
    if (next >= 0 && s_.items[next].Has(FormKind::kDemonym)) return true;
    size_t prep = PrepositionAt(after);
    if (prep == 0) return false;
    int named = ItemAt(after + prep);
    if (named >= 0 && (StateOf(s_.items[named]) >= 0 || OrgOf(s_.items[named]) >= 0)) return true;
    if (generics + 1 >= 3) return false;
    size_t e2 = GenericComplementEnd(after + prep);
    return e2 != 0 && ComplementLeadsOn(e2, generics + 1);
  }

  bool RowHasHead(int row, const Item& head) const {
    for (const Form& f : head.forms) {
      if (f.kind == FormKind::kRoleHead && static_cast<int>(f.target) == row) return true;
    }
    return false;
  }

  // Parses the role phrase whose head is item `h`.
  RolePhrase ParsePhrase(int h) {
    const Item& head = s_.items[h];
    RolePhrase p;
    p.head_item = h;
    p.start = head.start;
    p.end = head.end;
    // English order: "Russian Foreign Minister".
    if (h > 0) {
      const Item& prev = s_.items[h - 1];
      if (!prev.consumed && prev.Has(FormKind::kAdjEn) && prev.fend + 1 == head.fstart) {
        p.state = StateOf(prev);
        p.start = prev.start;
        s_.items[h - 1].consumed = true;
      }
    }
    size_t f = head.fend;
    int complement_row = -1;
    int generics = 0;
    for (int step = 0; step < 6; ++step) {
      size_t g = SkipSpace(f);
      int it = ItemAt(g);
      if (it >= 0 && p.state < 0 && p.org < 0 &&
          (s_.items[it].Has(FormKind::kDemonym) || s_.items[it].Has(FormKind::kOrgAdjective))) {
        p.state = s_.items[it].Has(FormKind::kDemonym) ? StateOf(s_.items[it]) : -1;
        if (p.state < 0) p.org = OrgOf(s_.items[it]);
        s_.items[it].consumed = true;
        f = s_.items[it].fend;
        continue;
      }
      if (complement_row < 0) {
        size_t best_end = 0;
        auto range = s_.complements.equal_range(g);
        for (auto c = range.first; c != range.second; ++c) {
          if (RowHasHead(c->second.row, head) && c->second.fend > best_end) {
            best_end = c->second.fend;
            complement_row = static_cast<int>(c->second.row);
          }
        }
        if (complement_row >= 0) {
          f = best_end;
          continue;
        }
      }
      size_t prep = PrepositionAt(g);
      if (prep == 0) {
        // "l'ambassadeur de France à Bamako": a place after the named state.
        size_t loc = LocativeAt(g);
        int place = loc ? ItemAt(g + loc) : -1;
        if (place >= 0 && (p.state >= 0 || p.org >= 0) && StateOf(s_.items[place]) >= 0) {
          s_.items[place].consumed = true;
          f = s_.items[place].fend;
          continue;
        }
        break;
      }
      int named = ItemAt(g + prep);
      if (named >= 0 && p.state < 0 && p.org < 0) {
        const Item& n = s_.items[named];
        if (n.Has(FormKind::kStateName) || n.Has(FormKind::kCapital) || n.Has(FormKind::kSeat)) {
          p.state = StateOf(n);
          s_.items[named].consumed = true;
          f = n.fend;
          continue;
        }
        if (n.Has(FormKind::kOrgName) && d_.orgs[OrgOf(n)].kind != "place") {
          p.org = OrgOf(n);
          s_.items[named].consumed = true;
          f = n.fend;
          continue;
        }
      }
      if (generics >= 3 || p.state >= 0 || p.org >= 0) break;
      // Generic complements: "de la Communication", "de la présidence
      // turque"; kept only when a demonym, a named state or a comma follows.
      size_t e = GenericComplementEnd(g + prep);
      if (e == 0 || !ComplementLeadsOn(e, generics)) break;
      if (named >= 0) s_.items[named].consumed = true;
      ++generics;
      f = e;
    }
    p.end = s_.folded.OriginalEnd(f);
    p.row = ChooseRow(head, complement_row);
    if (p.state < 0 && p.org < 0 && generics == 0) {
      int owner = OwnerAfterAdjective(f);  // "le régime militaire guinéen"
      if (owner >= 0 && (RowOf(p).type == RoleType::kBody || RowOf(p).role == "official")) {
        p.state = StateOf(s_.items[owner]);
        s_.items[owner].consumed = true;
        p.end = s_.folded.OriginalEnd(s_.items[owner].fend);
        return p;
      }
    }
    p.bare = p.state < 0 && p.org < 0 && generics == 0 && DefiniteBefore(head.fstart) &&
             PrepositionAt(SkipSpace(f)) == 0 && !PluralAdjectiveAfter(head.fstart, f) &&
             !NotABody(head) && !StateNear(f);
    return p;
  }

  // A definite article ("le ", "la ", "les ", "l'") right before folded
  // offset `f`, not after "dont" ("Haftar, dont les forces": someone's).
  bool DefiniteBefore(size_t f) const {
    std::string_view before = std::string_view(s_.folded.text).substr(0, f);
    for (std::string_view a : {"le ", "la ", "les ", "l'"}) {
      if (before.size() < a.size() || before.substr(before.size() - a.size()) != a) continue;
      std::string_view rest = before.substr(0, before.size() - a.size());
      if (rest.empty()) return true;
      if (IsFoldedWordByte(rest.back())) return false;
      return !(rest.size() >= 5 && rest.substr(rest.size() - 5) == "dont ");
    }
    return false;
  }

  // "les forces kurdes", "les autorités locales": a plural head (ending in
  // s or x) followed by a word ending in s or x is qualified by an adjective
  // the dictionary does not know (a verb after a plural subject ends in t).
  bool PluralAdjectiveAfter(size_t head_start, size_t f) const {
    const std::string& t = s_.folded.text;
    if (f == 0 || f <= head_start || (t[f - 1] != 's' && t[f - 1] != 'x')) return false;
    size_t g = SkipSpace(f);
    if (g == f || g >= t.size()) return false;
    size_t e = WordEnd(g);
    if (e == g || !(t[e - 1] == 's' || t[e - 1] == 'x')) return false;
    return !IsCapitalAt(g);
  }

  // End of the lower-case word at folded offset `g` (letters, digits,
  // hyphens), or `g` when there is none.
  size_t WordEnd(size_t g) const {
    const std::string& t = s_.folded.text;
    size_t e = g;
    while (e < t.size() && (IsFoldedWordByte(t[e]) || (t[e] == '-' && e > g))) ++e;
    return e;
  }

  // "le régime militaire guinéen", "la junte militaire du Burkina Faso",
  // "un haut responsable militaire russe": a state body or a generic
  // official, one unknown adjective, then a demonym or "du" + state. The
  // item naming the state, or -1.
  int OwnerAfterAdjective(size_t f) const {
    size_t g = SkipSpace(f);
    if (g == f || IsCapitalAt(g)) return -1;
    size_t e = WordEnd(g);
    if (e == g) return -1;
    size_t h = SkipSpace(e);
    if (h == e) return -1;
    int it = ItemAt(h);
    if (it >= 0 && !s_.items[it].consumed && s_.items[it].Has(FormKind::kDemonym)) return it;
    size_t prep = PrepositionAt(h);
    it = prep ? ItemAt(h + prep) : -1;
    if (it >= 0 && !s_.items[it].consumed && s_.items[it].Has(FormKind::kStateName)) return it;
    return -1;
  }

  // A state named within the three words after folded offset `f` (the
  // body's owner may be there in a form the parser did not attach).
  bool StateNear(size_t f) const {
    size_t g = f;
    for (int words = 0; words < 3 && g < s_.folded.text.size(); ++words) {
      g = SkipSpace(g);
      int it = ItemAt(g);
      if (it >= 0 && StateOf(s_.items[it]) >= 0) return true;
      size_t e = WordEnd(g);
      if (e == g) e = g + 1;
      g = e;
    }
    return false;
  }

  // Heads that name power or an office more often than a state body ("prendre
  // le pouvoir", "la présidence de la Fifa"): never resolved from context.
  bool NotABody(const Item& head) const {
    std::string_view w = std::string_view(s_.folded.text).substr(head.fstart, head.fend - head.fstart);
    return w == "pouvoir" || w == "presidence" || w == "administration" || w == "dirigeants";
  }

  // Whether the original character at folded offset `g` is an upper-case letter.
  bool IsCapitalAt(size_t g) const {
    size_t pos = s_.folded.to_original[g];
    return pos < text_.size() && text_[pos] >= 'A' && text_[pos] <= 'Z';
  }

  int ChooseRow(const Item& head, int complement_row) const {
    if (complement_row >= 0) return complement_row;
    int fallback = -1;
    for (const Form& f : head.forms) {
      if (f.kind != FormKind::kRoleHead) continue;
      const RoleRow& row = d_.roles[f.target];
      if (row.complements.empty()) return static_cast<int>(f.target);
      if (fallback < 0) fallback = static_cast<int>(f.target);
    }
    return fallback;
  }

  void ParsePhrases() {
    for (size_t i = 0; i < s_.items.size(); ++i) {
      if (s_.items[i].consumed || !s_.items[i].Has(FormKind::kRoleHead)) continue;
      size_t after = s_.items[i].fend;
      if (after + 1 < s_.folded.text.size() && s_.folded.text[after] == '-' &&
          IsFoldedWordByte(s_.folded.text[after + 1]))
        continue;  // "chef-lieu": part of a compound word
      RolePhrase p = ParsePhrase(static_cast<int>(i));
      if (p.row < 0) continue;
      s_.items[i].consumed = true;
      phrase_of_item_[static_cast<int>(i)] = static_cast<int>(phrases_.size());
      phrases_.push_back(std::move(p));
    }
  }

  const RoleRow& RowOf(const RolePhrase& p) const { return d_.roles[p.row]; }

  // ---- pass 3: name runs ----
  // A capitalised word outside items and phrases. Short words in capitals
  // (AFP, RFI) only continue a run ("Abdoulaye DIOP"), never start one.
  bool RunWord(size_t t, bool continuing = false) const {
    const ScanToken& tok = s_.tokens[t];
    if (!tok.capitalised || tok.item >= 0 || in_phrase_[t]) return false;
    if (tok.all_caps && tok.end - tok.start <= 4 && !continuing) return false;
    return true;
  }

  // Capitalised particles inside names: "Jean-Yves Le Drian", "Marine Le Pen".
  static bool IsNameParticle(std::string_view w) {
    return w == "Le" || w == "La" || w == "De" || w == "Du" || w == "Di" || w == "Da" || w == "Van" ||
           w == "Von" || w == "El" || w == "Al" || w == "Ben" || w == "Abou" || w == "Ould" || w == "Ag";
  }

  // Whether tokens a and b (a < b) are joined inside a name: one space or a hyphen.
  bool Joined(size_t a, size_t b) const {
    std::string_view gap = Between(text_, s_.tokens[a].end, s_.tokens[b].start);
    if (gap == "-" || gap == "\xE2\x80\x91" || gap == "\xE2\x80\x90") return true;
    return OnlySpaces(gap) && s_.tokens[a].sentence == s_.tokens[b].sentence;
  }

  void BuildRuns() {
    size_t n = s_.tokens.size();
    in_phrase_.assign(n, false);
    for (const RolePhrase& ph : phrases_) {
      for (size_t t = TokenAt(ph.start); t < n && s_.tokens[t].start < ph.end; ++t) {
        if (s_.tokens[t].start >= ph.start) in_phrase_[t] = true;
      }
    }
    size_t t = 0;
    while (t < n) {
      if (!RunWord(t) || IsStopword(TokenText(t))) {
        ++t;
        continue;
      }
      size_t last = t;
      size_t u = t + 1;
      while (u < n) {
        if (RunWord(u, true) && Joined(u - 1, u) && !IsStopword(TokenText(u))) {
          last = u++;
          continue;
        }
        if (u + 1 < n && IsNameParticle(TokenText(u)) && RunWord(u) && Joined(u - 1, u) && Joined(u, u + 1) &&
            RunWord(u + 1, true) && !IsStopword(TokenText(u + 1))) {
          last = u + 1;
          u += 2;
          continue;
        }
        if (u + 1 < n && IsParticle(TokenText(u)) && Joined(u - 1, u) && Joined(u, u + 1) && RunWord(u + 1)) {
          last = u + 1;
          u += 2;
          continue;
        }
        break;
      }
      NameRun& r = runs_.emplace_back();  // in place: a NameRun holds a Ref, costly to move
      r.first = t;
      r.last = last;
      r.start = s_.tokens[t].start;
      r.end = s_.tokens[last].end;
      t = last + 1;
    }
  }

  // The gap between a phrase and a run (either order) allows an apposition:
  // spaces, one comma or parenthesis, an article, title items.
  bool AppositionGap(size_t a, size_t b, int* title_item) const {
    if (a > b) return false;
    std::string_view gap = Between(text_, a, b);
    if (gap.empty()) return false;
    int commas = 0;
    size_t pos = 0;
    while (pos < gap.size()) {
      size_t abs = a + pos;
      int it = ItemStartingAt(abs);
      if (it >= 0 && ItemIsTitle(s_.items[it])) {
        *title_item = it;
        pos = s_.items[it].end - a;
        continue;
      }
      char c = gap[pos];
      if (c == ' ' || c == '(') {
        ++pos;
        continue;
      }
      if (c == ',') {
        if (++commas > 1) return false;
        ++pos;
        continue;
      }
      if (static_cast<unsigned char>(c) == 0xC2 && pos + 1 < gap.size() && static_cast<unsigned char>(gap[pos + 1]) == 0xA0) {
        pos += 2;
        continue;
      }
      size_t e = pos;
      while (e < gap.size() && gap[e] != ' ' && gap[e] != '\'' && static_cast<unsigned char>(gap[e]) != 0xE2) ++e;
      std::string_view word = gap.substr(pos, e - pos);
      if (!IsArticle(word) && !IsStatusAdjective(word)) return false;
      pos = e;
      if (pos < gap.size() && gap[pos] == '\'') ++pos;
      else if (gap.substr(pos, 3) == "\xE2\x80\x99") pos += 3;
    }
    return true;
  }

  int ItemStartingAt(size_t orig) const {
    auto it = std::lower_bound(s_.items.begin(), s_.items.end(), orig,
                               [](const Item& i, size_t v) { return i.start < v; });
    if (it == s_.items.end() || it->start != orig) return -1;
    return static_cast<int>(it - s_.items.begin());
  }

  bool ItemIsTitle(const Item& item) const {
    for (const Form& f : item.forms) {
      if (f.kind == FormKind::kRoleHead && d_.roles[f.target].type == RoleType::kTitle) return true;
    }
    return false;
  }

  static constexpr size_t kMaxPhrase = 300;  // bytes: longer role phrases are not looked at
  static constexpr size_t kMaxGap = 80;      // bytes between a phrase and an apposed name

  // Links every run to an adjacent role phrase (before or after it) and to
  // a title right before it.
  void LinkRuns() {
    for (size_t r = 0; r < runs_.size(); ++r) {
      NameRun& run = runs_[r];
      // Phrases are sorted by start; an apposition gap is short.
      size_t p = std::lower_bound(phrases_.begin(), phrases_.end(), run.start,
                                  [](const RolePhrase& ph, size_t v) { return ph.start + kMaxPhrase < v; }) -
                 phrases_.begin();
      for (; p < phrases_.size() && phrases_[p].start <= run.end + kMaxGap; ++p) {
        RolePhrase& ph = phrases_[p];
        if (RowOf(ph).type == RoleType::kBody || ph.run >= 0) continue;
        if (ph.end <= run.start && run.start - ph.end > kMaxGap) continue;
        int title = -1;
        bool before = ph.end <= run.start && AppositionGap(ph.end, run.start, &title);
        bool after = !before && run.end <= ph.start && AppositionGap(run.end, ph.start, &title) &&
                     Between(text_, run.end, ph.start).find(',') != std::string_view::npos;
        if (!before && !after) continue;
        if (RowOf(ph).type == RoleType::kTitle && !before) continue;
        if (RowOf(ph).type == RoleType::kTitle) {
          run.title_item = ph.head_item;
          if (ph.state < 0 && ph.org < 0) continue;
        }
        run.phrase = static_cast<int>(p);
        ph.run = static_cast<int>(r);
        if (title >= 0 && run.title_item < 0) run.title_item = title;
        break;
      }
      if (run.title_item < 0 && run.first > 0) {
        const ScanToken& prev = s_.tokens[run.first - 1];
        if (prev.item >= 0 && ItemIsTitle(s_.items[prev.item]) && s_.items[prev.item].end <= run.start &&
            run.start - s_.items[prev.item].end <= 2)
          run.title_item = prev.item;
      }
    }
  }

  // Best dictionary person for a run: -1 when none. `score` = alias words found.
  int MatchDictionary(const NameRun& run, int* score) const {
    std::vector<std::string_view>& keys = scratch_.match_keys;
    keys.assign(run.keys.begin(), run.keys.end());
    std::sort(keys.begin(), keys.end());
    auto has = [&](const std::string& k) { return std::binary_search(keys.begin(), keys.end(), std::string_view(k)); };
    int best = -1, best_score = 0, best_rank = -1000, ties = 0;
    std::vector<uint32_t>& cands = scratch_.match_candidates;  // ascending and unique, as a std::set would give them
    cands.clear();
    for (const std::string& k : run.keys) {
      auto range = d_.person_by_surname.equal_range(k);
      for (auto it = range.first; it != range.second; ++it) cands.push_back(it->second);
    }
    std::sort(cands.begin(), cands.end());
    cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
    size_t name_words = 0;
    for (size_t t = run.first; t <= run.last; ++t) name_words += !IsParticle(TokenText(t));
    for (uint32_t c : cands) {
      // The alias that fits best: most words found, then fewest missing.
      int sc = 0, missing = 0;
      for (const auto& alias : d_.persons[c].alias_keys) {
        // The surname ends the run; particles and repeated words are no evidence.
        if (alias.back() != run.keys.back()) continue;
        int n = 0;
        for (size_t a = 0; a < alias.size(); ++a) {
          const std::string& k = alias[a];
          if (IsParticleKey(k) || std::find(alias.begin(), alias.begin() + a, k) != alias.begin() + a) continue;
          n += has(k);
        }
        int miss = static_cast<int>(alias.size()) - n;
        if (n > sc || (n == sc && miss < missing)) {
          sc = n;
          missing = miss;
        }
      }
      // A different first name: another person with the same surname.
      if (sc == 1 && name_words >= 2) continue;
      if (sc == 0) continue;
      int rank = Rank(c) - 4 * missing;
      if (sc > best_score || (sc == best_score && rank > best_rank)) {
        best = static_cast<int>(c);
        best_score = sc;
        best_rank = rank;
        ties = 0;
      } else if (sc == best_score && rank == best_rank) {
        ++ties;
      }
    }
    if (best < 0 && run.keys.size() >= 2) best = MatchNearSurname(run, &best_score);
    *score = best_score;
    if (best >= 0 && best_score == 1 && ties > 0) return -1;  // an ambiguous surname
    return best;
  }

  // "Fayez el-Sarraz" for Fayez al-Sarraj: the same first name and a surname
  // of five letters or more within one edit.
  int MatchNearSurname(const NameRun& run, int* score) const {
    const std::string& surname = run.keys.back();
    if (surname.size() < 5) return -1;
    auto range = d_.person_by_first_name.equal_range(run.keys.front());
    for (auto it = range.first; it != range.second; ++it) {
      for (const auto& alias : d_.persons[it->second].alias_keys) {
        if (alias.size() >= 2 && alias.front() == run.keys.front() && alias.back().size() >= 5 &&
            WithinOneEdit(alias.back(), surname)) {
          *score = 2;
          return static_cast<int>(it->second);
        }
      }
    }
    return -1;
  }

  static bool WithinOneEdit(const std::string& a, const std::string& b) {
    if (a == b) return true;
    if (a.size() > b.size() + 1 || b.size() > a.size() + 1) return false;
    size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
    if (a.size() > b.size()) return a.substr(i + 1) == b.substr(i);
    return a.substr(i) == b.substr(i + 1);
  }

  static bool IsParticleKey(std::string_view k) {
    static const WordSet kKeys = {
        "de", "du", "da", "dos", "das", "van", "von", "der", "den", "al", "el", "ben", "bin",
        "ibn", "uld", "ag", "bint", "abu", "ter", "di", "ul", "le", "la"};
    return kKeys.count(k) > 0;
  }

  // Preference among persons sharing a surname: met earlier in the article,
  // then holding a role on the article's date.
  int Rank(uint32_t person) const {
    int rank = 0;
    if (seen_persons_.count(person)) rank += 2;
    for (uint32_t i : d_.tenures_of_person[person]) {
      const Tenure& t = d_.tenures[i];
      if (date_.empty() || (t.from <= date_ && date_ <= t.to)) {
        rank += 1;
        break;
      }
    }
    return rank;
  }

  void ResolveRuns(bool multiword) {
    for (size_t r = 0; r < runs_.size(); ++r) {
      NameRun& run = runs_[r];
      if (run.ref.ok() || (run.last > run.first) != multiword || !ComputeKeys(&run)) continue;
      int score = 0;
      int person = MatchDictionary(run, &score);
      if (!multiword) {
        auto local = local_surnames_.find(run.keys.back());
        if (local != local_surnames_.end()) {
          run.ref = runs_[local->second].ref;
          continue;
        }
      }
      if (person >= 0) {
        run.ref = PersonRef(person);
        seen_persons_.insert(static_cast<uint32_t>(person));
        Remember(r);
        continue;
      }
      if (!PersonLike(run)) continue;
      run.ref = UnknownPerson(run);
      Remember(r);
    }
  }

  // Fills run->keys unless the run cannot name a person: no role phrase or
  // title next to it, and neither its last word is a known surname nor its
  // first word a known first name. Name keys are the costly part of a run.
  bool ComputeKeys(NameRun* run) {
    if (run->keyed) return !run->keys.empty();
    run->keyed = true;
    if (run->phrase < 0 && run->title_item < 0) {
      const WordFacts& last = words_.Get(d_, TokenText(run->last));
      bool known = last.surname || local_surnames_.count(last.key);
      if (!known && run->last != run->first) known = words_.Get(d_, TokenText(run->first)).first_name;
      if (!known) return false;
    }
    for (size_t k = run->first; k <= run->last; ++k) {
      const std::string& key = words_.Get(d_, TokenText(k)).key;
      if (!key.empty()) run->keys.push_back(key);
    }
    return !run->keys.empty();
  }

  // Makes the surname of resolved run `r` (and of every alias of its
  // dictionary person) refer to the run's person later in the document.
  void Remember(size_t r) {
    const NameRun& run = runs_[r];
    local_surnames_.emplace(run.keys.back(), r);
    if (run.ref.entity.rfind("per:", 0) != 0) return;
    auto it = d_.person_by_id.find(run.ref.entity);
    if (it == d_.person_by_id.end()) return;
    for (const auto& alias : d_.persons[it->second].alias_keys) local_surnames_.emplace(alias.back(), r);
  }

  bool PersonLike(const NameRun& run) const {
    if (run.phrase >= 0 || run.title_item >= 0) return true;
    if (run.keys.size() < 2 || IsParticle(AsciiFold(TokenText(run.first)))) return false;
    return IsFirstName(run.keys.front());
  }

  bool IsFirstName(const std::string& key) const { return IsFirstNameKey(d_, key); }

  Ref UnknownPerson(const NameRun& run) const {
    Ref r;
    std::string id = "per:";
    for (const std::string& k : run.keys) id += (id.size() > 4 ? "-" : "") + k;
    r.entity = id;
    r.name = std::string(Between(text_, run.start, run.end));
    r.kind = "person";
    if (run.phrase >= 0) {
      const RolePhrase& ph = phrases_[run.phrase];
      r.sector = RowOf(ph).sector;
      if (ph.state >= 0) r.country = d_.states[ph.state].code;
      if (ph.org >= 0) {
        const OrgRec& o = d_.orgs[ph.org];
        r.country = o.country.empty() ? o.code : o.country;
        if (r.sector.empty()) r.sector = o.sector;
      }
      if (r.sector.empty()) r.sector = last_person_sector_;
    }
    if (r.sector.empty() && run.title_item >= 0) {
      for (const Form& f : s_.items[run.title_item].forms) {
        if (f.kind == FormKind::kRoleHead && !d_.roles[f.target].sector.empty()) r.sector = d_.roles[f.target].sector;
      }
    }
    if (r.country.empty()) {
      int st = NearestState(run.first);
      if (st >= 0) r.country = d_.states[st].code;
    }
    r.code = r.country;
    return r;
  }

  // The state named nearest to token `t` in its sentence (before first),
  // else the article's most mentioned state.
  int NearestState(size_t t) const {
    int sentence = s_.tokens[t].sentence;
    for (size_t k = t; k-- > 0 && s_.tokens[k].sentence == sentence;) {
      if (s_.tokens[k].item >= 0) {
        int st = StateOf(s_.items[s_.tokens[k].item]);
        if (st >= 0) return st;
      }
    }
    for (size_t k = t + 1; k < s_.tokens.size() && s_.tokens[k].sentence == sentence; ++k) {
      if (s_.tokens[k].item >= 0) {
        int st = StateOf(s_.items[s_.tokens[k].item]);
        if (st >= 0) return st;
      }
    }
    return dominant_state_;
  }

  // ---- pass 4: role phrases take a referent ----
  void ResolvePhrases() {
    for (RolePhrase& ph : phrases_) {
      const RoleRow& row = RowOf(ph);
      if (row.type == RoleType::kTitle) continue;
      if (row.type == RoleType::kPerson && !row.sector.empty()) last_person_sector_ = row.sector;
      if (ph.run >= 0 && runs_[ph.run].ref.ok() && runs_[ph.run].ref.kind == "person") {
        ph.ref = runs_[ph.run].ref;
        continue;
      }
      if (row.type == RoleType::kBody) {
        if (ph.bare) {
          int st = ContextState(ph.start);
          if (st >= 0) ph.ref = StateRef(st, row.sector);
        }
        if (ph.state >= 0) ph.ref = StateRef(ph.state, row.sector);
        if (ph.org >= 0) {
          ph.ref = OrgRef(ph.org);
          if (!row.sector.empty()) ph.ref.sector = row.sector;
        }
        continue;
      }
      if (ph.run < 0) {
        if (int appointed = AppointedRun(ph); appointed >= 0) {
          ph.ref = runs_[appointed].ref;
          continue;
        }
      }
      int state = ph.state;
      if (state < 0 && ph.org < 0 && row.role == "head_of_state") state = RecentState(ph.start);
      std::string post = state >= 0 ? d_.states[state].code : ph.org >= 0 ? d_.orgs[ph.org].code : "";
      if (!post.empty()) {
        int holder = d_.HolderOf(post, row.role, date_);
        if (holder >= 0) {
          ph.ref = PersonRef(holder);
          ph.ref.sector = row.sector.empty() ? ph.ref.sector : row.sector;
          continue;
        }
      }
      if (ph.state >= 0) ph.ref = StateRef(ph.state, row.sector.empty() ? last_person_sector_ : row.sector);
      else if (ph.org >= 0) ph.ref = OrgRef(ph.org);
    }
  }

  // "Le général X a été nommé président de la transition", "Y est devenue
  // Première ministre": a role after a passive verb of appointment is the
  // subject's. The run of the person named last before the verb in its
  // sentence, or -1. Active "X a nommé Y ministre" is left to appositions.
  int AppointedRun(const RolePhrase& ph) const {
    static constexpr std::string_view kVerbs[] = {
        "nommé", "nommée", "nommés", "nommées", "désigné", "désignée", "élu", "élue",
        "investi", "investie", "proclamé", "proclamée", "reconduit", "reconduite", "devenu", "devenue",
        "confirmé", "confirmée"};
    static constexpr std::string_view kAux[] = {"été", "est", "sont", "était", "fut", "sera", "serait", "soit"};
    const size_t first = TokenAt(ph.start);
    if (first < 2 || s_.tokens[first].start != ph.start) return -1;
    size_t v = first - 1;
    // An article or a quotation opens the role: "nommé le président", "nommé ‘président".
    std::string_view w = TokenText(v);
    if ((w == "le" || w == "la" || w == "l") && v > 1) w = TokenText(--v);
    const int sentence = s_.tokens[first].sentence;
    if (s_.tokens[v].sentence != sentence || v == 0 || s_.tokens[v - 1].sentence != sentence) return -1;
    if (std::find(std::begin(kVerbs), std::end(kVerbs), w) == std::end(kVerbs)) return -1;
    size_t a = v - 1;  // the auxiliary, over an adverb: "a été officiellement nommé"
    if (TokenText(a).ends_with("ment") && a > 0 && s_.tokens[a - 1].sentence == sentence) --a;
    if (std::find(std::begin(kAux), std::end(kAux), TokenText(a)) == std::end(kAux)) return -1;
    const size_t verb_start = s_.tokens[a].start;
    int best = -1;
    for (size_t r = 0; r < runs_.size(); ++r) {
      const NameRun& run = runs_[r];
      if (run.end > verb_start) break;
      if (s_.tokens[run.first].sentence != sentence || !run.ref.ok() || run.ref.kind != "person") continue;
      best = static_cast<int>(r);
    }
    return best;
  }

  // The state of the last state mention before `pos` within two sentences,
  // else the article's most mentioned state.
  int RecentState(size_t pos) const {
    int sentence = -1;
    for (size_t k = s_.tokens.empty() ? 0 : TokenAt(pos) + 1; k-- > 0;) {
      const ScanToken& tok = s_.tokens[k];
      if (tok.start >= pos) continue;
      if (sentence < 0) sentence = tok.sentence;
      if (tok.sentence < sentence - 2) break;
      if (tok.item >= 0) {
        int st = StateOf(s_.items[tok.item]);
        if (st >= 0) return st;
      }
    }
    return dominant_state_;
  }

  // The state a bare state body ("la junte", "les autorités", "l'armée")
  // belongs to, or -1: among the states named in the same sentence before
  // `pos` and in the two previous sentences, the article's most mentioned
  // state (strictly more than any other) when it is among them; when no
  // state leads the article, the only state of that window. A state body with
  // no state named nearby stays unresolved.
  int ContextState(size_t pos) const {
    std::set<int> seen;
    int sentence = -1;
    for (size_t k = s_.tokens.empty() ? 0 : TokenAt(pos) + 1; k-- > 0;) {
      const ScanToken& tok = s_.tokens[k];
      if (tok.start >= pos) continue;
      if (sentence < 0) sentence = tok.sentence;
      if (tok.sentence < sentence - 2) break;
      if (tok.item < 0) continue;
      int st = StateOf(s_.items[tok.item]);
      if (st >= 0) seen.insert(st);
    }
    // A person named in the window names his state too ("le ministre
    // Abdoulaye Diop ... la junte" is about Mali), and so does a state body
    // resolved before ("la junte ... la junte").
    auto add = [&](const Ref& ref, size_t start) {
      if (start >= pos || ref.country.empty() || (ref.kind != "person" && ref.kind != "state")) return;
      if (sentence < 0 || s_.tokens[TokenAt(start)].sentence < sentence - 2) return;
      auto it = d_.state_by_code.find(ref.country);
      if (it != d_.state_by_code.end()) seen.insert(static_cast<int>(it->second));
    };
    for (const NameRun& run : runs_) add(run.ref, run.start);
    for (const RolePhrase& ph : phrases_) add(ph.ref, ph.start);
    if (dominant_unique_) return seen.count(dominant_state_) ? dominant_state_ : -1;
    return seen.size() == 1 ? *seen.begin() : -1;
  }

  // ---- pass 5: plain items ----
  void EmitItems() {
    spans_.reserve(phrases_.size() + runs_.size() + s_.items.size());
    refs_.reserve(spans_.capacity());
    for (const RolePhrase& ph : phrases_) {
      if (ph.ref.ok()) Add(ph.start, ph.end, ph.ref);
    }
    for (const NameRun& run : runs_) {
      if (run.ref.ok()) Add(run.start, run.end, run.ref);
    }
    for (size_t i = 0; i < s_.items.size(); ++i) {
      const Item& item = s_.items[i];
      if (item.consumed || item.forms.empty() || item.Has(FormKind::kRoleHead)) continue;
      int org = OrgOf(item);
      int st = StateOf(item);
      if (st >= 0) {
        Ref r = StateRef(st);
        if (item.Has(FormKind::kCapital) && AfterLocativePreposition(item)) {
          r.kind = "place";
          r.entity = "place:" + AsciiFold(Between(text_, item.start, item.end));
          for (char& c : r.entity) {
            if (c == ' ') c = '-';
          }
          r.name = std::string(Between(text_, item.start, item.end));
        } else if (item.Has(FormKind::kSeat)) {
          r.sector = "GOV";
        }
        Add(item.start, item.end, std::move(r));
      } else if (org >= 0) {
        if (!item.Has(FormKind::kOrgName) && AfterStatesNoun(item)) continue;
        Add(item.start, item.end, OrgRef(org));
      }
    }
  }

  // "les capitales européennes", "des pays africains": an organisation's or
  // region's adjective after a noun for several states names those states,
  // not the organisation.
  bool AfterStatesNoun(const Item& item) const {
    std::string_view before = std::string_view(s_.folded.text).substr(0, item.fstart);
    for (std::string_view n : {"capitales ", "pays ", "etats ", "nations ", "chancelleries ", "gouvernements ",
                               "capitals ", "countries ", "states "}) {
      if (before.size() < n.size() || before.substr(before.size() - n.size()) != n) continue;
      if (before.size() == n.size() || !IsFoldedWordByte(before[before.size() - n.size() - 1])) return true;
    }
    return false;
  }

  bool AfterLocativePreposition(const Item& item) const {
    std::string_view before = std::string_view(s_.folded.text).substr(0, item.fstart);
    for (std::string_view p : {" a ", " depuis ", " vers ", " jusqu'a ", " pres de ", " in ", " to ", " from "}) {
      if (before.size() >= p.size() && before.substr(before.size() - p.size()) == p) return true;
      std::string_view q = p.substr(1);
      if (before.size() == q.size() && before == q) return true;
    }
    return false;
  }

  // `r` by value: the temporaries most callers pass are moved, not copied.
  // Only the span and the Ref are kept: Finish() makes the Mention records
  // of the mentions that survive, moving the Ref's strings into them, so a
  // string is neither copied nor made for a mention that is dropped.
  void Add(size_t start, size_t end, Ref r) {
    spans_.push_back({start, end});
    refs_.push_back(std::move(r));
  }

  // ---- pass 6: pronouns and short references ----
  // "elle" takes the nearest feminine state or organisation (or a person
  // named with a feminine title); "il" (and "lui qui") the nearest person, else a masculine
  // state or organisation; "le pays" / "ce pays" the nearest state. Only
  // antecedents in the same or the two previous sentences count, and one
  // that opens its sentence (a subject) beats a nearer one that does not.
  // Impersonal "il" (il y a, il faut, il s'agit...) is skipped.
  void ResolvePronouns() {
    std::vector<size_t> order(spans_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return spans_[a].start < spans_[b].start; });
    std::vector<int> sentence_of(spans_.size(), 0);
    std::vector<bool> subject(spans_.size(), false);
    // Mentions after a preposition ("contre le colonel Kadhafi", "avec X")
    // are the least likely antecedents of a subject pronoun.
    std::vector<bool> oblique(spans_.size(), false);
    // The gender the text gives a mention by its article: "le Conseil de
    // sécurité" is masculine though the UN it stands for is feminine.
    std::vector<char> gender(spans_.size(), 0);
    int seen_sentence = -1;  // sentence of the previous mention in text order
    size_t first = 0;        // TokenAt(start), found moving forward as the starts grow
    for (size_t i : order) {
      // The last token from `first` on that starts at or before the
      // mention: a binary search, not a walk over every token of the text.
      const auto after = std::upper_bound(s_.tokens.begin() + std::min(first + 1, s_.tokens.size()), s_.tokens.end(),
                                          spans_[i].start, [](size_t v, const ScanToken& tok) { return v < tok.start; });
      if (after != s_.tokens.begin()) first = static_cast<size_t>(after - s_.tokens.begin()) - 1;
      sentence_of[i] = s_.tokens[first].sentence;
      bool first_in_sentence = sentence_of[i] != seen_sentence;
      seen_sentence = sentence_of[i];
      size_t k = first;
      if (k > 0 && s_.tokens[k - 1].sentence == sentence_of[i]) {
        std::string_view article = TokenText(k - 1);
        if (article == "le" || article == "Le" || article == "du" || article == "Du" || article == "au" || article == "Au")
          gender[i] = 'm';
        else if (article == "la" || article == "La")
          gender[i] = 'f';
      }
      while (k > 0 && s_.tokens[k - 1].sentence == sentence_of[i] && IsArticle(TokenText(k - 1))) --k;
      subject[i] = k == 0 || s_.tokens[k - 1].sentence != sentence_of[i];
      if (!subject[i]) {
        // "contre le colonel Kadhafi": over a title or two.
        for (size_t j = k; j > 0 && j + 3 > k && s_.tokens[j - 1].sentence == sentence_of[i]; --j) {
          if (IsObliquePrep(TokenText(j - 1))) {
            oblique[i] = true;
            break;
          }
          if (s_.tokens[j - 1].capitalised) break;
        }
      }
      // After fronted adverbials ("En 2011, après vingt ans d'exil, Khalifa
      // Haftar revient"): a comma, and no other mention since the sentence began.
      if (!subject[i] && Between(text_, s_.tokens[k - 1].end, s_.tokens[k].start).find(',') != std::string_view::npos) {
        subject[i] = first_in_sentence;
      }
    }
    size_t n = s_.tokens.size();
    std::vector<bool> covered = CoveredTokens(order);
    size_t before = 0;  // mentions (in `order`) that start before the pronoun: grows with it
    for (size_t t = 0; t < n; ++t) {
      if (s_.tokens[t].item >= 0) continue;
      std::string_view w = TokenText(t);
      if (!MayBeReferenceWord(w)) continue;  // nearly every token: no comparison below can succeed
      char want = 0;
      size_t end_token = t;
      if (w == "elle" || w == "Elle") want = 'f';
      else if (w == "il" || w == "Il") want = 'm';
      // The stressed "lui" is a subject only before a relative: "Lui qui
      // accuse..." ("lui a promis" is an object).
      else if ((w == "lui" || w == "Lui") && t + 1 < n && TokenText(t + 1) == "qui") want = 'm';
      else if (w == "pays" && t > 0 && !covered[t] &&
               (TokenText(t - 1) == "son" || TokenText(t - 1) == "Son" || TokenText(t - 1) == "leur")) {
        // "son pays": the state of the person in reach.
        want = 'c';
        t = t - 1;
        end_token = t + 1;
      }
      else if ((w == "pays" || w == "country") && t > 0 && !covered[t]) {
        std::string_view prev = TokenText(t - 1);
        if (prev != "le" && prev != "Le" && prev != "ce" && prev != "Ce" && prev != "du" && prev != "the" && prev != "The")
          continue;
        want = 's';
        t = t - 1;
        end_token = t + 1;
      }
      else if (t > 0 && !covered[t] && ArmedGroupReference(t, &end_token)) {
        want = 'g';
        t = t - 1;
      }
      else if ((w == "organisation" || w == "organization") && t > 0 &&
               !covered[t]) {
        std::string_view prev = TokenText(t - 1);
        if (prev != "l" && prev != "L" && prev != "cette" && prev != "Cette" && prev != "the" && prev != "The") continue;
        if (t + 1 < s_.tokens.size() && s_.tokens[t + 1].sentence == s_.tokens[t].sentence &&
            (TokenText(t + 1) == "de" || TokenText(t + 1) == "du" || TokenText(t + 1) == "des" ||
             TokenText(t + 1) == "d" || TokenText(t + 1) == "of"))
          continue;  // "l'organisation de ...": not a short reference
        want = 'o';
        t = t - 1;
        end_token = t + 1;
      }
      if (!want) continue;
      if (want == 'm' && Impersonal(t)) continue;
      int best = -1;
      int best_rank = -1;
      // Rank: subject, then plain, then after a preposition; for "il", a
      // person beats a masculine state or body of the same rank. The latest
      // among equals. Mentions are visited backwards from the pronoun, so the
      // first of a rank is the latest, and the walk stops at the first one
      // out of reach (sentences only decrease going back): the cost is the
      // mentions in reach, not all mentions before.
      const size_t pronoun_start = s_.tokens[t].start;
      // An armed group is the topic of whole paragraphs: it reaches further.
      const int reach = s_.tokens[t].sentence - (want == 'g' ? 6 : 2);
      while (before < order.size() && spans_[order[before]].start < pronoun_start) ++before;
      for (size_t k = before; k-- > 0;) {
        size_t i = order[k];
        if (sentence_of[i] < reach) break;
        if (!Fits(refs_[i], want, gender[i])) continue;
        int rank = (subject[i] ? 2 : oblique[i] ? 0 : 1) * 2 + (want == 'm' && refs_[i].kind == "person" ? 1 : 0);
        // "les médias français ... les frontières du pays": an adjective
        // names a state in passing; "le pays" takes up a state named as one
        // when there is one in reach, else the adjective's.
        if (want == 's' && !BareAdjective(spans_[i])) rank += 8;
        if (best < 0 || rank > best_rank) {
          best = static_cast<int>(i);
          best_rank = rank;
        }
      }
      // "Khalifa Haftar revient en Libye. En 2014, il crée l'ANL. En 2017, il
      // occupe Benghazi. En 2018, il étend son emprise": with no antecedent
      // in reach, the subject pronoun of the sentence before (or the one
      // before it) carries the chain on.
      const Ref* chained = nullptr;
      if ((want == 'm' || want == 'f') && best < 0 && !pronouns_.empty()) {
        const Pronoun& last = pronouns_.back();
        if (last.subject && last.want == want && last.sentence >= reach) chained = &last.ref;
      }
      if (chained) {
        Ref r = *chained;
        pronouns_.push_back({s_.tokens[t].start, s_.tokens[end_token].end, std::move(r), s_.tokens[t].sentence, want, true});
      } else if (best >= 0) {
        Ref r = refs_[best];
        if (want == 'c') {  // "son pays": the person's state, when it is a known one
          auto st = d_.state_by_code.find(r.country);
          if (st == d_.state_by_code.end()) best = -1;
          else r = StateRef(static_cast<int>(st->second));
        }
        if (best >= 0)
          pronouns_.push_back({s_.tokens[t].start, s_.tokens[end_token].end, std::move(r), s_.tokens[t].sentence, want,
                               w == "il" || w == "Il" || w == "elle" || w == "Elle"});
      }
      t = end_token;
    }
    for (Pronoun& p : pronouns_) Add(p.start, p.end, std::move(p.ref));
  }

  // Whether each token starts inside a mention found so far, computed once
  // per document (asking per token would cost tokens x mentions). `order`:
  // the mentions by start.
  std::vector<bool> CoveredTokens(const std::vector<size_t>& order) const {
    std::vector<bool> covered(s_.tokens.size(), false);
    size_t first = 0;  // the first token at or after the mention's start: grows with it
    for (size_t i : order) {
      const Span& m = spans_[i];
      first = static_cast<size_t>(std::lower_bound(s_.tokens.begin() + first, s_.tokens.end(), m.start,
                                                   [](const ScanToken& tok, size_t v) { return tok.start < v; }) -
                                  s_.tokens.begin());
      for (size_t t = first; t < s_.tokens.size() && s_.tokens[t].start < m.end; ++t) covered[t] = true;
    }
    return covered;
  }

  // "les rebelles", "les jihadistes", "la rébellion", "le groupe armé",
  // "le mouvement" (not "le groupe de", "le groupe Wagner"): a short
  // reference to an armed group. `t` is the noun, preceded by its
  // determiner; sets `*last` to the reference's last token.
  bool ArmedGroupReference(size_t t, size_t* last) const {
    std::string_view w = TokenText(t), det = TokenText(t - 1);
    auto same_sentence = [&](size_t k) { return k < s_.tokens.size() && s_.tokens[k].sentence == s_.tokens[t].sentence; };
    if (w == "rebelles" || w == "jihadistes" || w == "djihadistes" || w == "insurgés") {
      if (det != "les" && det != "Les" && det != "ces" && det != "Ces") return false;
      // "les rebelles du M23", "les rebelles rwandais FDLR": named right after.
      for (size_t k = t + 1; k <= t + 2 && same_sentence(k); ++k) {
        std::string_view n = TokenText(k);
        if (n == "de" || n == "du" || n == "des" || n == "d" || s_.tokens[k].item >= 0 || s_.tokens[k].capitalised)
          return false;
      }
      *last = t;
      return true;
    }
    if (w == "rébellion") {
      if (det != "la" && det != "La" && det != "cette" && det != "Cette") return false;
      *last = t;
      return !(same_sentence(t + 1) && (TokenText(t + 1) == "du" || TokenText(t + 1) == "de" || TokenText(t + 1) == "d"));
    }
    if (w != "groupe" && w != "mouvement") return false;
    if (det != "le" && det != "Le" && det != "ce" && det != "Ce") return false;
    size_t k = t;
    if (same_sentence(k + 1)) {
      std::string_view a = TokenText(k + 1);
      if (a == "armé" || a == "rebelle" || a == "jihadiste" || a == "djihadiste" || a == "terroriste") ++k;
    }
    if (same_sentence(k + 1)) {
      const ScanToken& next = s_.tokens[k + 1];
      std::string_view n = TokenText(k + 1);
      if (n == "de" || n == "du" || n == "des" || n == "d" || next.item >= 0 || next.capitalised) return false;
    }
    *last = k;
    return true;
  }

  static bool IsObliquePrep(std::string_view w) {
    for (std::string_view p : {"contre", "avec", "à", "au", "aux", "par", "pour", "sur", "chez", "vers", "entre",
                               "envers", "sans", "selon"})
      if (w == p) return true;
    return false;
  }

  // Whether `r` can be the antecedent `want` asks for; `gender`: what the
  // mention's article says ('m', 'f', or 0).
  // A mention that is one lower-case word: a demonym used as an adjective
  // ("français", "maliennes").
  bool BareAdjective(const Span& m) const {
    std::string_view w = Between(text_, m.start, m.end);
    if (w.empty() || w.find(' ') != std::string_view::npos) return false;
    size_t p = 0;
    return u_islower(DecodeUtf8(w, &p));
  }

  bool Fits(const Ref& r, char want, char gender = 0) const {
    if (want == 'c') return r.kind == "person" && !r.country.empty();
    if (want == 'g') return r.kind == "group" && r.sector == "REB";
    if (want == 's') return r.kind == "state";
    if (want == 'o') return r.kind == "org" && r.country.empty() && r.sector != "MED";  // outlets are sources
    if (r.kind == "place") return false;
    if (r.kind != "person" && gender != 0) return gender == want;
    if (want == 'f') return r.kind != "person" && r.gender == 'f';
    if (r.kind == "person") return true;
    return r.gender == 'm';
  }

  bool Impersonal(size_t t) const {
    if (t + 1 >= s_.tokens.size()) return true;
    static const std::set<std::string_view> kVerbs = {
        "y", "faut", "fallait", "faudra", "faudrait", "semble", "semblait", "reste", "restait", "existe",
        "paraît", "convient", "suffit", "importe", "pleut", "était", "est", "sera", "serait", "n"};
    std::string_view next = TokenText(t + 1);
    if (kVerbs.count(next)) return true;
    if (next == "s" && t + 2 < s_.tokens.size()) {
      std::string_view v = TokenText(t + 2);
      return v == "agit" || v == "agissait" || v == "agira";
    }
    return false;
  }

  size_t TokenAt(size_t pos) const {
    auto it = std::upper_bound(s_.tokens.begin(), s_.tokens.end(), pos,
                               [](size_t v, const ScanToken& tok) { return v < tok.start; });
    return it == s_.tokens.begin() ? 0 : static_cast<size_t>(it - s_.tokens.begin() - 1);
  }

  void Finish() {
    std::vector<size_t> order(spans_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      const Span& x = spans_[a];
      const Span& y = spans_[b];
      return x.start != y.start ? x.start < y.start : x.end > y.end;
    });
    size_t last_end = 0;
    doc_->mentions.clear();
    doc_->mentions.reserve(order.size());
    for (size_t i : order) {
      if (spans_[i].start < last_end) continue;
      last_end = spans_[i].end;
      // Each Ref makes one Mention at most: its strings are moved, not copied.
      Ref& r = refs_[i];
      Mention& m = doc_->mentions.emplace_back();
      m.span = spans_[i];
      m.text = std::string(Between(text_, m.span.start, m.span.end));
      m.entity = std::move(r.entity);
      m.name = std::move(r.name);
      m.kind = std::move(r.kind);
      if (!r.country.empty()) m.country = std::move(r.country);
      if (!r.sector.empty()) m.sector = std::move(r.sector);
      m.code = std::move(r.code);
    }
  }

  const ActorDictionary& d_;
  WordFactsCache& words_;
  Document* doc_;
  std::string_view text_;
  Scratch& scratch_;  // ThreadScratch(); the five references below are into it
  Scan& s_;
  std::vector<RolePhrase>& phrases_;
  std::vector<NameRun>& runs_;
  std::vector<Span>& spans_;
  std::vector<Ref>& refs_;
  std::string date_;
  int dominant_state_ = -1;
  bool dominant_unique_ = false;  // no other state is mentioned as often
  std::map<int, int> phrase_of_item_;
  std::vector<bool> in_phrase_;  // token lies inside a role phrase
  std::set<uint32_t> seen_persons_;
  // Surname key -> the run whose Ref it stands for (an index, not a copy of
  // the Ref: a run's Ref no longer changes once remembered).
  std::multimap<std::string, size_t> local_surnames_;
  std::string last_person_sector_;
  // A resolved pronoun or short reference: its span, what it refers to, and
  // what a later pronoun needs to take it as antecedent.
  struct Pronoun {
    size_t start = 0, end = 0;
    Ref ref;
    int sentence = 0;
    char want = 0;         // what it asked for ('m', 'f', 's'...)
    bool subject = false;  // a subject pronoun ("il", "elle")
  };
  std::vector<Pronoun> pronouns_;
};

}  // namespace

ActorResolver::ActorResolver(std::unique_ptr<Data> data) : data_(std::move(data)) {}
ActorResolver::~ActorResolver() = default;

Result<std::unique_ptr<ActorResolver>> ActorResolver::Load(const std::string& data_dir) {
  auto data = std::make_unique<Data>();
  std::vector<std::string> problems;
  data->dict = LoadActorDictionary(data_dir + "/actors", &problems);
  if (!problems.empty()) {
    std::string message = problems.front();
    if (problems.size() > 1) message += " (and " + std::to_string(problems.size() - 1) + " more problems)";
    return Status::DataError(message);
  }
  VEILLE_ASSIGN_OR_RETURN(data->matcher, LiteralMatcher::Build(data->dict.patterns));
  data->serial = next_serial++;
  return std::unique_ptr<ActorResolver>(new ActorResolver(std::move(data)));
}

void ActorResolver::Resolve(Document* doc) const {
  if (doc->text.empty()) {
    doc->mentions.clear();
    return;
  }
  DocResolver(data_->dict, *data_->matcher, WordFactsCache::ForThread(data_->serial), doc).Resolve();
}

}  // namespace veille
