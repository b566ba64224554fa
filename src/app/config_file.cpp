#include "app/config_file.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <iterator>
#include <optional>
#include <sstream>
#include <string_view>

#include "base/edit_distance.h"

namespace nieuwslezer {
namespace {

// A table and the --help group whose options it holds, and the prefix of their names it
// lets a key leave out ("podcast" + "feed" -> "podcast-feed").
struct Table {
  std::string_view name;
  std::string_view group;
  std::string_view prefix;
};

constexpr Table kTables[] = {
    {"input", "Input", ""},
    {"editorial", "Editorial", ""},
    {"voice", "Voice", "voice"},
    {"sound", "Sound", ""},
    {"outputs", "Outputs", ""},
    {"podcast", "Podcast", "podcast"},
    {"jingles", "Jingles and bed", ""},
    {"pauses", "Pauses", "pause"},
};

// Options a file cannot set.
bool configurable(const CLI::Option& option) {
  const std::string& name = option.get_name(false, true);
  return name != "--help" && name != "--version" && name != "--config" && name != "--list-voices" &&
         option.get_configurable();
}

// The long name (or positional name) of `option`: "max-age", "inputs".
std::string key_of(const CLI::Option& option) {
  return option.get_lnames().empty() ? option.get_name() : option.get_lnames().front();
}

class Reader {
 public:
  Reader(const CLI::App& app, std::string file) : app_(app), file_(std::move(file)) {}

  std::vector<CLI::ConfigItem> read(std::string_view text) {
    toml::table root;
    try {
      root = toml::parse(text, std::string_view(file_));
    } catch (const toml::parse_error& error) {
      fail(error.source().begin.line, std::string(error.description()));
    }
    for (auto&& [key, node] : root) {
      if (node.is_array_of_tables()) {
        fail(line_of(node), "[[" + std::string(key.str()) + "]] is a list of tables: write [" +
                                std::string(key.str()) + "] once");
      }
      if (const toml::table* table = node.as_table()) {
        read_table(std::string(key.str()), *table, line_of(node));
      } else {
        add(nullptr, std::string(key.str()), node);
      }
    }
    return items_;
  }

 private:
  [[noreturn]] void fail(std::size_t line, const std::string& problem) const {
    throw CLI::ConfigError(fmt::format("{}:{}: {}", file_, line, problem));
  }

  static std::size_t line_of(const toml::node& node) { return node.source().begin.line; }

  void read_table(const std::string& name, const toml::table& table, std::size_t line) {
    const Table* known = nullptr;
    std::vector<std::string> names;
    for (const Table& candidate : kTables) {
      if (candidate.name == name) known = &candidate;
      names.emplace_back(candidate.name);
    }
    if (!known) fail(line, "unknown table [" + name + "]" + suggestion(name, names, "[", "]"));
    for (auto&& [key, node] : table) add(known, std::string(key.str()), node);
  }

  // The option `key` sets, in `table` (null: at the top): "podcast", "feed" -> --podcast-feed.
  const CLI::Option* option_for(const Table* table, const std::string& key) const {
    for (const CLI::Option* option : app_.get_options()) {
      if (!configurable(*option)) continue;
      const std::string name = key_of(*option);
      if (!table && name == key) return option;
      if (table && option->get_group() == table->group &&
          (name == key ||
           (!table->prefix.empty() && name == std::string(table->prefix) + "-" + key))) {
        return option;
      }
    }
    return nullptr;
  }

  // The keys `table` (null: the top) takes, for suggestions.
  std::vector<std::string> keys_of(const Table* table) const {
    std::vector<std::string> keys;
    for (const CLI::Option* option : app_.get_options()) {
      if (!configurable(*option) || (table && option->get_group() != table->group)) continue;
      std::string name = key_of(*option);
      const std::string prefix = table ? std::string(table->prefix) + "-" : "";
      if (table && !table->prefix.empty() && name.starts_with(prefix)) name.erase(0, prefix.size());
      keys.push_back(name);
    }
    return keys;
  }

  static std::string suggestion(const std::string& word, const std::vector<std::string>& words,
                                const std::string& before = "'", const std::string& after = "'") {
    const std::string near = nearest_word(word, words);
    return near.empty() ? "" : " (did you mean " + before + near + after + "?)";
  }

  void add(const Table* table, const std::string& key, const toml::node& node) {
    const std::string shown = table ? std::string(table->name) + "." + key : key;
    const CLI::Option* option = option_for(table, key);
    if (!option) {
      const std::string near = nearest_word(key, keys_of(table));
      fail(line_of(node),
           "unknown key '" + shown + "'" +
               (near.empty() ? ""
                             : " (did you mean '" + (table ? std::string(table->name) + "." : "") +
                                   near + "'?)"));
    }
    CLI::ConfigItem item;
    item.name = key_of(*option);
    if (const toml::array* array = node.as_array()) {
      for (const toml::node& element : *array) item.inputs.push_back(scalar(shown, element));
    } else {
      item.inputs.push_back(scalar(shown, node));
    }
    items_.push_back(std::move(item));
  }

  // A value as the command line would give it: "6h", "-19.5", "true", "2026-11-28T08:00:00Z".
  std::string scalar(const std::string& key, const toml::node& node) const {
    if (const auto* text = node.as_string()) return text->get();
    if (const auto* number = node.as_integer()) return std::to_string(number->get());
    if (const auto* number = node.as_floating_point()) return fmt::format("{}", number->get());
    if (const auto* flag = node.as_boolean()) return flag->get() ? "true" : "false";
    if (node.is_date_time() || node.is_date() || node.is_time()) {
      std::ostringstream out;
      if (const auto* time = node.as_date_time()) out << *time;
      if (const auto* date = node.as_date()) out << *date;
      if (const auto* clock = node.as_time()) out << *clock;
      return out.str();
    }
    fail(line_of(node), "'" + key + "' takes a value or a list of values, not " +
                            (node.is_table() ? "a table" : "a list of lists"));
  }

  const CLI::App& app_;
  std::string file_;
  std::vector<CLI::ConfigItem> items_;
};

}  // namespace

std::vector<CLI::ConfigItem> TomlConfig::from_config(std::istream& input) const {
  const CLI::Option* config = app_.get_config_ptr();
  const std::string file =
      config != nullptr && config->count() > 0 ? config->as<std::string>() : default_file_;
  // The file was checked to be a regular file of at most 1 MiB (command_line.cpp).
  const std::string text{std::istreambuf_iterator<char>(input), std::istreambuf_iterator<char>()};
  return Reader(app_, file).read(text);
}

}  // namespace nieuwslezer
