// Dyad expansion, date clustering and CAMEO defaults for merged events.
// Tested by merge_events_test.cc.
#include "store/merge_events.h"

#include <openssl/sha.h>

#include <algorithm>
#include <map>
#include <set>

namespace veille::store {
namespace {

DyadParty Party(const EventParty& p) { return DyadParty{p.code, p.entity, p.name}; }

// Grouping of a CAMEO root code under PLOVER: the root whose Goldstein
// value (Goldstein 1992 as used by CAMEO and GDELT) stands for the type.
struct TypeInfo {
  const char* type;
  const char* root;
  double goldstein;
};
constexpr TypeInfo kTypes[] = {
    {"AGREE", "03", 4.0},     {"CONSULT", "04", 1.0},   {"SUPPORT", "05", 3.5},
    {"COOPERATE", "06", 6.0}, {"AID", "07", 7.0},       {"CONCEDE", "08", 5.0},
    {"RETREAT", "08", 5.0},   {"REQUEST", "02", 3.0},   {"ACCUSE", "11", -2.0},
    {"REJECT", "12", -4.0},   {"THREATEN", "13", -6.0}, {"PROTEST", "14", -6.5},
    {"SANCTION", "16", -4.0}, {"MOBILIZE", "15", -7.2}, {"COERCE", "17", -7.0},
    {"ASSAULT", "18", -9.0},
};

const TypeInfo* FindType(const std::string& type) {
  for (const TypeInfo& t : kTypes)
    if (type == t.type) return &t;
  return nullptr;
}

}  // namespace

std::vector<Dyad> ExpandDyads(const Event& event) {
  std::vector<Dyad> out;
  auto add = [&](Dyad d) {
    for (const Dyad& o : out)
      if (o.actor.code == d.actor.code && o.recipient.code == d.recipient.code) return;
    out.push_back(std::move(d));
  };
  std::vector<const EventParty*> actors, recipients;
  for (const EventParty& a : event.actors)
    if (!a.code.empty()) actors.push_back(&a);
  for (const EventParty& r : event.recipients)
    if (!r.code.empty()) recipients.push_back(&r);
  if (!recipients.empty()) {
    for (const EventParty* a : actors)
      for (const EventParty* r : recipients) add({Party(*a), Party(*r)});
  } else if (actors.size() >= 2) {
    for (size_t i = 0; i < actors.size(); ++i)
      for (size_t j = i + 1; j < actors.size(); ++j) {
        if (actors[i]->code == actors[j]->code) continue;
        bool swap = actors[j]->code < actors[i]->code;
        add({Party(swap ? *actors[j] : *actors[i]), Party(swap ? *actors[i] : *actors[j])});
      }
  } else if (actors.size() == 1) {
    add({Party(*actors[0]), DyadParty{}});
  }
  return out;
}

std::string GroupKey(const std::string& type, const std::string& actor, const std::string& recipient,
                     const std::optional<std::string>& aux) {
  return type + '|' + actor + '|' + recipient + '|' + aux.value_or("");
}

bool DatesCompatible(const std::string& a, const std::string& b) {
  size_t n = std::min(a.size(), b.size());
  return a.compare(0, n, b, 0, n) == 0;
}

std::vector<std::string> ClusterDates(const std::vector<std::optional<std::string>>& dates) {
  // Distinct dates by precision (length), finest first; counts per date.
  std::map<std::string, int> count;
  int unknown = 0;
  for (const auto& d : dates) d ? ++count[*d] : ++unknown;
  std::vector<std::pair<std::string, int>> order(count.begin(), count.end());
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& x, const auto& y) { return x.first.size() > y.first.size(); });
  std::map<std::string, int> clusters;        // anchor -> reports
  std::map<std::string, std::string> anchor;  // date -> anchor
  auto best_compatible = [&](const std::string& d) -> std::string {
    std::string best;
    int best_n = -1;
    for (const auto& [a, n] : clusters)  // in anchor order: ties keep the smallest
      if ((d.empty() || DatesCompatible(a, d)) && n > best_n) best = a, best_n = n;
    return best_n < 0 ? d : best;
  };
  for (const auto& [d, n] : order) {
    std::string a = best_compatible(d);
    clusters[a] += n;
    anchor[d] = a;
  }
  std::string unknown_anchor = unknown ? best_compatible("") : "";
  std::vector<std::string> out;
  out.reserve(dates.size());
  for (const auto& d : dates) out.push_back(d ? anchor[*d] : unknown_anchor);
  return out;
}

int64_t MergedEventId(const std::string& group, const std::string& anchor) {
  std::string key = group + '#' + anchor;
  unsigned char md[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(key.data()), key.size(), md);
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | md[i];
  v &= 0x7FFFFFFFFFFFFFFFull;
  return static_cast<int64_t>(v == 0 ? 1 : v);
}

std::string CameoRoot(const std::string& type) {
  const TypeInfo* t = FindType(type);
  return t ? t->root : "";
}

double DefaultGoldstein(const std::string& type) {
  const TypeInfo* t = FindType(type);
  return t ? t->goldstein : 0.0;
}

int QuadClassOfRoot(const std::string& root) {
  if (root.size() < 2) return 0;
  int r = std::atoi(root.substr(0, 2).c_str());
  if (r >= 1 && r <= 5) return 1;
  if (r >= 6 && r <= 8) return 2;
  if (r >= 9 && r <= 13) return 3;
  if (r >= 14 && r <= 20) return 4;
  return 0;
}

}  // namespace veille::store
