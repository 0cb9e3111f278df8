namespace DataSpine.Grains.Catalog.Classification;

/// <summary>
/// Column-name phrases in other languages and common abbreviations, per class (issue 20): Spanish,
/// French, Portuguese, Italian, Dutch, German, Polish, Scandinavian, Finnish, Turkish, Russian, Greek,
/// Japanese, Chinese and Korean, written as people write them in schemas (romanised or in their own
/// script, often without accents). Phrases are space-separated tokens as <see cref="NameTokenizer"/>
/// produces them; accented phrases also match their unaccented spelling.
/// </summary>
internal static partial class LocalisedPhrases;
