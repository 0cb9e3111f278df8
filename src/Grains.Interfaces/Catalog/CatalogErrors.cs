namespace DataSpine.Grains.Catalog;

/// <summary>Stable error codes of the catalog; the API maps them to HTTP statuses.</summary>
public static class CatalogErrors
{
    public const string InvalidSource = "invalid_source";
    public const string SourceNameTaken = "source_name_taken";
    public const string SourceNotFound = "source_not_found";
    public const string ScanNotFound = "scan_not_found";
    public const string AssetNotFound = "asset_not_found";
    public const string InvalidTerms = "invalid_terms";
    public const string SourceUnreachable = "source_unreachable";
    public const string SourceMissing = "source_missing";
    public const string SourceUnreadable = "source_unreadable";
    public const string ScanFailed = "scan_failed";
    public const string SourcePathNotAllowed = "source_path_not_allowed";
    public const string SourceTooLarge = "source_too_large";
    public const string SourceTimeout = "source_timeout";
    public const string ScanPoisoned = "scan_poisoned";
    public const string ColumnNotFound = "column_not_found";
    public const string ClassNotSuggested = "class_not_suggested";
    public const string ReasonRequired = "reason_required";
    public const string InvalidClass = "invalid_class";
    public const string InvalidAnnotation = "invalid_annotation";
}
