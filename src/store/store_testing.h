// Synthetic document records for the store's tests and benchmark: documents
// built sentence by sentence, with mentions and events whose spans point at
// the sentences they were built from.
#ifndef VEILLE_STORE_STORE_TESTING_H_
#define VEILLE_STORE_STORE_TESTING_H_

#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "veille/document.h"
#include "veille/store.h"

namespace veille::testing {

struct TestEntity {
  const char* id;
  const char* name;
  const char* kind;
  const char* country;  // "" = none
  const char* code;
};

inline const std::vector<TestEntity>& TestEntities() {
  static const std::vector<TestEntity> kEntities = {
      {"state:RUS", "Russie", "state", "RUS", "RUS"},
      {"state:MLI", "Mali", "state", "MLI", "MLI"},
      {"state:FRA", "France", "state", "FRA", "FRA"},
      {"state:NER", "Niger", "state", "NER", "NER"},
      {"org:ECOWAS", "CEDEAO", "org", "", "ECOWAS"},
      {"person:putin", "Vladimir Poutine", "person", "RUS", "RUS"},
      {"person:goita", "Assimi Goïta", "person", "MLI", "MLI"},
  };
  return kEntities;
}

inline const TestEntity& Entity(const std::string& id) {
  for (const TestEntity& e : TestEntities())
    if (id == e.id) return e;
  return TestEntities()[0];
}

class DocBuilder {
 public:
  DocBuilder(std::string id, std::optional<std::string> published = std::nullopt) {
    d_.doc = std::move(id);
    d_.lang = "fr";
    d_.published = std::move(published);
    d_.url = "https://example.org/" + d_.doc;
    d_.outlet = "example.org";
  }
  // Appends `sentence` to the text; returns its span.
  Span Add(const std::string& sentence) {
    if (!d_.text.empty()) d_.text += ' ';
    Span s{d_.text.size(), d_.text.size() + sentence.size()};
    d_.text += sentence;
    return s;
  }
  // A sentence naming the entity as `surface`, with its mention.
  DocBuilder& Mention(const std::string& entity_id, const std::string& surface) {
    const TestEntity& e = Entity(entity_id);
    Span s = Add(surface + ".");
    s.end = s.start + surface.size();
    veille::Mention m;
    m.span = s;
    m.text = surface;
    m.entity = e.id;
    m.name = e.name;
    m.kind = e.kind;
    if (*e.country) m.country = e.country;
    m.code = e.code;
    d_.mentions.push_back(m);
    return *this;
  }
  // An event supported by `evidence` (appended to the text).
  DocBuilder& AddEvent(const std::string& type, const std::vector<std::string>& actors,
                       const std::vector<std::string>& recipients, std::optional<std::string> date,
                       const std::string& evidence, std::optional<double> goldstein = std::nullopt,
                       std::optional<std::string> aux = std::nullopt) {
    Event e;
    e.type = type;
    for (const auto& a : actors) e.actors.push_back(EventParty{a, std::nullopt, a});
    for (const auto& r : recipients) e.recipients.push_back(EventParty{r, std::nullopt, r});
    e.date = std::move(date);
    e.date_source = e.date ? std::optional<std::string>("explicit") : std::nullopt;
    e.evidence.push_back(Add(evidence));
    e.goldstein = goldstein;
    e.aux = std::move(aux);
    e.confidence = 0.8;
    e.context = {"diplomatic"};
    d_.events.push_back(std::move(e));
    return *this;
  }
  // The last event's actor `i` is the entity (sets its entity id and name).
  DocBuilder& ActorEntity(size_t i, const std::string& entity_id) {
    const TestEntity& e = Entity(entity_id);
    d_.events.back().actors[i].entity = e.id;
    d_.events.back().actors[i].name = e.name;
    return *this;
  }
  DocBuilder& DuplicateOf(const std::string& id) {
    d_.duplicate_of = id;
    return *this;
  }
  DocBuilder& Context(std::vector<std::string> c) {
    d_.events.back().context = std::move(c);
    return *this;
  }
  const Document& doc() const { return d_; }
  // The document with a content hash derived from its id and text.
  IngestItem Item() const { return IngestItem{d_, "hash:" + d_.doc + ":" + std::to_string(d_.text.size()), ""}; }

 private:
  Document d_;
};

// `n` synthetic documents with mentions and events among a few actors, over
// 2023-2025, dates of every precision; every tenth document re-publishes an
// earlier one (`duplicate_of` set). Deterministic for a given seed.
inline std::vector<Document> SyntheticCorpus(int n, unsigned seed = 1, int actors = 12) {
  static const char* kTypes[] = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "ACCUSE",
                                 "REJECT", "THREATEN", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
  static const char* kWords[] = {"accord", "défense", "visite", "sommet", "attaque", "soldats",
                                 "ministre", "coopération", "sanctions", "frontière"};
  std::mt19937 rng(seed);
  auto pick = [&](int k) { return static_cast<int>(rng() % k); };
  auto code = [&](int i) { return i < 5 ? std::string(TestEntities()[i].code) : "C" + std::to_string(i); };
  std::vector<Document> docs;
  for (int i = 0; i < n; ++i) {
    if (i % 10 == 9) {
      Document copy = docs[pick(static_cast<int>(docs.size()))];
      copy.duplicate_of = copy.doc;
      copy.doc = "syn" + std::to_string(i);
      copy.url = "https://copy.example/" + copy.doc;
      docs.push_back(copy);
      continue;
    }
    char published[48];
    int year = 2023 + pick(3), month = 1 + pick(12), day = 1 + pick(28);
    std::snprintf(published, sizeof published, "%04d-%02d-%02d", year, month, day);
    DocBuilder b("syn" + std::to_string(i), std::string(published));
    for (int m = 0, k = 1 + pick(3); m < k; ++m) {
      const TestEntity& e = TestEntities()[pick(static_cast<int>(TestEntities().size()))];
      b.Mention(e.id, pick(2) ? e.name : std::string(e.name) + " " + kWords[pick(10)]);
    }
    for (int k = 0, events = 1 + pick(3); k < events; ++k) {
      int a = pick(actors), r = pick(actors);
      std::string date = std::string(published).substr(0, std::vector<size_t>{4, 7, 10, 10}[pick(4)]);
      std::optional<std::string> d = pick(8) ? std::optional<std::string>(date) : std::nullopt;
      std::vector<std::string> recipients;
      if (pick(5)) recipients.push_back(code(r));
      std::string evidence = std::string(kWords[pick(10)]) + " " + kWords[pick(10)] + " " + std::to_string(pick(1000));
      b.AddEvent(kTypes[pick(12)], {code(a)}, recipients, d, evidence,
                 pick(3) ? std::optional<double>(pick(21) - 10) : std::nullopt);
    }
    docs.push_back(b.doc());
  }
  return docs;
}

}  // namespace veille::testing

#endif  // VEILLE_STORE_STORE_TESTING_H_
