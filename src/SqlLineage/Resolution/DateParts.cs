namespace DataSpine.SqlLineage.Resolution;

/// <summary>DATE_TRUNC(x, MONTH), DATEADD(day, 1, x): the bare unit is a keyword, not a column.</summary>
internal static class DateParts
{
    private static readonly HashSet<string> Functions = new(StringComparer.OrdinalIgnoreCase)
    {
        "date_trunc", "datetrunc", "date_diff", "datediff", "dateadd", "date_add", "date_sub", "timestampdiff",
        "timestampadd", "timestamp_trunc", "datetime_trunc", "time_trunc", "datetime_diff", "timestamp_diff",
        "timestamp_add", "timestamp_sub", "datetime_add", "datetime_sub", "last_day", "date_part", "datepart",
        "datename", "extract", "time_slice", "date_bucket", "datetime_bucket", "timediff", "timeadd", "time_diff",
        "time_add", "datetimefromparts", "date_from_parts",
    };

    private static readonly HashSet<string> Parts = new(StringComparer.OrdinalIgnoreCase)
    {
        // Only spellings unlikely to be column names: a bare "d" or "date" argument may well be a column.
        "year", "years", "quarter", "month", "months", "week", "weeks", "isoweek", "day", "days", "dayofweek",
        "dayofyear", "weekday", "hour", "hours", "minute", "minutes", "second", "seconds", "millisecond",
        "microsecond", "nanosecond", "epoch", "isoyear", "dow", "doy", "century", "decade", "millennium",
        "yearofweek", "yearofweekiso", "weekiso", "dayofweekiso",
    };

    private static readonly HashSet<string> TypeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "datetime", "datetime2", "datetimeoffset", "smalldatetime", "time", "int", "bigint", "smallint",
        "tinyint", "bit", "money", "float", "real", "uniqueidentifier", "signed", "unsigned", "integer", "binary",
    };

    /// <summary>CONVERT(date, x) names a type, not a column.</summary>
    public static bool IsTypeName(string word) => TypeNames.Contains(word);

    public static bool TakesDatePart(string function) => Functions.Contains(function);

    public static bool IsDatePart(string word) => Parts.Contains(word);
}
