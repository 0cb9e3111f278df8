namespace DataSpine.Grains.Catalog.Classification;

/// <summary>How one sampled value matched a detector.</summary>
internal enum ValueMatch
{
    None,

    /// <summary>Matches, but the same shape is common for other data (a bare 9-digit number for an SSN).</summary>
    Generic,

    /// <summary>Matches in a shape that is rare for anything else (an IBAN with a valid mod-97 check).</summary>
    Specific,
}
