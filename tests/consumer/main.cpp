// Indexes one article and finds it again through the installed public API only.
#include <healthsearch/healthsearch.hpp>

#include <cstdio>
#include <filesystem>

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    const std::string db = argv[1];
    healthsearch::Article article;
    article.id = "consumer.md";
    article.title = "Palliative care";
    article.source = "consumer.md";
    article.content_hash = "1";
    article.sections.push_back({{}, {"Palliative care relieves pain and other symptoms at any stage "
                                     "of a serious illness, alongside other treatment."}});
    {
        healthsearch::IndexWriter writer(db);
        writer.add(article);
        writer.commit();
    }
    try {
        healthsearch::Searcher missing(db + "-missing");
        return 1;
    } catch (const healthsearch::Error& error) {
        std::printf("expected error: %s\n", error.what());
    }
    const auto hits = healthsearch::Searcher(db).search("palliative pain").hits;
    if (hits.size() != 1 || hits[0].article_id != "consumer.md") return 1;
    std::printf("found %s (%s) with %zu highlights, version %s\n", hits[0].article_id.c_str(),
                hits[0].title.c_str(), hits[0].snippet.highlights.size(), HEALTHSEARCH_VERSION);
    return hits[0].snippet.highlights.size() == 2 ? 0 : 1;
}
