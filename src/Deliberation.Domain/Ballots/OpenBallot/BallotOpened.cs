using Deliberation.Domain.Access;

namespace Deliberation.Domain.Ballots.OpenBallot;

/// <summary>
/// A ballot opened in a round's voting phase, with its rule, the deadline that closes it (if any), its secrecy, whether
/// votes may change, and its electorate as it stood then: on a proposal (or an amendment of it), or on <see cref="Options"/>.
/// </summary>
public sealed record BallotOpened(
    Guid BallotId, Guid SessionId, Guid? ProposalId, Guid RoundId, BallotRule Rule, BallotSecrecy Secrecy, bool ChangesAllowed,
    IReadOnlyList<Elector> Electorate, DateTimeOffset? ClosesAt, Actor By, DateTimeOffset OpenedAt, Guid? AmendmentId = null)
{
    /// <summary>The options voted on and how they are counted; null for a yes/no/abstain motion.</summary>
    public Options.BallotOptions? Options { get; init; }
}
