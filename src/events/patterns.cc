// Loaders of the events dictionaries. Tested by patterns_test.cc.
#include "events/patterns.h"

#include <cstdlib>
#include <fstream>
#include <set>

#include "base/strings.h"
#include "events/coder.h"
#include "events/tokenize.h"

namespace veille {
namespace {

constexpr const char* kPatternsHeader = "# veille patterns format 1";
constexpr const char* kCuesHeader = "# veille cues format 1";

std::vector<std::string> SplitOn(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t i = 0;
  while (true) {
    size_t j = s.find(sep, i);
    out.emplace_back(s.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return out;
}

// Reads the data lines of `path` after checking its format-version line.
// Calls `line_fn(fields, where)` for each; collects problems in `problems`.
template <typename Fn>
Status ForEachLine(const std::string& path, const char* header, size_t columns,
                   std::vector<std::string>* problems, Fn line_fn) {
  std::ifstream in(path);
  if (!in) return Status::IoError(path + ": cannot open");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string where = path + ":" + std::to_string(n);
    if (n == 1) {
      if (line != header) problems->push_back(where + ": first line must be \"" + header + "\"");
      continue;
    }
    if (TrimSpace(line).empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitOn(line, '\t');
    if (f.size() != columns) {
      problems->push_back(where + ": expected " + std::to_string(columns) + " tab-separated fields, got " +
                          std::to_string(f.size()));
      continue;
    }
    line_fn(f, where);
  }
  if (n == 0) problems->push_back(path + ":1: empty file");
  return Status::Ok();
}

std::string JoinProblems(const std::vector<std::string>& problems) {
  std::string out;
  for (const auto& p : problems) out += (out.empty() ? "" : "\n") + p;
  return out;
}

bool IsLowerWord(const std::string& w) {
  if (w.empty()) return false;
  for (unsigned char c : w)
    if ((c >= 'A' && c <= 'Z') || c == ' ' || c == '\t') return false;
  return true;
}

// Parses the pattern column into `p`; returns a problem or "".
std::string ParsePatternText(const std::string& text, Pattern* p) {
  std::vector<std::string> words;
  // Words are split as the tokenizer splits text: "d'état" is "d'" + "état".
  for (auto& w : SplitOn(text, ' ')) {
    size_t apo = w.find('\'');
    if (apo != std::string::npos && apo + 1 < w.size() && w.find('|') == std::string::npos &&
        w.rfind("s'", 0) != 0) {
      words.push_back(w.substr(0, apo + 1));
      words.push_back(w.substr(apo + 1));
    } else if (!w.empty()) {
      words.push_back(w);
    }
  }
  size_t i = 0;
  if (i < words.size() && words[i] == "se") { p->reflexive = true; ++i; }
  if (i < words.size() && words[i].rfind("s'", 0) == 0 && words[i].size() > 2) {
    p->reflexive = true;
    words[i] = words[i].substr(2);
  }
  if (i >= words.size()) return "pattern has no head word";
  std::string head = words[i++];
  if (head.rfind("N:", 0) == 0) { p->noun = true; head = head.substr(2); }
  if (!IsLowerWord(head) || head.find('|') != std::string::npos)
    return "head \"" + head + "\" must be one lower-case lemma";
  p->head = head;
  bool far = false;
  for (; i < words.size(); ++i) {
    if (words[i] == "...") {
      if (far || i + 1 == words.size()) return "\"...\" must stand between two words";
      far = true;
      continue;
    }
    p->far.push_back(far);
    far = false;
    std::vector<std::string> alts;
    std::string_view word = words[i];
    if (word.rfind("N:", 0) == 0) word.remove_prefix(2);  // documents a noun
    for (auto& a : SplitOn(word, '|')) {
      if (!IsLowerWord(a)) return "bad word \"" + words[i] + "\" (lower-case, alternatives with |)";
      alts.push_back(FoldAccents(a));
    }
    p->follow.push_back(std::move(alts));
  }
  return "";
}

void ParsePatternLine(const std::vector<std::string>& f, const std::string& where,
                      std::vector<Pattern>* out, std::vector<std::string>* problems) {
  Pattern p;
  p.source = where;
  p.type = f[0];
  if (!IsPloverType(p.type)) { problems->push_back(where + ": unknown PLOVER type \"" + f[0] + "\""); return; }
  if (f[1] != "-") p.mode = f[1];
  if (f[2] != "-") p.context = SplitOn(f[2], ',');
  p.cameo = f[3];
  if (p.cameo.empty() || p.cameo.find_first_not_of("0123456789") != std::string::npos) {
    problems->push_back(where + ": CAMEO code must be digits, got \"" + f[3] + "\"");
    return;
  }
  char* end = nullptr;
  p.goldstein = std::strtod(f[4].c_str(), &end);
  if (f[4].empty() || *end != '\0' || p.goldstein < -10 || p.goldstein > 10) {
    problems->push_back(where + ": Goldstein value must be a number in [-10, 10], got \"" + f[4] + "\"");
    return;
  }
  if (f[5] == "agent") p.roles = Roles::kAgent;
  else if (f[5] == "host") p.roles = Roles::kHost;
  else if (f[5] == "patient") p.roles = Roles::kPatient;
  else if (f[5] == "domestic") p.roles = Roles::kDomestic;
  else if (f[5] == "local") p.roles = Roles::kLocal;
  else if (f[5] == "source") p.roles = Roles::kSource;
  else if (f[5] == "captor") p.roles = Roles::kCaptor;
  else if (f[5] == "judged") p.roles = Roles::kJudged;
  else {
    problems->push_back(where + ": roles must be agent, host, patient, domestic, local, source, captor or judged, got \"" + f[5] + "\"");
    return;
  }
  std::string problem = ParsePatternText(f[6], &p);
  if (!problem.empty()) { problems->push_back(where + ": " + problem); return; }
  out->push_back(std::move(p));
}

}  // namespace

bool IsPloverType(const std::string& type) {
  static const std::set<std::string> kTypes = {
      "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
      "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
  return kTypes.count(type) > 0;
}

Result<std::vector<Pattern>> LoadPatterns(const std::string& path) {
  std::vector<Pattern> out;
  std::vector<std::string> problems;
  std::set<std::string> seen;
  Status s = ForEachLine(path, kPatternsHeader, 7, &problems,
                         [&](const std::vector<std::string>& f, const std::string& where) {
                           std::string key = f[0] + "\t" + f[6];
                           if (!seen.insert(key).second)
                             problems.push_back(where + ": duplicate pattern \"" + f[6] + "\" for " + f[0]);
                           ParsePatternLine(f, where, &out, &problems);
                         });
  if (!s.ok()) return s;
  if (!problems.empty()) return Status::DataError(JoinProblems(problems));
  return out;
}

Result<std::vector<Cue>> LoadCues(const std::string& path) {
  std::vector<Cue> out;
  std::vector<std::string> problems;
  Status s = ForEachLine(path, kCuesHeader, 3, &problems,
                         [&](const std::vector<std::string>& f, const std::string& where) {
                           Cue w{f[0], f[1], false, false, where};
                           static const std::set<std::string> kKinds = {"hypothetical", "future", "negated",
                                                                        "speech", "judge", "light", "receive",
                                                                        "military"};
                           if (!kKinds.count(w.aux))
                             problems.push_back(where + ": kind must be one of hypothetical, future, negated, "
                                                "speech, judge, light, receive, military");
                           if (!IsLowerWord(w.lemma)) problems.push_back(where + ": bad lemma \"" + f[0] + "\"");
                           for (auto& opt : SplitOn(f[2], ',')) {
                             if (opt == "cond") w.conditional_only = true;
                             else if (opt == "after") w.after = true;
                             else if (opt != "-") problems.push_back(where + ": unknown option \"" + opt + "\"");
                           }
                           out.push_back(std::move(w));
                         });
  if (!s.ok()) return s;
  if (!problems.empty()) return Status::DataError(JoinProblems(problems));
  return out;
}

std::vector<std::string> CheckEventDictionaries(const std::string& data_dir) {
  std::vector<std::string> problems;
  auto collect = [&problems](const Status& s) {
    if (s.ok()) return;
    for (auto& line : SplitOn(s.message(), '\n')) problems.push_back(line);
  };
  collect(LoadPatterns(data_dir + "/events/patterns.tsv").status());
  collect(LoadCues(data_dir + "/events/cues.tsv").status());
  if (problems.empty()) {  // the lemmas against hunspell-fr
    auto coder = EventCoder::Load(data_dir);
    if (!coder.ok()) collect(coder.status());
  }
  return problems;
}

}  // namespace veille
