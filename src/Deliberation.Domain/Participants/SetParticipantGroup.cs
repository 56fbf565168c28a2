using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Groups;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Participants;

/// <summary>
/// Set a participant's value of a group dimension: a moderator may set any, a participant only their
/// own, and only on a dimension the session lets people declare themselves.
/// </summary>
public sealed record SetParticipantGroup(Guid SessionId, Guid ParticipantId, string Dimension, string Value, Actor By, bool ByModerator)
{
    public static ParticipantGroupSet Decide(Session? session, Participant? participant, SetParticipantGroup command, DateTimeOffset now)
    {
        if (session is null) throw new NotFound("session", command.SessionId);
        if (participant is null || participant.SessionId != session.Id) throw new NotFound("participant", command.ParticipantId);
        SessionLifecycle.RequireChangeable(session);
        GroupChoice.RequireKnown(session, new Dictionary<string, string> { [command.Dimension] = command.Value });
        if (!command.ByModerator)
        {
            if (command.By.ParticipantId != participant.Id)
                throw new RuleViolation(RuleViolationReason.NotYourOwn, "A participant may only declare their own groups.");
            if (!session.Dimensions.First(d => d.Key == command.Dimension).SelfDeclared)
                throw new RuleViolation(RuleViolationReason.GroupSetByModerator, $"'{command.Dimension}' is set by the moderators, not self-declared.");
        }
        return new ParticipantGroupSet(participant.Id, session.Id, command.Dimension, command.Value, command.By, now);
    }
}
