using System.Text;

namespace DataSpine.Silo.Tests.BadInput;

/// <summary>
/// The bad bodies: the files in Corpus/ (kept in the repo, one kind of badness each), a few generated
/// ones too large to keep as files (deep nesting, huge arrays, overlong strings), and seeded variants of
/// each file (truncated, one byte flipped), so the count is bounded and every run sends the same bytes.
/// </summary>
internal static class BadInputCorpus
{
    private const int Seed = 17;

    public static IReadOnlyList<(string Name, byte[] Body)> Bodies()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "BadInput", "Corpus");
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Body: File.ReadAllBytes(f))).ToList();
        var random = new Random(Seed);
        var variants = files.Where(f => f.Body.Length > 2).SelectMany(f => new[]
        {
            ($"{f.Name}~truncated", f.Body[..random.Next(1, f.Body.Length - 1)]),
            ($"{f.Name}~flipped", Flip(f.Body, random)),
        });
        return [.. files, .. Generated(), .. variants];
    }

    private static IEnumerable<(string, byte[])> Generated()
    {
        yield return ("deep-arrays", Utf8(new string('[', 5000) + new string(']', 5000)));
        yield return ("deep-objects", Utf8(string.Concat(Enumerable.Repeat("{\"name\":", 200)) + "1" + new string('}', 200)));
        yield return ("overlong-strings", Utf8($$"""{"name":"{{new string('n', 300_000)}}","hint":"{{new string('h', 300_000)}}","sql":"select {{new string('c', 200_000)}}"}"""));
        yield return ("huge-array-of-synonyms", Utf8($$"""{"name":"t","definition":"d","synonyms":[{{string.Join(',', Enumerable.Range(0, 60_000).Select(i => $"\"s{i}\""))}}]}"""));
        yield return ("openlineage-20000-inputs", Utf8($$"""
            {"eventType":"COMPLETE","eventTime":"2026-12-07T10:00:00Z","producer":"corpus","schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json",
             "run":{"runId":"0193a1b2-0000-7000-8000-000000000017"},"job":{"namespace":"corpus","name":"wide"},
             "inputs":[{{string.Join(',', Enumerable.Range(0, 20_000).Select(i => $$"""{"namespace":"n","name":"t{{i}}"}"""))}}],"outputs":[]}
            """));
        yield return ("larger-than-the-body-limit", Utf8($$"""{"name":"{{new string('x', 1_200_000)}}"}"""));
    }

    private static byte[] Flip(byte[] body, Random random)
    {
        var copy = body.ToArray();
        copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
