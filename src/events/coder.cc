// Placeholder until the events issue lands: codes nothing.
#include "events/coder.h"

namespace veille {

struct EventCoder::Data {};

EventCoder::EventCoder(std::unique_ptr<Data> data) : data_(std::move(data)) {}
EventCoder::~EventCoder() = default;

Result<std::unique_ptr<EventCoder>> EventCoder::Load(const std::string& /*data_dir*/) {
  return std::unique_ptr<EventCoder>(new EventCoder(std::make_unique<Data>()));
}

void EventCoder::Code(Document* /*doc*/) const {}

}  // namespace veille
