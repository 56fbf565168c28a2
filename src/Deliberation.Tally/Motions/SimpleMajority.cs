namespace Deliberation.Tally.Motions;

/// <summary>
/// Simple majority of the votes cast: adopted when more than half of the yes and no votes are yes.
/// Abstentions are counted and reported but are not part of the base; a tie fails.
/// </summary>
public static class SimpleMajority
{
    public static MotionResult Tally(IEnumerable<MotionChoice> ballots)
    {
        int yes = 0, no = 0, abstain = 0;
        foreach (var choice in ballots)
        {
            switch (choice)
            {
                case MotionChoice.Yes: yes++; break;
                case MotionChoice.No: no++; break;
                case MotionChoice.Abstain: abstain++; break;
                default: throw new ArgumentOutOfRangeException(nameof(ballots), choice, "Unknown motion choice.");
            }
        }

        var votesCast = yes + no;
        var adopted = yes > no;
        return new MotionResult(yes, no, abstain, votesCast, adopted, Explain(yes, no, abstain, adopted));
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
