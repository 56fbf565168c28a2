using Deliberation.Domain.Access;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Ballots.CloseBallot;

/// <summary>
/// A ballot closed: its result (a motion's, on options <see cref="OptionsResult"/>, on consent <see cref="ConsentResult"/>), its turnout, its breakdown by
/// group, and the published record of the votes counted, from which anyone can recount it.
/// </summary>
public sealed record BallotClosed(Guid BallotId, Guid SessionId, MotionResult? Result, Turnout Turnout, IReadOnlyList<CountedVote> Record, Actor By, DateTimeOffset ClosedAt)
{
    /// <summary>How each group value voted, and where the rule needed a majority, whether it held.</summary>
    public IReadOnlyList<GroupVotes> Breakdown { get; init; } = [];

    /// <summary>What an options ballot chose.</summary>
    public Options.OptionsResult? OptionsResult { get; init; }

    /// <summary>How a consent ballot came out.</summary>
    public ConsentBallotResult? ConsentResult { get; init; }
}
