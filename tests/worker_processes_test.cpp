#include "speech/worker_processes.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace nieuwslezer {
namespace {

TEST(WorkerProcesses, ResultsComeBackInTaskOrderFromOtherProcesses) {
  const pid_t self = ::getpid();
  for (const int jobs : {1, 3, 16}) {
    const auto results = run_in_children(10, jobs, [&](std::size_t task) {
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
  const auto results = run_in_children(6, 1, [](std::size_t) {
    ++counter;
    return std::to_string(counter);
  });
  for (const std::string& result : results) EXPECT_EQ(result, "6");
  EXPECT_EQ(counter, 5);
}

TEST(WorkerProcesses, AFailingTaskReportsItsMessage) {
  try {
    run_in_children(4, 2, [](std::size_t task) -> std::string {
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
    run_in_children(3, 3, [](std::size_t task) -> std::string {
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
  EXPECT_TRUE(run_in_children(0, 4, [](std::size_t) { return std::string("x"); }).empty());
  EXPECT_GE(available_cpus(), 1);
}

}  // namespace
}  // namespace nieuwslezer
