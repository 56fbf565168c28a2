using Deliberation.Domain.Common;
using Deliberation.Domain.Participants;
using Deliberation.Domain.Sessions;
using Deliberation.Engine.EventStore;
using Marten;
using FloorState = Deliberation.Domain.Floor.Floor;

namespace Deliberation.Engine.Floor;

/// <summary>Every floor command reads the session and its participants, and decides on the floor's stream.</summary>
public static class FloorHandler
{
    public delegate IReadOnlyList<object> Decision(FloorState? floor, Session session, IReadOnlyList<Participant> participants);

    public static async Task<FloorState> HandleAsync(IDocumentSession session, Guid sessionId, Decision decide, CancellationToken cancellationToken)
    {
        await TransactionLock.ShareAsync(session, sessionId, cancellationToken);
        var target = await session.LoadAsync<Session>(sessionId, cancellationToken) ?? throw new NotFound("session", sessionId);
        var participants = await session.Query<Participant>().Where(p => p.SessionId == sessionId).ToListAsync(cancellationToken);
        return await session.DecideAsync<FloorState>(FloorState.IdFor(sessionId), floor => decide(floor, target, participants), cancellationToken);
    }

    /// <summary>Each participant's groups, for rules that look at them.</summary>
    public static Func<Guid, IReadOnlyDictionary<string, string>> GroupsOf(IReadOnlyList<Participant> participants)
    {
        var groups = participants.ToDictionary(p => p.Id, p => p.Groups);
        return id => groups.TryGetValue(id, out var found) ? found : new Dictionary<string, string>();
    }
}
