#include <healthsearch/eval.hpp>

#include <algorithm>
#include <cmath>

namespace healthsearch {

namespace {

int grade_of(const std::map<std::string, int>& judgments, const std::string& id) {
    const auto it = judgments.find(id);
    return it == judgments.end() ? 0 : it->second;
}

}  // namespace

// trec_eval's ndcg_cut: gain is the grade itself, discount log2(rank + 1), the ideal ranking
// orders all judged relevant documents by grade.
double ndcg_at(const std::vector<std::string>& ranking, const std::map<std::string, int>& judgments,
               std::size_t k) {
    double dcg = 0;
    for (std::size_t i = 0; i < std::min(k, ranking.size()); ++i) {
        const int grade = grade_of(judgments, ranking[i]);
        if (grade > 0) dcg += grade / std::log2(static_cast<double>(i) + 2.0);
    }
    std::vector<int> ideal;
    for (const auto& [id, grade] : judgments) {
        if (grade > 0) ideal.push_back(grade);
    }
    std::sort(ideal.rbegin(), ideal.rend());
    double ideal_dcg = 0;
    for (std::size_t i = 0; i < std::min(k, ideal.size()); ++i) {
        ideal_dcg += ideal[i] / std::log2(static_cast<double>(i) + 2.0);
    }
    return ideal_dcg > 0 ? dcg / ideal_dcg : 0;
}

double recall_at(const std::vector<std::string>& ranking, const std::map<std::string, int>& judgments,
                 std::size_t k) {
    std::size_t relevant = 0;
    for (const auto& [id, grade] : judgments) relevant += grade > 0;
    if (relevant == 0) return 0;
    std::size_t found = 0;
    for (std::size_t i = 0; i < std::min(k, ranking.size()); ++i) found += grade_of(judgments, ranking[i]) > 0;
    return static_cast<double>(found) / static_cast<double>(relevant);
}

double reciprocal_rank_at(const std::vector<std::string>& ranking,
                          const std::map<std::string, int>& judgments, std::size_t k) {
    for (std::size_t i = 0; i < std::min(k, ranking.size()); ++i) {
        if (grade_of(judgments, ranking[i]) > 0) return 1.0 / static_cast<double>(i + 1);
    }
    return 0;
}

}  // namespace healthsearch
