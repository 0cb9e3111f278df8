namespace DataSpine.Grains.Glossary;

/// <summary>The glossary's review rules (configuration section "Glossary", docs/stewardship.md).</summary>
public sealed record GlossaryOptions
{
    /// <summary>Only approved terms can be put on assets and columns; terms already there stay when deprecated.</summary>
    public bool RequireApprovedTerms { get; init; } = true;

    /// <summary>
    /// The status of a term created without one. A term is created by a steward, who may approve, so
    /// "Approved" keeps one-step creation (the web UI's, scripts') working; "Draft" sends every new term
    /// through review.
    /// </summary>
    public TermStatus NewTermStatus { get; init; } = TermStatus.Approved;
}
