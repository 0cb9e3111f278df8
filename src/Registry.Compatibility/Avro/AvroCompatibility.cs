using System.Runtime.CompilerServices;
using System.Text;

namespace DataSpine.Registry.Compatibility.Avro;

/// <summary>
/// Reader/writer compatibility per the specification's "Schema Resolution" section. Pairs that
/// involve a named type are memoized; a pair met again while it is being checked (a recursive record)
/// counts as compatible, since any incompatibility would show up on the first visit. Other pairs need
/// no memo: a node that is not named has one parent, so such a pair is reached only through its
/// parent pair, at most once per visit of the nearest named pair above it.
/// </summary>
/// <remarks>
/// A FULL_TRANSITIVE check runs this 200 times for 100 versions (issue 5 asks p95 ≤ 5 ms), so the
/// walk appends into the caller's list and keeps the location as a stack of segments, turned into a
/// string only when an incompatibility is found. The per-node methods are compiled optimised at once
/// (AggressiveOptimization): in the benchmark process, tiered compilation ran them as tier-0 and then
/// PGO-instrumented code, 10-15 times slower, for the first hundreds of checks (seconds of traffic).
/// </remarks>
internal sealed partial class AvroCompatibility
{
    private readonly Dictionary<(AvroType Reader, AvroType Writer), List<AvroIncompatibility>?> _memo = [];

    /// <summary>The path from the root to the pair being compared, as a stack of segments ("/items", "/fields/" 3, ...).</summary>
    private readonly List<(string Label, int Index)> _location = [];

    /// <summary>Incompatibilities with JSON-pointer locations into the reader ("/" is the root).</summary>
    public List<AvroIncompatibility> Check(AvroType reader, AvroType writer)
    {
        var result = new List<AvroIncompatibility>();
        Compare(reader, writer, result);
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Location.Length == 0)
            {
                result[i] = result[i] with { Location = "/" };
            }
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Compare(AvroType reader, AvroType writer, List<AvroIncompatibility> into)
    {
        if (reader is not AvroNamedType && writer is not AvroNamedType)
        {
            CompareUnmemoized(reader, writer, into);
            return;
        }

        if (_memo.TryGetValue((reader, writer), out var known))
        {
            if (known is not null)
            {
                into.AddRange(known);
            }

            return;
        }

        _memo[(reader, writer)] = null;
        var result = new List<AvroIncompatibility>();
        CompareUnmemoized(reader, writer, result);
        _memo[(reader, writer)] = result;
        into.AddRange(result);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CompareUnmemoized(AvroType reader, AvroType writer, List<AvroIncompatibility> into)
    {
        if (reader.Kind == writer.Kind)
        {
            CompareSameKind(reader, writer, into);
        }
        else
        {
            CompareDifferentKinds(reader, writer, into);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CompareSameKind(AvroType reader, AvroType writer, List<AvroIncompatibility> into)
    {
        switch (reader)
        {
            case AvroRecordType record:
                CheckName(record, (AvroNamedType)writer, into);
                CompareFields(record, (AvroRecordType)writer, into);
                break;
            case AvroEnumType enumType:
                CheckName(enumType, (AvroNamedType)writer, into);
                CompareSymbols(enumType, (AvroEnumType)writer, into);
                break;
            case AvroFixedType fixedType:
                CheckName(fixedType, (AvroNamedType)writer, into);
                var size = ((AvroFixedType)writer).Size;
                if (fixedType.Size != size)
                {
                    into.Add(new AvroIncompatibility(AvroIncompatibilityType.FixedSizeMismatch, At("/size"), $"expected: {size}, found: {fixedType.Size}"));
                }

                break;
            case AvroArrayType array:
                Descend(array.Items, ((AvroArrayType)writer).Items, "/items", into);
                break;
            case AvroMapType map:
                Descend(map.Values, ((AvroMapType)writer).Values, "/values", into);
                break;
            case AvroUnionType:
                EachWriterBranch(reader, (AvroUnionType)writer, into);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CompareDifferentKinds(AvroType reader, AvroType writer, List<AvroIncompatibility> into)
    {
        // A reader that can read every branch of a writer union is compatible; like the Java
        // reference, the branch index is not part of the location here.
        if (writer is AvroUnionType writerUnion)
        {
            foreach (var branch in writerUnion.Branches)
            {
                Compare(reader, branch, into);
            }

            return;
        }

        if (IsPromotion(reader.Kind, writer.Kind))
        {
            return;
        }

        if (reader is AvroUnionType readerUnion)
        {
            // Specification: the first reader branch that matches the writer is used.
            foreach (var branch in readerUnion.Branches)
            {
                if (Matches(branch, writer, into))
                {
                    return;
                }
            }

            into.Add(new AvroIncompatibility(AvroIncompatibilityType.MissingUnionBranch, At(), $"reader union lacking writer type: {KindName(writer)}"));
            return;
        }

        into.Add(new AvroIncompatibility(AvroIncompatibilityType.TypeMismatch, At(), $"reader type: {KindName(reader)} not compatible with writer type: {KindName(writer)}"));
    }

    /// <summary>Tries one reader branch; what the trial found is not reported (but named pairs stay memoized).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Matches(AvroType branch, AvroType writer, List<AvroIncompatibility> into)
    {
        if (branch is AvroPrimitiveType && writer is AvroPrimitiveType)
        {
            return branch.Kind == writer.Kind || IsPromotion(branch.Kind, writer.Kind);
        }

        var mark = into.Count;
        Compare(branch, writer, into);
        if (into.Count == mark)
        {
            return true;
        }

        into.RemoveRange(mark, into.Count - mark);
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EachWriterBranch(AvroType reader, AvroUnionType writer, List<AvroIncompatibility> into)
    {
        for (var i = 0; i < writer.Branches.Count; i++)
        {
            _location.Add(("/", i));
            Compare(reader, writer.Branches[i], into);
            _location.RemoveAt(_location.Count - 1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Descend(AvroType reader, AvroType writer, string segment, List<AvroIncompatibility> into)
    {
        _location.Add((segment, -1));
        Compare(reader, writer, into);
        _location.RemoveAt(_location.Count - 1);
    }

    /// <summary>The current location, with a suffix for this one incompatibility.</summary>
    private string At(string? suffix = null)
    {
        var text = new StringBuilder();
        foreach (var (label, index) in _location)
        {
            text.Append(label);
            if (index >= 0)
            {
                text.Append(index);
            }
        }

        return text.Append(suffix).ToString();
    }

    // Specification, "Schema Resolution": the writer's type may be promoted to the reader's.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPromotion(AvroKind reader, AvroKind writer) => (reader, writer) switch
    {
        (AvroKind.Long, AvroKind.Int) => true,
        (AvroKind.Float, AvroKind.Int or AvroKind.Long) => true,
        (AvroKind.Double, AvroKind.Int or AvroKind.Long or AvroKind.Float) => true,
        (AvroKind.String, AvroKind.Bytes) or (AvroKind.Bytes, AvroKind.String) => true,
        _ => false,
    };

    private static string KindName(AvroType type) => type.Kind.ToString().ToUpperInvariant();
}
