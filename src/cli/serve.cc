// `veille serve`: the web page and JSON API over a store, until Ctrl-C.
// SIGINT and SIGTERM are blocked in every thread and awaited by one, which
// stops the server, so a signal never interrupts a request half-way.
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <thread>

#include "cli/verbs.h"
#include "veille/server.h"

namespace veille::cli {

int RunServe(const ServeOptions& o) {
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  // Blocked before the server starts its threads, which inherit the mask.
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  Result<std::unique_ptr<server::Server>> server =
      server::Server::Start({.db = o.db, .host = o.host, .port = o.port});
  if (!server.ok()) {
    std::cerr << "veille: " << server.status().message() << '\n';
    return kExitFailure;
  }
  std::string host = o.host.find(':') != std::string::npos ? "[" + o.host + "]" : o.host;
  std::cout << "veille serve: http://" << host << ':' << (*server)->Port() << "/ (Ctrl-C stops)" << std::endl;
  std::atomic<bool> returned{false};
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    // A signal that comes before Run has started listening would be lost
    // by a single Stop: repeat it until Run has returned.
    while (!returned) {
      (*server)->Stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });
  Status s = (*server)->Run();
  returned = true;
  // Run returns only after a Stop (or on an error): wake the waiter if it
  // still waits, so it can be joined.
  if (!s.ok()) pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!s.ok()) {
    std::cerr << "veille: " << s.message() << '\n';
    return kExitFailure;
  }
  std::cerr << "veille serve: stopped\n";
  return kExitOk;
}

}  // namespace veille::cli
