namespace DataSpine.SqlLineage.Resolution;

/// <summary>How a bare name weighs select-list aliases against source columns.</summary>
internal enum AliasMode
{
    /// <summary>Select list and WHERE: source columns first; an alias only when nothing else matches (lateral aliases).</summary>
    Last,

    /// <summary>GROUP BY, HAVING, QUALIFY: an alias wins unless a table surely has the column.</summary>
    OverGuess,

    /// <summary>ORDER BY: aliases first, as the standard says.</summary>
    First,
}
