using Deliberation.Domain.Access;

namespace Deliberation.Domain.Participants;

/// <summary>
/// A person in one session, under the name they chose (a display name or a pseudonym), with their
/// role, voting rights and a value per group dimension. Each participant is a stream of their own.
/// </summary>
public sealed record Participant(
    Guid Id, Guid SessionId, string Name, bool Pseudonymous, Role Role, bool VotingRights,
    IReadOnlyDictionary<string, string> Groups, DateTimeOffset JoinedAt)
{
    public Standing Standing => Permissions.StandingOf(Role, VotingRights);

    public static Participant Create(ParticipantJoined e) =>
        new(e.ParticipantId, e.SessionId, e.Name, e.Pseudonymous, e.Role, e.VotingRights, e.Groups, e.At);

    public Participant Apply(ParticipantGroupSet e) =>
        this with { Groups = new Dictionary<string, string>(Groups) { [e.Dimension] = e.Value } };
}

public sealed record ParticipantJoined(
    Guid ParticipantId, Guid SessionId, Guid InvitationId, string Name, bool Pseudonymous, Role Role, bool VotingRights,
    IReadOnlyDictionary<string, string> Groups, DateTimeOffset At);

public sealed record ParticipantGroupSet(Guid ParticipantId, Guid SessionId, string Dimension, string Value, Actor By, DateTimeOffset At);
