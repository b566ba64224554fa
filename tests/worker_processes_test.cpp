#include "speech/worker_processes.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace nieuwslezer {
namespace {

// run_in_children's results, by task.
std::vector<std::string> results_of(std::size_t count, int jobs,
                                    const std::function<std::string(std::size_t)>& work) {
  std::vector<std::string> results(count);
  run_in_children(count, jobs, work, [&](std::size_t task, std::string result) {
    EXPECT_TRUE(results[task].empty()) << "task " << task << " came back twice";
    results[task] = std::move(result);
  });
  return results;
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
                   6, 2, [](std::size_t task) { return std::to_string(task); },
                   [&](std::size_t, std::string) {
                     if (++taken == 2) throw std::length_error("no room");
                   }),
               std::length_error);
  EXPECT_EQ(taken, 2u);
}

}  // namespace
}  // namespace nieuwslezer
