namespace Deliberation.Tally.Motions;

/// <summary>
/// Counts a yes / no / abstain motion under a <see cref="MotionRule"/>. Pure: the same ballots and rule
/// always give the same result, a lot included.
/// </summary>
public static class Motion
{
    public static MotionTally Tally(IEnumerable<MotionBallot> ballots, MotionRule rule, Electorate? electorate = null)
    {
        var violations = new Violations();
        var (yes, no, abstain) = MotionInput.Sum(ballots ?? [], violations);
        MotionInput.CheckRule(rule, electorate, yes + no + abstain, violations);
        violations.ThrowIfAny();
        return Decide(yes, no, abstain, rule, electorate);
    }

    /// <summary>The decision on already-summed, already-checked totals; group rules reuse it per group.</summary>
    internal static MotionTally Decide(decimal yes, decimal no, decimal abstain, MotionRule rule, Electorate? electorate)
    {
        var @base = rule.Base switch
        {
            MotionBase.VotesCast => yes + no,
            MotionBase.VotesCastWithAbstentions => yes + no + abstain,
            MotionBase.Present => electorate!.Present!.Value,
            _ => electorate!.Eligible,
        };
        var quorum = rule.Quorum is { } q ? QuorumRules.Evaluate(q, electorate, yes + no + abstain) : null;
        var required = rule.Threshold.Share.Of(@base);

        MotionOutcome outcome;
        var tied = false;
        MotionTieRule? settledBy = null;
        if (quorum is { Met: false }) outcome = MotionOutcome.NoQuorum;
        else if (@base == 0 || yes == 0) outcome = MotionOutcome.Rejected; // nothing to measure, or nobody for it
        else if (rule.Threshold.IsTie(yes, @base))
        {
            tied = true;
            settledBy = rule.TieRule.Rule;
            outcome = SettleTie(rule.TieRule);
        }
        else outcome = rule.Threshold.IsMet(yes, @base) ? MotionOutcome.Adopted : MotionOutcome.Rejected;

        var tally = new MotionTally(yes, no, abstain, rule.Base, @base, rule.Threshold, required, quorum, tied, settledBy, outcome, "");
        return tally with { Text = MotionText.Sentence(tally, rule) };
    }

    private static MotionOutcome SettleTie(MotionTieBreak tie) => tie.Rule switch
    {
        MotionTieRule.ChairDecides => tie.ChairVote switch
        {
            MotionChoice.Yes => MotionOutcome.Adopted,
            MotionChoice.No => MotionOutcome.Rejected,
            _ => MotionOutcome.AwaitingChair, // an abstaining chair leaves it undecided, too
        },
        MotionTieRule.Lot => Lot.Order(tie.Seed!, [LotAdopt, LotReject])[0] == LotAdopt ? MotionOutcome.Adopted : MotionOutcome.Rejected,
        _ => MotionOutcome.Rejected,
    };

    /// <summary>The two tickets of a motion lot; the one with the smaller SHA-256 ticket wins.</summary>
    public const string LotAdopt = "adopt", LotReject = "reject";
}
