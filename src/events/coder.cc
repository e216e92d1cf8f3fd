// The event coder: predicates, slots, modality, dates, merging.
//
// For each sentence that holds at least one resolved mention, every token is
// looked up once in the lexicon (a hash map of the inflected forms of the
// dictionary's lemmas, see morph.h). A token whose lemma heads a pattern is
// checked for the pattern's other words and reflexive pronoun; the longest
// matching pattern wins and consumes its words. Clause analysis (clause.h)
// then finds the actor and recipient mentions; the modality comes from the
// verb's mood and tense and from nearby cue words (cues.tsv); the date from
// the nearest date expression of the sentence, else from the article. Each
// actor/recipient pair becomes one event, and events of one article with the
// same type, the same pair and compatible dates merge into one event with
// several evidence spans.
// Tested by coder_test.cc.
#include "events/coder.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <unordered_map>

#include "events/clause.h"
#include "events/date_calendar.h"
#include "events/date_tokens.h"
#include "events/dates.h"
#include "events/morph.h"
#include "events/patterns.h"
#include "events/tokenize.h"
#include "base/word_set.h"

namespace veille {
namespace {

// The loaded dictionaries (EventCoder::Data is this, under its private name).
struct Tables {
  std::vector<Pattern> patterns;
  std::vector<Cue> cues;
  FrenchLexicon lexicon;
  std::vector<std::vector<uint32_t>> by_head;  // lemma id -> patterns
  std::vector<uint32_t> lemma_flags;           // lemma id -> TokenFlag bits
  std::vector<char> cue_conditional_only;      // lemma id -> bool
};

constexpr uint16_t kVerbTags = kTagInfinitive | kTagPastParticiple | kTagPresentParticiple |
                               kTagPresent | kTagImperfect | kTagSimplePast | kTagFuture |
                               kTagConditional | kTagSubjunctive | kTagImperative;

constexpr uint16_t kFinite = kTagPresent | kTagImperfect | kTagSimplePast | kTagFuture |
                             kTagConditional | kTagSubjunctive;

bool IsDeterminer(std::string_view w) {
  static constexpr std::string_view kDet[] = {"le",  "la",  "l'",  "les",   "un",  "une",  "des", "du",
                                     "au",  "aux", "sa",  "son",   "ses", "leur", "leurs", "cette",
                                     "ce",  "cet", "ces", "nouvelle", "nouvel", "nouveau",
                                     "nouvelles", "nouveaux", "première", "premier", "notre", "nos"};
  for (std::string_view d : kDet)
    if (w == d) return true;
  return false;
}

bool IsVerbContext(std::string_view w, uint32_t flags) {
  static constexpr std::string_view kWords[] = {"ne", "n'", "se", "s'", "il", "elle", "ils", "elles",
                                       "on", "qui", "nous", "vous", "je", "j'"};
  for (std::string_view d : kWords)
    if (w == d) return true;
  return (flags & (kFlagEtre | kFlagAvoir)) != 0;
}

bool IsNegParticle(std::string_view w) {
  return w == "pas" || w == "jamais" || w == "plus" || w == "guère" || w == "point" ||
         w == "aucun" || w == "aucune" || w == "nullement" || w == "rien";
}

// Everything the coder computes once per document.
struct DocState {
  std::vector<Token> tokens;
  NormArena norms;  // what the tokens' norms point into
  std::vector<uint32_t> flags;
  std::vector<const std::vector<FormInfo>*> forms;
  std::vector<int> mention_of;  // token -> index into doc mentions, or -1
  std::vector<MentionRef> refs;  // resolved mentions with a code, in text order
  // Dates are found when the first event needs one (EnsureDates).
  const std::string* text = nullptr;
  std::vector<Span> sentences;  // every sentence of the text, in order
  std::optional<std::string> published;
  std::optional<int> latest_year;  // CoderOptions::latest_year
  mutable bool dates_ready = false;
  mutable std::vector<DateMention> dates;
  mutable std::optional<std::string> default_date;
  mutable std::optional<std::string> default_source;
};

bool FollowMatches(const std::string& folded, const std::vector<std::string>& alts) {
  for (const std::string& a : alts) {
    if (folded == a) return true;
    if (a == "a" && (folded == "au" || folded == "aux")) return true;
    if ((a == "de" || a == "d'") && (folded == "du" || folded == "des" || folded == "de" || folded == "d'"))
      return true;
    if (folded.size() == a.size() + 1 && folded.compare(0, a.size(), a) == 0 &&
        (folded.back() == 's' || folded.back() == 'x'))
      return true;
    if (folded.size() == a.size() + 2 && folded.compare(0, a.size(), a) == 0 &&
        folded.compare(a.size(), 2, "es") == 0)
      return true;
  }
  return false;
}

// The last token of `p` matched at `head`, or 0 when it does not match.
size_t MatchFollow(const Pattern& p, const SentenceView& s, size_t head) {
  size_t pos = head + 1;
  size_t last = head;
  for (size_t f = 0; f < p.follow.size(); ++f) {
    const auto& alts = p.follow[f];
    bool found = false;
    size_t window = p.far[f] ? 14 : 5;
    // An incise between the verb and what follows it is skipped: "ont
    // conclu, le jeudi 8 février, un accord".
    if (pos < s.end && (*s.tokens)[pos].norm == ",") {
      for (size_t j = pos + 2; j < s.end && j <= pos + 8; ++j) {
        const Token& t = (*s.tokens)[j];
        if (t.norm == ",") {
          pos = j + 1;
          break;
        }
        if (!t.word) break;
      }
    }
    for (size_t k = pos; k < s.end && k < pos + window; ++k) {
      const Token& t = (*s.tokens)[k];
      if (!t.word && t.norm != "-" && !(p.far[f] && t.norm == ",")) break;
      if (FollowMatches(FoldAccents(t.norm), alts)) {
        found = true;
        last = k;
        pos = k + 1;
        break;
      }
    }
    if (!found) return 0;
  }
  return last;
}

bool HasReflexive(const SentenceView& s, size_t head) {
  size_t g = VerbGroupStart(s, head);
  for (size_t k = g; k < head; ++k) {
    std::string_view w = (*s.tokens)[k].norm;
    if (w == "se" || w == "s'" || w == "nous" || w == "vous" || w == "me" || w == "m'") return true;
  }
  return false;
}

bool ReadingAllowed(const Pattern& p, const DocState& st, const SentenceView& s, size_t head,
                    const FormInfo& fi) {
  const auto* forms = st.forms[head];
  bool any_noun = false, any_verb = false;
  for (const FormInfo& f : *forms) {
    any_noun |= (f.tags & kTagNoun) != 0;
    any_verb |= (f.tags & kVerbTags) != 0;
  }
  static const std::string kNone;
  std::string_view prev = head > s.begin ? st.tokens[head - 1].norm : kNone;
  uint32_t prev_flags = head > s.begin ? st.flags[head - 1] : 0;
  if (p.noun) {
    // An evaluative head may be an adjective: "qualifié d'illégitime".
    const uint16_t nominal = p.roles == Roles::kJudged ? (kTagNoun | kTagAdjective) : kTagNoun;
    if (!(fi.tags & nominal)) return false;
    return !(any_verb && IsVerbContext(prev, prev_flags));
  }
  if (!(fi.tags & kVerbTags)) return false;
  // News prose is in the third person: "armes" is a noun, not "tu armes".
  bool finite = (fi.tags & kFinite) != 0;
  if ((fi.tags & kTagSecondPerson) && !(fi.tags & (kTagThirdPerson | kTagPastParticiple | kTagInfinitive)))
    return false;
  if (IsDeterminer(prev)) {
    // After a determiner only an object pronoun ("l'accuse", "de le
    // contraindre") keeps a verb.
    bool pronoun = prev == "l'" || prev == "le" || prev == "la" || prev == "les";
    std::string_view before = head > s.begin + 1 ? st.tokens[head - 2].norm : kNone;
    bool infinitive_object = (fi.tags & kTagInfinitive) &&
                             (before == "de" || before == "d'" || before == "à" || before == "pour" || before == "sans");
    if (any_noun || !(finite || infinitive_object) || !pronoun || (fi.tags & kTagPastParticiple)) return false;
  }
  if (p.reflexive && !HasReflexive(s, head)) return false;
  // A bare participle with no auxiliary and no agent is an adjective:
  // "des militaires armés", "une milice formée en 2013".
  if (!(fi.tags & (kFinite | kTagInfinitive | kTagPresentParticiple)) && (fi.tags & kTagPastParticiple) &&
      VerbGroupStart(s, head) == head && !IsPassive(s, head))
    return false;
  return true;
}

// Intransitive verbs whose compound tenses take "être": "il est arrivé à
// Luanda" is active, not a passive.
bool TakesEtre(const std::string& lemma) {
  static const WordSet k = {"arriver", "venir",  "revenir", "parvenir", "partir",
                                               "repartir", "entrer", "rentrer", "retourner", "tomber",
                                               "aller",   "sortir", "rester",  "devenir",  "intervenir"};
  return k.count(lemma) > 0;
}

// The best pattern headed at `head`, as a predicate (pattern == nullptr if none).
Predicate MatchAt(const Tables& d, const DocState& st, const SentenceView& s, size_t head) {
  Predicate best;
  const auto* forms = st.forms[head];
  if (!forms || st.mention_of[head] >= 0) return best;
  for (const FormInfo& fi : *forms) {
    for (uint32_t pi : d.by_head[fi.lemma]) {
      const Pattern& p = d.patterns[pi];
      if (!ReadingAllowed(p, st, s, head, fi)) continue;
      size_t last = p.follow.empty() ? head : MatchFollow(p, s, head);
      if (last == 0) continue;
      if (best.pattern && best.pattern->follow.size() >= p.follow.size()) continue;
      best = {&p, head, last, false};
    }
  }
  if (best.pattern && !best.pattern->noun) best.passive = !TakesEtre(best.pattern->head) && IsPassive(s, head);
  return best;
}

// Whether token k is a form of a cue verb used as a noun after a
// determiner: "une menace" is not "menacer". (Noun cues such as
// "tentative" have no verb form and stay cues.)
bool VerbCueAsNoun(const DocState& st, size_t k) {
  if (k == 0 || !(st.flags[k] & kFlagVerb)) return false;
  static const WordSet kDet = {"le", "la", "l'", "les", "un", "une", "des", "du", "cette",
                                                  "ce", "cet", "ces", "sa", "son", "ses", "leur", "leurs"};
  return kDet.count(st.tokens[k - 1].norm) > 0;
}

std::optional<std::string> Modality(const Tables& d, const DocState& st,
                                    const SentenceView& s, const Predicate& pred) {
  size_t g = pred.pattern->noun ? pred.head : VerbGroupStart(s, pred.head);
  size_t cs = ClauseStart(s, pred.head);
  bool ne = false, neg = false;
  for (size_t k = g; k < pred.head; ++k) ne |= st.tokens[k].norm == "ne" || st.tokens[k].norm == "n'";
  for (size_t k = g; k < std::min(s.end, pred.head + 3); ++k) neg |= IsNegParticle(st.tokens[k].norm);
  if (ne && neg) return "negated";
  size_t lo = std::max(cs, g >= 6 ? g - 6 : 0);
  if (pred.head > s.begin && st.tokens[pred.head - 1].norm == "sans") return "negated";
  for (size_t k = lo; k < g; ++k)
    if (st.flags[k] & kFlagCueNegated) return "negated";
  // The reporting conditional ("selon des sources, la CPC aurait mené...")
  // relays a fact; it is not speculation.
  bool reported = false;
  for (size_t k = s.begin; k < s.end; ++k) reported |= st.tokens[k].norm == "selon";
  if (st.flags[pred.head] & kFlagConditional && !(st.flags[pred.head] & kFlagParticiple) && !reported)
    return "hypothetical";
  // Speculation cues reach over "que": "il est probable que la tournée...".
  size_t hyp_lo = std::max(s.begin, g >= 12 ? g - 12 : 0);
  for (size_t k = hyp_lo; k < lo; ++k)
    if ((st.flags[k] & kFlagCueHypothetical) && !VerbCueAsNoun(st, k)) return "hypothetical";
  // An infinitive takes the mood of the verb it depends on: "elles
  // seraient en mesure d'attaquer", "il voudrait signer".
  bool infinitive = !pred.pattern->noun && (st.flags[pred.head] & kFlagInfinitive);
  for (size_t k = lo; k < pred.head; ++k) {
    if ((st.flags[k] & kFlagCueHypothetical) && !VerbCueAsNoun(st, k)) return "hypothetical";
    if ((k >= g || infinitive) && (st.flags[k] & kFlagConditional) && !reported) return "hypothetical";
  }
  if (cs > s.begin && st.tokens[cs - 1].norm == "si") return "hypothetical";
  // "en cas d'attaque", "au cas où ils signeraient": a condition, not a fact.
  for (size_t k = std::max(s.begin + 1, lo); k <= pred.head && k < s.end; ++k)
    if (st.tokens[k].norm == "cas" && (st.tokens[k - 1].norm == "en" || st.tokens[k - 1].norm == "au"))
      return "hypothetical";
  if (st.flags[pred.head] & kFlagFuture && !(st.flags[pred.head] & kFlagParticiple)) return "future";
  for (size_t k = lo; k < pred.head; ++k)
    if (st.flags[k] & (kFlagCueFuture | kFlagFuture)) return "future";
  for (size_t k = pred.last + 1; k < s.end && k <= pred.last + 14; ++k)
    if (st.flags[k] & kFlagCueFutureAfter) return "future";
  (void)d;
  return std::nullopt;
}

EventParty PartyOf(const Document& doc, const MentionRef& r) {
  const Mention& m = doc.mentions[r.index];
  EventParty p;
  p.code = r.code;
  if (!m.entity.empty()) p.entity = m.entity;
  if (!m.name.empty()) p.name = m.name;
  return p;
}

// A date in TimeML form cut to what the record accepts: YYYY[-MM[-DD]].
std::optional<std::string> RecordDate(const std::string& v) {
  if (v.size() < 4 || !std::isdigit(static_cast<unsigned char>(v[0]))) return std::nullopt;
  size_t n = 4;
  if (v.size() >= 7 && v[4] == '-' && std::isdigit(static_cast<unsigned char>(v[5]))) n = 7;
  if (n == 7 && v.size() >= 10 && v[7] == '-' && std::isdigit(static_cast<unsigned char>(v[8]))) n = 10;
  for (size_t i = 0; i < n; ++i)
    if (i != 4 && i != 7 && !std::isdigit(static_cast<unsigned char>(v[i]))) return std::nullopt;
  return v.substr(0, n);
}

// The comma closing a past-participle phrase that opens the sentence
// ("Élu en mars, ...", "Arrivé le 3 mai à Dakar, ..."), or 0.
size_t FrontedParticipleEnd(const DocState& st, const SentenceView& s) {
  if (s.end - s.begin < 4 || !st.tokens[s.begin].upper) return 0;
  std::string_view w = st.tokens[s.begin].norm;
  bool participle = LooksLikeParticiple(w);
  static const WordSet kNext = {"en", "le", "par", "à", "au", "dès", "depuis", "lors", "après",
                                                   "pour", "il", "hier", "lundi", "mardi", "mercredi", "jeudi",
                                                   "vendredi", "samedi", "dimanche"};
  if (!participle || !kNext.count(st.tokens[s.begin + 1].norm)) return 0;
  for (size_t k = s.begin + 2; k < s.end && k < s.begin + 16; ++k)
    if (st.tokens[k].norm == ",") return k;
  return 0;
}

// The nearest date expression in the sentence. A date after the next
// predicate of the sentence is that predicate's ("la foule a attaqué les
// ambassades après la chute, hier, de Goma"); `next` is its head, or
// SIZE_MAX.
const DateMention* SentenceDate(const DocState& st, const SentenceView& s, const Predicate& pred,
                                size_t next = SIZE_MAX) {
  size_t lo = st.tokens[s.begin].span.start, hi = st.tokens[s.end - 1].span.end;
  if (next < s.end) hi = std::min(hi, st.tokens[next].span.start);
  size_t at = st.tokens[pred.head].span.start;
  // "Élu en mars dès le premier tour, le nouveau président a rencontré...":
  // a date inside a participle phrase heading the sentence dates the
  // participle, not a predicate after it.
  if (size_t comma = FrontedParticipleEnd(st, s); comma > 0 && pred.head > comma)
    lo = std::max(lo, st.tokens[comma].span.end);
  // "a annoncé sa démission dans la nuit du 18 au 19 août après avoir été
  // arrêté": the main clause's date is after the fact of "après avoir".
  for (size_t k = pred.head; k > s.begin && k + 5 > pred.head; --k)
    if (st.tokens[k - 1].norm == "après" && k < pred.head &&
        (st.tokens[k].norm == "avoir" || st.tokens[k].norm == "être")) {
      lo = std::max(lo, st.tokens[k].span.start);
      break;
    }
  const DateMention* best = nullptr;
  size_t best_dist = 0;
  for (const DateMention& dm : st.dates) {
    if (dm.span.start < lo || dm.span.end > hi || !RecordDate(dm.value)) continue;
    size_t dist = dm.span.start > at ? dm.span.start - at : at - dm.span.end;
    if (!best || dist < best_dist) { best = &dm; best_dist = dist; }
  }
  return best;
}

// Index in st.sentences of the sentence `s` (the first whose span ends
// after its first token).
// The index of the sentence holding byte `at` of the text.
size_t SentenceAt(const DocState& st, size_t at) {
  auto it = std::lower_bound(st.sentences.begin(), st.sentences.end(), at,
                             [](const Span& sp, size_t a) { return sp.end <= a; });
  return static_cast<size_t>(it - st.sentences.begin());
}

size_t SentenceIndex(const DocState& st, const SentenceView& s) { return SentenceAt(st, st.tokens[s.begin].span.start); }

// The date of a sentence that opens by pointing back at what the previous
// sentence dated: "Une lettre datée du 4 avril a été envoyée... Dans cette
// lettre, X a demandé...", "Lors de cette rencontre", "À cette occasion".
// A demonstrative determiner among the first words, no date of its own:
// the last date of the previous sentence.
const DateMention* AnaphoricDate(const DocState& st, const SentenceView& s) {
  bool demonstrative = false;
  for (size_t k = s.begin; k + 1 < s.end && k < s.begin + 8; ++k) {
    std::string_view w = (*s.tokens)[k].norm;
    if (w != "cette" && w != "cet" && w != "ces" && w != "ce") continue;
    const Token& next = (*s.tokens)[k + 1];
    if (!next.word) continue;
    std::string_view n = next.norm;
    // "ce que", "ce qui", "ce dernier" (a person), "c'est": not a thing named before.
    if (n == "que" || n == "qu'" || n == "qui" || n == "dont" || n.rfind("derni", 0) == 0) continue;
    demonstrative = true;
    break;
  }
  if (!demonstrative) return nullptr;
  size_t start = st.tokens[s.begin].span.start;
  size_t index = SentenceIndex(st, s);
  if (index == 0) return nullptr;
  const Span& prev = st.sentences[index - 1];
  // Only the sentence right before (sentences of lines without mentions
  // are not split, so a gap means the one before is unknown).
  for (size_t k = prev.end; k < start; ++k)
    if ((*st.text)[k] != ' ' && (*st.text)[k] != '\n') return nullptr;
  const DateMention* last = nullptr;
  for (const DateMention& dm : st.dates)
    if (dm.span.start >= prev.start && dm.span.end <= prev.end && RecordDate(dm.value)) last = &dm;
  return last;
}

// The reference time of an undated sentence in a narrative: the last day
// named in the two sentences before it ("est arrivé jeudi 2 mars à Luanda.
// Les deux présidents se sont rencontrés"), or anywhere before it when it
// says "ensuite" or "puis". Only full dates no later than publication count.
const DateMention* NarrativeDate(const DocState& st, const SentenceView& s) {
  size_t start = st.tokens[s.begin].span.start;
  size_t index = SentenceIndex(st, s);
  if (index == 0) return nullptr;
  // "Les deux présidents se sont ensuite rencontrés": a sentence that says
  // it follows on takes the last day named before it, however far back.
  bool follows = false;
  for (size_t k = s.begin; k < s.end && !follows; ++k)
    follows = st.tokens[k].norm == "ensuite" || st.tokens[k].norm == "puis";
  size_t from = follows ? 0 : st.sentences[index - std::min<size_t>(2, index)].start;
  const DateMention* last = nullptr;
  for (const DateMention& dm : st.dates) {
    if (dm.span.start < from || dm.span.end > start) continue;
    std::optional<std::string> v = RecordDate(dm.value);
    if (!v || v->size() != 10) continue;
    if (st.published && *v > *st.published) continue;
    // "une économie aujourd'hui dépendante du pétrole": "nowadays", no day
    // of the story.
    if (std::string_view(*st.text).substr(dm.span.start, 6) == "aujour") continue;
    last = &dm;
  }
  return last;
}

// The shift in days an undated sentence states from the day of the
// narrative: "le lendemain" +1, "la veille" -1, "deux jours après," or "deux
// jours plus tard" +2, "trois jours plus tôt" or "auparavant" -3, "une
// semaine plus tard" +7; 0 when it states none. "La veille du sommet",
// "deux jours après le vote" count from another event, not the narrative.
int NarrativeShift(const DocState& st, const SentenceView& s) {
  auto word = [&](size_t k) -> std::string_view { return k < s.end ? std::string_view(st.tokens[k].norm) : ""; };
  auto of_another = [&](size_t k) {  // "la veille du sommet"
    std::string_view w = word(k);
    return w == "de" || w == "du" || w == "des" || w == "d'";
  };
  for (size_t k = s.begin; k < s.end; ++k) {
    std::string_view w = word(k);
    if (w == "lendemain" && !of_another(k + 1)) return 1;
    if (w == "surlendemain" && !of_another(k + 1)) return 2;
    if (w == "veille" && k > s.begin && word(k - 1) == "la" && !of_another(k + 1)) return -1;
    const int unit = w == "jour" || w == "jours" ? 1 : w == "semaine" || w == "semaines" ? 7 : 0;
    if (unit == 0 || k == s.begin) continue;
    std::string_view n = word(k - 1);
    const bool digits =
        !n.empty() && n.size() <= 2 && std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; });
    const int count = digits ? std::atoi(std::string(n).c_str()) : dates::NumberWordValue(n);
    if (count == 0) continue;
    std::string_view next = word(k + 1);
    const bool closed = k + 2 >= s.end || !st.tokens[k + 2].word;  // "deux jours après,"
    if ((next == "après" && closed) || (next == "plus" && word(k + 2) == "tard")) return count * unit;
    if ((next == "plus" && word(k + 2) == "tôt") || next == "auparavant") return -count * unit;
  }
  return 0;
}

bool DatesCompatible(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (!a || !b) return true;
  size_t n = std::min(a->size(), b->size());
  return a->compare(0, n, *b, 0, n) == 0;
}

bool Symmetric(const std::string& type) {
  return type == "CONSULT" || type == "COOPERATE" || type == "AGREE";
}

// Types coded without a recipient when the text names none: announced
// withdrawals, resignations. Other one-sided findings are mostly states, not events
// ("l'alliance militaire", "la coopération s'intensifie"), so they are dropped.
bool OneSided(const std::string& type) { return type == "CONCEDE"; }

// Types where coordinated parties with no recipient act towards each other.
bool Mutual(const std::string& type) {
  return type == "CONSULT" || type == "AGREE" || type == "COOPERATE" || type == "SUPPORT" ||
         type == "ASSAULT" || type == "SANCTION";
}

// Patterns whose actor may be its own recipient: force used within a state,
// a protest against its own government, a domestic act.
bool ActsOnItself(const Pattern& p) {
  return p.type == "COERCE" || p.type == "ASSAULT" || p.type == "PROTEST" || p.roles == Roles::kDomestic;
}

// Types whose announced or promised future form PLOVER codes as AGREE.
bool FutureIsAgree(const std::string& type) {
  return type == "CONSULT" || type == "COOPERATE" || type == "AID" || type == "SUPPORT";
}

// The date_source of an event dated from the article, not from its sentence,
// while coding: merging prefers a sentence date to it (see FinishEvents).
constexpr const char* kGuessed = "guessed";

void AddEvent(Event e, std::vector<Event>* events) {
  bool asserted = !e.aux || (*e.aux != "hypothetical" && *e.aux != "negated");
  auto key = [](const Event& x) {
    std::string a = x.actors[0].code, r = x.recipients.empty() ? "" : x.recipients[0].code;
    if (Symmetric(x.type) && !r.empty() && r < a) std::swap(a, r);
    return x.type + "|" + a + "|" + r;
  };
  std::string k = key(e);
  for (Event& old : *events) {
    bool old_asserted = !old.aux || (*old.aux != "hypothetical" && *old.aux != "negated");
    bool guessed = old.date_source == kGuessed || e.date_source == kGuessed;
    if (old_asserted != asserted || key(old) != k || !(guessed || DatesCompatible(old.date, e.date))) continue;
    if (!old.date || (e.date && e.date_source != kGuessed &&
                      (old.date_source == kGuessed || e.date->size() > old.date->size()))) {
      old.date = e.date;
      old.date_source = e.date_source;
    }
    old.evidence.insert(old.evidence.end(), e.evidence.begin(), e.evidence.end());
    old.confidence = std::max(old.confidence, e.confidence);
    return;
  }
  events->push_back(std::move(e));
}

}  // namespace

struct EventCoder::Data : Tables {
  CoderOptions options;
};

EventCoder::EventCoder(std::unique_ptr<Data> data) : data_(std::move(data)) {}
EventCoder::~EventCoder() = default;

Result<std::unique_ptr<EventCoder>> EventCoder::Load(const std::string& data_dir, const CoderOptions& options) {
  auto d = std::make_unique<Data>();
  d->options = options;
  auto patterns = LoadPatterns(data_dir + "/events/patterns.tsv");
  if (!patterns.ok()) return patterns.status();
  auto cues = LoadCues(data_dir + "/events/cues.tsv");
  if (!cues.ok()) return cues.status();
  d->patterns = std::move(*patterns);
  d->cues = std::move(*cues);
  std::vector<std::string> lemmas = {"être", "avoir"};
  for (const Pattern& p : d->patterns) lemmas.push_back(p.head);
  for (const Cue& c : d->cues) lemmas.push_back(c.lemma);
  std::vector<std::string> missing;
  auto lex = FrenchLexicon::Load(kHunspellFrAff, kHunspellFrDic, lemmas, &missing);
  if (!lex.ok()) return lex.status();
  d->lexicon = std::move(*lex);
  std::string problems;
  for (const Pattern& p : d->patterns)
    if (!p.noun && std::find(missing.begin(), missing.end(), p.head) != missing.end())
      problems += (problems.empty() ? "" : "\n") + p.source + ": verb \"" + p.head + "\" is not in hunspell-fr";
  for (const Cue& c : d->cues)
    if (std::find(missing.begin(), missing.end(), c.lemma) != missing.end() && c.lemma.find('-') == std::string::npos &&
        c.lemma.size() > 0 && c.lemma.back() == 'r')
      problems += (problems.empty() ? "" : "\n") + c.source + ": verb \"" + c.lemma + "\" is not in hunspell-fr";
  if (!problems.empty()) return Status::DataError(problems);
  size_t n = d->lexicon.lemmas().size();
  d->by_head.resize(n);
  d->lemma_flags.assign(n, 0);
  d->cue_conditional_only.assign(n, 0);
  for (uint32_t i = 0; i < d->patterns.size(); ++i)
    d->by_head[d->lexicon.LemmaId(d->patterns[i].head)].push_back(i);
  d->lemma_flags[d->lexicon.LemmaId("être")] |= kFlagEtre;
  d->lemma_flags[d->lexicon.LemmaId("avoir")] |= kFlagAvoir;
  for (const Cue& c : d->cues) {
    int id = d->lexicon.LemmaId(c.lemma);
    uint32_t f = c.aux == "speech"         ? kFlagSpeech
                 : c.aux == "judge"        ? kFlagJudge
                 : c.aux == "light"        ? kFlagLight
                 : c.aux == "receive"      ? kFlagReceive
                 : c.aux == "military"     ? kFlagMilitary
                 : c.aux == "negated"      ? kFlagCueNegated
                 : c.aux == "hypothetical" ? kFlagCueHypothetical
                 : c.after                 ? kFlagCueFutureAfter
                                           : kFlagCueFuture;
    d->lemma_flags[id] |= f;
    if (c.conditional_only) d->cue_conditional_only[id] = 1;
  }
  return std::unique_ptr<EventCoder>(new EventCoder(std::move(d)));
}

namespace {

// The TokenFlag bits of a word with lexicon readings `forms`.
uint32_t FlagsOf(const Tables& d, const std::vector<FormInfo>& forms) {
  uint32_t f = 0;
  for (const FormInfo& fi : forms) {
    uint32_t lf = d.lemma_flags[fi.lemma];
    if (d.cue_conditional_only[fi.lemma] && !(fi.tags & kTagConditional)) lf &= ~kFlagCueHypothetical;
    f |= lf;
    if (fi.tags & kTagPastParticiple) f |= kFlagParticiple;
    if (fi.tags & kTagPresentParticiple) f |= kFlagPresentParticiple;
    if (fi.tags & kTagInfinitive) f |= kFlagInfinitive;
    if (fi.tags & kTagConditional) f |= kFlagConditional;
    if (fi.tags & kTagFuture) f |= kFlagFuture;
    if (fi.tags & kVerbTags) f |= kFlagVerb;
  }
  return f;
}

void ComputeFlags(const Tables& d, DocState* st) {
  size_t n = st->tokens.size();
  st->flags.assign(n, 0);
  st->forms.assign(n, nullptr);
  for (size_t i = 0; i < n; ++i) {
    if (!st->tokens[i].word) continue;
    const auto* forms = d.lexicon.Lookup(st->tokens[i].norm);
    st->forms[i] = forms;
    if (forms) st->flags[i] = FlagsOf(d, *forms);
  }
}

void MapMentions(const Document& doc, DocState* st) {
  st->mention_of.assign(st->tokens.size(), -1);
  st->refs.reserve(doc.mentions.size());
  size_t t = 0;
  for (size_t mi = 0; mi < doc.mentions.size(); ++mi) {
    const Mention& m = doc.mentions[mi];
    while (t < st->tokens.size() && st->tokens[t].span.end <= m.span.start) ++t;
    size_t first = t, last = t;
    while (last < st->tokens.size() && st->tokens[last].span.start < m.span.end) {
      st->mention_of[last] = static_cast<int>(mi);
      ++last;
    }
    // A place stands for its state, as a capital does: "une attaque à
    // Barsalogho" strikes Burkina Faso.
    const std::string& code = m.code.empty() && m.kind == "place" && m.country ? *m.country : m.code;
    if (last > first && !code.empty()) st->refs.push_back({first, last, static_cast<int>(mi), code, m.entity});
    t = first;
  }
}

// Days since 1970-01-01 of a "YYYY-MM-DD" date (proleptic Gregorian).
long DayNumber(const std::string& d) {
  int y = std::atoi(d.substr(0, 4).c_str()), m = std::atoi(d.substr(5, 2).c_str());
  int day = std::atoi(d.substr(8, 2).c_str());
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

// The date an undated event of the article most likely has: the first full
// date of the text in the week before publication (the news of the day),
// else the publication date; without a publication date, the first date of
// the text precise to the month.
void DefaultDate(const DocState& st) {
  if (st.published && st.published->size() == 10) {
    long pub = DayNumber(*st.published);
    for (const DateMention& dm : st.dates) {
      auto v = RecordDate(dm.value);
      if (!v || v->size() != 10) continue;
      long day = DayNumber(*v);
      if (day <= pub && day >= pub - 7) {
        st.default_date = v;
        st.default_source = dm.source;
        return;
      }
    }
    st.default_date = st.published;
    st.default_source = "publication";
    return;
  }
  for (const DateMention& dm : st.dates) {
    auto v = RecordDate(dm.value);
    if (v && v->size() >= 7) {
      st.default_date = v;
      st.default_source = dm.source;
      return;
    }
  }
}

void DefaultDate(const DocState& st);

void EnsureDates(const DocState& st) {
  if (st.dates_ready) return;
  st.dates_ready = true;
  DateOptions options;
  options.dct = st.published;
  options.fallback_year = st.latest_year;
  st.dates = FindDates(*st.text, options);
  DefaultDate(st);
}

void MakeEvents(const DocState& st, const SentenceView& s, const Predicate& pred, const Slots& slots,
                const Document& doc, std::optional<std::string> aux, std::vector<Event>* events,
                const std::optional<EventParty>& fallback_recipient = std::nullopt, size_t next = SIZE_MAX,
                const std::optional<EventParty>& inherited_actor = std::nullopt) {
  const Pattern& p = *pred.pattern;
  Event proto;
  proto.type = p.type;
  proto.mode = p.mode;
  proto.context = p.context;
  proto.cameo = p.cameo;
  proto.goldstein = p.goldstein;
  if (slots.crowd) {  // a crowd's violence is a riot (PLOVER PROTEST, CAMEO 145)
    proto.type = "PROTEST";
    proto.mode = "riot";
    proto.cameo = "145";
    proto.goldstein = -7.5;
  }
  // The date, and what depends on it, when the first event is made: more
  // than half the articles that reach here make none, and their dates
  // (FindDates over the whole text) would go unused. Whether an event is
  // made does not depend on the date (proto.type changes to AGREE only from
  // types that are not OneSided).
  bool dated = false;
  auto date_proto = [&] {
    if (dated) return;
    dated = true;
    EnsureDates(st);
    const DateMention* dm = SentenceDate(st, s, pred, next);
    int shift = 0;
    if (!dm) {
      dm = AnaphoricDate(st, s);
      if (!dm) dm = NarrativeDate(st, s);
      if (dm) shift = NarrativeShift(st, s);
    }
    if (dm) {
      proto.date = RecordDate(dm->value);
      proto.date_source = dm->source;
      std::optional<dates::CivilDate> day = proto.date ? dates::ParseIsoDate(*proto.date) : std::nullopt;
      if (shift != 0 && day && proto.date->size() == 10) {
        proto.date = dates::FormatDay(dates::CivilFromDays(dates::DaysFromCivil(*day) + shift));
        proto.date_source = "relative";
      }
    } else {
      proto.date = st.default_date;
      if (proto.date) proto.date_source = kGuessed;
    }
    if (!aux && proto.date && doc.published && *proto.date > doc.published->substr(0, proto.date->size()))
      aux = "future";
    if (!aux && proto.date && doc.published && proto.date->compare(0, 4, *doc.published, 0, 4) < 0)
      aux = "historical";
    proto.aux = aux;
    if (aux && *aux == "future" && FutureIsAgree(p.type)) {
      proto.type = "AGREE";
      proto.mode.reset();
    }
    proto.evidence.push_back({st.tokens[s.begin].span.start, st.tokens[s.end - 1].span.end});
    proto.confidence = 0.55 + (slots.recipients.empty() ? 0 : 0.2) + (slots.from_speech ? -0.1 : 0.1) +
                       (proto.date_source && *proto.date_source != "publication" ? 0.1 : 0);
  };
  Slots sl = slots;
  if (sl.recipients.empty() && !sl.one_way && (sl.mutual || (Mutual(p.type) && p.mode != "third-party"))) {
    // "Le Mali et la Russie ont signé...": the first party acts towards the others.
    std::vector<int> actors, others;
    for (int a : sl.actors) {
      bool dup = false;
      for (int b : actors) dup |= s.mentions[b].code == s.mentions[a].code;
      for (int b : others) dup |= s.mentions[b].code == s.mentions[a].code;
      (actors.empty() ? actors : others).push_back(a);
      if (dup) (others.empty() ? actors : others).pop_back();
    }
    if (!others.empty()) {
      sl.actors = actors;
      sl.recipients = others;
    }
  }
  if (sl.actors.empty() && inherited_actor) {
    for (int r : sl.recipients) {
      if (s.mentions[r].code == inherited_actor->code) continue;
      date_proto();
      Event e = proto;
      e.actors.push_back(*inherited_actor);
      e.recipients.push_back(PartyOf(doc, s.mentions[r]));
      AddEvent(std::move(e), events);
    }
    return;
  }
  // (actor code, recipient code) pairs coded; recipient "" for one-sided.
  std::vector<std::pair<std::string_view, std::string_view>> seen;
  for (int a : sl.actors) {
    const MentionRef& am = s.mentions[a];
    bool any = false;
    for (int r : sl.recipients) {
      const MentionRef& rm = s.mentions[r];
      const std::pair<std::string_view, std::string_view> key{am.code, rm.code};
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
      if (am.code == rm.code && !ActsOnItself(p)) continue;  // "Erdogan et la présidence turque"
      seen.push_back(key);
      date_proto();
      Event e = proto;
      e.actors.push_back(PartyOf(doc, am));
      e.recipients.push_back(PartyOf(doc, rm));
      AddEvent(std::move(e), events);
      any = true;
    }
    std::optional<EventParty> fallback = fallback_recipient;
    const Mention& actor_mention = doc.mentions[am.index];
    if (!fallback && sl.recipients.empty() && p.type == "ASSAULT" && actor_mention.country &&
        *actor_mention.country != am.code) {
      // An armed group's attack with no named target strikes the state it
      // fights in: "la CPC revendique une série d'attaques" = CPC -> CAF.
      fallback = EventParty{};
      fallback->code = *actor_mention.country;
    }
    if (!any && fallback && fallback->code != am.code) {
      date_proto();
      Event e = proto;
      e.actors.push_back(PartyOf(doc, am));
      e.recipients.push_back(*fallback);
      AddEvent(std::move(e), events);
      any = true;
    }
    const std::pair<std::string_view, std::string_view> alone{am.code, ""};
    if (any || std::find(seen.begin(), seen.end(), alone) != seen.end()) continue;
    if (!OneSided(proto.type)) continue;
    seen.push_back(alone);
    date_proto();
    Event e = proto;
    e.actors.push_back(PartyOf(doc, am));
    AddEvent(std::move(e), events);
  }
}

// "Les rebelles ont revendiqué une embuscade contre des FACA. Même type
// d'assaut, hier, contre Wagner.": a sentence without a verb goes on with
// the narrative, so an event it names without actor is by the actor of the
// same kind of event coded in the sentence before.
std::optional<EventParty> ContinuedActor(const DocState& st, const SentenceView& s, const Predicate& pred,
                                         const std::vector<Event>& events) {
  if (events.empty() || s.end - s.begin > 25) return std::nullopt;
  if (!s.mentions.empty() && s.mentions[0].first < pred.head) return std::nullopt;  // a party is named
  for (size_t k = s.begin; k < s.end; ++k) {
    if (st.flags[k] & (kFlagEtre | kFlagAvoir)) return std::nullopt;
    if (k != pred.head && (st.flags[k] & kFlagVerb) && st.forms[k]) {
      for (const FormInfo& fi : *st.forms[k])
        if (fi.tags & kFinite) return std::nullopt;
    }
  }
  const Event& last = events.back();
  if (last.type != pred.pattern->type || last.actors.empty() || last.evidence.empty()) return std::nullopt;
  const size_t here = SentenceIndex(st, s);
  const size_t before = SentenceAt(st, last.evidence.back().start);
  if (before >= here || here - before > 2) return std::nullopt;
  return last.actors[0];
}

// The state of the latest domestic coercion coded in the article.
std::optional<EventParty> LastDomesticTarget(const std::vector<Event>& events) {
  for (auto it = events.rbegin(); it != events.rend(); ++it)
    if (it->type == "COERCE" && !it->recipients.empty() && it->actors[0].code == it->recipients[0].code)
      return it->recipients[0];
  return std::nullopt;
}

// The party an object clitic stands for: "la Somalie les accuse
// d'ingérence" after a sentence about Ethiopian diplomats. A verb with an
// object pronoun ("les", "lui", "leur"; "le", "la", "l'" name things as
// often as parties) in its group and no object in its clause takes the last
// mention of another side in the previous sentence.
std::optional<EventParty> CliticObject(const DocState& st, const SentenceView& s, const Predicate& pred,
                                       const Slots& slots, const Document& doc) {
  if (pred.pattern->noun || pred.passive) return std::nullopt;
  size_t g = VerbGroupStart(s, pred.head);
  bool clitic = false;
  for (size_t k = g; k < pred.head; ++k) {
    std::string_view w = st.tokens[k].norm;
    clitic |= w == "les" || w == "lui" || w == "leur";
  }
  if (!clitic) return std::nullopt;
  size_t start = st.tokens[s.begin].span.start;
  size_t index = SentenceIndex(st, s);
  if (index == 0) return std::nullopt;
  const Span& prev = st.sentences[index - 1];
  const MentionRef* found = nullptr;
  for (const MentionRef& r : st.refs) {
    size_t at = st.tokens[r.first].span.start;
    if (at < prev.start) continue;
    if (at >= start) break;
    bool same = false;
    for (int a : slots.actors) same |= s.mentions[a].code == r.code;
    if (!same) found = &r;
  }
  if (!found) return std::nullopt;
  return PartyOf(doc, *found);
}

// True when only words separate token `from` (exclusive) from `to` (exclusive).
bool WordsOnly(const DocState& st, size_t from, size_t to) {
  for (size_t k = from + 1; k < to; ++k)
    if (!st.tokens[k].word) return false;
  return true;
}

bool MentionBetween(const SentenceView& s, size_t from, size_t to, const std::vector<int>& except) {
  for (int i = 0; i < static_cast<int>(s.mentions.size()); ++i)
    if (s.mentions[i].first > from && s.mentions[i].first < to &&
        std::find(except.begin(), except.end(), i) == except.end())
      return true;
  return false;
}

// Whether `inner` is part of `outer`: a noun or an infinitive in its
// complement ("a condamné le coup d'État", "s'est engagée à former", "l'appel
// à un cessez-le-feu"), or the verb whose subject `outer` is ("des
// manifestants ont bloqué le convoi").
// Whether the noun at `head` names the occasion of another event: "signé
// lors d'une rencontre", "au cours de sa visite", "en marge du sommet". The
// occasion is an event of its own.
bool Occasion(const DocState& st, const SentenceView& s, size_t head) {
  static const WordSet kGlue = {"de", "d'", "du", "des", "une", "un", "la", "le", "l'",
                                                   "les", "cette", "ce", "sa", "son", "leur", "ses", "leurs"};
  for (size_t k = head; k > s.begin && k + 5 > head; --k) {
    std::string_view w = st.tokens[k - 1].norm;
    if (w == "lors" || w == "pendant" || w == "durant") return true;
    if ((w == "cours" || w == "marge") && k >= s.begin + 2) {
      std::string_view before = st.tokens[k - 2].norm;
      return (w == "cours" && before == "au") || (w == "marge" && before == "en");
    }
    if (!kGlue.count(w)) return false;
  }
  return false;
}

bool Absorbs(const DocState& st, const SentenceView& s, const Predicate& outer, const Slots& slots,
             const Predicate& inner) {
  if (ClauseStart(s, inner.head) > outer.head || !WordsOnly(st, std::max(outer.last, slots.extent), inner.head))
    return false;
  if (inner.pattern->noun && Occasion(st, s, inner.head)) return false;
  // "a rappelé son ambassadeur après l'annonce d'un accord": another event.
  if (OtherEventFrom(s, outer.last + 1, inner.head) < inner.head) return false;
  if (inner.pattern->noun || (st.flags[inner.head] & kFlagInfinitive && !outer.pattern->noun))
    return inner.head <= slots.extent + 4;
  if (outer.pattern->noun && !inner.pattern->noun && !inner.passive) {
    // "condamne le putsch et appelle les soldats à...": a verb after "et"
    // goes on with the subject of the verb before, not with the noun.
    const size_t g = VerbGroupStart(s, inner.head);
    if (g > s.begin) {
      std::string_view before = (*s.tokens)[g - 1].norm;
      if (before == "et" || before == "mais" || before == "puis") return false;
    }
    return !MentionBetween(s, outer.last, inner.head, slots.actors);
  }
  return false;
}

// Whether "pour" (or "afin de") introduces the infinitive at `head`:
// "pour dénoncer", "pour s'opposer", "afin d'exiger".
bool PurposeBefore(const SentenceView& s, size_t head) {
  for (size_t k = head; k > s.begin && k + 3 > head; --k) {
    std::string_view w = (*s.tokens)[k - 1].norm;
    if (w == "pour" || w == "de" || w == "d'") {
      if (w == "pour") return true;
      return k >= s.begin + 2 && (*s.tokens)[k - 2].norm == "afin";
    }
    if (w != "se" && w != "s'" && w != "le" && w != "la" && w != "les" && w != "l'") return false;
  }
  return false;
}

// Whether a cooperation noun is only what talks were about: "au centre des
// entretiens se trouvait le renforcement de la coopération", "ils ont
// discuté du renforcement de leur partenariat". The talks are the event
// (CONSULT); their topic is not a second one.
bool TopicOfTalks(const SentenceView& s, const Predicate& pred) {
  const std::string& type = pred.pattern->type;
  if (!pred.pattern->noun || (type != "COOPERATE" && type != "SUPPORT" && type != "AID")) return false;
  static const WordSet kTalk = {
      "entretiens", "entretien", "discussions", "échanges", "pourparlers", "discuté", "discuter", "discutent",
      "abordé", "aborder", "abordent", "évoqué", "évoquer", "évoquent", "porté", "portaient", "portera", "menu",
      "agenda", "ordre"};
  for (size_t k = pred.head; k > s.begin && k + 8 > pred.head; --k)
    if (kTalk.count((*s.tokens)[k - 1].norm)) return true;
  return false;
}

// Whether a noun names the background of the sentence, not its news:
// "dans un contexte de désengagement des forces occidentales", "sur fond de
// retrait français".
bool Background(const SentenceView& s, const Predicate& pred) {
  if (!pred.pattern->noun) return false;
  for (size_t k = pred.head; k > s.begin && k + 4 > pred.head; --k) {
    std::string_view w = (*s.tokens)[k - 1].norm;
    if (w == "contexte" || (w == "fond" && k >= s.begin + 2 && (*s.tokens)[k - 2].norm == "sur")) return true;
    if (!(*s.tokens)[k - 1].word) return false;
  }
  return false;
}

// Whether an attack noun is used figuratively: "une offensive
// diplomatique", "la guerre commerciale", "une attaque verbale".
bool Figurative(const DocState& st, const SentenceView& s, const Predicate& pred) {
  if (!pred.pattern->noun || pred.pattern->type != "ASSAULT" || pred.last + 1 >= s.end) return false;
  static const WordSet kFigurative = {
      "diplomatique", "diplomatiques", "médiatique", "médiatiques", "commerciale", "commerciales",
      "économique", "économiques", "verbale", "verbales", "politique", "politiques", "informationnelle"};
  return kFigurative.count(st.tokens[pred.last + 1].norm) > 0;
}

// Codes the predicates of one sentence. A predicate that is part of the
// previous one (see Absorbs) gives no event of its own, and lends its
// recipient to the outer predicate when that has none.
// "X affirme que l'armée de Y a attaqué Z", "Y a armé les rebelles, a
// indiqué un rapport de X": a third party that reports a hostile act
// accuses its actor (PLOVER ACCUSE, allege). Hostile: force, or aid to an
// armed group.
void AddAllegations(const SentenceView& s, const Document& doc, size_t first_new, std::vector<Event>* events) {
  if (first_new >= events->size()) return;
  std::vector<int> speaker = Speaker(s);
  if (speaker.empty()) return;
  const MentionRef& who = s.mentions[speaker[0]];
  std::vector<Event> allegations;
  for (size_t i = first_new; i < events->size(); ++i) {
    const Event& e = (*events)[i];
    if (e.actors.empty() || e.recipients.empty() || (e.aux && *e.aux != "historical")) continue;
    bool to_group = false;
    for (const Mention& m : doc.mentions)
      if (e.recipients[0].entity && m.entity == *e.recipients[0].entity) to_group = m.kind == "group";
    const bool hostile = e.type == "ASSAULT" || e.type == "COERCE" || ((e.type == "AID" || e.type == "SUPPORT") && to_group);
    if (!hostile || who.code == e.actors[0].code || who.code == e.recipients[0].code) continue;
    Event a = e;
    a.type = "ACCUSE";
    a.mode = "allege";
    a.context.clear();
    a.cameo = "112";
    a.goldstein = -2.0;
    a.actors = {PartyOf(doc, who)};
    a.recipients = {e.actors[0]};
    allegations.push_back(std::move(a));
  }
  for (Event& a : allegations) AddEvent(std::move(a), events);
}

void CodeSentence(const Tables& d, const DocState& st, const SentenceView& s, const Document& doc,
                  std::vector<Event>* events) {
  const size_t first_new = events->size();
  std::vector<Predicate> preds;
  for (size_t k = s.begin; k < s.end; ++k) {
    if (!st.forms[k]) continue;
    Predicate pred = MatchAt(d, st, s, k);
    if (!pred.pattern) continue;
    preds.push_back(pred);
    k = pred.last;
  }
  // A coup named without its state ("Ce coup d'État a été condamné par
  // l'UA") is the article's coup: reactions to it target that state.
  bool orphan = false;
  for (const Predicate& p : preds)
    if (p.pattern->roles == Roles::kDomestic && p.pattern->noun && FindSlots(s, p).actors.empty()) orphan = true;
  for (size_t i = 0; i < preds.size();) {
    const Predicate& outer = preds[i];
    if (Background(s, outer) || Figurative(st, s, outer)) {  // no event, and it takes no next predicate
      ++i;
      continue;
    }
    Slots slots = FindSlots(s, outer);
    size_t j = i + 1;
    const Predicate* ref = &outer;  // absorption chains: noun -> its verb -> its infinitive
    // "Les RSF sont accusées de crimes et d'avoir massacré des civils": an
    // accusation without accuser adds nothing to the act, coded on its own.
    const bool no_accuser = outer.passive && slots.actors.empty();
    while (j < preds.size() && Absorbs(st, s, *ref, slots, preds[j]) && !(no_accuser && !preds[j].pattern->noun)) {
      ref = &preds[j];
      Slots inner = FindSlots(s, preds[j]);
      if (slots.actors.empty() && slots.recipients.empty()) {
        slots.actors = inner.actors;
        slots.recipients = inner.recipients;
      } else if (slots.recipients.empty()) {
        for (int r : inner.recipients.empty() ? inner.actors : inner.recipients)
          if (std::find(slots.actors.begin(), slots.actors.end(), r) == slots.actors.end())
            slots.recipients.push_back(r);
      }
      slots.extent = std::max(slots.extent, inner.extent);
      ++j;
    }
    if (no_accuser && j < preds.size() && !preds[j].pattern->noun) {
      // ... and its actor is the one accused: "sont accusées (de crimes et)
      // d'avoir massacré".
      const Predicate& act = preds[j];
      const size_t g = VerbGroupStart(s, act.head);
      std::string_view before = g > s.begin ? st.tokens[g - 1].norm : "";
      if ((before == "de" || before == "d'") && act.head <= outer.last + 10) {
        Slots act_slots = FindSlots(s, act);
        act_slots.actors = slots.recipients;  // an infinitive's subject is its governing verb's
        std::vector<int> kept;
        for (int r : act_slots.recipients)
          if (std::find(act_slots.actors.begin(), act_slots.actors.end(), r) == act_slots.actors.end()) kept.push_back(r);
        act_slots.recipients = kept;
        if (!act_slots.actors.empty()) MakeEvents(st, s, act, act_slots, doc, Modality(d, st, s, act), events);
        i = j + 1;
        continue;
      }
    }
    // "L'accord a été signé lors d'une rencontre entre X et Y": the occasion
    // is coded on its own, and its parties are those of an event that names
    // none but a quote's source.
    if ((slots.actors.empty() || slots.from_speech) && j < preds.size() && preds[j].pattern->noun &&
        Occasion(st, s, preds[j].head) && ClauseStart(s, preds[j].head) <= outer.head &&
        preds[j].head <= outer.last + 6) {
      Slots inner = FindSlots(s, preds[j]);
      if (!inner.actors.empty()) {
        slots.actors = inner.actors;
        slots.recipients = inner.recipients;
        slots.mutual = inner.mutual;
        slots.from_speech = inner.from_speech;
      }
    }
    // "ont manifesté à Kaya pour s'opposer au passage d'un convoi français":
    // a purpose clause names the target of a predicate that has none, and
    // is part of it.
    if (slots.recipients.empty() && !slots.actors.empty() && j < preds.size() && !preds[j].pattern->noun &&
        (st.flags[preds[j].head] & kFlagInfinitive) && PurposeBefore(s, preds[j].head) &&
        ClauseStart(s, preds[j].head) <= outer.head) {
      Slots inner = FindSlots(s, preds[j]);
      for (int r : inner.recipients)
        if (std::find(slots.actors.begin(), slots.actors.end(), r) == slots.actors.end()) slots.recipients.push_back(r);
      if (!slots.recipients.empty()) {
        slots.extent = std::max(slots.extent, inner.extent);
        ++j;
      }
    }
    // "lui a promis de le contraindre à fuir", "promet de sanctionner Paris":
    // a promise of force is a threat (PLOVER THREATEN).
    Pattern threat;
    Predicate coded = outer;
    if (outer.pattern->type == "AGREE" && !outer.pattern->noun) {
      for (size_t k = i + 1; k < j; ++k) {
        const std::string& t = preds[k].pattern->type;
        if (t == "ASSAULT" || t == "COERCE" || t == "SANCTION") {
          threat = *outer.pattern;
          threat.type = "THREATEN";
          threat.mode = preds[k].pattern->type == "ASSAULT" ? std::optional<std::string>("violence") : std::nullopt;
          threat.cameo = "130";
          threat.goldstein = -4.4;
          coded.pattern = &threat;
          break;
        }
      }
    }
    std::optional<EventParty> fallback;
    if (slots.recipients.empty() && orphan) fallback = LastDomesticTarget(*events);
    if (slots.recipients.empty() && !fallback && !slots.actors.empty()) fallback = CliticObject(st, s, outer, slots, doc);
    std::optional<EventParty> inherited;
    if (slots.actors.empty() && outer.pattern->noun) {
      inherited = ContinuedActor(st, s, coded, *events);
      if (inherited && slots.recipients.empty()) slots.recipients = ObjectOf(s, outer);
    }
    if ((!slots.actors.empty() || inherited) && !TopicOfTalks(s, outer))
      MakeEvents(st, s, coded, slots, doc, Modality(d, st, s, outer), events, fallback,
                 j < preds.size() ? preds[j].head : SIZE_MAX, inherited);
    i = j;
  }
  AddAllegations(s, doc, first_new, events);
}

// Drops an actor-only event when the same actor has the same type of event
// with a recipient: it is the same event, less precisely coded.
void FinishEvents(const DocState& st, std::vector<Event>* events) {
  for (Event& e : *events)
    if (e.date_source == kGuessed) e.date_source = st.default_source;
  std::vector<char> drop(events->size(), 0);
  for (size_t i = 0; i < events->size(); ++i) {
    const Event& e = (*events)[i];
    if (!e.recipients.empty()) continue;
    for (const Event& o : *events)
      drop[i] |= !o.recipients.empty() && o.type == e.type && o.actors[0].code == e.actors[0].code;
  }
  std::vector<Event> out;
  for (size_t i = 0; i < events->size(); ++i) {
    if (drop[i]) continue;
    (*events)[i].confidence = std::min((*events)[i].confidence, 0.95);
    out.push_back(std::move((*events)[i]));
  }
  *events = std::move(out);
}

}  // namespace

void EventCoder::Code(Document* doc) const {
  if (doc->lang != "fr" && doc->lang != "und" && !doc->lang.empty()) return;
  if (doc->mentions.empty()) return;
  const Tables& d = *data_;
  // The actors stage gives mentions in text order: sorting them again
  // would move every Mention. Strictly increasing starts have only one
  // sorted order, so skipping the sort then changes nothing.
  if (std::adjacent_find(doc->mentions.begin(), doc->mentions.end(), [](const Mention& a, const Mention& b) {
        return a.span.start >= b.span.start;
      }) != doc->mentions.end())
    std::sort(doc->mentions.begin(), doc->mentions.end(),
              [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  // Only sentences holding a mention can hold an event: the others are
  // neither tokenized nor looked up.
  DocState st;
  const std::vector<Mention>& ms = doc->mentions;
  size_t probe = 0;  // lines are asked for in text order
  std::vector<Span> sentences = SplitSentences(doc->text, [&ms, &probe](size_t start, size_t end) {
    while (probe < ms.size() && ms[probe].span.start < start) ++probe;
    return probe < ms.size() && ms[probe].span.start < end;
  });
  std::vector<std::pair<size_t, size_t>> ranges;  // token range of each kept sentence
  st.tokens.reserve(doc->text.size() / 5);
  size_t m = 0;
  for (const Span& sent : sentences) {
    while (m < doc->mentions.size() && doc->mentions[m].span.start < sent.start) ++m;
    if (m >= doc->mentions.size() || doc->mentions[m].span.start >= sent.end) continue;
    size_t begin = st.tokens.size();
    Tokenize(doc->text, sent, &st.tokens, &st.norms);
    if (st.tokens.size() > begin) ranges.push_back({begin, st.tokens.size()});
  }
  if (ranges.empty()) return;
  ComputeFlags(d, &st);
  MapMentions(*doc, &st);
  if (st.refs.empty()) return;
  st.text = &doc->text;
  st.sentences = std::move(sentences);
  st.published = doc->published;
  st.latest_year = data_->options.latest_year;
  std::vector<Event> events;
  size_t r = 0;
  SentenceView s{&st.tokens, &st.flags, 0, 0, {}};  // one view, its mention list reused
  for (auto [begin, end] : ranges) {
    s.begin = begin;
    s.end = end;
    s.mentions.clear();
    while (r < st.refs.size() && st.refs[r].first < s.begin) ++r;
    for (size_t k = r; k < st.refs.size() && st.refs[k].last <= s.end; ++k) s.mentions.push_back(st.refs[k]);
    if (s.mentions.empty()) continue;
    CodeSentence(d, st, s, *doc, &events);
  }
  FinishEvents(st, &events);
  doc->events = std::move(events);
}

}  // namespace veille
