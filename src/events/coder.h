// The events stage: codes PLOVER events from a text and its mentions.
#ifndef VEILLE_EVENTS_CODER_H_
#define VEILLE_EVENTS_CODER_H_

#include <memory>
#include <optional>
#include <string>

#include "veille/document.h"
#include "veille/status.h"

namespace veille {

struct CoderOptions {
  // The latest year an article without publication date can be from: when
  // such an article names no year at all, "le jeudi 8 février" takes the
  // most recent year up to this one in which 8 February is a Thursday.
  // Default: none; then such a day has no year and its events no date.
  std::optional<int> latest_year;
};

class EventCoder {
 public:
  // Loads and validates the pattern dictionaries under `data_dir`/events/.
  // Immutable afterwards; Code() is thread-safe.
  static Result<std::unique_ptr<EventCoder>> Load(const std::string& data_dir, const CoderOptions& options = {});
  ~EventCoder();

  // Fills doc->events from doc->text and doc->mentions (already resolved),
  // dating events against doc->published.
  void Code(Document* doc) const;

 private:
  struct Data;
  explicit EventCoder(std::unique_ptr<Data> data);
  std::unique_ptr<Data> data_;
};

}  // namespace veille

#endif  // VEILLE_EVENTS_CODER_H_
