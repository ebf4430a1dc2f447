namespace EcoAssessment;

/// <summary>
/// Work over many branches split into blocks of consecutive ones, run on several threads. Each block writes only its own
/// branches' part of the results (and its own messages, its own buffer), so the outcome is the same for any number of
/// threads; callers put the blocks' parts together in block order.
/// </summary>
internal static class Blocks
{
    /// <summary>Below this many items the work is one block on the calling thread (starting threads would cost more).</summary>
    public const int ParallelFrom = 4096;

    /// <summary>
    /// How many blocks <see cref="Run"/> makes of <paramref name="count"/> items on up to <paramref name="threads"/>
    /// threads.
    /// </summary>
    public static int CountFor(int count, int threads) =>
        count == 0 ? 0 : InParallel(count, threads) ? threads * 4 : 1;

    /// <summary>Whether <see cref="Run"/> uses more than the calling thread.</summary>
    public static bool InParallel(int count, int threads) => count >= ParallelFrom && threads >= 2;

    /// <summary>
    /// Runs <paramref name="block"/>(k, from, to) for each of the <see cref="CountFor"/> blocks k of [0,
    /// <paramref name="count"/>); none when there are no items.
    /// </summary>
    public static void Run(int count, int threads, Action<int, int, int> block)
    {
        var blocks = CountFor(count, threads);
        if (blocks <= 1)
        {
            if (blocks == 1)
            {
                block(0, 0, count);
            }

            return;
        }

        var size = (count + blocks - 1) / blocks;
        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = threads },
            k => block(k, Math.Min(count, k * size), Math.Min(count, (k + 1) * size)));
    }
}
