// Loader and validator of the actor dictionaries. Each file is read line by
// line: the first non-blank line must be "# veille <name> format 1", other
// '#' lines are comments, fields are tab-separated. A bad line is reported
// and skipped; the rest still loads, so `veille dict check` lists every
// problem at once. Files load in dependency order: states (codes), then
// state forms and organisations (forms), role nouns (roles), persons
// (codes) and roles (persons, roles).
// Tested by dictionary_test.cc.
#include "actors/dictionary.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <set>

#include "actors/fold.h"
#include "base/files.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "text/name_key.h"

namespace veille {
namespace {

struct Line {
  size_t number;
  std::vector<std::string> fields;
};

class TsvReader {
 public:
  TsvReader(std::string path, std::string format, std::vector<std::string>* problems)
      : path_(std::move(path)), format_(std::move(format)), problems_(problems) {}

  // Data lines of the file; false when it cannot be read (reported unless
  // `optional` and missing).
  bool Read(bool optional, std::vector<Line>* lines) {
    Result<std::string> bytes = ReadFile(path_);
    if (!bytes.ok()) {
      if (!optional) Report(0, "cannot read: " + bytes.status().message());
      return false;
    }
    bool seen_version = false;
    size_t number = 0;
    for (std::string_view raw : SplitLines(*bytes)) {
      ++number;
      if (TrimSpace(raw).empty()) continue;
      if (!seen_version) {
        seen_version = true;
        if (TrimSpace(raw) != "# veille " + format_ + " format 1")
          Report(number, "first line must be \"# veille " + format_ + " format 1\"");
        continue;
      }
      if (raw[0] == '#') continue;
      Line line{number, {}};
      size_t start = 0;
      while (true) {
        size_t tab = raw.find('\t', start);
        line.fields.emplace_back(TrimSpace(raw.substr(start, tab - start)));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
      }
      lines->push_back(std::move(line));
    }
    if (!seen_version) Report(0, "empty file: the format-version line is missing");
    return true;
  }

  void Report(size_t line, const std::string& problem) {
    problems_->push_back(path_ + ":" + std::to_string(line) + ": " + problem);
  }

  bool CheckColumns(const Line& line, size_t min, size_t max) {
    if (line.fields.size() >= min && line.fields.size() <= max) return true;
    std::string expected = "expected " + std::to_string(min);
    if (min != max) expected.append("-").append(std::to_string(max));
    expected += " tab-separated columns, found " + std::to_string(line.fields.size());
    Report(line.number, expected);
    return false;
  }

 private:
  std::string path_, format_;
  std::vector<std::string>* problems_;
};

std::vector<std::string> SplitBar(const std::string& s) {
  std::vector<std::string> out;
  if (s.empty() || s == "-") return out;
  size_t start = 0;
  while (true) {
    size_t bar = s.find('|', start);
    std::string part(TrimSpace(std::string_view(s).substr(start, bar - start)));
    if (!part.empty()) out.push_back(std::move(part));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return out;
}

std::string Dash(const std::string& s) { return s == "-" ? std::string() : s; }

bool IsUpperCode(std::string_view s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

bool IsIdWord(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// Case rule of a surface form and the folded offset of its first capital.
void CaseOf(std::string_view form, CaseRule* rule, uint16_t* offset) {
  int upper = 0, lower = 0;
  size_t first_upper = std::string_view::npos;
  size_t pos = 0;
  while (pos < form.size()) {
    size_t at = pos;
    char32_t cp = DecodeUtf8(form, &pos);
    if (u_isupper(cp)) {
      if (first_upper == std::string_view::npos) first_upper = at;
      ++upper;
    } else if (u_islower(cp)) {
      ++lower;
    }
  }
  *offset = 0;
  if (upper == 0) {
    *rule = CaseRule::kAny;
  } else if (lower == 0 && upper >= 2) {
    *rule = CaseRule::kAll;
  } else {
    *rule = CaseRule::kInitial;
    *offset = static_cast<uint16_t>(FoldString(form.substr(0, first_upper)).size());
  }
}

class Builder {
 public:
  Builder(const std::string& dir, std::vector<std::string>* problems) : dir_(dir), problems_(problems) {}

  ActorDictionary Build() {
    LoadStates();
    LoadStateForms();
    LoadOrgs();
    LoadPlaces();
    LoadRoleNouns();
    LoadPersons();
    LoadRoles();
    return std::move(d_);
  }

 private:
  std::string Path(const char* name) const { return dir_ + "/" + name; }

  void AddForm(const std::string& surface, FormKind kind, uint32_t target) {
    std::string folded = FoldString(surface);
    if (folded.empty()) return;
    Form f{kind, target, CaseRule::kAny, 0};
    CaseOf(surface, &f.case_rule, &f.initial_offset);
    auto [it, fresh] = pattern_index_.try_emplace(folded, static_cast<uint32_t>(d_.patterns.size()));
    if (fresh) {
      d_.patterns.push_back(folded);
      d_.pattern_forms.emplace_back();
    }
    std::vector<Form>& forms = d_.pattern_forms[it->second];
    for (const Form& g : forms) {
      if (g.kind == f.kind && g.target == f.target && g.case_rule == f.case_rule) return;
    }
    forms.push_back(f);
  }

  void LoadStates() {
    TsvReader r(Path("states.tsv"), "states", problems_);
    std::vector<Line> lines;
    r.Read(false, &lines);
    for (const Line& l : lines) {
      if (!r.CheckColumns(l, 6, 6)) continue;
      StateRec s{l.fields[0], l.fields[1], l.fields[2], l.fields[3], l.fields[4], l.fields[5], 'm'};
      if (s.code.size() != 3 || !IsUpperCode(s.code)) {
        r.Report(l.number, "bad ISO3 code '" + s.code + "'");
        continue;
      }
      if (d_.state_by_code.count(s.code)) {
        r.Report(l.number, "duplicate state " + s.code);
        continue;
      }
      uint32_t index = static_cast<uint32_t>(d_.states.size());
      d_.state_by_code[s.code] = index;
      for (const std::string* name : {&s.name_en, &s.name_fr, &s.name_ru}) {
        if (!name->empty()) AddForm(*name, FormKind::kStateName, index);
      }
      d_.states.push_back(std::move(s));
    }
  }

  void LoadStateForms() {
    static const std::map<std::string, FormKind> kFields = {
        {"name", FormKind::kStateName}, {"demonym", FormKind::kDemonym}, {"adj_en", FormKind::kAdjEn},
        {"adj_ru", FormKind::kDemonym}, {"capital", FormKind::kCapital}, {"seat", FormKind::kSeat}};
    TsvReader r(Path("state_forms.tsv"), "state-forms", problems_);
    std::vector<Line> lines;
    r.Read(false, &lines);
    for (const Line& l : lines) {
      if (!r.CheckColumns(l, 3, 3)) continue;
      auto state = d_.state_by_code.find(l.fields[0]);
      if (state == d_.state_by_code.end()) {
        r.Report(l.number, "unknown country code '" + l.fields[0] + "'");
        continue;
      }
      if (l.fields[1] == "gender") {
        const std::string& g = l.fields[2];
        if (g != "m" && g != "f" && g != "p") {
          r.Report(l.number, "gender must be m, f or p, not '" + g + "'");
          continue;
        }
        d_.states[state->second].gender = g[0];
        continue;
      }
      auto field = kFields.find(l.fields[1]);
      if (field == kFields.end()) {
        r.Report(l.number, "unknown field '" + l.fields[1] + "'");
        continue;
      }
      std::vector<std::string> forms = SplitBar(l.fields[2]);
      if (forms.empty()) r.Report(l.number, "no forms");
      for (const std::string& f : forms) AddForm(f, field->second, state->second);
    }
  }

  void LoadOrgs() {
    TsvReader r(Path("orgs.tsv"), "organisations", problems_);
    std::vector<Line> lines;
    r.Read(false, &lines);
    std::set<std::string>& ids = entity_ids_;
    for (const Line& l : lines) {
      if (!r.CheckColumns(l, 9, 9)) continue;
      const auto& f = l.fields;
      OrgRec o{f[0], Dash(f[1]), f[2], Dash(f[3]), Dash(f[4]), f[6], f[5].empty() ? 'm' : f[5][0]};
      size_t colon = o.id.find(':');
      if (colon == std::string::npos || !IsIdWord(o.id.substr(colon + 1))) {
        r.Report(l.number, "bad id '" + o.id + "': expected org:, grp: or place: + lower-case words");
        continue;
      }
      if (!ids.insert(o.id).second) {
        r.Report(l.number, "duplicate id " + o.id);
        continue;
      }
      if (o.kind != "org" && o.kind != "group" && o.kind != "place") {
        r.Report(l.number, "kind must be org, group or place, not '" + o.kind + "'");
        continue;
      }
      if (!o.code.empty() && !IsUpperCode(o.code)) {
        r.Report(l.number, "bad code '" + o.code + "': upper-case letters and digits");
        continue;
      }
      if (!o.country.empty() && !d_.state_by_code.count(o.country)) {
        r.Report(l.number, "unknown country code '" + o.country + "'");
        continue;
      }
      if (f[5] != "m" && f[5] != "f" && f[5] != "p") {
        r.Report(l.number, "gender must be m, f or p, not '" + f[5] + "'");
        continue;
      }
      uint32_t index = static_cast<uint32_t>(d_.orgs.size());
      std::vector<std::string> forms = SplitBar(f[7]);
      if (forms.empty()) r.Report(l.number, "no forms");
      for (const std::string& s : forms) AddForm(s, FormKind::kOrgName, index);
      for (const std::string& s : SplitBar(f[8])) AddForm(s, FormKind::kOrgAdjective, index);
      if (!o.code.empty()) org_codes_.insert(o.code);
      d_.orgs.push_back(std::move(o));
    }
  }

  // places.tsv: towns and regions inside one state. They become organisation
  // records of kind "place" with that state as country and no actor code.
  void LoadPlaces() {
    TsvReader r(Path("places.tsv"), "places", problems_);
    std::vector<Line> lines;
    r.Read(false, &lines);
    for (const Line& l : lines) {
      if (!r.CheckColumns(l, 4, 4)) continue;
      const auto& f = l.fields;
      if (f[0].rfind("place:", 0) != 0 || !IsIdWord(f[0].substr(6))) {
        r.Report(l.number, "bad id '" + f[0] + "': expected place: + lower-case words");
        continue;
      }
      if (!entity_ids_.insert(f[0]).second) {
        r.Report(l.number, "duplicate id " + f[0]);
        continue;
      }
      if (!d_.state_by_code.count(f[1])) {
        r.Report(l.number, "unknown country code '" + f[1] + "'");
        continue;
      }
      std::vector<std::string> forms = SplitBar(f[3]);
      if (forms.empty()) {
        r.Report(l.number, "no forms");
        continue;
      }
      uint32_t index = static_cast<uint32_t>(d_.orgs.size());
      for (const std::string& s : forms) AddForm(s, FormKind::kOrgName, index);
      d_.orgs.push_back(OrgRec{f[0], "", "place", f[1], "", f[2], 'm'});
    }
  }

  void LoadRoleNouns() {
    TsvReader r(Path("role_nouns.tsv"), "role-nouns", problems_);
    std::vector<Line> lines;
    r.Read(false, &lines);
    for (const Line& l : lines) {
      if (!r.CheckColumns(l, 5, 5)) continue;
      const auto& f = l.fields;
      RoleRow row;
      row.role = f[0];
      if (!IsIdWord(row.role) && row.role.find('_') == std::string::npos) {
        r.Report(l.number, "bad role name '" + row.role + "'");
        continue;
      }
      if (f[1] == "person") row.type = RoleType::kPerson;
      else if (f[1] == "body") row.type = RoleType::kBody;
      else if (f[1] == "title") row.type = RoleType::kTitle;
      else {
        r.Report(l.number, "type must be person, body or title, not '" + f[1] + "'");
        continue;
      }
      row.sector = Dash(f[2]);
      row.heads = SplitBar(f[3]);
      row.complements = SplitBar(f[4]);
      if (row.heads.empty()) {
        r.Report(l.number, "no heads");
        continue;
      }
      uint32_t index = static_cast<uint32_t>(d_.roles.size());
      for (const std::string& h : row.heads) AddForm(h, FormKind::kRoleHead, index);
      for (const std::string& c : row.complements) AddForm(c, FormKind::kComplement, index);
      role_names_.insert(row.role);
      d_.roles.push_back(std::move(row));
    }
  }

  void LoadPersons() {
    TsvReader r(Path("persons.tsv"), "persons", problems_);
    std::vector<Line> lines;
    if (!r.Read(true, &lines)) return;
    for (const Line& l : lines) {
      if (!r.CheckColumns(l, 4, 4)) continue;
      const auto& f = l.fields;
      PersonRec p{f[0], f[1], f[3], {}, {}};
      if (p.id.rfind("per:", 0) != 0 || !IsIdWord(p.id.substr(4))) {
        r.Report(l.number, "bad id '" + p.id + "': expected per: + lower-case ASCII words joined by -");
        continue;
      }
      if (d_.person_by_id.count(p.id)) {
        r.Report(l.number, "duplicate id " + p.id);
        continue;
      }
      if (!d_.IsKnownCode(p.country) && !org_codes_.count(p.country)) {
        r.Report(l.number, "unknown country code '" + p.country + "'");
        continue;
      }
      if (p.name.empty()) {
        r.Report(l.number, "empty name");
        continue;
      }
      p.aliases.push_back(p.name);
      for (std::string& a : SplitBar(f[2])) p.aliases.push_back(std::move(a));
      uint32_t index = static_cast<uint32_t>(d_.persons.size());
      for (const std::string& a : p.aliases) {
        std::vector<std::string> keys = NameKeyWords(a);
        if (keys.empty()) continue;
        IndexKeys(keys, index);
        p.alias_keys.push_back(std::move(keys));
      }
      d_.person_by_id[p.id] = index;
      d_.persons.push_back(std::move(p));
    }
  }

  void IndexKeys(const std::vector<std::string>& keys, uint32_t person) {
    std::string whole;
    for (const std::string& k : keys) whole += (whole.empty() ? "" : " ") + k;
    AddUnique(&d_.person_by_key, whole, person);
    AddUnique(&d_.person_by_surname, keys.back(), person);
    if (keys.size() >= 2) AddUnique(&d_.person_by_first_name, keys.front(), person);
    for (size_t i = 0; i < keys.size(); ++i) {
      bool first_name = i == 0 && keys.size() >= 2;
      auto [it, fresh] = d_.person_word_keys.try_emplace(keys[i], first_name);
      if (!fresh && first_name) it->second = true;
    }
  }

  static void AddUnique(std::unordered_multimap<std::string, uint32_t>* m, const std::string& k, uint32_t v) {
    auto range = m->equal_range(k);
    for (auto it = range.first; it != range.second; ++it) {
      if (it->second == v) return;
    }
    m->emplace(k, v);
  }

  void LoadRoles() {
    d_.tenures_of_person.resize(d_.persons.size());
    TsvReader r(Path("roles.tsv"), "roles", problems_);
    std::vector<Line> lines;
    if (!r.Read(true, &lines)) return;
    for (const Line& l : lines) {
      if (!r.CheckColumns(l, 5, 6)) continue;
      const auto& f = l.fields;
      auto person = d_.person_by_id.find(f[0]);
      if (person == d_.person_by_id.end()) {
        r.Report(l.number, "unknown person '" + f[0] + "'");
        continue;
      }
      if (!d_.IsKnownCode(f[1]) && !org_codes_.count(f[1])) {
        r.Report(l.number, "unknown country code '" + f[1] + "'");
        continue;
      }
      if (!role_names_.count(f[2])) {
        r.Report(l.number, "unknown role '" + f[2] + "'");
        continue;
      }
      Tenure t{person->second, f[1], f[2], f[3], NormalizeDate(f[4], false),
               f.size() > 5 && !f[5].empty() ? NormalizeDate(f[5], true) : "9999-12-31"};
      if (t.from.empty()) {
        r.Report(l.number, "bad date '" + f[4] + "': expected YYYY, YYYY-MM or YYYY-MM-DD");
        continue;
      }
      if (t.to.empty()) {
        r.Report(l.number, "bad date '" + f[5] + "': expected YYYY, YYYY-MM or YYYY-MM-DD");
        continue;
      }
      if (t.to < t.from) {
        r.Report(l.number, "tenure ends before it starts");
        continue;
      }
      d_.tenures_by_post[{t.country, t.role}].push_back(static_cast<uint32_t>(d_.tenures.size()));
      d_.tenures_of_person[t.person].push_back(static_cast<uint32_t>(d_.tenures.size()));
      d_.tenures.push_back(std::move(t));
    }
  }

  std::string dir_;
  std::vector<std::string>* problems_;
  ActorDictionary d_;
  std::unordered_map<std::string, uint32_t> pattern_index_;
  std::set<std::string> org_codes_;
  std::set<std::string> entity_ids_;  // ids of orgs.tsv and places.tsv
  std::set<std::string> role_names_;
};

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool ActorDictionary::IsKnownCode(std::string_view code) const {
  if (state_by_code.count(std::string(code))) return true;
  for (const OrgRec& o : orgs) {
    if (o.code == code) return true;
  }
  return false;
}

int ActorDictionary::HolderOf(const std::string& country, const std::string& role,
                              const std::string& date) const {
  auto it = tenures_by_post.find({country, role});
  if (it == tenures_by_post.end()) return -1;
  int best = -1;
  for (uint32_t i : it->second) {
    const Tenure& t = tenures[i];
    if (date.empty()) {
      if (best < 0 || t.from > tenures[best].from) best = static_cast<int>(i);
    } else if (t.from <= date && date <= t.to) {
      if (best < 0 || t.from > tenures[best].from) best = static_cast<int>(i);
    }
  }
  return best < 0 ? -1 : static_cast<int>(tenures[best].person);
}

std::string NormalizeDate(std::string_view date, bool end) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return "";
  if (!AllDigits(date.substr(0, 4))) return "";
  std::string year(date.substr(0, 4));
  if (date.size() == 4) return year + (end ? "-12-31" : "-01-01");
  if (date[4] != '-' || !AllDigits(date.substr(5, 2))) return "";
  int month = std::stoi(std::string(date.substr(5, 2)));
  if (month < 1 || month > 12) return "";
  std::string ym(date.substr(0, 7));
  if (date.size() == 7) return ym + (end ? "-" + std::to_string(kDays[month - 1]) : "-01");
  if (date[7] != '-' || !AllDigits(date.substr(8, 2))) return "";
  int day = std::stoi(std::string(date.substr(8, 2)));
  if (day < 1 || day > kDays[month - 1]) return "";
  return std::string(date);
}

ActorDictionary LoadActorDictionary(const std::string& actors_dir, std::vector<std::string>* problems) {
  return Builder(actors_dir, problems).Build();
}

std::vector<std::string> CheckActorData(const std::string& data_dir) {
  std::vector<std::string> problems;
  LoadActorDictionary(data_dir + "/actors", &problems);
  return problems;
}

}  // namespace veille
