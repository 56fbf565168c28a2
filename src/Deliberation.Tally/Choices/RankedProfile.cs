using System.Buffers;

namespace Deliberation.Tally.Choices;

/// <summary>
/// Checked ranked ballots as flat integer arrays, identical ballots merged with their weights summed.
/// Merging is what makes large counts cheap (real profiles repeat) and makes a ballot of weight 2 the
/// same input as two identical ballots. Levels give each entry's rank level (0 = first); equal levels are ties.
/// </summary>
internal sealed class RankedProfile
{
    public required OptionSet Options { get; init; }
    public required int[] Start { get; init; }
    public required int[] Length { get; init; }
    public required int[] Prefs { get; init; }
    /// <summary>Rank level per entry, or null when no ballot has a tie (then the level is the position).</summary>
    public required int[]? Levels { get; init; }
    public required decimal[] Weight { get; init; }
    public required decimal TotalWeight { get; init; }
    public int Count => Start.Length;

    public int Level(int entry, int ballot) => Levels is null ? entry - Start[ballot] : Levels[entry];

    public static RankedProfile Read(OptionSet options, IReadOnlyList<RankedBallot>? ballots, string? noTiesMethod, Violations v)
    {
        ballots ??= [];
        // The per-ballot working arrays are rented: a count of a million ballots would otherwise put
        // some hundred megabytes on the large-object heap, and each full collection that follows has to
        // walk the caller's whole ballot graph.
        var start = ArrayPool<int>.Shared.Rent(ballots.Count);
        var length = ArrayPool<int>.Shared.Rent(ballots.Count);
        var weight = ArrayPool<decimal>.Shared.Rent(ballots.Count);
        var hashes = ArrayPool<int>.Shared.Rent(ballots.Count);
        try
        {
            return ReadInto(options, ballots, noTiesMethod, v, start, length, weight, hashes);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(start);
            ArrayPool<int>.Shared.Return(length);
            ArrayPool<decimal>.Shared.Return(weight);
            ArrayPool<int>.Shared.Return(hashes);
        }
    }

    private static RankedProfile ReadInto(OptionSet options, IReadOnlyList<RankedBallot> ballots, string? noTiesMethod, Violations v,
        int[] start, int[] length, decimal[] weight, int[] hashes)
    {
        var size = 0;
        for (var i = 0; i < ballots.Count; i++)
        {
            start[i] = size;
            size += ballots[i]?.Ranking?.Count ?? 0;
        }
        var prefs = new int[size];
        var levels = noTiesMethod is null ? new int[size] : null;
        // Checking and numbering ballots is independent per ballot: split it over the cores in fixed chunks,
        // then report violations chunk by chunk, so the error is the same on any machine.
        const int chunk = 16_384;
        var chunks = (ballots.Count + chunk - 1) / chunk;
        var found = new Violations[chunks];
        var ties = new bool[chunks];
        Parallel.For(0, chunks, c =>
        {
            var local = new Violations();
            var stamp = new int[options.Count];
            Array.Fill(stamp, -1);
            var end = Math.Min(ballots.Count, (c + 1) * chunk);
            for (var i = c * chunk; i < end; i++)
                ties[c] |= ReadOne(options, ballots[i], i, start[i], prefs, levels, stamp, noTiesMethod, local, out length[i], out weight[i]);
            for (var i = c * chunk; i < end; i++) hashes[i] = Hash(prefs, levels, start[i], length[i]);
            found[c] = local;
        });
        foreach (var local in found) v.AddAll(local);
        return Merge(options, ballots.Count, start, length, prefs, ties.Any(t => t) ? levels : null, weight, hashes);
    }

    /// <summary>Checks and numbers one ballot into the flat arrays; returns whether it has tied ranks.</summary>
    private static bool ReadOne(OptionSet options, RankedBallot? b, int i, int at, int[] prefs, int[]? levels, int[] stamp,
        string? noTiesMethod, Violations v, out int length, out decimal weight)
    {
        length = 0;
        weight = 0;
        if (b?.Ranking is null) { v.Add($"ballots[{i}]", "A ballot and its ranking must not be null."); return false; }
        if (b.Weight < 0) v.Add($"ballots[{i}].weight", "A weight must not be negative.");
        weight = b.Weight;
        var ranks = b.Ranks;
        if (ranks is not null && ranks.Count != b.Ranking.Count)
        {
            v.Add($"ballots[{i}].ranks", "There must be one rank per ranked option.");
            ranks = null;
        }
        var first = at;
        var level = 0;
        var anyTie = false;
        for (var p = 0; p < b.Ranking.Count; p++)
        {
            if (!options.TryGet(b.Ranking[p], out var o)) { v.Add($"ballots[{i}].ranking[{p}]", $"\"{b.Ranking[p]}\" is not an option."); continue; }
            if (stamp[o] == i) { v.Add($"ballots[{i}].ranking[{p}]", $"\"{b.Ranking[p]}\" is ranked twice."); continue; }
            stamp[o] = i;
            if (ranks is not null)
            {
                if (ranks[p] < 1) v.Add($"ballots[{i}].ranks[{p}]", "A rank starts at 1.");
                else if (p > 0 && ranks[p] < ranks[p - 1]) v.Add($"ballots[{i}].ranks[{p}]", "Ranks must not decrease along the ranking.");
                else if (p > 0 && ranks[p] == ranks[p - 1])
                {
                    if (noTiesMethod is not null) v.Add($"ballots[{i}].ranks[{p}]", $"{noTiesMethod} does not allow tied ranks.");
                    anyTie = true;
                }
                else if (p > 0) level++;
            }
            else level = at - first;
            prefs[at] = o;
            if (levels is not null) levels[at] = level;
            at++;
        }
        length = at - first;
        return anyTie;
    }

    private static int Hash(int[] prefs, int[]? levels, int start, int length)
    {
        var h = new HashCode();
        h.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(prefs.AsSpan(start, length)));
        if (levels is not null) h.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(levels.AsSpan(start, length)));
        return h.ToHashCode();
    }

    /// <summary>
    /// Groups identical ballots in the order they first appear. An open-addressing table over the ballots'
    /// hashes (ballot index + 1 per slot, 0 empty) does this without a per-ballot object or comparer call:
    /// for a million ballots about a quarter of the time a dictionary takes.
    /// </summary>
    private static RankedProfile Merge(OptionSet options, int count, int[] start, int[] length, int[] prefs, int[]? levels, decimal[] weight, int[] hashes)
    {
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, count * 2));
        var slots = ArrayPool<int>.Shared.Rent(capacity);
        var groupOf = ArrayPool<int>.Shared.Rent(count);
        var order = ArrayPool<int>.Shared.Rent(count); // each group's first ballot, in the order they appear
        var sums = ArrayPool<decimal>.Shared.Rent(count);
        try
        {
            Array.Clear(slots, 0, capacity);
            return Group(options, count, start, length, prefs, levels, weight, hashes, capacity, slots, groupOf, order, sums);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(slots);
            ArrayPool<int>.Shared.Return(groupOf);
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<decimal>.Shared.Return(sums);
        }
    }

    private static RankedProfile Group(OptionSet options, int count, int[] start, int[] length, int[] prefs, int[]? levels, decimal[] weight,
        int[] hashes, int capacity, int[] slots, int[] groupOf, int[] order, decimal[] sums)
    {
        var groups = 0;
        decimal total = 0;
        for (var i = 0; i < count; i++)
        {
            if (weight[i] <= 0) continue;
            total += weight[i];
            var slot = hashes[i] & (capacity - 1);
            while (slots[slot] != 0 && !Same(slots[slot] - 1, i)) slot = (slot + 1) & (capacity - 1);
            if (slots[slot] != 0)
            {
                sums[groupOf[slots[slot] - 1]] += weight[i];
                continue;
            }
            slots[slot] = i + 1;
            groupOf[i] = groups;
            order[groups] = i;
            sums[groups++] = weight[i];
        }
        // The groups point into the ballots' arrays at their first ballot: nothing is copied.
        var groupStart = new int[groups];
        var groupLength = new int[groups];
        for (var g = 0; g < groups; g++)
        {
            groupStart[g] = start[order[g]];
            groupLength[g] = length[order[g]];
        }
        return new RankedProfile { Options = options, Start = groupStart, Length = groupLength, Prefs = prefs, Levels = levels, Weight = sums[..groups], TotalWeight = total };

        bool Same(int a, int b) =>
            hashes[a] == hashes[b]
            && prefs.AsSpan(start[a], length[a]).SequenceEqual(prefs.AsSpan(start[b], length[b]))
            && (levels is null || levels.AsSpan(start[a], length[a]).SequenceEqual(levels.AsSpan(start[b], length[b])));
    }
}
