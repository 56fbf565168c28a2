using Deliberation.Domain.Access;
using Deliberation.Domain.Common;

namespace Deliberation.Domain.Invitations;

public enum InvitationStatus
{
    Open,
    Redeemed,
    Revoked,
}

/// <summary>
/// An invitation to join a session under a role, with groups set in advance. It is its own stream,
/// so redemptions never contend with each other; its id follows from its join code's hash.
/// </summary>
public sealed record Invitation(
    Guid Id, Guid SessionId, Role Role, bool VotingRights, IReadOnlyDictionary<string, string> Groups,
    DateTimeOffset ExpiresAt, InvitationStatus Status, Guid? RedeemedBy)
{
    private static readonly Guid Namespace = Guid.Parse("5f0c6d1e-4b52-4d7e-9a51-0d2f1c9b7a33");

    /// <summary>The invitation's id for a join code's hash: whoever holds the code finds the invitation.</summary>
    public static Guid IdFor(string codeHash) => DeterministicGuid.Create(Namespace, codeHash);

    public static Invitation Create(InvitationCreated e) =>
        new(e.InvitationId, e.SessionId, e.Role, e.VotingRights, e.Groups, e.ExpiresAt, InvitationStatus.Open, null);

    public Invitation Apply(InvitationRedeemed e) => this with { Status = InvitationStatus.Redeemed, RedeemedBy = e.ParticipantId };

    public Invitation Apply(InvitationRevoked _) => this with { Status = InvitationStatus.Revoked };
}

public sealed record InvitationCreated(
    Guid InvitationId, Guid SessionId, Role Role, bool VotingRights, IReadOnlyDictionary<string, string> Groups,
    DateTimeOffset ExpiresAt, Actor By, DateTimeOffset At);

public sealed record InvitationRedeemed(Guid InvitationId, Guid SessionId, Guid ParticipantId, DateTimeOffset At);

public sealed record InvitationRevoked(Guid InvitationId, Guid SessionId, Actor By, DateTimeOffset At);
