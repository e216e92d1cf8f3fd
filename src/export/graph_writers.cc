// Actor graphs: built from merged events, written as GraphML (Gephi), DOT
// (Graphviz), JSON Lines or CSV. Tested by event_writers_test.cc.
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

#include "veille/event_writer.h"

namespace veille {
namespace {

std::string XmlEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // Control characters other than tab and line breaks are not allowed in XML 1.0.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') out += ' ';
        else out += c;
    }
  }
  return out;
}

std::string DotEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += (c == '\n' || c == '\r') ? ' ' : c;
  }
  return out;
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

Status WriteGraphml(const Graph& g, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
         "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
         "  <key id=\"code\" for=\"node\" attr.name=\"code\" attr.type=\"string\"/>\n"
         "  <key id=\"node_events\" for=\"node\" attr.name=\"events\" attr.type=\"int\"/>\n"
         "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
         "  <key id=\"events\" for=\"edge\" attr.name=\"events\" attr.type=\"int\"/>\n"
         "  <key id=\"sources\" for=\"edge\" attr.name=\"sources\" attr.type=\"int\"/>\n"
         "  <key id=\"goldstein\" for=\"edge\" attr.name=\"goldstein\" attr.type=\"double\"/>\n"
         "  <key id=\"cooperation\" for=\"edge\" attr.name=\"cooperation\" attr.type=\"int\"/>\n"
         "  <key id=\"conflict\" for=\"edge\" attr.name=\"conflict\" attr.type=\"int\"/>\n"
         "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
         "  <graph id=\"veille\" edgedefault=\"directed\">\n";
  for (const GraphNode& n : g.nodes)
    out << "    <node id=\"" << XmlEscape(n.code) << "\"><data key=\"label\">" << XmlEscape(n.name)
        << "</data><data key=\"code\">" << XmlEscape(n.code) << "</data><data key=\"node_events\">" << n.events
        << "</data></node>\n";
  int i = 0;
  for (const GraphEdge& e : g.edges)
    out << "    <edge id=\"e" << i++ << "\" source=\"" << XmlEscape(e.source) << "\" target=\"" << XmlEscape(e.target)
        << "\"><data key=\"weight\">" << e.events << "</data><data key=\"events\">" << e.events
        << "</data><data key=\"sources\">" << e.sources << "</data><data key=\"goldstein\">" << Num(e.goldstein)
        << "</data><data key=\"cooperation\">" << e.cooperation << "</data><data key=\"conflict\">" << e.conflict
        << "</data><data key=\"relation\">" << e.relation << "</data></edge>\n";
  out << "  </graph>\n</graphml>\n";
  return out ? Status::Ok() : Status::IoError("cannot write output");
}

// Edges are green for cooperation, red for conflict, grey otherwise; pen
// width grows with the number of events.
Status WriteDot(const Graph& g, std::ostream& out) {
  out << "digraph veille {\n  node [shape=box];\n";
  for (const GraphNode& n : g.nodes)
    out << "  \"" << DotEscape(n.code) << "\" [label=\"" << DotEscape(n.name) << "\", events=" << n.events << "];\n";
  for (const GraphEdge& e : g.edges) {
    const char* color = e.relation == "cooperation" ? "darkgreen" : e.relation == "conflict" ? "red" : "grey";
    out << "  \"" << DotEscape(e.source) << "\" -> \"" << DotEscape(e.target) << "\" [weight=" << e.events
        << ", events=" << e.events << ", sources=" << e.sources << ", goldstein=" << Num(e.goldstein)
        << ", color=" << color << ", penwidth=" << Num(1 + std::min(9.0, e.events / 2.0)) << ", label=\""
        << e.events << "\"];\n";
  }
  out << "}\n";
  return out ? Status::Ok() : Status::IoError("cannot write output");
}

Status WriteGraphJsonl(const Graph& g, std::ostream& out) {
  using Json = nlohmann::ordered_json;
  for (const GraphNode& n : g.nodes)
    out << Json{{"node", n.code}, {"name", n.name}, {"events", n.events}}.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
  for (const GraphEdge& e : g.edges)
    out << Json{{"source", e.source}, {"target", e.target}, {"events", e.events}, {"sources", e.sources},
                {"goldstein", e.goldstein}, {"cooperation", e.cooperation}, {"conflict", e.conflict},
                {"relation", e.relation}}.dump() << '\n';
  return out ? Status::Ok() : Status::IoError("cannot write output");
}

Status WriteGraphCsv(const Graph& g, std::ostream& out) {
  out << "source,target,events,sources,goldstein,cooperation,conflict,relation\r\n";
  for (const GraphEdge& e : g.edges)
    out << CsvField(e.source) << ',' << CsvField(e.target) << ',' << e.events << ',' << e.sources << ','
        << Num(e.goldstein) << ',' << e.cooperation << ',' << e.conflict << ',' << e.relation << "\r\n";
  return out ? Status::Ok() : Status::IoError("cannot write output");
}

}  // namespace

Graph GraphOfEvents(const std::vector<StoredEvent>& events) {
  struct Acc {
    GraphEdge e;
    double sum = 0;
  };
  std::map<std::pair<std::string, std::string>, Acc> edges;
  std::map<std::string, GraphNode> nodes;
  for (const StoredEvent& ev : events) {
    if (ev.recipient.empty()) continue;
    Acc& a = edges[{ev.actor, ev.recipient}];
    a.e.source = ev.actor;
    a.e.target = ev.recipient;
    ++a.e.events;
    a.e.sources += ev.num_sources;
    a.sum += ev.goldstein;
    a.e.cooperation += ev.goldstein > 0;
    a.e.conflict += ev.goldstein < 0;
    for (const auto& [code, name] : {std::pair{ev.actor, ev.actor_name}, std::pair{ev.recipient, ev.recipient_name}}) {
      GraphNode& n = nodes[code];
      if (n.code.empty()) n = GraphNode{code, name.empty() ? code : name, 0};
      ++n.events;
    }
  }
  Graph g;
  for (auto& [code, n] : nodes) g.nodes.push_back(n);
  for (auto& [key, a] : edges) {
    a.e.goldstein = a.sum / a.e.events;
    a.e.relation = a.e.goldstein > 0 ? "cooperation" : a.e.goldstein < 0 ? "conflict" : "neutral";
    g.edges.push_back(a.e);
  }
  return g;
}

std::vector<std::string> GraphFormatNames() { return {"graphml", "dot", "jsonl", "csv"}; }

Status WriteGraph(const std::string& format, const Graph& graph, std::ostream& out) {
  if (format == "graphml") return WriteGraphml(graph, out);
  if (format == "dot") return WriteDot(graph, out);
  if (format == "jsonl") return WriteGraphJsonl(graph, out);
  if (format == "csv") return WriteGraphCsv(graph, out);
  return Status::InvalidArgument("unknown graph format '" + format + "' (use graphml, dot, jsonl or csv)");
}

}  // namespace veille
