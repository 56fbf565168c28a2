using Deliberation.Domain.Ballots;
using Deliberation.Domain.Ballots.Proxies;
using Deliberation.Domain.Participants;
using Deliberation.Domain.Sessions;
using Deliberation.Engine.EventStore;
using Marten;

namespace Deliberation.Engine.Ballots.Proxies;

/// <summary>
/// Grants and revocations, serialized with every ballot close of their session: they hold the session's proxy
/// lock exclusively, a close holds it shared while it reads the proxies. So a grant or revocation answered
/// before a close commits is what that close counts, and one answered after changes nothing it counted.
/// </summary>
public static class ProxyHandlers
{
    public static Guid LockFor(Guid sessionId) => Domain.Common.DeterministicGuid.Create(sessionId, "proxies");

    public static async Task<Proxy> GrantAsync(IDocumentSession session, GrantProxy command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await TransactionLock.TakeExclusiveAsync(session, LockFor(command.SessionId), cancellationToken);
        var target = await session.LoadAsync<Session>(command.SessionId, cancellationToken);
        var grantor = await session.LoadAsync<Participant>(command.GrantorId, cancellationToken);
        var holder = await session.LoadAsync<Participant>(command.HolderId, cancellationToken);
        var ballot = command.BallotId is { } ballotId ? await session.LoadAsync<Ballot>(ballotId, cancellationToken) : null;
        var all = await ReadAsync(session, command.SessionId, cancellationToken);
        return await session.DecideAsync<Proxy>(Proxy.IdFor(command.SessionId, command.GrantorId),
            _ => [GrantProxy.Decide(target!, grantor, holder, ballot, all, command, now)], cancellationToken);
    }

    public static async Task<Proxy> RevokeAsync(IDocumentSession session, RevokeProxy command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await TransactionLock.TakeExclusiveAsync(session, LockFor(command.SessionId), cancellationToken);
        var target = await session.LoadAsync<Session>(command.SessionId, cancellationToken);
        return await session.DecideAsync<Proxy>(Proxy.IdFor(command.SessionId, command.GrantorId),
            proxy => [RevokeProxy.Decide(target!, proxy, command, now)], cancellationToken);
    }

    /// <summary>Every voter's grants in a session.</summary>
    public static async Task<IReadOnlyList<Proxy>> ReadAsync(IQuerySession session, Guid sessionId, CancellationToken cancellationToken) =>
        await session.Query<Proxy>().Where(p => p.SessionId == sessionId).ToListAsync(cancellationToken);
}
