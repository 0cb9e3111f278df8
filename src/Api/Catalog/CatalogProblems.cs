using DataSpine.Api.Errors;
using DataSpine.Grains.Catalog;

namespace DataSpine.Api.Catalog;

/// <summary>Catalog error codes as HTTP problems.</summary>
internal static class CatalogProblems
{
    public static ProblemHttpResult From(string code, string? detail) => ApiProblem.Create(code switch
    {
        CatalogErrors.SourceNotFound or CatalogErrors.ScanNotFound or CatalogErrors.AssetNotFound or CatalogErrors.ColumnNotFound
            => StatusCodes.Status404NotFound,
        CatalogErrors.SourceNameTaken or CatalogErrors.ClassNotSuggested => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    }, code, detail ?? code);

    public static ProblemHttpResult SourceNotFound(string id) => From(CatalogErrors.SourceNotFound, $"No source '{id}'.");
}
