// Event and graph writers: CSV quoting, GDELT's 61 columns, GraphML as XML
// with its keys declared, DOT.
#include "veille/event_writer.h"

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace veille {
namespace {

std::vector<StoredEvent> SampleEvents() {
  StoredEvent a;
  a.id = 42;
  a.type = "SUPPORT";
  a.actor = "RUS";
  a.actor_name = "Russie";
  a.recipient = "MLI";
  a.recipient_name = "Mali";
  a.date = "2025-03";
  a.context = {"military", "diplomatic"};
  a.cameo = "057";
  a.quad_class = 1;
  a.goldstein = 3.5;
  a.num_reports = 3;
  a.num_sources = 2;
  a.num_articles = 3;
  a.location = "Bamako";
  a.location_country = "MLI";
  a.first_published = "2025-03-16";
  a.evidence = "Il a dit : \"un accord, enfin\"\nsigné\tà Moscou <&>";
  a.sources = {{"a.txt", "https://a.example/x,y", "a.example", "2025-03-16", "T", "h1", false}};
  StoredEvent b = a;
  b.id = 7;
  b.type = "ASSAULT";
  b.actor = "JNIM";
  b.actor_name = "JNIM";
  b.recipient = "";
  b.recipient_name = "";
  b.date = std::nullopt;
  b.goldstein = -9;
  b.quad_class = 4;
  b.sources.clear();
  StoredEvent c = a;
  c.id = 8;
  c.type = "ACCUSE";
  c.goldstein = -2;
  c.date = "2024";
  return {a, b, c};
}

std::string Write(const std::string& format) {
  std::ostringstream out;
  auto w = NewEventWriter(format, out);
  EXPECT_TRUE(w.ok()) << format;
  if (!w.ok()) return "";
  for (const StoredEvent& e : SampleEvents()) EXPECT_TRUE((*w)->Write(e).ok());
  EXPECT_TRUE((*w)->Finish().ok());
  return out.str();
}

// Splits RFC 4180 CSV into records of fields (a small reference parser).
std::vector<std::vector<std::string>> ParseCsv(const std::string& s) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') rows.back().back() += '"', ++i;
      else if (c == '"') quoted = false;
      else rows.back().back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      ++i;
      rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

TEST(CsvFieldTest, Table) {
  struct Case {
    const char *in, *want;
  } cases[] = {
      {"plain", "plain"}, {"a,b", "\"a,b\""}, {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""}, {"", ""}, {"é", "é"},
  };
  for (const Case& c : cases) EXPECT_EQ(CsvField(c.in), c.want);
}

TEST(EventWritersTest, CsvHasHeaderAndQuotes) {
  auto rows = ParseCsv(Write("csv"));
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0][0], "id");
  EXPECT_EQ(rows[0].back(), "evidence");
  for (const auto& r : rows) EXPECT_EQ(r.size(), rows[0].size());
  EXPECT_EQ(rows[1].back(), SampleEvents()[0].evidence);  // quotes, comma, newline survive
  std::map<std::string, std::string> row;
  for (size_t i = 0; i < rows[0].size(); ++i) row[rows[0][i]] = rows[1][i];
  EXPECT_EQ(row["urls"], "https://a.example/x,y");
  EXPECT_EQ(row["context"], "military;diplomatic");
  EXPECT_EQ(row["goldstein"], "3.5");
  // An empty result still has its header.
  std::ostringstream empty;
  auto w = NewEventWriter("csv", empty);
  ASSERT_TRUE(w.ok());
  ASSERT_TRUE((*w)->Finish().ok());
  EXPECT_EQ(ParseCsv(empty.str()).size(), 1u);
}

TEST(EventWritersTest, GdeltHas61ColumnsOnEveryLine) {
  ASSERT_EQ(GdeltColumns().size(), 61u);
  EXPECT_EQ(GdeltColumns()[0], "GLOBALEVENTID");
  EXPECT_EQ(GdeltColumns()[26], "EventCode");
  EXPECT_EQ(GdeltColumns()[59], "DATEADDED");
  EXPECT_EQ(GdeltColumns()[60], "SOURCEURL");
  std::string out = Write("gdelt");
  std::istringstream in(out);
  std::string line;
  int lines = 0;
  std::vector<std::vector<std::string>> rows;
  while (std::getline(in, line)) {
    ++lines;
    std::vector<std::string> f;
    size_t start = 0;
    for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      f.push_back(line.substr(start, tab - start));
    f.push_back(line.substr(start));
    EXPECT_EQ(f.size(), 61u) << line;
    rows.push_back(f);
  }
  ASSERT_EQ(lines, 3);
  auto col = [&](int row, const std::string& name) {
    for (size_t i = 0; i < GdeltColumns().size(); ++i)
      if (GdeltColumns()[i] == name) return rows[row][i];
    return std::string("?");
  };
  EXPECT_EQ(col(0, "GLOBALEVENTID"), "42");
  EXPECT_EQ(col(0, "SQLDATE"), "20250301");
  EXPECT_EQ(col(0, "MonthYear"), "202503");
  EXPECT_EQ(col(0, "Actor1Code"), "RUS");
  EXPECT_EQ(col(0, "Actor1CountryCode"), "RUS");
  EXPECT_EQ(col(0, "Actor2Name"), "Mali");
  EXPECT_EQ(col(0, "EventCode"), "057");
  EXPECT_EQ(col(0, "EventBaseCode"), "057");
  EXPECT_EQ(col(0, "EventRootCode"), "05");
  EXPECT_EQ(col(0, "QuadClass"), "1");
  EXPECT_EQ(col(0, "NumSources"), "2");
  EXPECT_EQ(col(0, "ActionGeo_FullName"), "Bamako");
  EXPECT_EQ(col(0, "DATEADDED"), "20250316000000");
  EXPECT_EQ(col(0, "SOURCEURL"), "https://a.example/x,y");
  EXPECT_EQ(col(1, "Actor1KnownGroupCode"), "JNIM");
  EXPECT_EQ(col(1, "Actor2Code"), "");
  EXPECT_EQ(col(1, "SQLDATE"), "20250316");  // undated: the first publication date
  EXPECT_EQ(col(2, "SQLDATE"), "20240101");
}

TEST(EventWritersTest, GraphmlParsesAndDeclaresItsKeys) {
  std::string xml = Write("graphml");
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "events.graphml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  ASSERT_NE(doc, nullptr) << xml;
  xmlNodePtr root = xmlDocGetRootElement(doc);
  ASSERT_STREQ(reinterpret_cast<const char*>(root->name), "graphml");
  std::set<std::string> keys, used;
  int nodes = 0, edges = 0;
  std::function<void(xmlNodePtr)> walk = [&](xmlNodePtr n) {
    for (; n; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      std::string name = reinterpret_cast<const char*>(n->name);
      auto attr = [&](const char* a) {
        xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(a));
        std::string s = v ? reinterpret_cast<const char*>(v) : "";
        xmlFree(v);
        return s;
      };
      if (name == "key") keys.insert(attr("id"));
      if (name == "data") used.insert(attr("key"));
      nodes += name == "node";
      edges += name == "edge";
      walk(n->children);
    }
  };
  walk(root->children);
  xmlFreeDoc(doc);
  EXPECT_EQ(nodes, 2);  // RUS, MLI (the JNIM event has no recipient)
  EXPECT_EQ(edges, 1);  // RUS -> MLI, two events
  for (const std::string& k : used) EXPECT_TRUE(keys.count(k)) << "undeclared key " << k;
  for (const char* k : {"label", "weight", "goldstein", "relation"}) EXPECT_TRUE(keys.count(k)) << k;
}

TEST(EventWritersTest, DotAndGraphOfEvents) {
  Graph g = GraphOfEvents(SampleEvents());
  ASSERT_EQ(g.edges.size(), 1u);
  EXPECT_EQ(g.edges[0].events, 2);
  EXPECT_EQ(g.edges[0].cooperation, 1);
  EXPECT_EQ(g.edges[0].conflict, 1);
  EXPECT_DOUBLE_EQ(g.edges[0].goldstein, 0.75);
  EXPECT_EQ(g.edges[0].relation, "cooperation");
  std::string dot = Write("dot");
  EXPECT_EQ(dot.rfind("digraph veille {", 0), 0u);
  EXPECT_NE(dot.find("\"RUS\" -> \"MLI\""), std::string::npos);
  EXPECT_EQ(dot.back(), '\n');
}

TEST(EventWritersTest, JsonlAndNames) {
  std::istringstream in(Write("jsonl"));
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    EXPECT_TRUE(j.contains("sources"));
    ++n;
  }
  EXPECT_EQ(n, 3);
  EXPECT_FALSE(NewEventWriter("xml", std::cout).ok());
  EXPECT_EQ(EventWriterNames().size(), 5u);
  std::ostringstream out;
  EXPECT_FALSE(WriteGraph("png", Graph{}, out).ok());
}

}  // namespace
}  // namespace veille
