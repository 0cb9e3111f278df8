using System.Text.Json;

namespace DataSpine.Grains.Catalog.Proposals;

/// <summary>A metadata change proposal as read from the proposals topic (wire shape in docs/streams.md).</summary>
internal sealed record MetadataProposal(string ProposalId, string? Actor, string Asset, IReadOnlyList<ProposedChange> Changes);

/// <summary>One change: <see cref="Text"/> for descriptions, <see cref="Owners"/> for owners, <see cref="Terms"/> (term ids) for terms.</summary>
internal sealed record ProposedChange(string Kind, string? Column, string? Text, IReadOnlyList<AssetOwner>? Owners, IReadOnlyList<string>? Terms);

/// <summary>Why a proposal was refused: a stable code and the reasons.</summary>
internal sealed record ProposalRefusal(string Code, IReadOnlyList<string> Reasons)
{
    public static ProposalRefusal Of(string code, string reason) => new(code, [reason]);
}

/// <summary>Reads and checks the envelope; nothing here looks at the catalog.</summary>
internal static class MetadataProposalReader
{
    public const int MaxBytes = 262_144;
    public const int MaxChanges = 100;

    public const string Description = "description";
    public const string Owners = "owners";
    public const string Terms = "terms";
    public const string ColumnDescription = "columnDescription";
    public const string ColumnOwners = "columnOwners";
    public const string ColumnTerms = "columnTerms";

    private static readonly string[] Kinds = [Description, Owners, Terms, ColumnDescription, ColumnOwners, ColumnTerms];

    public static (MetadataProposal? Proposal, ProposalRefusal? Refusal) Read(byte[] value)
    {
        if (value.Length > MaxBytes)
        {
            return (null, ProposalRefusal.Of(MetadataProposalErrors.TooLarge, $"A proposal is at most {MaxBytes} bytes; this one has {value.Length}."));
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(value);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return (null, ProposalRefusal.Of(MetadataProposalErrors.InvalidProposal, $"Not JSON: {e.Message}"));
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, ProposalRefusal.Of(MetadataProposalErrors.InvalidProposal, "A proposal is a JSON object."));
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != 1)
        {
            return (null, ProposalRefusal.Of(MetadataProposalErrors.UnsupportedVersion, "version must be 1."));
        }

        var reasons = new List<string>();
        var proposalId = Text(root, "proposalId", reasons, required: true);
        var actor = Text(root, "actor", reasons, required: false);
        var asset = Text(root, "asset", reasons, required: true);
        if (!root.TryGetProperty("changes", out var changes) || changes.ValueKind != JsonValueKind.Array || changes.GetArrayLength() == 0)
        {
            reasons.Add("changes must be a non-empty array.");
        }
        else if (changes.GetArrayLength() > MaxChanges)
        {
            return (null, ProposalRefusal.Of(MetadataProposalErrors.TooLarge, $"At most {MaxChanges} changes per proposal."));
        }

        if (reasons.Count > 0)
        {
            return (null, new ProposalRefusal(MetadataProposalErrors.InvalidProposal, reasons));
        }

        var read = new List<ProposedChange>();
        var unknown = new List<string>();
        var index = 0;
        foreach (var change in changes.EnumerateArray())
        {
            var at = $"changes[{index++}]";
            var kind = change.ValueKind == JsonValueKind.Object && change.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()! : null;
            if (kind is null)
            {
                reasons.Add($"{at}.kind must be a string.");
            }
            else if (!Kinds.Contains(kind, StringComparer.Ordinal))
            {
                unknown.Add(kind == "tags"
                    ? $"{at}: the catalog has no tags; classify with glossary terms (\"terms\")."
                    : $"{at}: unknown kind \"{kind}\"; one of {string.Join(", ", Kinds)}.");
            }
            else if (Change(change, kind, at, reasons) is { } ok)
            {
                read.Add(ok);
            }
        }

        return unknown.Count > 0 ? (null, new ProposalRefusal(MetadataProposalErrors.UnknownKind, [.. unknown, .. reasons]))
            : reasons.Count > 0 ? (null, new ProposalRefusal(MetadataProposalErrors.InvalidProposal, reasons))
            : (new MetadataProposal(proposalId!, actor, asset!, read), null);
    }

    private static ProposedChange? Change(JsonElement change, string kind, string at, List<string> reasons)
    {
        var before = reasons.Count;
        string? column = null;
        if (kind.StartsWith("column", StringComparison.Ordinal))
        {
            column = Text(change, "column", reasons, required: true, at);
        }

        change.TryGetProperty("value", out var value);
        ProposedChange? read = kind switch
        {
            Description or ColumnDescription when value.ValueKind is JsonValueKind.String or JsonValueKind.Null or JsonValueKind.Undefined =>
                new(kind, column, value.ValueKind == JsonValueKind.String ? value.GetString() : null, null, null),
            Owners or ColumnOwners when value.ValueKind == JsonValueKind.Array => OwnersOf(kind, column, value, at, reasons),
            Terms or ColumnTerms when value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(t => t.ValueKind == JsonValueKind.String) =>
                new(kind, column, null, null, [.. value.EnumerateArray().Select(t => t.GetString()!)]),
            Description or ColumnDescription => Invalid($"{at}.value must be a string or null."),
            Owners or ColumnOwners => Invalid($"{at}.value must be an array of owners."),
            _ => Invalid($"{at}.value must be an array of glossary term ids."),
        };
        return reasons.Count == before ? read : null;

        ProposedChange? Invalid(string reason)
        {
            reasons.Add(reason);
            return null;
        }
    }

    /// <summary>An owner is a name (a person) or {"name": ..., "kind": "person" | "group"}.</summary>
    private static ProposedChange OwnersOf(string kind, string? column, JsonElement value, string at, List<string> reasons)
    {
        var owners = new List<AssetOwner>();
        foreach (var owner in value.EnumerateArray())
        {
            if (owner.ValueKind == JsonValueKind.String)
            {
                owners.Add(new AssetOwner(owner.GetString()!, OwnerKind.Person));
                continue;
            }

            var name = owner.ValueKind == JsonValueKind.Object ? Text(owner, "name", reasons, required: true, $"{at}.value[]") : null;
            var ownerKind = owner.ValueKind == JsonValueKind.Object ? Text(owner, "kind", reasons, required: false, $"{at}.value[]") : null;
            if (owner.ValueKind != JsonValueKind.Object)
            {
                reasons.Add($"{at}.value: an owner is a name or {{\"name\", \"kind\"}}.");
            }
            else if (ownerKind is not (null or "person" or "group"))
            {
                reasons.Add($"{at}.value: an owner's kind is \"person\" or \"group\", not \"{ownerKind}\".");
            }
            else if (name is not null)
            {
                owners.Add(new AssetOwner(name, ownerKind == "group" ? OwnerKind.Group : OwnerKind.Person));
            }
        }

        return new ProposedChange(kind, column, null, owners, null);
    }

    private static string? Text(JsonElement element, string name, List<string> reasons, bool required, string? at = null)
    {
        var path = at is null ? name : $"{at}.{name}";
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                reasons.Add($"{path} is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || (required && string.IsNullOrWhiteSpace(value.GetString())))
        {
            reasons.Add($"{path} must be a non-empty string.");
            return null;
        }

        return value.GetString();
    }
}
