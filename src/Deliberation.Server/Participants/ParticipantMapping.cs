using Deliberation.Api.V1;
using Deliberation.Server.Common;
using Model = Deliberation.Domain;

namespace Deliberation.Server.Participants;

internal static class ParticipantMapping
{
    public static Participant ToApi(this Model.Participants.Participant participant) => new()
    {
        ParticipantId = participant.Id.ToString(),
        SessionId = participant.SessionId.ToString(),
        Name = participant.Name,
        Pseudonymous = participant.Pseudonymous,
        Role = participant.Role.ToApi(),
        VotingRights = participant.VotingRights,
        Groups = { participant.Groups.ToDictionary() },
        JoinedAt = participant.JoinedAt.ToApi(),
    };

    public static Role ToApi(this Model.Access.Role role) => (Role)((int)role + 1);

    public static Model.Access.Role ToDomain(this Role role) => (Model.Access.Role)((int)role - 1);
}
