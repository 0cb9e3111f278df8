namespace DataSpine.SqlLineage.Resolution;

/// <summary>Functions whose result summarises many rows (lineage subtype AGGREGATION), across dialects.</summary>
internal static class AggregateFunctions
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "sum", "count", "avg", "min", "max", "count_if", "countif", "count_big", "approx_count_distinct", "approx_distinct",
        "array_agg", "string_agg", "listagg", "group_concat", "collect_list", "collect_set", "json_agg", "jsonb_agg",
        "json_object_agg", "jsonb_object_agg", "object_agg", "array_union_agg", "array_unique_agg", "xmlagg",
        "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp", "median", "mode", "percentile_cont",
        "percentile_disc", "approx_percentile", "approx_quantiles", "percentile", "bool_and", "bool_or", "booland_agg",
        "boolor_agg", "every", "any_value", "arbitrary", "first", "last", "first_value", "last_value", "nth_value",
        "bit_and", "bit_or", "bit_xor", "bitand_agg", "bitor_agg", "corr", "covar_pop", "covar_samp", "hll",
        "hll_count.merge", "hll_count.init", "max_by", "min_by", "arg_max", "arg_min", "argmax", "argmin", "sum_distinct",
        "uniq", "uniqexact", "groupuniqarray", "grouparray", "kurtosis", "skewness", "regr_slope", "regr_intercept",
        "approx_top_count", "logical_and", "logical_or", "array_concat_agg", "st_union_agg", "checksum_agg",
    };

    public static bool Contains(string name) => Names.Contains(name);
}
