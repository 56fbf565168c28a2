namespace Deliberation.Tally.Motions;

/// <summary>
/// Simple majority of the votes cast: adopted when more than half of the yes and no votes are yes.
/// Abstentions are counted and reported but are not part of the base; a tie fails.
/// A shorthand for <see cref="Motion.Tally"/> with <see cref="MotionRule.SimpleMajority"/>, kept for the domain.
/// </summary>
public static class SimpleMajority
{
    public static MotionResult Tally(IEnumerable<MotionChoice> ballots)
    {
        var tally = Motion.Tally(ballots.Select(c => new MotionBallot(c)), MotionRule.SimpleMajority);
        int yes = (int)tally.Yes, no = (int)tally.No, abstain = (int)tally.Abstain;
        return new MotionResult(yes, no, abstain, (int)tally.Base, tally.Adopted, Explain(yes, no, abstain, tally.Adopted));
    }

    private static string Explain(int yes, int no, int abstain, bool adopted)
    {
        var counts = $"{yes} yes, {no} no, {abstain} abstaining";
        if (yes + no == 0)
            return $"Rejected: no yes or no votes were cast ({counts}); a simple majority of votes cast needs at least one.";
        if (adopted)
            return $"Adopted: {yes} of {yes + no} votes cast were yes, more than half ({counts}; abstentions are not counted in the base).";
        return yes == no
            ? $"Rejected: the vote is tied at {yes} to {no}, and a tie fails ({counts})."
            : $"Rejected: {yes} of {yes + no} votes cast were yes, not more than half ({counts}; abstentions are not counted in the base).";
    }
}
