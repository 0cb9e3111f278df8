namespace DataSpine.SqlLineage;

/// <summary>Stable diagnostic codes; clients match on these, so never rename one.</summary>
public static class DiagnosticCodes
{
    public const string ParseError = "SQL_PARSE_ERROR";
    public const string Unsupported = "SQL_UNSUPPORTED";
    public const string UnresolvedStar = "SQL_UNRESOLVED_STAR";
    public const string AmbiguousColumn = "SQL_AMBIGUOUS_COLUMN";
    public const string UnresolvedColumn = "SQL_UNRESOLVED_COLUMN";
    public const string TooLarge = "SQL_TOO_LARGE";
    public const string TooDeep = "SQL_TOO_DEEP";
    public const string TooComplex = "SQL_TOO_COMPLEX";
    public const string ColumnCountMismatch = "SQL_COLUMN_COUNT_MISMATCH";
    public const string InternalError = "SQL_INTERNAL_ERROR";
}
