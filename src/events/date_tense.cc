// Tense cues. A cue is a word whose form alone tells the tense:
//   future: the simple future ("sera", "rencontrera", "viendront"),
//     "va/vont/allons" + infinitive, "doit/devrait..." + infinitive,
//     "prévu(e)(s)";
//   past: the auxiliary "a/ont/avait/avaient/eut" (not the preposition "à"),
//     the imperfect ("-ait", "-aient") and the simple past ("-èrent").
// Title-case words are skipped (names such as "Sierra"); the nearest cue
// wins; none gives kUnknown. Tested by dates_test.cc.
#include "events/date_tense.h"

#include <string_view>

namespace veille::dates {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsInfinitive(const DateToken& t) {
  const std::string_view w = t.fold;
  return t.type == TokenType::kWord && w.size() >= 4 &&
         (EndsWith(w, "er") || EndsWith(w, "ir") || EndsWith(w, "re"));
}

bool IsFutureForm(std::string_view w) {
  if (w.size() < 4) return false;
  static constexpr std::string_view kEndings[] = {"ront", "rons", "era", "ira", "dra",
                                                  "rra", "vra", "ura", "aura", "tra"};
  for (std::string_view e : kEndings) {
    if (EndsWith(w, e)) return w != "opera" && w != "camera" && w != "contra" && w != "extra" &&
                               w != "ultra" && w != "entra" && w != "montra";
  }
  return w == "prevu" || w == "prevue" || w == "prevus" || w == "prevues";
}

// Past participles conjugated with "être" in the compound past ("est
// arrivé", "sont morts"): the stem, then an optional "e" and "s".
bool IsEtreParticiple(std::string_view w) {
  static constexpr std::string_view kStems[] = {
      "ne", "mort", "decede", "arrive", "parti", "venu", "alle", "rentre", "tombe", "sorti",
      "reste", "devenu", "revenu", "retourne", "intervenu", "survenu", "eteint"};
  for (std::string_view stem : kStems) {
    if (w.substr(0, stem.size()) != stem) continue;
    const std::string_view rest = w.substr(stem.size());
    if (rest.empty() || rest == "e" || rest == "s" || rest == "es") return true;
  }
  return false;
}

bool IsPastForm(const TokenStream& s, size_t i) {
  const DateToken& t = s.tokens[i];
  const std::string_view w = t.fold;
  if (w == "est" || w == "sont") {
    // "s'est rendu", "se sont réunis", "est arrivé".
    const bool reflexive = i >= 2 && (s.tokens[i - 1].fold == "se" ||
                                      (s.tokens[i - 1].fold == "'" && s.tokens[i - 2].fold == "s"));
    const bool participle = i + 1 < s.tokens.size() && IsEtreParticiple(s.tokens[i + 1].fold);
    return reflexive || participle;
  }
  if (w == "a") return !t.accented;
  if (w == "ont" || w == "avait" || w == "avaient" || w == "eut" || w == "etait" ||
      w == "etaient")
    return true;
  return w.size() >= 6 && (EndsWith(w, "aient") || EndsWith(w, "erent") ||
                           (EndsWith(w, "ait") && w.size() >= 5));
}

Tense CueAt(const TokenStream& s, size_t i, bool future_only) {
  const DateToken& t = s.tokens[i];
  if (t.type != TokenType::kWord || (t.capitalized && !t.all_caps)) return Tense::kUnknown;
  const std::string_view w = t.fold;
  if (future_only) return IsFutureForm(w) ? Tense::kFuture : Tense::kUnknown;
  const bool next_inf = i + 1 < s.tokens.size() && IsInfinitive(s.tokens[i + 1]);
  if ((w == "va" || w == "vont" || w == "allons" || w == "doit" || w == "doivent" ||
       w == "devrait" || w == "devraient") &&
      next_inf)
    return Tense::kFuture;
  if (IsFutureForm(w)) return Tense::kFuture;
  if (IsPastForm(s, i)) return Tense::kPast;
  return Tense::kUnknown;
}

bool IsBoundary(const DateToken& t) {
  if (t.newline_before) return true;
  if (t.type != TokenType::kPunct) return false;
  return t.fold == "." || t.fold == "!" || t.fold == "?" || t.fold == ";";
}

}  // namespace

Tense TenseAround(const TokenStream& stream, size_t first, size_t last, bool future_only) {
  constexpr size_t kReach = 20;
  const size_t n = stream.tokens.size();
  bool left_open = true, right_open = true;
  for (size_t d = 1; d <= kReach && (left_open || right_open); ++d) {
    if (left_open) {
      if (first < d || IsBoundary(stream.tokens[first - d + 1])) {
        left_open = false;
      } else if (Tense t = CueAt(stream, first - d, future_only); t != Tense::kUnknown) {
        return t;
      }
    }
    if (right_open) {
      const size_t j = last + d;
      if (j >= n || IsBoundary(stream.tokens[j])) {
        right_open = false;
      } else if (Tense t = CueAt(stream, j, future_only); t != Tense::kUnknown) {
        return t;
      }
    }
  }
  return Tense::kUnknown;
}

}  // namespace veille::dates
