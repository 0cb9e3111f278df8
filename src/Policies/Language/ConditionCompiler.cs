using DataSpine.Policies.Evaluation;

namespace DataSpine.Policies.Language;

/// <summary>Checks one <c>when</c> entry: a known attribute, a known operator, and a value that suits the operator.</summary>
internal static class ConditionCompiler
{
    public static Condition? Compile(ConditionDocument? document, string path, List<PolicyError> errors)
    {
        if (document is null)
        {
            errors.Add(new PolicyError(path, PolicyErrorCodes.MissingField, "a condition is an object {\"attribute\", \"op\", \"value\" | \"valueFrom\"}."));
            return null;
        }

        var before = errors.Count;
        CheckAttribute(document.Attribute, $"{path}.attribute", errors);
        if (document.Op is null || !Condition.Operators.Contains(document.Op))
        {
            errors.Add(new PolicyError($"{path}.op", document.Op is null ? PolicyErrorCodes.MissingField : PolicyErrorCodes.UnknownOperator,
                $"op is one of {string.Join(", ", Condition.Operators)}."));
        }
        else
        {
            CheckValue(document, path, errors);
        }

        return errors.Count > before
            ? null
            : new Condition(AttributeRef.Parse(document.Attribute!), document.Op!, document.Value?.Values ?? [], document.ValueFrom is { } from ? AttributeRef.Parse(from) : null);
    }

    private static void CheckAttribute(string? attribute, string path, List<PolicyError> errors)
    {
        if (attribute is null)
        {
            errors.Add(new PolicyError(path, PolicyErrorCodes.MissingField, "attribute is required."));
        }
        else if (!PolicyAttributes.IsKnown(attribute))
        {
            errors.Add(new PolicyError(path, PolicyErrorCodes.UnknownAttribute,
                $"'{attribute}' is not an attribute ({string.Join(", ", PolicyAttributes.Principal.Concat(PolicyAttributes.Resource))}, principal.claims.<name>)."));
        }
    }

    private static void CheckValue(ConditionDocument document, string path, List<PolicyError> errors)
    {
        var takesNoValue = document.Op is Condition.ExistsOp or Condition.NotExistsOp;
        var hasValue = document.Value is not null;
        var hasFrom = document.ValueFrom is not null;
        if (takesNoValue ? hasValue || hasFrom : hasValue == hasFrom)
        {
            errors.Add(new PolicyError(path, PolicyErrorCodes.InvalidValue, takesNoValue
                ? $"{document.Op} takes no value."
                : "give exactly one of value and valueFrom."));
            return;
        }

        if (hasFrom)
        {
            CheckAttribute(document.ValueFrom, $"{path}.valueFrom", errors);
            if (document.Op == Condition.StartsWithOp)
            {
                errors.Add(new PolicyError($"{path}.valueFrom", PolicyErrorCodes.InvalidValue, "startsWith takes a value, not valueFrom."));
            }
        }
        else if (document.Value is { } value && (value.Values.Count is 0 or > PolicyParser.MaxValuesPerCondition || value.Values.Any(string.IsNullOrEmpty)))
        {
            errors.Add(new PolicyError($"{path}.value", PolicyErrorCodes.InvalidValue, $"value is a non-empty string or a list of 1 to {PolicyParser.MaxValuesPerCondition} of them."));
        }
    }
}
