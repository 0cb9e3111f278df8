namespace DataSpine.Grains.Catalog.Proposals;

/// <summary>
/// Stable codes of refused metadata proposals (the dead-letter record's "error"). Besides these, the asset's
/// and glossary's own codes: asset_not_found, column_not_found, term_not_found, term_not_approved, invalid_annotation.
/// </summary>
public static class MetadataProposalErrors
{
    /// <summary>Not JSON, or a required field missing or of the wrong type.</summary>
    public const string InvalidProposal = "invalid_proposal";

    public const string UnsupportedVersion = "unsupported_proposal_version";

    public const string UnknownKind = "unknown_proposal_kind";

    public const string TooLarge = "proposal_too_large";
}
