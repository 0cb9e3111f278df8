using System.Globalization;
using DataSpine.Api.Errors;

namespace DataSpine.Api.Paging;

/// <summary>
/// limit, offset and cursor, range-checked in one place: outside the range → 400 <c>invalid_paging</c>.
/// No list pages past <see cref="MaxOffset"/>, so offset + limit never overflows into a negative cursor.
/// </summary>
public readonly record struct PageWindow(int Take, int Skip)
{
    public const int MaxOffset = 10_000_000;

    /// <summary>A limit and an offset given as numbers (Marquez's lists).</summary>
    public static ProblemHttpResult? TryRead(int? limit, int defaultLimit, int maxLimit, int? offset, out PageWindow window)
    {
        window = new PageWindow(limit ?? defaultLimit, offset ?? 0);
        return limit is < 1 || limit > maxLimit ? Refuse($"limit must be between 1 and {maxLimit}.")
            : offset is < 0 or > MaxOffset ? Refuse($"offset must be between 0 and {MaxOffset}.")
            : null;
    }

    /// <summary>A limit and an opaque cursor this API gave out (the catalog's lists and search).</summary>
    public static ProblemHttpResult? TryRead(int? limit, int defaultLimit, int maxLimit, string? cursor, out PageWindow window)
    {
        var skip = 0;
        if (cursor is not null && (!int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out skip) || skip > MaxOffset))
        {
            window = default;
            return Refuse("cursor is not one this API gave out.");
        }

        return TryRead(limit, defaultLimit, maxLimit, skip, out window);
    }

    /// <summary>The cursor of the next page, or null on the last one.</summary>
    public string? NextCursor(int total) =>
        (long)Skip + Take < total ? (Skip + Take).ToString(CultureInfo.InvariantCulture) : null;

    private static ProblemHttpResult Refuse(string detail) => ApiProblem.BadRequest(ErrorCodes.InvalidPaging, detail);
}
