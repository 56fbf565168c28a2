using Deliberation.Api.V1;
using Deliberation.Server.Common;
using Deliberation.Server.Participants;
using Model = Deliberation.Domain;

namespace Deliberation.Server.Events;

internal static partial class FeedMapping
{
    /// <summary>
    /// Participants as ListParticipants shows them to every member (a pseudonym and nothing behind it).
    /// Invitations only to those who may make them: never a join code, its hash, or anything from them.
    /// </summary>
    private static (Type Type, Mapping Mapping)[] Participants =>
    [
        ForModerators<Model.Invitations.InvitationCreated>(e => new SessionEvent
        {
            InvitationCreated = new()
            {
                InvitationId = e.InvitationId.ToString(), Role = e.Role.ToApi(), VotingRights = e.VotingRights,
                Groups = { e.Groups.ToDictionary() }, ExpiresAt = e.ExpiresAt.ToApi(),
            },
        }),
        ForModerators<Model.Invitations.InvitationRedeemed>(e => new SessionEvent
        {
            InvitationRedeemed = new() { InvitationId = e.InvitationId.ToString(), ParticipantId = e.ParticipantId.ToString() },
        }),
        ForModerators<Model.Invitations.InvitationRevoked>(e =>
            new SessionEvent { InvitationRevoked = new() { InvitationId = e.InvitationId.ToString() } }),
        ForAll<Model.Participants.ParticipantJoined>((e, _) =>
            new SessionEvent { ParticipantJoined = new() { Participant = Model.Participants.Participant.Create(e).ToApi() } }),
        ForAll<Model.Participants.ParticipantGroupSet>((e, _) => new SessionEvent
        {
            ParticipantGroupSet = new() { ParticipantId = e.ParticipantId.ToString(), Dimension = e.Dimension, Value = e.Value },
        }),
    ];
}
