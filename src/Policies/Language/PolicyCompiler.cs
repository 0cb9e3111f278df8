using DataSpine.Policies.Evaluation;

namespace DataSpine.Policies.Language;

/// <summary>Checks one document field by field and turns it into a <see cref="Policy"/>; adds an error per problem.</summary>
internal static class PolicyCompiler
{
    public static Policy? Compile(PolicyDocument document, string path, List<PolicyError> errors)
    {
        var before = errors.Count;
        if (string.IsNullOrEmpty(document.Id))
        {
            errors.Add(new PolicyError($"{path}.id", PolicyErrorCodes.MissingField, "id is required."));
        }
        else if (!PolicyParser.IdPattern().IsMatch(document.Id))
        {
            errors.Add(new PolicyError($"{path}.id", PolicyErrorCodes.InvalidValue, "id is 1-128 letters, digits and . _ : - (starting with a letter or digit)."));
        }

        if (document.Effect is not (PolicyDecision.Allow or PolicyDecision.Deny))
        {
            errors.Add(new PolicyError($"{path}.effect", document.Effect is null ? PolicyErrorCodes.MissingField : PolicyErrorCodes.InvalidValue, "effect is \"allow\" or \"deny\"."));
        }

        if (document.Description is { Length: > 1_000 })
        {
            errors.Add(new PolicyError($"{path}.description", PolicyErrorCodes.InvalidValue, "description is at most 1,000 characters."));
        }

        CheckActions(document.Actions, $"{path}.actions", errors);
        var conditions = new List<Condition>();
        if (document.Roles is { } roles)
        {
            conditions.Add(Shorthand(roles, "principal.role", $"{path}.roles", errors, PolicyRoles.All, PolicyErrorCodes.UnknownRole));
        }

        if (document.ResourceTypes is { } types)
        {
            conditions.Add(Shorthand(types, "resource.type", $"{path}.resourceTypes", errors, null, null));
        }

        for (var i = 0; i < (document.When?.Count ?? 0); i++)
        {
            if (ConditionCompiler.Compile(document.When![i], $"{path}.when[{i}]", errors) is { } condition)
            {
                conditions.Add(condition);
            }
        }

        return errors.Count > before
            ? null
            : new Policy(document.Id!, document.Description, document.Effect == PolicyDecision.Deny, document.Actions!, conditions, document);
    }

    private static void CheckActions(IReadOnlyList<string>? actions, string path, List<PolicyError> errors)
    {
        if (actions is not { Count: > 0 })
        {
            errors.Add(new PolicyError(path, PolicyErrorCodes.MissingField, $"actions lists at least one of {string.Join(", ", PolicyActions.All)} or \"*\"."));
            return;
        }

        for (var i = 0; i < actions.Count; i++)
        {
            if (actions[i] is null || !PolicyActions.IsKnown(actions[i]))
            {
                errors.Add(new PolicyError($"{path}[{i}]", PolicyErrorCodes.UnknownAction, $"'{actions[i]}' is not an action ({string.Join(", ", PolicyActions.All)}, *)."));
            }
        }
    }

    private static Condition Shorthand(IReadOnlyList<string> values, string attribute, string path, List<PolicyError> errors, IReadOnlyList<string>? allowed, string? unknownCode)
    {
        if (values.Count is 0 or > PolicyParser.MaxValuesPerCondition || values.Any(string.IsNullOrEmpty))
        {
            errors.Add(new PolicyError(path, PolicyErrorCodes.InvalidValue, $"a list of 1 to {PolicyParser.MaxValuesPerCondition} non-empty names."));
        }

        for (var i = 0; allowed is not null && i < values.Count; i++)
        {
            if (!allowed.Contains(values[i]))
            {
                errors.Add(new PolicyError($"{path}[{i}]", unknownCode!, $"'{values[i]}' is not one of {string.Join(", ", allowed)}."));
            }
        }

        return new Condition(AttributeRef.Parse(attribute), Condition.InOp, values, null);
    }
}
