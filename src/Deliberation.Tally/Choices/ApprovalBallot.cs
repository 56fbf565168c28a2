namespace Deliberation.Tally.Choices;

/// <summary>The options (or candidates, or projects) a voter approves; <paramref name="Weight"/> counts as that many ballots.</summary>
public sealed record ApprovalBallot(IReadOnlyList<string> Approved, decimal Weight = 1m)
{
    public static ApprovalBallot Of(params IReadOnlyList<string> approved) => new(approved);
}
