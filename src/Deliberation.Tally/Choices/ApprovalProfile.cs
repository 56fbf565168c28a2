namespace Deliberation.Tally.Choices;

/// <summary>
/// Checked approval ballots, with identical ballots merged (weights summed) so that a ballot of weight 2
/// and two identical ballots are the same input to every rule. Used by approval, Phragmén and budgeting.
/// </summary>
internal sealed class ApprovalProfile
{
    private ApprovalProfile(int[][] sets, decimal[] weights, int[] firstBallot, int[] groupOf, decimal total)
    {
        GroupOf = groupOf;
        Sets = sets;
        Weights = weights;
        FirstBallot = firstBallot;
        TotalWeight = total;
    }

    /// <summary>The distinct approval sets (option indexes, ascending).</summary>
    public int[][] Sets { get; }
    public decimal[] Weights { get; }
    /// <summary>The index of the first input ballot with each set, for explanations.</summary>
    public int[] FirstBallot { get; }
    /// <summary>The merged group of each input ballot; -1 for a ballot of weight zero or a malformed one.</summary>
    public int[] GroupOf { get; }
    public decimal TotalWeight { get; }
    public int Count => Sets.Length;

    public decimal[] Approvals(int optionCount)
    {
        var result = new decimal[optionCount];
        for (var g = 0; g < Sets.Length; g++)
            foreach (var o in Sets[g]) result[o] += Weights[g];
        return result;
    }

    public static ApprovalProfile Read(OptionSet options, IReadOnlyList<ApprovalBallot>? ballots, Violations v, string field = "approved")
    {
        ballots ??= [];
        var index = new Dictionary<int[], int>(SetComparer.Instance);
        var sets = new List<int[]>();
        var weights = new List<decimal>();
        var first = new List<int>();
        var groupOf = new int[ballots.Count];
        Array.Fill(groupOf, -1);
        var stamp = new int[options.Count];
        Array.Fill(stamp, -1);
        decimal total = 0;
        for (var i = 0; i < ballots.Count; i++)
        {
            var b = ballots[i];
            if (b?.Approved is null) { v.Add($"ballots[{i}]", "A ballot and its approvals must not be null."); continue; }
            v.Weight(b.Weight, $"ballots[{i}].weight");
            var set = new List<int>(b.Approved.Count);
            for (var j = 0; j < b.Approved.Count; j++)
            {
                if (!options.TryGet(b.Approved[j], out var o)) { v.Add($"ballots[{i}].{field}[{j}]", $"\"{b.Approved[j]}\" is not an option."); continue; }
                if (stamp[o] == i) { v.Add($"ballots[{i}].{field}[{j}]", $"\"{b.Approved[j]}\" is approved twice."); continue; }
                stamp[o] = i;
                set.Add(o);
            }
            if (b.Weight <= 0) continue;
            set.Sort();
            int[] key = [.. set];
            total += b.Weight;
            if (index.TryGetValue(key, out var g)) weights[g] += b.Weight;
            else
            {
                index[key] = g = sets.Count;
                sets.Add(key);
                weights.Add(b.Weight);
                first.Add(i);
            }
            groupOf[i] = g;
        }
        return new ApprovalProfile([.. sets], [.. weights], [.. first], groupOf, total);
    }

    private sealed class SetComparer : IEqualityComparer<int[]>
    {
        public static readonly SetComparer Instance = new();
        public bool Equals(int[]? a, int[]? b) => a.AsSpan().SequenceEqual(b);

        public int GetHashCode(int[] set)
        {
            var h = new HashCode();
            h.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(set.AsSpan()));
            return h.ToHashCode();
        }
    }
}
