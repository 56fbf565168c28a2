using Deliberation.Tally.Motions;

namespace Deliberation.Tally.Groups;

/// <summary>Counts consent / stand aside / block under a <see cref="ConsentRule"/>.</summary>
public static class ConsentDecision
{
    public static ConsentResult Tally(IReadOnlyList<ConsentBallot> ballots, ConsentRule rule, Electorate? electorate = null)
    {
        var violations = new Violations();
        ballots ??= [];
        rule ??= ConsentRule.AnyBlock;
        decimal consent = 0, aside = 0, block = 0;
        var perGroup = new Dictionary<string, decimal[]>(StringComparer.Ordinal);
        foreach (var g in rule.Groups ?? []) perGroup.TryAdd(g, new decimal[3]);
        for (var i = 0; i < ballots.Count; i++)
        {
            var b = ballots[i];
            if (b is null) { violations.Add($"ballots[{i}]", "A ballot must not be null."); continue; }
            violations.Weight(b.Weight, $"ballots[{i}].weight");
            if (!Enum.IsDefined(b.Choice)) { violations.Add($"ballots[{i}].choice", $"Unknown consent choice {(int)b.Choice}."); continue; }
            switch (b.Choice)
            {
                case ConsentChoice.Consent: consent += b.Weight; break;
                case ConsentChoice.StandAside: aside += b.Weight; break;
                default: block += b.Weight; break;
            }
            foreach (var g in (b.Groups ?? []).Distinct(StringComparer.Ordinal))
            {
                if (rule.Groups is not null && !perGroup.ContainsKey(g)) continue;
                if (!perGroup.TryGetValue(g, out var sums)) perGroup[g] = sums = new decimal[3];
                sums[(int)b.Choice] += b.Weight;
            }
        }
        if (rule.BlocksToStop <= 0) violations.Add("rule.blocksToStop", "Must be positive.");
        if (rule.BlocksFromOneGroupToStop <= 0) violations.Add("rule.blocksFromOneGroupToStop", "Must be positive.");
        if (rule.Quorum is { } q) QuorumRules.Check(q, electorate, violations, "rule.quorum");
        MotionInput.CheckElectorate(electorate, consent + aside + block, violations);
        violations.ThrowIfAny();

        var groups = perGroup.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new GroupPositions(p.Key, p.Value[0], p.Value[1], p.Value[2],
                rule.BlocksFromOneGroupToStop is { } k && p.Value[2] >= k))
            .ToList();
        var quorum = rule.Quorum is { } rq ? QuorumRules.Evaluate(rq, electorate, consent + aside + block) : null;
        var stoppedOverall = block >= rule.BlocksToStop;
        var stopping = groups.Where(g => g.Stops).Select(g => g.Group).ToList();
        var outcome = quorum is { Met: false } ? ConsentOutcome.NoQuorum
            : stoppedOverall || stopping.Count > 0 ? ConsentOutcome.Blocked
            : consent == 0 ? ConsentOutcome.NoConsent
            : ConsentOutcome.Adopted;
        var result = new ConsentResult(consent, aside, block, groups, quorum, stoppedOverall, stopping, outcome, "");
        return result with { Text = Sentence(result, rule) };
    }

    private static string Sentence(ConsentResult r, ConsentRule rule)
    {
        var counts = $"{Numbers.Show(r.Consent)} consent, {Numbers.Show(r.StandAside)} stand aside, {Numbers.Show(r.Block)} block";
        return r.Outcome switch
        {
            ConsentOutcome.NoQuorum => $"Not decided: no quorum; {Numbers.Show(r.Quorum!.Participation)} took part and {Numbers.Show(r.Quorum.Required)} were needed ({counts}).",
            ConsentOutcome.Blocked when r.StoppingGroups.Count > 0 =>
                $"Blocked: blocks from within {string.Join(", ", r.StoppingGroups)} reached the group limit of {Numbers.Show(rule.BlocksFromOneGroupToStop!.Value)} ({counts}).",
            ConsentOutcome.Blocked => $"Blocked: {Numbers.Show(r.Block)} blocks reached the limit of {Numbers.Show(rule.BlocksToStop)} ({counts}).",
            ConsentOutcome.NoConsent => $"Not adopted: nobody blocked but nobody consented either ({counts}).",
            _ => r.Block > 0
                ? $"Adopted: the blocks stayed below every limit that stops a decision ({counts})."
                : $"Adopted: nobody blocked ({counts}).",
        };
    }
}
