namespace Deliberation.Tally.Motions;

/// <summary>Checks motion inputs and sums the weighted choices.</summary>
internal static class MotionInput
{
    public static (decimal Yes, decimal No, decimal Abstain) Sum(IEnumerable<MotionBallot> ballots, Violations violations)
    {
        decimal yes = 0, no = 0, abstain = 0;
        var i = 0;
        foreach (var ballot in ballots)
        {
            if (ballot is null) { violations.Add($"ballots[{i++}]", "A ballot must not be null."); continue; }
            violations.Weight(ballot.Weight, $"ballots[{i}].weight");
            switch (ballot.Choice)
            {
                case MotionChoice.Yes: yes += ballot.Weight; break;
                case MotionChoice.No: no += ballot.Weight; break;
                case MotionChoice.Abstain: abstain += ballot.Weight; break;
                default: violations.Add($"ballots[{i}].choice", $"Unknown motion choice {(int)ballot.Choice}."); break;
            }
            i++;
        }
        return (yes, no, abstain);
    }

    public static void CheckRule(MotionRule? rule, Electorate? electorate, decimal cast, Violations violations, string path = "rule")
    {
        if (rule is null) { violations.Add(path, "A rule is required."); return; }
        if (rule.Threshold is null || !rule.Threshold.Share.IsValid)
            violations.Add($"{path}.threshold", "The threshold must be a fraction between 0 and 1 with a positive denominator.");
        if (!Enum.IsDefined(rule.Base)) violations.Add($"{path}.base", "Unknown base.");
        if (rule.Base == MotionBase.Eligible && electorate is null)
            violations.Add("electorate.eligible", "The base 'all eligible members' needs the number of eligible members.");
        if (rule.Base == MotionBase.Present && electorate?.Present is null)
            violations.Add("electorate.present", "The base 'participants present' needs the number present.");
        if (rule.TieRule.Rule == MotionTieRule.Lot && string.IsNullOrEmpty(rule.TieRule.Seed))
            violations.Add($"{path}.tie.seed", "A lot needs a published seed.");
        if (rule.Quorum is { } q) QuorumRules.Check(q, electorate, violations, $"{path}.quorum");
        CheckElectorate(electorate, cast, violations);
    }

    public static void CheckElectorate(Electorate? electorate, decimal cast, Violations violations)
    {
        if (electorate is null) return;
        if (electorate.Eligible < 0) violations.Add("electorate.eligible", "Must not be negative.");
        if (electorate.Present is { } p)
        {
            if (p < cast) violations.Add("electorate.present", $"Fewer present ({Numbers.Show(p)}) than ballots cast ({Numbers.Show(cast)}).");
            if (p > electorate.Eligible) violations.Add("electorate.present", "More present than eligible.");
        }
        else if (cast > electorate.Eligible)
            violations.Add("electorate.eligible", $"Fewer eligible ({Numbers.Show(electorate.Eligible)}) than ballots cast ({Numbers.Show(cast)}).");
    }
}
