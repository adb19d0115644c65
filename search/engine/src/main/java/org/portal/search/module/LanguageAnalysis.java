package org.portal.search.module;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

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
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;
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
 */
final class LanguageAnalysis {

    private LanguageAnalysis() {}

    static Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers() {
        return Map.of(
            "english", (indexSettings, env, name, settings) -> analyzer(name, settings, new EnglishAnalyzer()),
            "french", (indexSettings, env, name, settings) -> analyzer(name, settings, new FrenchAnalyzer()),
            "arabic", (indexSettings, env, name, settings) -> analyzer(name, settings, new ArabicAnalyzer())
        );
    }

    static Map<String, AnalysisProvider<TokenFilterFactory>> tokenFilters() {
        return Map.of(
            "lowercase", (indexSettings, env, name, settings) -> filter(name, settings, LowerCaseFilter::new),
            "asciifolding", (indexSettings, env, name, settings) -> filter(name, settings, ASCIIFoldingFilter::new),
            "arabic_normalization", (indexSettings, env, name, settings) -> filter(name, settings, ArabicNormalizationFilter::new),
            "elision", (indexSettings, env, name, settings) -> filter(name, settings, stream -> new ElisionFilter(stream, FRENCH_ARTICLES)),
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

    private static AnalyzerProvider<? extends Analyzer> analyzer(String name, Settings settings, Analyzer analyzer) {
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

    private static TokenFilterFactory stemmer(String name, Settings settings) {
        String language = settings.get("language", "english");
        return switch (language) {
            case "english", "porter" -> filter(name, settings, stream -> new PorterStemFilter(stream));
            case "possessive_english" -> filter(name, settings, EnglishPossessiveFilter::new);
            case "light_french", "french" -> filter(name, settings, FrenchLightStemFilter::new);
            case "arabic" -> filter(name, settings, ArabicStemFilter::new);
            default -> throw new IllegalArgumentException("stemmer language not supported on this node: " + language);
        };
    }

    private static TokenFilterFactory edgeNgram(String name, Settings settings) {
        int minGram = settings.getAsInt("min_gram", 1);
        int maxGram = settings.getAsInt("max_gram", 2);
        return filter(name, settings, stream -> new EdgeNGramTokenFilter(stream, minGram, maxGram, false));
    }

    private static TokenFilterFactory synonymGraph(IndexSettings indexSettings, Environment env, String name, Settings settings)
        throws IOException {
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
