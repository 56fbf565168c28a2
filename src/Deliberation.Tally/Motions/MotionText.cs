namespace Deliberation.Tally.Motions;

/// <summary>The one plain sentence that says why a motion was decided as it was.</summary>
internal static class MotionText
{
    public static string Sentence(MotionTally t, MotionRule rule)
    {
        var counts = $"{Numbers.Show(t.Yes)} yes, {Numbers.Show(t.No)} no, {Numbers.Show(t.Abstain)} abstaining";
        var baseName = BaseName(t.BaseKind);
        if (t.Quorum is { Met: false } q)
            return $"Not decided: no quorum; {Numbers.Show(q.Participation)} took part and {Numbers.Show(q.Required)} were needed ({counts}).";
        if (t.Base == 0)
            return $"Rejected: the base ({baseName}) is empty ({counts}).";
        var measure = $"{Numbers.Show(t.Yes)} yes of {Numbers.Show(t.Base)} {baseName}";
        if (t.Tied)
        {
            var how = t.Outcome switch
            {
                MotionOutcome.AwaitingChair => "the chair must decide",
                _ when rule.TieRule.Rule == MotionTieRule.ChairDecides => $"the chair's casting vote {(t.Adopted ? "adopts" : "rejects")} it",
                _ when rule.TieRule.Rule == MotionTieRule.Lot => $"the lot drawn from seed \"{rule.TieRule.Seed}\" {(t.Adopted ? "adopts" : "rejects")} it",
                _ => "a tie fails",
            };
            var verdict = t.Outcome == MotionOutcome.AwaitingChair ? "Tied" : t.Adopted ? "Adopted" : "Rejected";
            return $"{verdict}: {measure} is exactly {t.Threshold.Share} and the rule needs {t.Threshold}; {how} ({counts}).";
        }
        return t.Adopted
            ? $"Adopted: {measure} meets the threshold of {t.Threshold} ({Numbers.Show(t.Required)}) ({counts})."
            : $"Rejected: {measure} does not meet the threshold of {t.Threshold} ({Numbers.Show(t.Required)}) ({counts}).";
    }

    private static string BaseName(MotionBase b) => b switch
    {
        MotionBase.VotesCast => "votes cast (abstentions not counted)",
        MotionBase.VotesCastWithAbstentions => "votes cast (abstentions counted)",
        MotionBase.Present => "participants present",
        _ => "eligible members",
    };
}
