// The rules that turn document events into merged events, as pure functions
// (no SQL), so they can be tested as tables. Internal to src/store/.
#ifndef VEILLE_STORE_MERGE_EVENTS_H_
#define VEILLE_STORE_MERGE_EVENTS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "veille/document.h"

namespace veille::store {

// One side of a dyad.
struct DyadParty {
  std::string code;
  std::optional<std::string> entity, name;
};

struct Dyad {
  DyadParty actor;
  DyadParty recipient;  // code "" when the event has no recipient
};

// Expands an event's actor and recipient lists into dyads as the scorer does:
// every actor with every recipient; without recipients, every unordered pair
// of distinct actors (the smaller code first, so "A and B met" and "B and A
// met" meet); a lone actor alone. Parties without a code are dropped;
// duplicate dyads are removed. Order: as the lists give them.
std::vector<Dyad> ExpandDyads(const Event& event);

// The group of a dyad: reports in one group may be the same real event.
std::string GroupKey(const std::string& type, const std::string& actor, const std::string& recipient,
                     const std::optional<std::string>& aux);

// Clusters the dates of one group's reports. Two dates are compatible when
// one is a prefix of the other at their common precision ("2025" and
// "2025-03-14"; not "2025-03" and "2025-04"). Clusters are built from the
// finest dates to the coarsest: each distinct day is a cluster; a coarser
// date joins the compatible cluster with the most reports (ties: the
// smallest date), or starts its own; an unknown date (nullopt) is
// compatible with every cluster. Returns for every input the anchor of its
// cluster (its finest date; "" for the cluster of unknown dates). The result
// depends only on the multiset of inputs, never on their order.
std::vector<std::string> ClusterDates(const std::vector<std::optional<std::string>>& dates);

// True when `a` and `b` agree on their common prefix (the scorer's rule).
bool DatesCompatible(const std::string& a, const std::string& b);

// Stable positive 63-bit id of the merged event (group, anchor).
int64_t MergedEventId(const std::string& group, const std::string& anchor);

// CAMEO / GDELT defaults for a PLOVER type: the CAMEO root code ("04" for
// CONSULT), the Goldstein value of that root, and GDELT's QuadClass
// (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
// 4 material conflict). Unknown types: "", 0, 0.
std::string CameoRoot(const std::string& type);
double DefaultGoldstein(const std::string& type);
int QuadClassOfRoot(const std::string& root);

}  // namespace veille::store

#endif  // VEILLE_STORE_MERGE_EVENTS_H_
