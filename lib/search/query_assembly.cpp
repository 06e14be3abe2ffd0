#include "search/query_assembly.hpp"

#include "index/schema.hpp"

#include <map>
#include <set>
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

// Passages that hold every one of `words` (indices into plan.should) by its stems under
// `prefix` instead of the stem prefix. A word named twice is required once.
Xapian::Query all_under_prefix(const QueryPlan& plan, const std::vector<std::size_t>& words, std::string_view prefix) {
    std::vector<Xapian::Query> all;
    std::set<std::vector<std::string>> seen;
    for (std::size_t index : words) {
        std::vector<std::string> terms;
        for (const std::string& term : plan.should[index].word.terms) {
            if (term.starts_with(index::schema::kPrefixStem)) {
                terms.push_back(std::string(prefix) + term.substr(index::schema::kPrefixStem.size()));
            }
        }
        if (terms.empty()) return Xapian::Query();
        if (seen.insert(terms).second) all.push_back(any_of(terms));
    }
    if (all.empty()) return Xapian::Query();
    return Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end());
}

// The first passages of the articles whose titles hold every word the reader typed (where an
// article about the query's topic says what it is), and for a definition question the passages
// that define what it asks about.
void add_answer_shapes(std::vector<Xapian::Query>& should, const QueryPlan& plan) {
    std::vector<std::size_t> typed(plan.should.size());
    for (std::size_t i = 0; i < typed.size(); ++i) typed[i] = i;
    if (Xapian::Query lead = all_under_prefix(plan, typed, index::schema::kPrefixLeadTitle); !lead.empty()) {
        should.push_back(scaled(std::move(lead), kLeadWeight));
    }
    if (Xapian::Query defining = all_under_prefix(plan, plan.defined_subject, index::schema::kPrefixDefined); !defining.empty()) {
        should.push_back(scaled(std::move(defining), kDefinitionWeight));
    }
}

std::vector<Xapian::Query> should_queries(const QueryPlan& plan) {
    std::vector<Xapian::Query> should;
    for (const WeightedWord& word : plan.should) {
        should.push_back(word.weight == 1.0 ? word_query(word.word) : scaled(word_query(word.word), word.weight));
    }
    add_answer_shapes(should, plan);
    // Each concept counts once, as one term however many of its terms a passage holds (Xapian's
    // OP_SYNONYM; OP_MAX, the best of them, makes 1.4.22's matcher read freed memory).
    // A concept's other terms count only in passages without the typed words: they find what the
    // words miss, and never add to a passage that has them. Against adding to it as well: bundled
    // dev nDCG@10 0.846 -> 0.837, passage accuracy 0.675 -> 0.692; MedQuAD dev 0.785 -> 0.789;
    // XQuAD dev unchanged (bench: ../shared/tools/eval-dev.sh).
    std::vector<Xapian::Query> concepts;
    std::map<std::size_t, std::vector<Xapian::Query>> terms_of_concept;
    std::map<std::size_t, Xapian::Query> typed_of_concept;
    // The word itself, not its parts or the compounds it is inside: those count less than a synonym.
    for (const auto& [number, index] : plan.concept_typed_word) typed_of_concept[number] = any_of(plan.should[index].word.terms);
    for (const ConceptExpansion& expansion : plan.concepts) {
        Xapian::Query query = std::holds_alternative<WordPlan>(expansion.term)
                                  ? word_query(std::get<WordPlan>(expansion.term))
                                  : concept_term_query(std::get<ConceptTermPlan>(expansion.term));
        if (expansion.typed) {
            // Counted in full: the weight of all concept expansions is undone for it.
            if (!query.empty()) typed_of_concept[expansion.concept_number] = query;
            concepts.push_back(scaled(std::move(query), 1.0 / kSynonymWeight));
        } else if (!query.empty()) {
            terms_of_concept[expansion.concept_number].push_back(std::move(query));
        }
    }
    for (auto& [number, terms] : terms_of_concept) {
        Xapian::Query others = terms.size() == 1 ? terms.front()
                                                 : Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
        const auto typed = typed_of_concept.find(number);
        if (typed != typed_of_concept.end() && !typed->second.empty()) {
            others = Xapian::Query(Xapian::Query::OP_AND_NOT, std::move(others), typed->second);
        }
        concepts.push_back(std::move(others));
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

Xapian::Query concept_filter(const QueryPlan& plan) {
    std::map<std::size_t, std::vector<Xapian::Query>> terms_of_concept;
    std::vector<std::size_t> typed;
    for (const ConceptExpansion& expansion : plan.concepts) {
        if (expansion.typed) typed.push_back(expansion.concept_number);
        Xapian::Query query = std::holds_alternative<WordPlan>(expansion.term)
                                  ? word_query(std::get<WordPlan>(expansion.term))
                                  : concept_term_query(std::get<ConceptTermPlan>(expansion.term));
        if (!query.empty()) terms_of_concept[expansion.concept_number].push_back(std::move(query));
    }
    std::vector<Xapian::Query> named;
    for (std::size_t number : typed) {
        const std::vector<Xapian::Query>& terms = terms_of_concept[number];
        if (terms.empty()) return Xapian::Query(Xapian::Query::MatchNothing);
        named.emplace_back(Xapian::Query::OP_OR, terms.begin(), terms.end());
    }
    if (named.empty()) return Xapian::Query();
    return Xapian::Query(Xapian::Query::OP_AND, named.begin(), named.end());
}

}  // namespace healthsearch::search
