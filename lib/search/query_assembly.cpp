#include "search/query_assembly.hpp"

#include "index/schema.hpp"

#include <unordered_map>

namespace healthsearch::search {

namespace {

using Op = Xapian::Query::op;

// Any one of the terms counts as the word (Xapian's synonym: weighted once). None matches nothing.
Xapian::Query any_of(const std::vector<std::string>& terms) {
    if (terms.empty()) return Xapian::Query();
    return terms.size() == 1 ? Xapian::Query(terms.front())
                             : Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
}

Xapian::Query scaled(Xapian::Query query, double factor) {
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, std::move(query), factor);
}

Xapian::Query word_query(const WordPlan& word) {
    Xapian::Query query = any_of(word.terms);
    if (!word.inside_compounds.empty()) {
        query = Xapian::Query(Xapian::Query::OP_OR, query, scaled(Xapian::Query(word.inside_compounds), kCompoundPartWeight));
    }
    if (!word.parts.empty()) {
        std::vector<Xapian::Query> parts;
        for (const std::vector<std::string>& part : word.parts) parts.push_back(any_of(part));
        query = Xapian::Query(Xapian::Query::OP_OR, query,
                              scaled(Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end()), kCompoundPartWeight));
    }
    return query;
}

Xapian::Query all_words_query(const AllWordsPlan& plan) {
    std::vector<Xapian::Query> words;
    for (const std::vector<std::string>& word : plan.words) words.push_back(any_of(word));
    return Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end());
}

Xapian::Query concept_term_query(const ConceptTermPlan& plan) {
    if (!plan.in_index) return Xapian::Query();
    Xapian::Query recorded(plan.recorded);
    if (plan.words.words.empty()) return recorded;
    return Xapian::Query(Xapian::Query::OP_FILTER, all_words_query(plan.words), recorded);
}

// `op` over `queries`, each distinct one once with its weight multiplied by its count: the same
// scores as the repeats (a word typed twice, two words with one translation), each posting list
// read once.
Xapian::Query combined(Op op, const std::vector<Xapian::Query>& queries) {
    std::vector<Xapian::Query> distinct;
    std::vector<double> counts;
    std::unordered_map<std::string, std::size_t> position;
    for (const Xapian::Query& query : queries) {
        const auto [it, inserted] = position.try_emplace(query.get_description(), distinct.size());
        if (inserted) {
            distinct.push_back(query);
            counts.push_back(1);
        } else {
            ++counts[it->second];
        }
    }
    for (std::size_t i = 0; i < distinct.size(); ++i) {
        if (counts[i] > 1) distinct[i] = scaled(distinct[i], counts[i]);
    }
    return Xapian::Query(op, distinct.begin(), distinct.end());
}

// The expansions of one kind, each that can match anything, as one query weighted `weight`.
void add_expansions(std::vector<Xapian::Query>& should, const std::vector<Xapian::Query>& expansions, double weight) {
    std::vector<Xapian::Query> matching;
    for (const Xapian::Query& expansion : expansions) {
        if (!expansion.empty()) matching.push_back(expansion);
    }
    if (!matching.empty() && !should.empty()) should.push_back(scaled(combined(Xapian::Query::OP_OR, matching), weight));
}

std::vector<Xapian::Query> word_queries(const std::vector<WordPlan>& words) {
    std::vector<Xapian::Query> queries;
    for (const WordPlan& word : words) queries.push_back(word_query(word));
    return queries;
}

std::vector<Xapian::Query> should_queries(const QueryPlan& plan) {
    std::vector<Xapian::Query> should;
    for (const WeightedWord& word : plan.should) {
        should.push_back(word.weight == 1.0 ? word_query(word.word) : scaled(word_query(word.word), word.weight));
    }
    std::vector<Xapian::Query> concepts;
    for (const ConceptExpansion& expansion : plan.concepts) {
        Xapian::Query query = std::holds_alternative<WordPlan>(expansion.term)
                                  ? word_query(std::get<WordPlan>(expansion.term))
                                  : concept_term_query(std::get<ConceptTermPlan>(expansion.term));
        if (expansion.typed) {
            // Counted in full: the weight of all concept expansions is undone for it.
            concepts.push_back(scaled(std::move(query), 1.0 / kSynonymWeight));
        } else if (!query.empty()) {
            concepts.push_back(std::move(query));
        }
    }
    if (!concepts.empty() && !should.empty()) {
        should.push_back(scaled(combined(Xapian::Query::OP_OR, concepts), kSynonymWeight));
    }
    add_expansions(should, word_queries(plan.related), kThesaurusWeight);
    add_expansions(should, word_queries(plan.translations), kTranslationWeight);
    return should;
}

}  // namespace

Xapian::Query assemble_query(const QueryPlan& plan) {
    const std::vector<Xapian::Query> should = should_queries(plan);
    std::vector<Xapian::Query> must;
    for (const auto& item : plan.must) {
        must.push_back(std::holds_alternative<WordPlan>(item) ? word_query(std::get<WordPlan>(item))
                                                              : all_words_query(std::get<AllWordsPlan>(item)));
    }
    Xapian::Query query;
    const Xapian::Query any = combined(Xapian::Query::OP_OR, should);
    if (!must.empty()) {
        const Xapian::Query all = combined(Xapian::Query::OP_AND, must);
        query = should.empty() ? all : Xapian::Query(Xapian::Query::OP_AND_MAYBE, all, any);
    } else {
        query = any;
    }
    if (!plan.must_not.empty()) {
        query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, combined(Xapian::Query::OP_OR, word_queries(plan.must_not)));
    }
    if (plan.language_filter != analysis::Language::unknown) {
        query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                              Xapian::Query(index::schema::language_term(analysis::language_code(plan.language_filter))));
    }
    return query;
}

}  // namespace healthsearch::search
