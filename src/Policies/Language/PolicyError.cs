namespace DataSpine.Policies.Language;

/// <summary>Why a policy document was refused: where (a JSON path), a stable code, and a sentence.</summary>
public sealed record PolicyError(string Path, string Code, string Message);

/// <summary>The stable codes of <see cref="PolicyError"/>, listed in docs/policies.md.</summary>
public static class PolicyErrorCodes
{
    public const string MalformedJson = "policy_malformed_json";
    public const string MissingField = "policy_missing_field";
    public const string InvalidValue = "policy_invalid_value";
    public const string DuplicateId = "policy_duplicate_id";
    public const string UnknownAction = "policy_unknown_action";
    public const string UnknownRole = "policy_unknown_role";
    public const string UnknownAttribute = "policy_unknown_attribute";
    public const string UnknownOperator = "policy_unknown_operator";
    public const string TooLarge = "policy_too_large";
}
