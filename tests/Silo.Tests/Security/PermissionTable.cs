namespace DataSpine.Silo.Tests.Security;

/// <summary>
/// Who may call each operation of the OpenAPI document (by operationId), decided here, independently of the
/// code (docs/security.md has the same table). An operation missing from this table fails the matrix test.
/// </summary>
internal static class PermissionTable
{
    public const string Open = "open";
    public const string Metrics = "metrics";
    public const string Dashboard = "dashboard";

    /// <summary>The access an operation should have; the Orleans dashboard's own (unnamed) routes all go as the dashboard.</summary>
    public static string? For(string operationId, string path) =>
        path == "/dashboard" || path.StartsWith("/dashboard/", StringComparison.Ordinal) ? Dashboard : Expected.GetValueOrDefault(operationId);

    public static readonly IReadOnlyDictionary<string, string> Expected = Build(new()
    {
        [Open] = "Liveness Readiness StartupCheck",
        [Metrics] = "Metrics",
        ["viewer"] = """
            GetCaller GetSilos ListSources GetSource ListSourceAssets GetAsset Search GetScan ListSourceScans ListTerms GetTerm GetTermHistory
            GetLineage GetColumnLineage ListLineageEvents ListNamespaces GetNamespace ListDatasets GetDataset ListJobs GetJob
            ListJobRuns GetRun RegistryRoot RegistryListSubjects RegistryListVersions RegistryGetVersion RegistryGetVersionSchema
            RegistryReferencedBy RegistryLookup RegistrySchemaTypes RegistryListSchemas RegistryGetSchemaById
            RegistryGetRawSchemaById RegistryGetIdVersions RegistryGetIdSubjects RegistryCheckVersion RegistryCheckAll
            RegistryGetConfig RegistryGetSubjectConfig RegistryGetMode RegistryGetSubjectMode RegistryLint
            RegistryGetLintConfig RegistryGetContract RegistryListContexts RegistryLatestWithMetadata
            GetResidencyMatrix EvaluateResidency GetCdcRoute ListCdcDeadLetters ListCatalogEvents StreamCatalogEvents
            """,
        ["steward"] = """
            CreateTerm UpdateTerm DeleteTerm AssignTerms AcceptClassification RejectClassification SetClassifications
            AnnotateAsset AnnotateColumn SubmitTerm ApproveTerm RejectTerm DeprecateTerm
            GetPolicies GetPolicyVersion EvaluatePolicy
            """,
        ["engineer"] = """
            CreateSource UpdateSource DetectSource TestSourceConnection StartScan CancelScan PostLineageEvent AnalyzeSql
            RegistryRegister RegistryPutLintConfig RegistryPutContract
            CreateCdcRoute PauseCdcRoute ResumeCdcRoute DeleteCdcRoute ReplayCdcDeadLetters
            """,
        ["admin"] = """
            CreateKey ListKeys RevokeKey DeleteSource RegistryDeleteSubject RegistryDeleteVersion RegistryPutConfig
            RegistryPutSubjectConfig RegistryDeleteSubjectConfig RegistryPutMode RegistryPutSubjectMode RegistryDeleteSubjectMode
            ListAudit VerifyAudit ListAuditCheckpoints ExportAudit PutPolicies
            PutResidencyMatrix
            """,
    });

    private static Dictionary<string, string> Build(Dictionary<string, string> byAccess) =>
        byAccess.SelectMany(a => a.Value.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(op => (op, a.Key)))
            .ToDictionary(p => p.op, p => p.Key);
}
