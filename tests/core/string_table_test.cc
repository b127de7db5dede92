// core/src/string_table.h: the lookup table behind the built-in domain lists. Checked against
// std::unordered_map as the oracle, through growth, with keys that share prefixes and lengths
// (the shapes domain lists have) and keys of every length around the 8-byte hash step.
#include "string_table.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

namespace contactcheck {
namespace {

TEST(StringTable, AgreesWithUnorderedMapThroughGrowth) {
  std::deque<std::string> storage;  // the table holds views
  StringTable<int> table;
  std::unordered_map<std::string, int> oracle;
  for (int i = 0; i < 5000; ++i) {
    storage.push_back("mail" + std::to_string(i % 97) + ".example" + std::string(i % 13, 'x') + ".co.jp");
    const std::string& key = storage.back();
    const bool fresh = oracle.emplace(key, i).second;
    EXPECT_EQ(table.insert(key, i), fresh) << key;
  }
  EXPECT_EQ(table.size(), oracle.size());
  for (const auto& [key, value] : oracle) {
    const int* found = table.find(key);
    ASSERT_NE(found, nullptr) << key;
    EXPECT_EQ(*found, value) << key;  // the first insert wins, as emplace's does
  }
  std::size_t visited = 0;
  table.for_each([&](std::string_view key, int value) {
    ++visited;
    EXPECT_EQ(oracle.at(std::string(key)), value);
  });
  EXPECT_EQ(visited, oracle.size());
}

TEST(StringTable, MissesAreMissesAtEveryLength) {
  StringTable<bool> table;
  const std::string text = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (std::size_t n = 0; n <= 20; ++n) table.insert(std::string_view(text).substr(0, n), true);
  for (std::size_t n = 0; n <= 20; ++n) {
    EXPECT_TRUE(table.contains(text.substr(0, n))) << n;   // equal text, another buffer
    if (n > 0) EXPECT_FALSE(table.contains(text.substr(1, n))) << n;  // same length, other bytes
  }
  EXPECT_FALSE(table.contains(text.substr(0, 21)));
  EXPECT_FALSE(StringTable<bool>().contains("gmail.com"));  // an empty table answers too
}

TEST(StringTable, SubscriptAddsOnceAndKeepsTheValue) {
  StringTable<std::vector<int>> lists;
  lists["gmail"].push_back(1);
  lists["yahoo"].push_back(2);
  lists["gmail"].push_back(3);
  std::deque<std::string> fillers;  // grows the table; the keys must outlive it
  for (int i = 0; i < 100; ++i) lists[fillers.emplace_back("filler" + std::to_string(i))];
  ASSERT_NE(lists.find("gmail"), nullptr);
  EXPECT_EQ(*lists.find("gmail"), (std::vector<int>{1, 3}));
  EXPECT_EQ(*lists.find("yahoo"), (std::vector<int>{2}));
  EXPECT_EQ(lists.size(), 102u);
}

}  // namespace
}  // namespace contactcheck
