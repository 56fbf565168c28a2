using Deliberation.Domain.Access;
using Deliberation.Domain.Sessions;
using Deliberation.Engine.EventStore;
using Deliberation.Engine.Requests;

namespace Deliberation.Engine.Sessions;

public static class SessionCommands
{
    /// <summary>
    /// Runs a command that decides on the session's stream; in the same unit of work, a turn under way
    /// follows what happened to its round (its clock stops, or it ends).
    /// </summary>
    public static Task<Session> DecideOnSessionAsync(this CommandRunner runner, RequestKey key, Guid sessionId, Actor by,
        Func<Session?, DateTimeOffset, IReadOnlyList<object>> decide, CancellationToken cancellationToken) =>
        runner.RunAsync(key, async (store, now, ct) =>
        {
            await TransactionLock.TakeExclusiveAsync(store, sessionId, ct);
            var session = await store.DecideAsync<Session>(sessionId, state => decide(state, now), ct);
            var floor = await store.Events.FetchForWriting<Domain.Floor.Floor>(Domain.Floor.Floor.IdFor(sessionId), ct);
            floor.AppendMany(Domain.Floor.TurnFollowsRound.Decide(floor.Aggregate, session, by, now));
            return session;
        }, cancellationToken);
}
