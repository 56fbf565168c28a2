namespace Deliberation.Tally.Choices;

/// <summary>Votes moved when an option was eliminated; <paramref name="To"/> is null for exhausted ballots.</summary>
public sealed record VoteTransfer(string From, string? To, decimal Votes);

/// <summary>
/// One instant-runoff round: the votes of each continuing option at its start, the exhausted votes so far,
/// then either the winner or the options eliminated and where their votes went.
/// </summary>
public sealed record IrvRound(
    int Number,
    IReadOnlyList<OptionTotal> Votes,
    decimal Exhausted,
    string? Winner,
    IReadOnlyList<string> Eliminated,
    IReadOnlyList<VoteTransfer> Transfers);

public sealed record IrvDetail(IReadOnlyList<IrvRound> Rounds);
