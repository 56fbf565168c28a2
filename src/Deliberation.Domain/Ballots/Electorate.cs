using Deliberation.Domain.Ballots.OpenBallot;
using Deliberation.Domain.Common;

namespace Deliberation.Domain.Ballots;

/// <summary>One participant who may vote on a ballot, with the weight of their vote and their groups, as they were when it opened.</summary>
public sealed record Elector(Guid ParticipantId, int Weight, IReadOnlyDictionary<string, string> Groups);

/// <summary>
/// Who may vote on a ballot: fixed when it opens, so joining, leaving or regrouping later changes
/// neither who votes nor how the result is broken down. A second snapshot of the ballot stream; it
/// never changes, so the engine may cache it (with the ballot's secrecy, which never changes either).
/// </summary>
public sealed record Electorate(Guid Id, Guid SessionId, BallotSecrecy Secrecy, IReadOnlyDictionary<Guid, Elector> Voters)
{
    public static Electorate Create(BallotOpened e) => new(e.BallotId, e.SessionId, e.Secrecy, e.Electorate.ToDictionary(v => v.ParticipantId));

    /// <summary>The participant as a voter of this ballot, or the rule violation that they are not one.</summary>
    public Elector Require(Guid participantId) =>
        Voters.GetValueOrDefault(participantId)
        ?? throw new RuleViolation(RuleViolationReason.NotInElectorate, $"Participant {participantId} was not among the voters of ballot {Id} when it opened.");
}
