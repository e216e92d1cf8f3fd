// Writers of merged events and of actor graphs, chosen by name (STYLE.md §10).
//
// Event formats:
//   jsonl    one StoredEvent per line, with its sources
//   csv      RFC 4180: a header line, fields quoted when they hold a comma,
//            a quote or a line break, quotes doubled, CRLF line ends
//   gdelt    GDELT 2.0 event table: 61 tab-separated columns, no header
//            (the column list is GdeltColumns()), so GDELT tooling reads it
//   graphml  the events' actor graph (GraphML with <key> declarations for
//            every node and edge attribute; opens in Gephi)
//   dot      the same graph for Graphviz
// Graph formats (WriteGraph): graphml, dot, jsonl, csv.
#ifndef VEILLE_EVENT_WRITER_H_
#define VEILLE_EVENT_WRITER_H_

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "veille/status.h"
#include "veille/store.h"

namespace veille {

class EventWriter {
 public:
  virtual ~EventWriter() = default;
  virtual Status Write(const StoredEvent& event) = 0;
  // Called once after the last event (graph writers write everything here).
  virtual Status Finish() = 0;
};

Result<std::unique_ptr<EventWriter>> NewEventWriter(const std::string& name, std::ostream& out);
std::vector<std::string> EventWriterNames();

// Writes `graph` as "graphml", "dot", "jsonl" (one node or edge object per
// line) or "csv" (the edges).
Status WriteGraph(const std::string& format, const Graph& graph, std::ostream& out);
std::vector<std::string> GraphFormatNames();

// The actor graph of a list of events: one node per actor code, one edge per
// directed dyad, weighted as Store::BuildGraph does.
Graph GraphOfEvents(const std::vector<StoredEvent>& events);

// The 61 column names of GDELT 2.0's event table, in order.
const std::vector<std::string>& GdeltColumns();

// One CSV field quoted as RFC 4180 requires (only when needed).
std::string CsvField(const std::string& s);

}  // namespace veille

#endif  // VEILLE_EVENT_WRITER_H_
