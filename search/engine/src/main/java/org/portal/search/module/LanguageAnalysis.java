package org.portal.search.module;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;

/**
 * The subset of Elasticsearch's analysis-common module that the knowledge
 * index uses, under the same names and settings, built on Lucene's own
 * analysers: the mapping that runs here runs unchanged on a production cluster.
 * A setting Elasticsearch honours and this module does not implement is refused
 * by name, never ignored (tests/search/test_language_analysis_contract.py).
 */
final class LanguageAnalysis {

    private LanguageAnalysis() {}

    static Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers() {
        return Map.of(
            "english", (indexSettings, env, name, settings) -> analyzer("english", name, settings, new EnglishAnalyzer()),
            "french", (indexSettings, env, name, settings) -> analyzer("french", name, settings, new FrenchAnalyzer()),
            "arabic", (indexSettings, env, name, settings) -> analyzer("arabic", name, settings, new ArabicAnalyzer())
        );
    }

    static Map<String, AnalysisProvider<TokenFilterFactory>> tokenFilters() {
        return Map.of(
            "lowercase", (indexSettings, env, name, settings) -> plainFilter("lowercase", name, settings, LowerCaseFilter::new),
            "asciifolding", (indexSettings, env, name, settings) -> asciiFolding(name, settings),
            "arabic_normalization", (indexSettings, env, name, settings) ->
                plainFilter("arabic_normalization", name, settings, ArabicNormalizationFilter::new),
            "elision", (indexSettings, env, name, settings) -> elision(name, settings),
            "stemmer", (indexSettings, env, name, settings) -> stemmer(name, settings),
            "edge_ngram", (indexSettings, env, name, settings) -> edgeNgram(name, settings),
            "synonym_graph", AnalysisPlugin.requiresAnalysisSettings(LanguageAnalysis::synonymGraph)
        );
    }

    private static final CharArraySet FRENCH_ARTICLES = new CharArraySet(
        List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

    private interface StreamWrapper {
        TokenStream wrap(TokenStream stream);
    }

    /** Settings every component accepts: its type, and the index version Elasticsearch adds to built-in ones. */
    private static final Set<String> ALWAYS_ACCEPTED = Set.of("type", "index");

    /** Refuses, by name, any setting of `settings` beyond `implemented`. */
    private static void refuseUnimplemented(String type, String name, Settings settings, Set<String> implemented) {
        for (String key : settings.keySet()) {
            String setting = key.split("\\.", 2)[0];
            if (!ALWAYS_ACCEPTED.contains(setting) && !implemented.contains(setting)) {
                throw new IllegalArgumentException(
                    "[" + name + "]: setting [" + setting + "] of [" + type + "] is not implemented on this node "
                        + "(search/engine LanguageAnalysis); remove it or run the index on a full Elasticsearch");
            }
        }
    }

    private static AnalyzerProvider<? extends Analyzer> analyzer(String type, String name, Settings settings, Analyzer analyzer) {
        refuseUnimplemented(type, name, settings, Set.of());
        return new AbstractIndexAnalyzerProvider<Analyzer>(name, settings) {
            @Override
            public Analyzer get() {
                return analyzer;
            }
        };
    }

    private static TokenFilterFactory filter(String name, Settings settings, StreamWrapper wrapper) {
        return new AbstractTokenFilterFactory(name, settings) {
            @Override
            public TokenStream create(TokenStream stream) {
                return wrapper.wrap(stream);
            }
        };
    }

    private static TokenFilterFactory plainFilter(String type, String name, Settings settings, StreamWrapper wrapper) {
        refuseUnimplemented(type, name, settings, Set.of());
        return filter(name, settings, wrapper);
    }

    private static TokenFilterFactory asciiFolding(String name, Settings settings) {
        refuseUnimplemented("asciifolding", name, settings, Set.of("preserve_original"));
        boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
        return filter(name, settings, stream -> new ASCIIFoldingFilter(stream, preserveOriginal));
    }

    /** Elasticsearch's elision: the French articles by default, else `articles`, matched case-blind only with `articles_case`. */
    private static TokenFilterFactory elision(String name, Settings settings) {
        refuseUnimplemented("elision", name, settings, Set.of("articles", "articles_case"));
        List<String> articles = settings.getAsList("articles", List.of());
        CharArraySet articleSet = articles.isEmpty()
            ? FRENCH_ARTICLES
            : new CharArraySet(articles, settings.getAsBoolean("articles_case", false));
        return filter(name, settings, stream -> new ElisionFilter(stream, articleSet));
    }

    private static TokenFilterFactory stemmer(String name, Settings settings) {
        refuseUnimplemented("stemmer", name, settings, Set.of("language", "name"));
        String language = settings.get("language", settings.get("name", "english"));
        return switch (language) {
            case "english", "porter" -> filter(name, settings, stream -> new PorterStemFilter(stream));
            case "possessive_english" -> filter(name, settings, EnglishPossessiveFilter::new);
            case "light_french" -> filter(name, settings, FrenchLightStemFilter::new);
            case "french" -> filter(name, settings, stream -> new SnowballFilter(stream, new FrenchStemmer()));
            case "arabic" -> filter(name, settings, ArabicStemFilter::new);
            default -> throw new IllegalArgumentException("stemmer language not supported on this node: " + language);
        };
    }

    private static TokenFilterFactory edgeNgram(String name, Settings settings) {
        refuseUnimplemented("edge_ngram", name, settings, Set.of("min_gram", "max_gram", "preserve_original"));
        boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
        int minGram = settings.getAsInt("min_gram", 1);
        int maxGram = settings.getAsInt("max_gram", 2);
        return filter(name, settings, stream -> new EdgeNGramTokenFilter(stream, minGram, maxGram, preserveOriginal));
    }

    private static TokenFilterFactory synonymGraph(IndexSettings indexSettings, Environment env, String name, Settings settings)
        throws IOException {
        // expand: true and lenient: false are what the parser below does; their other values are not implemented.
        refuseUnimplemented("synonym_graph", name, settings, Set.of("synonyms", "expand", "lenient"));
        if (!settings.getAsBoolean("expand", true) || settings.getAsBoolean("lenient", false)) {
            throw new IllegalArgumentException("[" + name + "]: synonym_graph with expand: false or lenient: true is not "
                + "implemented on this node (search/engine LanguageAnalysis)");
        }
        List<String> rules = settings.getAsList("synonyms", List.of());
        SynonymMap synonyms = parseSynonyms(rules);
        return filter(name, settings, stream -> synonyms.fst == null ? stream : new SynonymGraphFilter(stream, synonyms, true));
    }

    /** Parses Solr-format rules with the tokenizer and lowercasing that precede the filter in the portal's chains. */
    private static SynonymMap parseSynonyms(List<String> rules) throws IOException {
        Analyzer ruleAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
        SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
        try {
            parser.parse(new StringReader(String.join("\n", rules)));
        } catch (ParseException e) {
            throw new IllegalArgumentException("invalid synonym rules: " + e.getMessage(), e);
        }
        return parser.build();
    }
}
