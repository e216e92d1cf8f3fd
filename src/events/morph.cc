// Expansion of hunspell-fr suffix rules for a chosen set of lemmas.
//
// fr_FR.aff declares "FLAG long": every flag is two characters, and a
// dictionary entry "mettre/vA() po:v3..." carries the flags "vA" and "()".
// A suffix rule "SFX vA ettre is/L'D'Q' . mettre po:ppas ..." reads: strip
// "ettre" from the root, add "is", when the root ends as the condition says;
// the po: fields give the tags of the form. Prefix rules (PFX) only produce
// elided forms ("l'", "d'"...), which the tokenizer splits off, so they are
// not expanded. Continuation flags after '/' are likewise elision prefixes.
#include "events/morph.h"

#include <bit>
#include <cstring>
#include <fstream>
#include <unordered_set>

#include "base/strings.h"
#include "base/utf8.h"

namespace veille {
namespace {

struct SuffixRule {
  std::u32string strip;
  std::string add;
  std::vector<std::u32string> condition;  // one set per position; "" = any
  std::vector<bool> negated;
  uint16_t tags = 0;
};

std::u32string ToU32(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out.push_back(DecodeUtf8(s, &i));
  return out;
}

std::string FromU32(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) AppendUtf8(c, &out);
  return out;
}

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    if (j > i) out.push_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

uint16_t TagOf(std::string_view field) {
  static const std::pair<std::string_view, uint16_t> kTags[] = {
      {"po:infi", kTagInfinitive}, {"po:ppas", kTagPastParticiple},
      {"po:ppre", kTagPresentParticiple}, {"po:ipre", kTagPresent},
      {"po:iimp", kTagImperfect}, {"po:ipsi", kTagSimplePast},
      {"po:ifut", kTagFuture}, {"po:cond", kTagConditional},
      {"po:spre", kTagSubjunctive}, {"po:simp", kTagSubjunctive},
      {"po:impe", kTagImperative}, {"po:nom", kTagNoun}, {"po:adj", kTagAdjective},
      {"po:2sg", kTagSecondPerson}, {"po:2pl", kTagSecondPerson},
      {"po:3sg", kTagThirdPerson}, {"po:3pl", kTagThirdPerson}};
  for (const auto& [name, tag] : kTags)
    if (field == name) return tag;
  return 0;
}

// Parses a condition such as "[^aeiou]er" or "." into per-position sets.
bool ParseCondition(std::string_view cond, SuffixRule* rule) {
  if (cond == ".") return true;
  std::u32string c = ToU32(cond);
  for (size_t i = 0; i < c.size(); ++i) {
    if (c[i] == '[') {
      size_t j = c.find(']', i);
      if (j == std::u32string::npos) return false;
      bool neg = j > i + 1 && c[i + 1] == '^';
      rule->condition.push_back(c.substr(i + 1 + neg, j - i - 1 - neg));
      rule->negated.push_back(neg);
      i = j;
    } else {
      rule->condition.push_back(c[i] == '.' ? std::u32string() : std::u32string(1, c[i]));
      rule->negated.push_back(false);
    }
  }
  return true;
}

bool ConditionHolds(const SuffixRule& rule, const std::u32string& root) {
  size_t n = rule.condition.size();
  if (root.size() < n || root.size() < rule.strip.size()) return false;
  for (size_t k = 0; k < n; ++k) {
    char32_t ch = root[root.size() - n + k];
    const std::u32string& set = rule.condition[k];
    if (set.empty()) continue;
    bool in = set.find(ch) != std::u32string::npos;
    if (in == rule.negated[k]) return false;
  }
  return root.compare(root.size() - rule.strip.size(), rule.strip.size(), rule.strip) == 0;
}

using RuleTable = std::unordered_map<std::string, std::vector<SuffixRule>>;

Result<RuleTable> ReadSuffixRules(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IoError(path + ": cannot open the hunspell affix file");
  RuleTable rules;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.rfind("SFX ", 0) != 0) continue;
    auto f = Fields(line);
    if (f.size() == 4) continue;  // header: SFX flag Y count
    if (f.size() < 5) return Status::DataError(path + ":" + std::to_string(n) + ": short SFX rule");
    SuffixRule rule;
    if (f[2] != "0") rule.strip = ToU32(f[2]);
    std::string_view add = f[3].substr(0, f[3].find('/'));
    if (add != "0") rule.add = std::string(add);
    if (!ParseCondition(f[4], &rule))
      return Status::DataError(path + ":" + std::to_string(n) + ": bad condition");
    for (size_t k = 5; k < f.size(); ++k) rule.tags |= TagOf(f[k]);
    rules[std::string(f[1])].push_back(std::move(rule));
  }
  return rules;
}

struct DicEntry {
  std::string flags;
  uint16_t tags = 0;
};

// The entries of `dic_path` whose word is one of `wanted`.
Result<std::unordered_multimap<std::string, DicEntry>> ReadEntries(
    const std::string& path, const std::unordered_set<std::string>& wanted) {
  std::ifstream in(path);
  if (!in) return Status::IoError(path + ": cannot open the hunspell dictionary");
  std::unordered_multimap<std::string, DicEntry> out;
  std::string line;
  while (std::getline(in, line)) {
    size_t end = line.find_first_of("/ \t");
    std::string word = line.substr(0, end);
    if (!wanted.count(word)) continue;
    DicEntry e;
    if (end != std::string::npos && line[end] == '/') {
      size_t fe = line.find_first_of(" \t", end);
      e.flags = line.substr(end + 1, fe == std::string::npos ? std::string::npos : fe - end - 1);
    }
    for (auto f : Fields(line)) e.tags |= TagOf(f);
    if (line.find("po:v") != std::string::npos) e.tags |= kTagInfinitive;
    out.emplace(std::move(word), std::move(e));
  }
  return out;
}

}  // namespace

Result<FrenchLexicon> FrenchLexicon::Load(const std::string& aff_path, const std::string& dic_path,
                                          const std::vector<std::string>& lemmas,
                                          std::vector<std::string>* missing) {
  Result<RuleTable> rules = ReadSuffixRules(aff_path);
  if (!rules.ok()) return rules.status();
  std::unordered_set<std::string> wanted(lemmas.begin(), lemmas.end());
  auto entries = ReadEntries(dic_path, wanted);
  if (!entries.ok()) return entries.status();
  FrenchLexicon lex;
  std::unordered_map<std::string, uint32_t> form_ids;  // form -> index into forms_
  auto add = [&lex, &form_ids](const std::string& form, uint32_t id, uint16_t tags) {
    auto [at, fresh] = form_ids.try_emplace(form, static_cast<uint32_t>(lex.forms_.size()));
    if (fresh) lex.forms_.push_back({form, {}});
    auto& v = lex.forms_[at->second].infos;
    for (auto& fi : v)
      if (fi.lemma == id) { fi.tags |= tags; return; }
    v.push_back({id, tags});
  };
  for (const std::string& lemma : lemmas) {
    if (lex.lemma_ids_.count(lemma)) continue;
    uint32_t id = lex.lemmas_.size();
    lex.lemmas_.push_back(lemma);
    lex.lemma_ids_[lemma] = id;
    auto [lo, hi] = entries->equal_range(lemma);
    if (lo == hi) {
      if (missing) missing->push_back(lemma);
      add(lemma, id, kTagNoun);
      add(lemma + "s", id, kTagNoun);
      continue;
    }
    std::u32string root = ToU32(lemma);
    for (auto it = lo; it != hi; ++it) {
      const DicEntry& e = it->second;
      if (e.flags.find("()") == std::string::npos || !(e.tags & kTagInfinitive))
        add(lemma, id, e.tags);  // the bare word is a form itself
      for (size_t k = 0; k + 1 < e.flags.size(); k += 2) {
        auto r = rules->find(e.flags.substr(k, 2));
        if (r == rules->end()) continue;
        for (const SuffixRule& rule : r->second) {
          if (!ConditionHolds(rule, root)) continue;
          std::string form = FromU32(root.substr(0, root.size() - rule.strip.size())) + rule.add;
          add(form, id, rule.tags ? rule.tags : e.tags);
        }
      }
    }
  }
  lex.BuildIndex();
  return lex;
}

// The filter's hash: the length and up to eight bytes (the first four and
// the last four, overlapping in short words), one multiply. A few
// instructions inline and no loop, where the library hash is a call and a
// loop; words that share it only share a filter bit.
uint64_t FrenchLexicon::FilterHash(std::string_view form) {
  const size_t n = form.size();
  const char* p = form.data();
  uint64_t x = n;
  if (n >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, p, 4);
    std::memcpy(&tail, p + n - 4, 4);
    x = (uint64_t{head} << 32 | tail) ^ x << 56;
  } else if (n > 0) {
    x |= uint64_t{static_cast<unsigned char>(p[0])} << 8 | uint64_t{static_cast<unsigned char>(p[n / 2])} << 16 |
         uint64_t{static_cast<unsigned char>(p[n - 1])} << 24;
  }
  x *= 0x9E3779B97F4A7C15u;
  return std::rotl(x, 32);  // the high half, which the multiply mixes best, at the bottom
}

// The table's hash: every byte counts (forms of one lemma share most of
// theirs), eight bytes a step, inline; the library hash is a call.
uint64_t FrenchLexicon::SlotHash(std::string_view form) {
  const size_t n = form.size();
  const char* p = form.data();
  uint64_t h = n * 0x9E3779B97F4A7C15u;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, p + i, 8);
    h = std::rotl((h ^ x) * 0xBF58476D1CE4E5B9u, 29);
  }
  if (i < n) {
    uint64_t x = 0;
    std::memcpy(&x, p + i, n - i);
    h = std::rotl((h ^ x) * 0xBF58476D1CE4E5B9u, 29);
  }
  h ^= h >> 31;
  h *= 0x94D049BB133111EBu;
  return h ^ (h >> 32);
}

void FrenchLexicon::BuildIndex() {
  // About 32 filter bits per form: a word that is none of ours passes one
  // time in 30. At most one slot in four is used: probes stay short.
  size_t bits = 64, slots = 4;
  while (bits < 32 * forms_.size()) bits *= 2;
  while (slots < 4 * forms_.size()) slots *= 2;
  filter_.assign(bits / 64, 0);
  filter_mask_ = bits - 1;
  slots_.assign(slots, 0);
  slot_mask_ = slots - 1;
  for (uint32_t k = 0; k < forms_.size(); ++k) {
    const size_t bit = FilterHash(forms_[k].text) & filter_mask_;
    filter_[bit / 64] |= uint64_t{1} << (bit % 64);
    size_t i = SlotHash(forms_[k].text) & slot_mask_;
    while (slots_[i] != 0) i = (i + 1) & slot_mask_;
    slots_[i] = k + 1;
  }
}

const std::vector<FormInfo>* FrenchLexicon::Lookup(std::string_view form) const {
  if (forms_.empty()) return nullptr;
  const size_t bit = FilterHash(form) & filter_mask_;
  if (!(filter_[bit / 64] >> (bit % 64) & 1)) return nullptr;
  for (size_t i = SlotHash(form) & slot_mask_; slots_[i] != 0; i = (i + 1) & slot_mask_) {
    const Form& f = forms_[slots_[i] - 1];
    if (f.text == form) return &f.infos;
  }
  return nullptr;
}

int FrenchLexicon::LemmaId(std::string_view lemma) const {
  auto it = lemma_ids_.find(std::string(lemma));
  return it == lemma_ids_.end() ? -1 : static_cast<int>(it->second);
}

std::vector<std::string> FrenchLexicon::FormsOf(std::string_view lemma) const {
  std::vector<std::string> out;
  int id = LemmaId(lemma);
  if (id < 0) return out;
  for (const Form& f : forms_)
    for (const FormInfo& fi : f.infos)
      if (fi.lemma == static_cast<uint32_t>(id)) out.push_back(f.text);
  return out;
}

}  // namespace veille
