namespace DataSpine.Policies.Language;

/// <summary>
/// The actions a policy can name. A closed list, so that a typo in a policy is an error at load time
/// instead of a rule that silently never matches.
/// </summary>
public static class PolicyActions
{
    public const string Any = "*";
    public const string Read = "read";
    public const string ReadSample = "read-sample";
    public const string Annotate = "annotate";
    public const string Approve = "approve";
    public const string Write = "write";
    public const string Scan = "scan";
    public const string Ingest = "ingest";
    public const string Delete = "delete";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Read, ReadSample, Annotate, Approve, Write, Scan, Ingest, Delete, Admin];

    /// <summary>Reads never change state; every other action does, and is denied unless a rule allows it.</summary>
    public static bool IsWrite(string action) => action is not (Read or ReadSample);

    internal static bool IsKnown(string action) => action == Any || All.Contains(action);
}
