#pragma once
// Everything a program needs to index and search health articles.

#include <healthsearch/article.hpp>
#include <healthsearch/error.hpp>
#include <healthsearch/eval.hpp>
#include <healthsearch/index.hpp>
#include <healthsearch/search.hpp>
#include <healthsearch/source.hpp>
#include <healthsearch/version.hpp>
