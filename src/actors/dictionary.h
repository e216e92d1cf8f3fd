// The actor dictionaries (data/actors/, formats in data/actors/README.md):
// states.tsv (generated) + state_forms.tsv, orgs.tsv, role_nouns.tsv,
// persons.tsv and roles.tsv. The loader validates every line and reports
// problems as "file:line: problem"; it also builds the surface forms the
// matcher looks for and the name-key indexes of persons.
// Tested by dictionary_test.cc.
#ifndef VEILLE_ACTORS_DICTIONARY_H_
#define VEILLE_ACTORS_DICTIONARY_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "veille/status.h"

namespace veille {

struct StateRec {
  std::string code;  // ISO3
  std::string iso2;
  std::string status;  // member | observer | other
  std::string name_en, name_fr, name_ru;
  char gender = 'm';  // of the usual French name: m | f | p
};

struct OrgRec {
  std::string id, code, kind, country, sector, name;  // "-" read as empty
  char gender = 'm';
};

struct PersonRec {
  std::string id, name, country;
  std::vector<std::string> aliases;                 // name first, then the aliases
  std::vector<std::vector<std::string>> alias_keys;  // NameKeyWords of each alias
};

struct Tenure {
  uint32_t person = 0;  // index into persons
  std::string country, role, sector;
  std::string from, to;  // "YYYY-MM-DD"; `to` = "9999-12-31" while in office
};

enum class RoleType : uint8_t { kPerson, kBody, kTitle };

struct RoleRow {
  std::string role;
  RoleType type = RoleType::kPerson;
  std::string sector;  // empty: from the organisation in the phrase
  std::vector<std::string> heads, complements;
};

// What a surface form in the text stands for.
enum class FormKind : uint8_t {
  kStateName,     // "Mali", "la Russie" (target: state)
  kDemonym,       // "malien", "maliennes" (target: state); placed after the noun in French
  kAdjEn,         // "Malian", "Russian" (target: state); placed before the noun
  kCapital,       // "Bamako" (target: state)
  kSeat,          // "Kremlin", "Élysée" (target: state)
  kOrgName,       // "CEDEAO" (target: org)
  kOrgAdjective,  // "occidentaux" (target: org)
  kRoleHead,      // "ministre" (target: role row)
  kComplement,    // "de la défense" (target: role row)
};

// How the case of the text must agree with a form.
enum class CaseRule : uint8_t {
  kAny,      // the form is written in lower case: any case matches
  kInitial,  // the form's first capital must be a capital in the text too
  kAll,      // an acronym: every letter must be a capital in the text
};

struct Form {
  FormKind kind;
  uint32_t target;
  CaseRule case_rule;
  uint16_t initial_offset;  // folded byte offset of the first capital (kInitial)
};

struct ActorDictionary {
  std::vector<StateRec> states;
  std::vector<OrgRec> orgs;
  std::vector<RoleRow> roles;
  std::vector<PersonRec> persons;
  std::vector<Tenure> tenures;

  std::unordered_map<std::string, uint32_t> state_by_code;
  std::unordered_map<std::string, uint32_t> person_by_id;

  // Matcher patterns (folded, unique) and the forms each stands for.
  std::vector<std::string> patterns;
  std::vector<std::vector<Form>> pattern_forms;

  // Person name keys: the whole key of every alias, and its last word.
  std::unordered_multimap<std::string, uint32_t> person_by_key;
  std::unordered_multimap<std::string, uint32_t> person_by_surname;
  std::unordered_multimap<std::string, uint32_t> person_by_first_name;
  // Every word key of every alias, and the first-name keys (first word of
  // an alias of two words or more).
  std::unordered_map<std::string, bool> person_word_keys;  // value: is a first name
  // (country, role) -> indexes into tenures.
  std::map<std::pair<std::string, std::string>, std::vector<uint32_t>> tenures_by_post;
  std::vector<std::vector<uint32_t>> tenures_of_person;  // by person index

  // Codes a person's or group's country may take: state codes and org codes.
  bool IsKnownCode(std::string_view code) const;
  // The person who held `role` for `country` on `date` ("YYYY-MM-DD"); with
  // an empty date, the most recent holder. -1 when none.
  int HolderOf(const std::string& country, const std::string& role, const std::string& date) const;
};

// Loads every actor file under `actors_dir`. Problems ("file:line: problem")
// are appended to `problems`; the returned dictionary holds every valid
// line. Missing persons.tsv / roles.tsv are not errors (an empty list).
ActorDictionary LoadActorDictionary(const std::string& actors_dir, std::vector<std::string>* problems);

// Every problem in the actor files under `data_dir`/actors/ (empty = valid),
// for `veille dict check`.
std::vector<std::string> CheckActorData(const std::string& data_dir);

// "2019", "2019-06" or "2019-06-25" as a full date: the first day of the
// period (`end` false) or its last day (`end` true). Empty on a bad date.
std::string NormalizeDate(std::string_view date, bool end);

}  // namespace veille

#endif  // VEILLE_ACTORS_DICTIONARY_H_
