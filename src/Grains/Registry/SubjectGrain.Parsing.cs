using DataSpine.Registry.Compatibility;

namespace DataSpine.Grains.Registry;

public sealed partial class SubjectGrain
{
    /// <summary>Bounds a reference graph, so that a malicious chain cannot make one request unbounded.</summary>
    private const int MaxResolvedReferences = 256;

    /// <summary>Resolves references (to this subject locally, to others by a read-only call) and parses.</summary>
    private async Task<RegistryResult<PreparedSchema>> PrepareAsync(SchemaInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Schema))
        {
            return RegistryResult.Fail<PreparedSchema>(RegistryErrorCodes.InvalidSchema, "Invalid schema: empty schema");
        }

        var cacheKey = PreparedKey(input);
        if (cacheKey is not null && _prepared.TryGetValue(cacheKey, out var known))
        {
            return RegistryResult.Ok(known);
        }

        var references = new List<SchemaReference>();
        var resolved = new List<ResolvedSchemaReference>();
        foreach (var reference in input.References)
        {
            var chain = reference.Subject == Subject
                ? await ResolveAsync(reference.Name, reference.Version)
                : await GrainFactory.GetGrain<ISubjectGrain>(reference.Subject).ResolveAsync(reference.Name, reference.Version);
            if (!chain.IsSuccess)
            {
                return RegistryResult.Fail<PreparedSchema>(chain.Error!);
            }

            var own = chain.Value![^1];
            references.Add(reference with { Version = own.Version });
            foreach (var link in chain.Value)
            {
                if (!resolved.Exists(r => r.Name == link.Name))
                {
                    resolved.Add(link);
                }
            }

            if (resolved.Count > MaxResolvedReferences)
            {
                return RegistryResult.Fail<PreparedSchema>(RegistryErrorCodes.InvalidSchema, $"Invalid schema: more than {MaxResolvedReferences} references");
            }
        }

        var prepared = PreparedSchema.Parse(input.SchemaType, input.Schema, references, resolved);
        if (cacheKey is not null && prepared.IsSuccess)
        {
            Remember(_prepared, cacheKey, prepared.Value!);
        }

        return prepared;
    }

    /// <summary>A stored version, parsed once per activation.</summary>
    private ParsedSchema Parsed(SubjectVersionState version)
    {
        if (!_parsed.TryGetValue(version.Version, out var parsed))
        {
            var result = PreparedSchema.Parse(version.SchemaType, version.Schema, version.References, version.Resolved);
            parsed = result.Value?.Parsed
                ?? throw new InvalidOperationException($"Stored schema {Subject} version {version.Version} no longer parses: {result.Error?.Message}");
            _parsed[version.Version] = parsed;
        }

        return parsed;
    }

    private async Task<CompatibilityLevel> EffectiveLevelAsync()
    {
        var name = state.State.Compatibility ?? await Registry.GetCompatibilityAsync();
        return CompatibilityLevels.TryParse(name, out var level) ? level : CompatibilityLevel.Backward;
    }

    private CompatibilityResult Check(CompatibilityLevel level, PreparedSchema candidate, List<SubjectVersionState> existing)
    {
        if (level != CompatibilityLevel.None && existing.Exists(v => v.SchemaType != candidate.SchemaType))
        {
            return CompatibilityResult.Incompatible(["Incompatible because of different schema type"]);
        }

        var sameType = existing.FindAll(v => v.SchemaType == candidate.SchemaType);
        var key = VerdictKey.Of(level, candidate, sameType);
        if (!TryGetVerdict(key, sameType, out var verdict))
        {
            // Prior versions come parsed from _parsed: only the candidate was parsed for this check.
            var versions = sameType.ConvertAll(v => new VersionedSchema(v.Version, Parsed(v)));
            verdict = new CompatibilityChecker(candidate.Format).Check(level, candidate.Parsed, versions);
            RememberVerdict(key, sameType, verdict);
        }

        return verdict;
    }
}
