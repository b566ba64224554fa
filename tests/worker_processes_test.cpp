#include "system/worker_processes.h"

#include <gtest/gtest.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace nieuwslezer {
namespace {

std::string as_string(std::span<const std::byte> bytes) {
  return std::string(reinterpret_cast<const char*>(bytes.data()), bytes.size());
}

// run_in_children's results, by task, for work that makes strings and sends each whole.
std::vector<std::string> results_of(std::size_t count, int jobs,
                                    const std::function<std::string(std::size_t)>& work) {
  std::vector<std::string> results(count);
  run_in_children(
      count, jobs,
      [&](std::size_t task, const SendResult& send) {
        const std::string result = work(task);
        const std::span<const std::byte> piece = std::as_bytes(std::span(result));
        send(ResultPieces(&piece, 1));
      },
      [&](std::size_t task, std::span<const std::byte> result) {
        EXPECT_TRUE(results[task].empty()) << "task " << task << " came back twice";
        results[task] = as_string(result);
      });
  return results;
}

// run_in_children's results, by task, for `work` as it is.
std::vector<std::string> results_of_parts(
    std::size_t count, int jobs, const std::function<void(std::size_t, const SendResult&)>& work) {
  std::vector<std::string> results(count);
  run_in_children(count, jobs, work, [&](std::size_t task, std::span<const std::byte> result) {
    results[task] = as_string(result);
  });
  return results;
}

// The message run_in_children throws for `work`, or "" when it throws nothing.
std::string failure_of(std::size_t count, int jobs,
                       const std::function<void(std::size_t, const SendResult&)>& work) {
  try {
    run_in_children(count, jobs, work, [](std::size_t, std::span<const std::byte>) {});
  } catch (const std::runtime_error& error) {
    return error.what();
  }
  return "";
}

TEST(WorkerProcesses, ResultsComeBackInTaskOrderFromOtherProcesses) {
  const pid_t self = ::getpid();
  for (const int jobs : {1, 3, 16}) {
    const auto results = results_of(10, jobs, [&](std::size_t task) {
      if (::getpid() == self) throw std::logic_error("ran in the parent");
      return "task " + std::to_string(task) + std::string(task * 100000, 'x');
    });
    ASSERT_EQ(results.size(), 10u);
    for (std::size_t task = 0; task < 10; ++task) {
      EXPECT_EQ(results[task], "task " + std::to_string(task) + std::string(task * 100000, 'x'))
          << jobs;
    }
  }
}

TEST(WorkerProcesses, ResultsAreTakenInTaskOrderWhenLaterTasksFinishFirst) {
  // Task 0 takes longest, so tasks 1 and 2 finish first; they are taken after it.
  std::vector<std::size_t> order;
  std::vector<std::string> results(5);
  run_in_children(
      5, 3,
      [&](std::size_t task, const SendResult& send) {
        if (task == 0) ::usleep(300000);
        const std::string result = "result " + std::to_string(task);
        const std::span<const std::byte> piece = std::as_bytes(std::span(result));
        send(ResultPieces(&piece, 1));
      },
      [&](std::size_t task, std::span<const std::byte> result) {
        order.push_back(task);
        results[task] = as_string(result);
      });
  EXPECT_EQ(order, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
  for (std::size_t task = 0; task < 5; ++task) {
    EXPECT_EQ(results[task], "result " + std::to_string(task));
  }
}

TEST(WorkerProcesses, EveryTaskStartsFromTheParentsState) {
  // A counter the tasks change: each child sees the parent's value, not a sibling's.
  static int counter = 0;
  counter = 5;
  const auto results = results_of(6, 1, [](std::size_t) {
    ++counter;
    return std::to_string(counter);
  });
  for (const std::string& result : results) EXPECT_EQ(result, "6");
  EXPECT_EQ(counter, 5);
}

TEST(WorkerProcesses, AFailingTaskReportsItsMessage) {
  try {
    results_of(4, 2, [](std::size_t task) -> std::string {
      if (task == 2) throw std::runtime_error("eSpeak NG cannot speak this");
      return "fine";
    });
    FAIL() << "no exception";
  } catch (const std::runtime_error& error) {
    EXPECT_STREQ(error.what(), "speech task 3: eSpeak NG cannot speak this");
  }
}

TEST(WorkerProcesses, ACrashingTaskIsReportedWithItsSignal) {
  try {
    results_of(3, 3, [](std::size_t task) -> std::string {
      if (task == 1) std::abort();
      return "fine";
    });
    FAIL() << "no exception";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("speech task 2: killed by signal 6"),
              std::string::npos)
        << error.what();
  }
}

TEST(WorkerProcesses, NoTasksNoChildren) {
  EXPECT_TRUE(results_of(0, 4, [](std::size_t) { return std::string("x"); }).empty());
  EXPECT_GE(available_cpus(), 1);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST(WorkerProcesses, WhatTakingAResultThrowsIsRethrownAndStopsTheOthers) {
  std::size_t taken = 0;
  EXPECT_THROW(run_in_children(
                   6, 2, [](std::size_t, const SendResult&) {},
                   [&](std::size_t, std::span<const std::byte>) {
                     if (++taken == 2) throw std::length_error("no room");
                   }),
               std::length_error);
  EXPECT_EQ(taken, 2u);
}

}  // namespace
}  // namespace nieuwslezer

namespace nieuwslezer {
namespace {

TEST(WorkerProcesses, AResultInPiecesComesBackAsOne) {
  // More pieces than one writev takes (IOV_MAX, 1024 on Linux), empty ones among them.
  std::vector<std::string> parts;
  std::string whole;
  for (std::size_t i = 0; i < 3000; ++i) {
    parts.push_back(i % 7 == 0 ? "" : std::to_string(i) + std::string(i % 500, 'p'));
    whole += parts.back();
  }
  std::string got;
  run_in_children(
      1, 1,
      [&](std::size_t, const SendResult& send) {
        std::vector<std::span<const std::byte>> pieces;
        for (const std::string& part : parts) pieces.push_back(std::as_bytes(std::span(part)));
        send(pieces);
      },
      [&](std::size_t, std::span<const std::byte> result) { got = as_string(result); });
  EXPECT_EQ(got, whole);
}

TEST(WorkerProcesses, ATaskThatSendsNothingHasAnEmptyResult) {
  std::size_t taken = 0;
  run_in_children(
      3, 2, [](std::size_t, const SendResult&) {},
      [&](std::size_t, std::span<const std::byte> result) {
        EXPECT_TRUE(result.empty());
        ++taken;
      });
  EXPECT_EQ(taken, 3u);
}

TEST(WorkerProcesses, WhatATaskSendsInPartsComesBackJoined) {
  // Each part sent as soon as it is made, the last one larger than the parent's first room.
  const std::vector<std::string> parts = {"een ", "", "twee ", std::string(300000, 'd')};
  const auto results = results_of_parts(3, 2, [&](std::size_t task, const SendResult& send) {
    for (const std::string& part : parts) {
      const std::string numbered = part.empty() ? part : std::to_string(task) + part;
      const std::span<const std::byte> piece = std::as_bytes(std::span(numbered));
      send(ResultPieces(&piece, 1));
    }
  });
  for (std::size_t task = 0; task < 3; ++task) {
    const std::string n = std::to_string(task);
    EXPECT_EQ(results[task], n + "een " + n + "twee " + n + std::string(300000, 'd'));
  }
}

TEST(WorkerProcesses, ATaskThatThrowsAfterSendingPartsFailsWithItsMessage) {
  const std::string thrown = failure_of(2, 1, [](std::size_t task, const SendResult& send) {
    const std::string part = "half a result";
    const std::span<const std::byte> piece = std::as_bytes(std::span(part));
    send(ResultPieces(&piece, 1));
    if (task == 0) throw std::runtime_error("too late");
  });
  EXPECT_EQ(thrown, "speech task 1: too late");
}

TEST(WorkerProcesses, ResultsArriveAlignedInABufferKeptForTheNextChild) {
  // One at a time, each result lands where the one before it did (no new pages to fault
  // in), also when it is larger, as long as the buffer's headroom holds it.
  const std::vector<std::size_t> sizes = {1000000, 900000, 1200000, 1000, 1400000};
  std::vector<const std::byte*> where;
  run_in_children(
      sizes.size(), 1,
      [&](std::size_t task, const SendResult& send) {
        const std::string result(sizes[task], static_cast<char>('a' + task));
        const std::span<const std::byte> piece = std::as_bytes(std::span(result));
        send(ResultPieces(&piece, 1));
      },
      [&](std::size_t task, std::span<const std::byte> result) {
        EXPECT_EQ(as_string(result), std::string(sizes[task], static_cast<char>('a' + task)));
        EXPECT_EQ(
            reinterpret_cast<std::uintptr_t>(result.data()) % __STDCPP_DEFAULT_NEW_ALIGNMENT__, 0u);
        where.push_back(result.data());
      });
  ASSERT_EQ(where.size(), sizes.size());
  for (const std::byte* at : where) EXPECT_EQ(at, where.front());
}

TEST(WorkerProcesses, ChildrenDoNotGetTheResultBuffer) {
  // Were it shared with them, the parent's next writes to it would fault its pages in again
  // (copy-on-write) after every fork. Task 1 looks where task 0's result went.
  const std::byte* where = nullptr;
  std::string seen;
  run_in_children(
      2, 1,
      [&](std::size_t task, const SendResult& send) {
        std::string result(100000, 'r');
        if (task == 1) {
          // madvise fails with ENOMEM for an address this process has not mapped.
          void* page = const_cast<std::byte*>(where);
          const bool mapped = ::madvise(page, 4096, MADV_NORMAL) == 0 || errno != ENOMEM;
          result = mapped ? "mapped" : "not mapped";
        }
        const std::span<const std::byte> piece = std::as_bytes(std::span(result));
        send(ResultPieces(&piece, 1));
      },
      [&](std::size_t task, std::span<const std::byte> result) {
        if (task == 0) where = result.data();
        if (task == 1) seen = as_string(result);
      });
  EXPECT_EQ(seen, "not mapped");
}

}  // namespace
}  // namespace nieuwslezer
