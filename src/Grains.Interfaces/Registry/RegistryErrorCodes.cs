namespace DataSpine.Grains.Registry;

/// <summary>Confluent Schema Registry error codes; the HTTP status is the first three digits.</summary>
public static class RegistryErrorCodes
{
    public const int SubjectNotFound = 40401;
    public const int VersionNotFound = 40402;
    public const int SchemaNotFound = 40403;
    public const int SubjectSoftDeleted = 40404;
    public const int SubjectNotSoftDeleted = 40405;
    public const int VersionSoftDeleted = 40406;
    public const int VersionNotSoftDeleted = 40407;
    public const int SubjectCompatibilityNotConfigured = 40408;
    public const int SubjectModeNotConfigured = 40409;
    public const int Incompatible = 409;
    public const int InvalidSchema = 42201;
    public const int InvalidVersion = 42202;
    public const int InvalidCompatibilityLevel = 42203;
    public const int InvalidMode = 42204;
    public const int OperationNotPermitted = 42205;
    public const int ReferenceExists = 42206;
    public const int BackendError = 50001;
    public const int OperationTimeout = 50002;

    /// <summary>DataSpine's own: a lint policy with an unknown severity.</summary>
    public const int InvalidLintPolicy = 42290;

    /// <summary>DataSpine's own: a contract level that is not major, minor or patch.</summary>
    public const int InvalidContract = 42291;

    /// <summary>Confluent's HTTP status for an error code: 40401 → 404, 42201 → 422, 409 → 409.</summary>
    public static int HttpStatus(int code) => code >= 10000 ? code / 100 : code;
}
