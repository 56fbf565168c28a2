namespace Deliberation.Tally.Choices;

/// <summary>
/// Tideman's ranked pairs. Every majority pair (more prefer a to b than b to a) is sorted strongest first —
/// by winning votes then by smaller opposition, or by margin then by winning votes, as stated — and locked
/// unless it would close a cycle with pairs already locked. The winner is the option no locked pair beats.
/// Equal-strength pairs are ordered by the tie-breaking order (Tideman's rule: the pair whose winner comes
/// first in that order, then whose loser comes last). Without a tie-break, equal-strength pairs are taken
/// together: each is locked unless it closes a cycle with stronger pairs, and pairs of the group that would
/// form a cycle among themselves are all skipped; several unbeaten options are then a reported tie.
/// </summary>
public static class RankedPairs
{
    public static ChoiceResult<RankedPairsDetail> Tally(
        IReadOnlyList<string> options, IReadOnlyList<RankedBallot> ballots,
        PairwiseStrength strength = PairwiseStrength.WinningVotes, TieBreak? tieBreak = null)
    {
        var v = new Violations();
        var set = OptionSet.Check(options, v);
        var tieBreaker = TieBreaker.Check(tieBreak, set, v);
        var profile = RankedProfile.Read(set, ballots, null, v);
        v.ThrowIfAny();
        var d = PairwiseCounts.Build(profile);
        var n = set.Count;

        var pairs = new List<(int W, int L)>();
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                if (i != j && d[i, j] > d[j, i]) pairs.Add((i, j));
        (decimal, decimal) Key((int W, int L) x) => strength == PairwiseStrength.Margins
            ? (d[x.W, x.L] - d[x.L, x.W], d[x.W, x.L])
            : (d[x.W, x.L], -d[x.L, x.W]);
        var sorted = pairs.OrderByDescending(x => Key(x).Item1).ThenByDescending(x => Key(x).Item2)
            .ThenBy(x => tieBreaker.Position(x.W)).ThenByDescending(x => tieBreaker.Position(x.L)).ToList();

        var locked = new bool[n, n];
        var steps = new List<PairStep>();
        for (var k = 0; k < sorted.Count;)
        {
            var group = tieBreaker.CanBreak ? 1 : sorted.Skip(k).TakeWhile(x => Key(x) == Key(sorted[k])).Count();
            var batch = sorted.GetRange(k, group);
            var accepted = batch.Where(x => !Reaches(locked, x.L, x.W, n)).ToList();
            foreach (var x in accepted) locked[x.W, x.L] = true;
            var cyclic = accepted.Where(x => Reaches(locked, x.L, x.W, n)).ToList(); // only possible within a batch
            foreach (var x in cyclic) locked[x.W, x.L] = false;
            foreach (var x in batch)
                steps.Add(new PairStep(set[x.W], set[x.L], d[x.W, x.L], d[x.L, x.W], locked[x.W, x.L]));
            k += group;
        }

        var unbeaten = Enumerable.Range(0, n).Where(j => !Enumerable.Range(0, n).Any(i => locked[i, j])).ToList();
        List<string> winners;
        string text;
        var lockedCount = steps.Count(s => s.Locked);
        if (unbeaten.Count == 1)
        {
            winners = [set[unbeaten[0]]];
            text = $"{winners[0]} wins: no locked pair beats it ({lockedCount} of {steps.Count} majority pairs locked, strongest first by {strength}).";
        }
        else if (tieBreaker.Best(unbeaten, "winner") is { } chosen)
        {
            winners = [set[chosen]];
            text = $"{winners[0]} wins: no locked pair beats it or {ChoiceText.List(unbeaten.Where(o => o != chosen).Select(o => set[o]))}, and the tie is settled {ChoiceText.TieClause(tieBreaker.Record[^1])}.";
        }
        else
        {
            winners = unbeaten.Select(o => set[o]).ToList();
            text = $"Tied: no locked pair beats {ChoiceText.List(winners)} and no tie-break is configured.";
        }
        return new ChoiceResult<RankedPairsDetail>(winners, tieBreaker.Record,
            new RankedPairsDetail(set.Names, strength, Matrix.Rows(d), steps), text);
    }

    /// <summary>Is there a locked path from a to b?</summary>
    private static bool Reaches(bool[,] locked, int a, int b, int n)
    {
        if (a == b) return true;
        var seen = new bool[n];
        var stack = new Stack<int>();
        stack.Push(a);
        seen[a] = true;
        while (stack.Count > 0)
        {
            var x = stack.Pop();
            for (var y = 0; y < n; y++)
            {
                if (!locked[x, y] || seen[y]) continue;
                if (y == b) return true;
                seen[y] = true;
                stack.Push(y);
            }
        }
        return false;
    }
}
