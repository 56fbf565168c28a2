using Deliberation.Domain.Participants;
using Deliberation.Domain.Sessions;
using Deliberation.Engine.EventStore;
using Marten;

namespace Deliberation.Engine.Participants;

public static class SetParticipantGroupHandler
{
    public static async Task<Participant> HandleAsync(IDocumentSession session, SetParticipantGroup command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var target = await session.LoadAsync<Session>(command.SessionId, cancellationToken);
        return await session.DecideAsync<Participant>(command.ParticipantId,
            participant => [SetParticipantGroup.Decide(target, participant, command, now)], cancellationToken);
    }
}
