// Placeholder until the actors issue lands: resolves nothing.
#include "actors/resolver.h"

namespace veille {

struct ActorResolver::Data {};

ActorResolver::ActorResolver(std::unique_ptr<Data> data) : data_(std::move(data)) {}
ActorResolver::~ActorResolver() = default;

Result<std::unique_ptr<ActorResolver>> ActorResolver::Load(const std::string& /*data_dir*/) {
  return std::unique_ptr<ActorResolver>(new ActorResolver(std::make_unique<Data>()));
}

void ActorResolver::Resolve(Document* /*doc*/) const {}

}  // namespace veille
