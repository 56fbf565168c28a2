namespace Deliberation.Tally.Choices;

/// <summary>Approval voting: each ballot approves any number of options; the most (weighted) approvals wins.</summary>
public static class Approval
{
    public static ChoiceResult<TotalsDetail> Tally(IReadOnlyList<string> options, IReadOnlyList<ApprovalBallot> ballots, TieBreak? tieBreak = null)
    {
        var v = new Violations();
        var set = OptionSet.Check(options, v);
        var tieBreaker = TieBreaker.Check(tieBreak, set, v);
        var profile = ApprovalProfile.Read(set, ballots, v);
        v.ThrowIfAny();
        return TotalsRule.Decide(set, profile.Approvals(set.Count), profile.TotalWeight, tieBreaker, "approvals");
    }
}
