namespace EcoAssessment.Model;

/// <summary>
/// The accepted word nearest to a word that was not accepted, for the "是否指「…」？" of a message: by edit distance
/// (a slip of one or two characters, more for long Latin codes) and, for Chinese, by containment (<c>党小组会议记录</c>
/// holds <c>党小组会议</c>). Only a clear winner is suggested: none when nothing is close enough or when two different
/// entries are equally near.
/// </summary>
internal static class NearestWord
{
    /// <summary>The nearest of <paramref name="words"/> (each with the index of the entry it denotes), or null.</summary>
    public static string? Find(string text, IEnumerable<(string Word, int Entry)> words)
    {
        var t = TextNormaliser.Fold(text).ToLowerInvariant();
        if (t.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestEntry = -1;
        var bestScore = int.MaxValue;
        var tie = false;
        foreach (var (word, entry) in words)
        {
            var w = word.ToLowerInvariant();
            if (w.Length == 0 || w == t)
            {
                continue;
            }

            var score = Score(t, w);
            if (score is not int s)
            {
                continue;
            }

            if (s < bestScore)
            {
                (best, bestEntry, bestScore, tie) = (word, entry, s, false);
            }
            else if (s == bestScore && entry != bestEntry)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    /// <summary>How far <paramref name="w"/> is from <paramref name="t"/> (lower is nearer), or null when not close enough.</summary>
    private static int? Score(string t, string w)
    {
        var cjk = IsCjk(t) || IsCjk(w);
        var distance = Distance(t, w);
        var shorter = Math.Min(t.Length, w.Length);
        var allowed = cjk
            ? shorter >= 6 ? 2 : shorter >= 3 ? 1 : 0
            : shorter >= 9 ? 3 : shorter >= 5 ? 2 : shorter >= 3 ? 1 : 0;
        if (distance <= allowed && distance < Math.Max(t.Length, w.Length))
        {
            return distance;
        }

        // Chinese only: one word holds the other, of at least two characters (督察 in 中央第三生态环境保护督察组).
        if (cjk && shorter >= 2 && (t.Contains(w, StringComparison.Ordinal) || w.Contains(t, StringComparison.Ordinal)))
        {
            return 10 + Math.Abs(t.Length - w.Length);
        }

        return null;
    }

    private static bool IsCjk(string s)
    {
        foreach (var ch in s)
        {
            if (ch is >= '\u4E00' and <= '\u9FFF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The Levenshtein distance (insertions, deletions and substitutions of one character each).</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
