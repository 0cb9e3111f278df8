namespace DataSpine.Api.Errors;

/// <summary>
/// System.Text.Json leaves a JSON null in a list or a non-nullable property as null; these checks turn
/// one into a 400 <c>invalid_request</c> naming where it was, before it reaches a grain.
/// </summary>
internal static class NullChecks
{
    public static ProblemHttpResult? InList<T>(string path, IEnumerable<T?>? items)
        where T : class
    {
        var index = 0;
        foreach (var item in items ?? [])
        {
            if (item is null)
            {
                return Problem($"{path}[{index}]");
            }

            index++;
        }

        return null;
    }

    public static ProblemHttpResult? InMap<T>(string path, IReadOnlyDictionary<string, IReadOnlyList<T>>? map)
        where T : class
    {
        foreach (var (key, list) in map ?? new Dictionary<string, IReadOnlyList<T>>())
        {
            if ((list is null ? Problem($"{path}.{key}") : InList($"{path}.{key}", list)) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    public static ProblemHttpResult Problem(string path) =>
        ApiProblem.BadRequest(ErrorCodes.InvalidRequest, $"{path} must not be null.");
}
