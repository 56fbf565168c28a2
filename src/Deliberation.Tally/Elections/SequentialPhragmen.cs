using Deliberation.Tally.Choices;

namespace Deliberation.Tally.Elections;

/// <summary>
/// Approval-based committee selection by Phragmén's sequential rule (seq-Phragmén). Each seat carries a load of
/// 1 spread over its approvers. A candidate c would raise its approvers' loads to
/// t(c) = (1 + sum of weight × load over c's approvers) / (weight of c's approvers); the candidate with the
/// smallest t is elected and its approvers' loads set to t. Loads are exact fractions, so ties are exact;
/// they go to the tie-break, and without one a tie for a seat is reported and the count stops.
/// Candidates nobody approves are never elected: seats may stay empty.
/// </summary>
public static class SequentialPhragmen
{
    public static ElectionResult<PhragmenDetail> Tally(IReadOnlyList<string> candidates, IReadOnlyList<ApprovalBallot> ballots, int seats, TieBreak? tieBreak = null)
    {
        var v = new Violations();
        var set = OptionSet.Check(candidates, v, "candidates");
        var ties = TieBreaker.Check(tieBreak, set, v);
        if (seats < 1 || seats > set.Count) v.Add("seats", "The seats must be between 1 and the number of candidates.");
        var profile = ApprovalProfile.Read(set, ballots, v);
        v.ThrowIfAny();

        var weights = profile.Weights.Select(Rational.From).ToArray();
        var loads = Enumerable.Repeat(Rational.Zero, profile.Count).ToArray();
        var approvers = Enumerable.Range(0, set.Count).Select(_ => new List<int>()).ToArray();
        for (var g = 0; g < profile.Count; g++) foreach (var c in profile.Sets[g]) approvers[c].Add(g);
        var elected = new List<int>();
        var rounds = new List<PhragmenRound>();
        var complete = true;
        while (elected.Count < seats)
        {
            var offers = new List<(int C, Rational T)>();
            for (var c = 0; c < set.Count; c++)
            {
                if (elected.Contains(c) || approvers[c].Count == 0) continue;
                Rational support = Rational.Zero, carried = Rational.Zero;
                foreach (var g in approvers[c])
                {
                    support += weights[g];
                    carried += weights[g] * loads[g];
                }
                offers.Add((c, (Rational.One + carried) / support));
            }
            if (offers.Count == 0) break;
            var min = offers.Min(o => o.T);
            var best = offers.Where(o => o.T.Equals(min)).Select(o => o.C).ToList();
            var chosen = best.Count == 1 ? best[0] : ties.Best(best, $"seat {elected.Count + 1}");
            if (chosen is not { } winner) { complete = false; break; }
            foreach (var g in approvers[winner]) loads[g] = min;
            elected.Add(winner);
            rounds.Add(new PhragmenRound(elected.Count, set[winner], Show(min),
                offers.Select(o => new CandidateLoad(set[o.C], Show(o.T))).ToList()));
        }

        var ballotLoads = BallotLoads(ballots, set, profile, loads);
        var names = elected.Select(c => set[c]).ToList();
        var text = !complete
            ? $"Incomplete: {(names.Count == 0 ? "no one" : ChoiceText.List(names))} elected, then {ChoiceText.List(ties.Record[^1].Tied)} tied for seat {names.Count + 1} and no tie-break is configured."
            : names.Count < seats
                ? $"Elected {ChoiceText.List(names)} by sequential Phragmén; {seats - names.Count} seat(s) stay empty because no other candidate is approved."
                : $"Elected {ChoiceText.List(names)} by sequential Phragmén; the largest load on any voter is {rounds[^1].MaxLoad.Exact}.";
        return new ElectionResult<PhragmenDetail>(names, complete, ties.Record, new PhragmenDetail(rounds, ballotLoads), text);
    }

    private static Load Show(Rational r) => new(r.ToString(), r.ToDecimal());

    private static List<Load> BallotLoads(IReadOnlyList<ApprovalBallot> ballots, OptionSet set, ApprovalProfile profile, Rational[] loads) =>
        profile.GroupOf.Select(g => Show(g < 0 ? Rational.Zero : loads[g])).ToList();
}
