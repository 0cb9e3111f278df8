namespace DataSpine.Registry.Compatibility.Json;

/// <summary>Maximum cardinality matching in a bipartite graph (augmenting paths; the graphs are tiny).</summary>
internal static class BipartiteMatching
{
    public static List<(int Left, int Right)> Maximum(int left, int right, Func<int, int, bool> edge)
    {
        var matchOfRight = Enumerable.Repeat(-1, right).ToArray();
        for (var l = 0; l < left; l++)
        {
            Augment(l, new bool[right], matchOfRight, right, edge);
        }

        return Enumerable.Range(0, right).Where(r => matchOfRight[r] >= 0).Select(r => (matchOfRight[r], r)).ToList();
    }

    private static bool Augment(int l, bool[] visited, int[] matchOfRight, int right, Func<int, int, bool> edge)
    {
        for (var r = 0; r < right; r++)
        {
            if (!edge(l, r) || visited[r])
            {
                continue;
            }

            visited[r] = true;
            if (matchOfRight[r] < 0 || Augment(matchOfRight[r], visited, matchOfRight, right, edge))
            {
                matchOfRight[r] = l;
                return true;
            }
        }

        return false;
    }
}
