using Deliberation.Tally.Motions;

namespace Deliberation.Tally.Groups;

/// <summary>
/// Counts a motion that needs its threshold overall and inside each listed group. A ballot counts in
/// every listed group its voter belongs to; ballots of voters in no listed group count only overall.
/// </summary>
public static class MultipleMajority
{
    public static MultipleMajorityResult Tally(
        IReadOnlyList<MotionBallot> ballots,
        MultipleMajorityRule rule,
        Electorate? overall = null,
        IReadOnlyDictionary<string, Electorate>? groups = null)
    {
        var violations = new Violations();
        ballots ??= [];
        var (yes, no, abstain) = MotionInput.Sum(ballots, violations);
        if (rule?.Overall is null || rule.Groups is null)
            throw new TallyInputError([new FieldViolation("rule", "An overall rule and a list of group requirements are required.")]);
        MotionInput.CheckRule(rule.Overall, overall, yes + no + abstain, violations, "rule.overall");

        var names = new HashSet<string>(StringComparer.Ordinal);
        var sums = new Dictionary<string, (decimal Yes, decimal No, decimal Abstain)>(StringComparer.Ordinal);
        for (var i = 0; i < rule.Groups.Count; i++)
        {
            var g = rule.Groups[i];
            if (string.IsNullOrEmpty(g?.Group)) { violations.Add($"rule.groups[{i}].group", "A group name is required."); continue; }
            if (!names.Add(g.Group)) violations.Add($"rule.groups[{i}].group", $"Group \"{g.Group}\" is listed twice.");
            sums[g.Group] = (0, 0, 0);
        }
        foreach (var ballot in ballots)
            foreach (var group in (ballot?.Groups ?? []).Distinct(StringComparer.Ordinal))
                if (sums.TryGetValue(group, out var s))
                    sums[group] = ballot!.Choice switch
                    {
                        MotionChoice.Yes => s with { Yes = s.Yes + ballot.Weight },
                        MotionChoice.No => s with { No = s.No + ballot.Weight },
                        _ => s with { Abstain = s.Abstain + ballot.Weight },
                    };
        for (var i = 0; i < rule.Groups.Count; i++)
        {
            var g = rule.Groups[i];
            if (g?.Group is null || !sums.TryGetValue(g.Group, out var s)) continue;
            var electorate = groups?.GetValueOrDefault(g.Group);
            var inner = new Violations();
            MotionInput.CheckRule(g.Rule, electorate, s.Yes + s.No + s.Abstain, inner, $"rule.groups[{i}].rule");
            if (inner.Any)
                violations.Add($"rule.groups[{i}]", $"Group \"{g.Group}\": the requirement or the group's electorate is incomplete or inconsistent.");
        }
        violations.ThrowIfAny();

        var overallTally = Motion.Decide(yes, no, abstain, rule.Overall, overall);
        var groupTallies = rule.Groups.Select(g =>
        {
            var s = sums[g.Group];
            var t = Motion.Decide(s.Yes, s.No, s.Abstain, g.Rule, groups?.GetValueOrDefault(g.Group));
            return new GroupTally(g.Group, t, t.Adopted);
        }).ToList();
        var failed = groupTallies.Where(g => !g.Held).Select(g => g.Group).ToList();
        var adopted = overallTally.Adopted && failed.Count == 0;
        return new MultipleMajorityResult(overallTally, groupTallies, failed, adopted, Sentence(overallTally, groupTallies, failed, adopted));
    }

    private static string Sentence(MotionTally overall, IReadOnlyList<GroupTally> groups, IReadOnlyList<string> failed, bool adopted)
    {
        var parts = groups.Select(g => $"{g.Group} {Numbers.Show(g.Tally.Yes)} of {Numbers.Show(g.Tally.Base)} ({(g.Held ? "held" : "failed")})");
        var detail = $"overall {Numbers.Show(overall.Yes)} yes of {Numbers.Show(overall.Base)} ({(overall.Adopted ? "held" : "failed")}); {string.Join("; ", parts)}";
        if (adopted) return $"Adopted: the threshold held overall and in every listed group ({detail}).";
        var why = (overall.Adopted, failed.Count) switch
        {
            (false, 0) => "the overall threshold failed",
            (true, _) => $"the threshold failed in {string.Join(", ", failed)}",
            _ => $"the overall threshold failed and so did {string.Join(", ", failed)}",
        };
        return $"Rejected: {why} ({detail}).";
    }
}
