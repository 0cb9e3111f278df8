namespace DataSpine.Api.Errors;

/// <summary>
/// Problem-details answers with a stable machine-readable <c>code</c> (the contract clients match on;
/// titles and details are for people and may change).
/// </summary>
public static class ApiProblem
{
    public static ProblemHttpResult Create(int status, string code, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });

    public static ProblemHttpResult NotFound(string code, string detail) => Create(StatusCodes.Status404NotFound, code, detail);

    public static ProblemHttpResult BadRequest(string code, string detail) => Create(StatusCodes.Status400BadRequest, code, detail);
}
